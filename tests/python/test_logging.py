"""Python's logging through SLF4J (_logging, _slf4j), in this process, with Logback's jars put on sys.path
and its events kept in a list; once in a fresh Jython. In a web application: test_keystone_war.py."""
import logging
import os
import sys

import pytest

from java.lang import Integer, NumberFormatException, System

from clamp_annotations import ClampError, _logging
from conftest import jython

for _jar in os.environ['CLAMP_LOGBACK_CLASSPATH'].split(os.pathsep):
    if _jar not in sys.path:
        sys.path.append(_jar)

from ch.qos.logback.classic import Level  # noqa: E402 (importable once the jars are on sys.path)
from ch.qos.logback.core.read import ListAppender  # noqa: E402
from org.slf4j import LoggerFactory  # noqa: E402

from clamp_annotations import _slf4j  # noqa: E402 (needs SLF4J)


@pytest.fixture
def events():
    """The events that Logback's logger ``clamp.test`` (and those below it) gets, at any level."""
    context = LoggerFactory.getILoggerFactory()
    context.reset()  # no console output, no levels set before
    appender = ListAppender()
    appender.setContext(context)
    appender.start()
    logger = context.getLogger('clamp.test')
    logger.addAppender(appender)
    logger.setLevel(Level.TRACE)
    yield appender.list
    context.reset()


def python_logger(name):
    """A Python logger outside logging's hierarchy (no parent), sending its records to SLF4J."""
    logger = logging.Logger(name)
    logger.addHandler(_slf4j.Slf4jHandler())
    return logger


def test_records_reach_the_slf4j_logger_of_the_same_name_at_the_mapped_levels(events):
    logger = python_logger('clamp.test.levels')
    for level in [5, logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL]:
        logger.log(level, 'at %s', logging.getLevelName(level))
    assert [(e.getLoggerName(), str(e.getLevel()), e.getFormattedMessage()) for e in events] == [
        ('clamp.test.levels', 'TRACE', 'at Level 5'), ('clamp.test.levels', 'DEBUG', 'at DEBUG'),
        ('clamp.test.levels', 'INFO', 'at INFO'), ('clamp.test.levels', 'WARN', 'at WARNING'),
        ('clamp.test.levels', 'ERROR', 'at ERROR'), ('clamp.test.levels', 'ERROR', 'at CRITICAL')]


def test_an_exception_comes_with_its_python_traceback_and_a_java_one_as_the_throwable(events):
    logger = python_logger('clamp.test.errors')
    try:
        {}['missing']
    except KeyError:
        logger.exception('lookup failed')
    try:
        Integer.parseInt('x')
    except NumberFormatException:
        logger.warning('not a number', exc_info=True)
    python, java = events
    lines = python.getFormattedMessage().splitlines()
    assert lines[:2] == ['lookup failed', 'Traceback (most recent call last):'], lines
    assert lines[2].endswith(", in test_an_exception_comes_with_its_python_traceback_and_a_java_one_as_the"
                             "_throwable") and lines[-1] == "KeyError: 'missing'", lines
    assert python.getThrowableProxy() is None
    assert str(java.getLevel()) == 'WARN'
    assert java.getThrowableProxy().getClassName() == 'java.lang.NumberFormatException'
    assert java.getFormattedMessage().splitlines()[-1] == (
        'NumberFormatException: java.lang.NumberFormatException: For input string: "x"')


def test_a_logger_without_a_python_level_has_slf4js_and_one_set_in_python_wins(events):
    logger = python_logger('clamp.test.effective')
    LoggerFactory.getILoggerFactory().getLogger('clamp.test.effective').setLevel(Level.INFO)
    assert _slf4j.effective_level(logger) == logging.INFO
    LoggerFactory.getILoggerFactory().getLogger('clamp.test.effective').setLevel(Level.OFF)
    assert _slf4j.effective_level(logger) == logging.CRITICAL + 1
    logger.setLevel(logging.DEBUG)
    assert _slf4j.effective_level(logger) == logging.DEBUG


@pytest.fixture
def property_set():
    """Sets the system property that chooses the logging, and puts back what it was."""
    before = System.getProperty(_logging.PROPERTY)
    yield lambda value: System.setProperty(_logging.PROPERTY, value)
    if before is None:
        System.clearProperty(_logging.PROPERTY)
    else:
        System.setProperty(_logging.PROPERTY, before)


@pytest.fixture
def python_logging():
    """Python's logging as it is now, put back after the test."""
    root = logging.getLogger()
    level, handlers, effective = root.level, list(root.handlers), logging.Logger.getEffectiveLevel
    yield root
    root.setLevel(level)
    root.handlers[:] = handlers
    logging.Logger.getEffectiveLevel = effective


def test_install_sends_an_unconfigured_logging_to_slf4j_with_slf4js_levels(python_logging, events):
    python_logging.handlers[:] = []
    python_logging.setLevel(logging.WARNING)  # Python's default
    _logging.install()
    assert python_logging.level == logging.NOTSET
    LoggerFactory.getILoggerFactory().getLogger('clamp.test.installed').setLevel(Level.INFO)
    logger = logging.getLogger('clamp.test.installed')
    assert not logger.isEnabledFor(logging.DEBUG) and logger.isEnabledFor(logging.INFO)
    logger.debug('left out')
    logger.info('logged')
    assert [e.getFormattedMessage() for e in events] == ['logged']


def test_the_property_python_leaves_logging_alone_and_another_value_is_refused(property_set, python_logging):
    handlers = list(python_logging.handlers)
    property_set('python')
    _logging.install()
    assert python_logging.handlers == handlers
    assert logging.Logger.getEffectiveLevel.im_func is not _slf4j.effective_level
    property_set('logback')
    with pytest.raises(ClampError) as refused:
        _logging.install()
    assert str(refused.value) == "the system property clamp_annotations.logging must be one of slf4j, python, " \
                                 "not u'logback'"


@pytest.mark.e2e
def test_importing_clamp_annotations_bridges_logging_when_it_is_first_imported():
    # clamp_annotations imports no logging (it would import threading); Logback's default writes to stdout.
    result = jython(['-c', "import sys, clamp_annotations; print 'logging' in sys.modules; import logging; "
                           "logging.getLogger('clamp.e2e').info('from %s', 'Python')"],
                    env={'CLASSPATH': os.environ['CLAMP_LOGBACK_CLASSPATH']})
    lines = result.output.splitlines()
    assert result.code == 0 and lines[0] == 'False' and lines[-1].endswith(' INFO clamp.e2e -- from Python'), result
