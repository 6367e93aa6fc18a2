"""Reproducible jars: sorted entries, fixed times, directory entries, written atomically."""
import os
import struct
import tempfile
import time
import zipfile
import zlib

from clamp_annotations._version import __version__

_DOS_EPOCH = (1980, 2, 1, 0, 0, 0)  # the earliest time a zip entry can carry, as Java's tools use
_DOS_END = (2107, 12, 31, 23, 59, 58)  # the latest: a zip entry's year is 1980 and 7 bits more


def entry_time():
    """The time stamped on every entry: ``SOURCE_DATE_EPOCH`` when set (an earlier one than a zip entry
    holds is its earliest, as in Java's tools), else a fixed date."""
    epoch = os.environ.get('SOURCE_DATE_EPOCH')
    if not epoch:
        return _DOS_EPOCH
    if not epoch.isdigit():
        raise ValueError('SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01, got %r'
                         % epoch)
    import calendar  # and with it datetime: 0.03 s of CPU that a build without SOURCE_DATE_EPOCH is spared
    latest = calendar.timegm(_DOS_END)
    if int(epoch) > latest:  # zipfile would wrap the year around to 1980, silently
        raise ValueError('SOURCE_DATE_EPOCH must be at most %d (%d-%02d-%02d %02d:%02d:%02d UTC), the latest time '
                         'a zip entry holds, got %r' % ((latest,) + _DOS_END + (epoch,)))
    return max(_DOS_EPOCH, time.gmtime(int(epoch))[:6])


class Copied(object):
    """An entry of an existing zip, which goes into a jar compressed as it is there: inflating and
    deflating again was most of a single jar's build (Jython's own jar holds 110 MB)."""

    def __init__(self, path, info):
        self.path = path
        self.info = info

    def compressed(self, source):
        """The entry's compressed bytes, read from ``source``, its zip opened as a file."""
        source.seek(self.info.header_offset)
        header = source.read(30)
        if header[:4] != b'PK\x03\x04':
            raise zipfile.BadZipfile('%s: no local header for %s' % (self.path, self.info.filename))
        name_length, extra_length = struct.unpack('<HH', header[26:30])
        source.seek(name_length + extra_length, 1)
        return source.read(self.info.compress_size)

    def read(self):
        """The entry's bytes."""
        with open(self.path, 'rb') as source:
            data = self.compressed(source)
        return zlib.decompress(data, -15) if self.info.compress_type == zipfile.ZIP_DEFLATED else data


def zip_entries(path):
    """The files of the jar or zip ``path``, by entry name, to be copied as they are compressed."""
    # Given a file name, zipfile opens the file again for each entry and leaves closing it to the
    # garbage collector, which on Jython runs out of file handles; given a file, it reads that one.
    with open(path, 'rb') as f:
        infos = zipfile.ZipFile(f).infolist()
    return dict((i.filename, Copied(path, i)) for i in infos if not i.filename.endswith('/'))


def content(entry):
    """The bytes of an entry: ``entry`` itself, or what a ``Copied`` entry holds."""
    return entry.read() if isinstance(entry, Copied) else entry


def same_content(entry, other):
    """Whether two entries hold the same bytes; two copied ones are compared by checksum and size."""
    if isinstance(entry, Copied) and isinstance(other, Copied):
        return (entry.info.CRC, entry.info.file_size) == (other.info.CRC, other.info.file_size)
    return content(entry) == content(other)


def jar_manifest(extra=''):
    """A jar's manifest, saying which clamp_annotations made it; ``extra`` adds lines (``Name: value\\r\\n``)."""
    return ('Manifest-Version: 1.0\r\nCreated-By: clamp_annotations %s\r\n%s\r\n' % (__version__, extra))


def output_problem(path):
    """What is wrong with ``path`` as a build's ``--output``, or None."""
    return None if path.endswith('.jar') else '--output must name a .jar file, got %r' % path


def write_jar(path, entries):
    """Writes ``entries`` (a dict of entry name to bytes or ``Copied``) as the jar ``path``.

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
        sources = {}  # the zips that copied entries come from, open
        try:
            for name in ordered:
                info = zipfile.ZipInfo(name, stamp)
                info.external_attr = (0o40755 if name.endswith('/') else 0o100644) << 16
                info.compress_type = zipfile.ZIP_STORED if name.endswith('/') else zipfile.ZIP_DEFLATED
                entry = entries.get(name, b'')
                if isinstance(entry, Copied):
                    if entry.path not in sources:
                        sources[entry.path] = open(entry.path, 'rb')
                    _write_compressed(archive, info, entry.info, entry.compressed(sources[entry.path]))
                else:
                    archive.writestr(info, entry)
        finally:
            for source in sources.values():
                source.close()
            archive.close()
        os.rename(partial, path)
    finally:
        if os.path.exists(partial):
            os.remove(partial)


def _write_compressed(archive, info, original, data):
    """Adds ``data``, compressed as ``original`` describes, to ``archive`` as ``info``: what
    ``ZipFile.writestr`` does after compressing (Python 2.7's zipfile, which no longer changes)."""
    info.compress_type = original.compress_type
    info.CRC, info.file_size, info.compress_size = original.CRC, original.file_size, original.compress_size
    info.header_offset = archive.fp.tell()
    archive.fp.write(info.FileHeader(info.file_size > zipfile.ZIP64_LIMIT))
    archive.fp.write(data)
    archive.filelist.append(info)
    archive.NameToInfo[info.filename] = info
    archive._didModify = True


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
