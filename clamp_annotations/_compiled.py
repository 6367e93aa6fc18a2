"""Compiled modules kept from one build to the next. A jar that carries clamp_annotations' runtime
carries its modules compiled, and compiling them again in every build was about half a second of a
one-class build's CPU. What ``compile_module`` makes depends on the module's entry, its source and
Jython alone, so it is kept under a digest of the three in the user's cache directory
(``$XDG_CACHE_HOME``, else ``~/.cache``) and taken from there when they come again: the jar's bytes do
not change. A cache that cannot be written is left alone: the build then compiles as before."""
import hashlib
import os
import sys
import tempfile

from clamp_annotations._build import compile_module
from clamp_annotations._jython_files import compiled_file


def compiled(entry, source):
    """The ``$py.class`` entry and bytes of the Python source of jar entry ``entry``, as ``compile_module``."""
    key = hashlib.sha256('%s\0%s\0' % (sys.version, entry))
    key.update(source)
    path = os.path.join(_directory(), key.hexdigest() + '.class')
    try:
        with open(path, 'rb') as f:
            return compiled_file(entry), f.read()
    except (IOError, OSError):
        pass
    compiled_entry, data = compile_module(entry, source)
    try:
        if not os.path.isdir(os.path.dirname(path)):
            os.makedirs(os.path.dirname(path))
        descriptor, written = tempfile.mkstemp(dir=os.path.dirname(path))
        with os.fdopen(descriptor, 'wb') as f:
            f.write(data)
        os.rename(written, path)  # whole or not at all, should builds run side by side
    except (IOError, OSError):
        pass
    return compiled_entry, data


def _directory():
    cache = os.environ.get('XDG_CACHE_HOME') or os.path.join(os.path.expanduser('~'), '.cache')
    return os.path.join(cache, 'clamp-annotations', 'compiled')
