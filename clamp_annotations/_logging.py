"""Python's logging through SLF4J, as Java code in the same application logs.

When ``org.slf4j`` is on the class path, importing clamp_annotations sends every Python logger's
records to the SLF4J logger of the same name (``keystone.drivers``), so that the application's Logback
(or Spring Boot's) configuration decides, by logger name, what is logged and where. Python's levels
map to SLF4J's: DEBUG to debug, INFO to info, WARNING to warn, ERROR and CRITICAL to error, levels
below DEBUG to trace. A record with an exception carries its Python traceback after the message, and
a Java exception is also passed to SLF4J as the exception. A logger's level is SLF4J's unless Python
code set one on it or on a parent (the root's default WARNING is set aside when Python's logging was
not configured), so ``log.isEnabledFor(DEBUG)`` answers as ``isDebugEnabled()`` does in Java.

The system property ``clamp_annotations.logging`` chooses: ``slf4j`` (the default) or ``python``,
which leaves Python's logging as it is.
"""
from __future__ import absolute_import

import sys

from java.lang import System

from clamp_annotations._errors import ClampError

PROPERTY = 'clamp_annotations.logging'
_MODES = ('slf4j', 'python')


def install():
    """Sends Python's logging to SLF4J, unless the property says ``python`` or SLF4J is absent: now if
    ``logging`` is imported, else when it is (importing it imports ``threading``, which renames the
    JVM's main thread; clamp_annotations itself imports neither)."""
    mode = System.getProperty(PROPERTY) or 'slf4j'
    if mode not in _MODES:
        raise ClampError('the system property %s must be one of %s, not %r'
                         % (PROPERTY, ', '.join(_MODES), mode))
    if mode == 'python' or not _slf4j_present():
        return
    if 'logging' in sys.modules:
        _bridge()
    else:
        sys.meta_path.append(_BridgeOnImport())


class _BridgeOnImport(object):
    """An import hook that bridges ``logging`` once the first import of it has run."""

    def find_module(self, name, path=None):
        return self if name == 'logging' else None

    def load_module(self, name):
        sys.meta_path.remove(self)
        logging = __import__(name)
        _bridge()
        return logging


def _bridge():
    from clamp_annotations import _slf4j  # imports logging: only now
    _slf4j.bridge()


def _slf4j_present():
    try:
        from org.slf4j import LoggerFactory  # noqa: F401 (only whether it is there)
    except ImportError:
        return False
    return True
