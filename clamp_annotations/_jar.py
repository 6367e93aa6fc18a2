"""Reproducible jars: sorted entries, fixed times, directory entries, written atomically."""
import os
import tempfile
import time
import zipfile

_DOS_EPOCH = (1980, 2, 1, 0, 0, 0)  # the earliest time a zip entry can carry, as Java's tools use


def entry_time():
    """The time stamped on every entry: ``SOURCE_DATE_EPOCH`` when set, else a fixed date."""
    epoch = os.environ.get('SOURCE_DATE_EPOCH')
    if not epoch:
        return _DOS_EPOCH
    if not epoch.isdigit():
        raise ValueError('SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01, got %r'
                         % epoch)
    return max(_DOS_EPOCH, time.gmtime(int(epoch))[:6])


def write_jar(path, entries):
    """Writes ``entries`` (a dict of entry name to bytes) as the jar ``path``.

    The manifest comes first, then every other entry in name order, each directory with an entry of
    its own (Spring's classpath scan skips jars without them). The jar is written next to ``path``,
    to a hidden file of this build's own, and renamed over it only when complete: a failure leaves
    whatever was there before, and of two builds writing one path at once, the jar on disk is whole
    and is the one whose build finished last. A build killed while writing leaves only its hidden
    ``.partial`` file, which no class path picks up and the next build of the jar removes.
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
    _remove_abandoned(path)
    handle, partial = tempfile.mkstemp(prefix=_partial_prefix(path) + '%d.' % os.getpid(), suffix='.partial',
                                       dir=directory)
    os.close(handle)
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


def _partial_prefix(path):
    return '.%s.' % os.path.basename(path)


def _remove_abandoned(path):
    """Removes the partial files that builds of ``path`` left when killed: those of processes gone."""
    directory = os.path.dirname(os.path.abspath(path))
    prefix = _partial_prefix(path)
    for name in os.listdir(directory):
        pid = name[len(prefix):].split('.')[0]
        if name.startswith(prefix) and name.endswith('.partial') and pid.isdigit() and not _running(int(pid)):
            try:
                os.remove(os.path.join(directory, name))
            except OSError:
                pass  # another build removed it first


def _running(pid):
    # /proc tells on Linux; elsewhere a partial file is kept rather than taken from a running build.
    return not os.path.isdir('/proc/self') or os.path.isdir('/proc/%d' % pid)
