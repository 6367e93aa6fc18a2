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
import logging

from java.lang import System, Throwable

from clamp_annotations._errors import ClampError

PROPERTY = 'clamp_annotations.logging'
_MODES = ('slf4j', 'python')

# SLF4J's methods by the lowest Python level each takes; below DEBUG is trace.
_METHODS = ((logging.ERROR, 'error'), (logging.WARNING, 'warn'), (logging.INFO, 'info'),
            (logging.DEBUG, 'debug'))
# The lowest Python level each SLF4J level enables, checked from the most verbose.
_ENABLED = (('isTraceEnabled', 1), ('isDebugEnabled', logging.DEBUG), ('isInfoEnabled', logging.INFO),
            ('isWarnEnabled', logging.WARNING), ('isErrorEnabled', logging.ERROR))


def install():
    """Sends Python's logging to SLF4J, unless the property says ``python`` or SLF4J is absent."""
    mode = System.getProperty(PROPERTY) or 'slf4j'
    if mode not in _MODES:
        raise ClampError('the system property %s must be one of %s, not %r'
                         % (PROPERTY, ', '.join(_MODES), mode))
    if mode == 'python' or _logger_factory() is None:
        return
    root = logging.getLogger()
    if not root.handlers and root.level == logging.WARNING:  # as Python leaves it: nobody configured it
        root.setLevel(logging.NOTSET)
    root.addHandler(Slf4jHandler())
    logging.Logger.getEffectiveLevel = effective_level


def _logger_factory():
    try:
        from org.slf4j import LoggerFactory
    except ImportError:
        return None
    return LoggerFactory


_loggers = {}


def slf4j_logger(name):
    """The SLF4J logger of a Python logger's name (the root logger's is SLF4J's root)."""
    found = _loggers.get(name)
    if found is None:
        found = _loggers[name] = _logger_factory().getLogger('ROOT' if name == 'root' else name)
    return found


def effective_level(logger):
    """The level of a Python logger: the first one set in Python on it or its parents, else SLF4J's."""
    at = logger
    while at is not None:
        if at.level:
            return at.level
        at = at.parent
    java = slf4j_logger(logger.name)
    for enabled, level in _ENABLED:
        if getattr(java, enabled)():
            return level
    return logging.CRITICAL + 1


def _method(levelno):
    for level, name in _METHODS:
        if levelno >= level:
            return name
    return 'trace'


class Slf4jHandler(logging.Handler):
    """Logs each record with the SLF4J logger of its logger's name, at the level SLF4J calls it."""

    def emit(self, record):
        try:
            message = record.getMessage()
            thrown = None
            if record.exc_info:
                message = '%s\n%s' % (message, logging.Formatter().formatException(record.exc_info))
                if isinstance(record.exc_info[1], Throwable):
                    thrown = record.exc_info[1]
            log = getattr(slf4j_logger(record.name), _method(record.levelno))
            if thrown is None:
                log(message)
            else:
                log(message, thrown)
        except Exception:
            self.handleError(record)
