"""Python's logging sent to SLF4J: the handler, and the levels that SLF4J sets (see ``_logging``)."""
from __future__ import absolute_import

import logging

from java.lang import Throwable
from org.slf4j import LoggerFactory

# SLF4J's methods by the lowest Python level each takes; below DEBUG is trace.
_METHODS = ((logging.ERROR, 'error'), (logging.WARNING, 'warn'), (logging.INFO, 'info'),
            (logging.DEBUG, 'debug'))
# The lowest Python level each SLF4J level enables, checked from the most verbose.
_ENABLED = (('isTraceEnabled', 1), ('isDebugEnabled', logging.DEBUG), ('isInfoEnabled', logging.INFO),
            ('isWarnEnabled', logging.WARNING), ('isErrorEnabled', logging.ERROR))


def bridge():
    """Sends the records of every Python logger to SLF4J."""
    root = logging.getLogger()
    if not root.handlers and root.level == logging.WARNING:  # as Python leaves it: nobody configured it
        root.setLevel(logging.NOTSET)
    root.addHandler(Slf4jHandler())
    logging.Logger.getEffectiveLevel = effective_level


_loggers = {}


def slf4j_logger(name):
    """The SLF4J logger of a Python logger's name (the root logger's is SLF4J's root)."""
    found = _loggers.get(name)
    if found is None:
        found = _loggers[name] = LoggerFactory.getLogger('ROOT' if name == 'root' else name)
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
