"""Reproducible jars: sorted entries, fixed times, directory entries, written atomically."""
import os
import time
import zipfile

_DOS_EPOCH = (1980, 2, 1, 0, 0, 0)  # the earliest time a zip entry can carry, as Java's tools use


def entry_time():
    """The time stamped on every entry: ``SOURCE_DATE_EPOCH`` when set, else a fixed date."""
    epoch = os.environ.get('SOURCE_DATE_EPOCH')
    if not epoch:
        return _DOS_EPOCH
    return max(_DOS_EPOCH, time.gmtime(int(epoch))[:6])


def write_jar(path, entries):
    """Writes ``entries`` (a dict of entry name to bytes) as the jar ``path``.

    The manifest comes first, then every other entry in name order, each directory with an entry of
    its own (Spring's classpath scan skips jars without them). The jar is written next to ``path``
    and renamed over it only when complete, so a failure leaves whatever was there before.
    """
    stamp = entry_time()
    names = set(entries)
    for name in entries:
        parts = name.split('/')[:-1]
        names.update('/'.join(parts[:i]) + '/' for i in range(1, len(parts) + 1))
    manifest = 'META-INF/MANIFEST.MF'
    ordered = sorted(names, key=lambda n: (n not in ('META-INF/', manifest), n))
    directory = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(directory):
        os.makedirs(directory)
    partial = path + '.partial'
    try:
        archive = zipfile.ZipFile(partial, 'w', zipfile.ZIP_DEFLATED)
        try:
            for name in ordered:
                info = zipfile.ZipInfo(name, stamp)
                info.external_attr = (0o40755 if name.endswith('/') else 0o100644) << 16
                info.compress_type = zipfile.ZIP_STORED if name.endswith('/') else zipfile.ZIP_DEFLATED
                archive.writestr(info, entries.get(name, b''))
        finally:
            archive.close()
        os.rename(partial, path)
    finally:
        if os.path.exists(partial):
            os.remove(partial)
