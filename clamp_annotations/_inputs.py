"""What a command-line build's jar is made from, as one digest kept beside the jar: a build whose
inputs are those of the jar on disk leaves the jar as it is. (The Maven plugin keeps its own digest,
in Java: ``clampannotations.maven.Inputs``.)"""
import hashlib
import os

from clamp_annotations._version import __version__
from clamp_annotations._bundle import directory_files


def digest(settings, source_directories, leave_out, paths):
    """A digest of ``settings`` (strings: the modules and options), of every file of
    ``source_directories`` (but the paths ``leave_out``) by name and content, and of ``paths`` (the
    class path, clamp_annotations and Jython: a jar by its size and time, a directory by its files')."""
    inputs = hashlib.sha256()

    def add(label, value):
        inputs.update('%s\0%s\n' % (label, value))
    add('clamp_annotations', __version__)
    for setting in settings:
        add('setting', setting)
    for directory in source_directories:
        for name, path in directory_files(directory, leave_out):
            add('source', name)
            with open(path, 'rb') as f:
                inputs.update(f.read())
    for entry in paths:
        add('path', entry)
        files = [path for _, path in directory_files(entry)] if os.path.isdir(entry) else [entry]
        for path in files:
            if os.path.isfile(path):
                add('file', '%s %s' % (path, _size_and_time(path)))
    return inputs.hexdigest()


def up_to_date(jar, inputs):
    """Whether ``jar`` is the one a build of the digest ``inputs`` wrote (see ``record``)."""
    try:
        with open(stamp_path(jar)) as f:
            return f.read() == _stamp(jar, inputs)
    except (IOError, OSError):  # no jar, or no stamp
        return False


def record(jar, inputs):
    """Notes beside ``jar``, just written, that the digest ``inputs`` made it: the jar's size and time
    with it, so that a jar put there since is built again."""
    with open(stamp_path(jar), 'w') as f:
        f.write(_stamp(jar, inputs))


def stamp_path(jar):
    """The file beside ``jar`` that ``record`` writes."""
    return os.path.join(os.path.dirname(os.path.abspath(jar)), '.%s.inputs' % os.path.basename(jar))


def _stamp(jar, inputs):
    return '%s\n%s\n' % (inputs, _size_and_time(jar))


def _size_and_time(path):
    stat = os.stat(path)
    return '%d %r' % (stat.st_size, stat.st_mtime)
