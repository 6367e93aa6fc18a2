"""pytest-xdist on Jython. pytest loads this file before its workers start, whatever the selection."""
import os
import sys

import pytest
from execnet import gateway_base
from execnet.gateway import RInfo as _RInfo
from java.io import PrintWriter, StringWriter
from java.lang import System, Throwable

# A worker reports sys.platform, which Jython makes a str subclass (`shadowstr`) that execnet refuses
# to send: it is sent as the str it is.
gateway_base._Serializer._dispatch[type(sys.platform)] = gateway_base._Serializer.save_str

if os.environ.get('PYTEST_XDIST_WORKER'):
    # A worker talks to pytest over its standard output; Java code printing there would garble that.
    System.setOut(System.err)


def _describe_worker(channel):
    # What execnet's own description of a worker says, with the platform as a plain str.
    import os
    import sys
    channel.send(dict(executable=sys.executable, version_info=tuple(sys.version_info[:5]),
                      platform=str(sys.platform), cwd=os.getcwd(), pid=os.getpid()))


@pytest.hookimpl(tryfirst=True)
def pytest_xdist_newgateway(gateway):
    """A verbose run (-v) asks each new worker to describe itself before the worker has loaded this file,
    so the serializer above cannot help yet: the description is asked for here, and cached where
    execnet keeps it."""
    channel = gateway.remote_exec(_describe_worker)
    try:
        gateway._cache_rinfo = _RInfo(channel.receive())
    finally:
        channel.waitclose()


class JavaException(Exception):
    """A Java exception that a test raised, as a Python exception pytest reports."""

    def __init__(self, throwable):
        trace = StringWriter()
        throwable.printStackTrace(PrintWriter(trace))
        Exception.__init__(self, trace.toString())


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem):
    """Runs a test function as pytest does, but a Java exception fails the test: pluggy 0.13 catches
    BaseException only, which Java exceptions are not on Jython, and loses one raised in a hook, so the
    test would pass."""
    arguments = dict((name, pyfuncitem.funcargs[name]) for name in pyfuncitem._fixtureinfo.argnames)
    try:
        pyfuncitem.obj(**arguments)
    except Throwable as e:
        raise JavaException(e)
    return True


class _EveryTestReports(object):
    """Fails the run when a collected test never finished (no teardown report). pytest 4.6 on Jython
    drops a test whose failure it cannot report (an assertion message with the non-ASCII output of a
    Java program did), and pluggy one that a Java exception outside the test function ends: without
    this, the run would pass one test short."""

    def __init__(self):
        self.collected = set()
        self.finished = set()

    def pytest_collection_finish(self, session):
        self.collected.update(item.nodeid for item in session.items)

    @pytest.hookimpl(optionalhook=True)
    def pytest_xdist_node_collection_finished(self, node, ids):
        self.collected.update(ids)

    def pytest_runtest_logreport(self, report):
        if report.when == 'teardown':
            self.finished.add(report.nodeid)

    @pytest.hookimpl(trylast=True)
    def pytest_sessionfinish(self, session):
        lost = sorted(self.collected - self.finished)
        # A worker (which has workerinput) runs a part; the run's own process sees every report.
        if lost and not hasattr(session.config, 'workerinput') and not session.shouldstop:
            session.config.get_terminal_writer().line(
                'these tests never finished (no report: a failure pytest could not report, or a Java exception '
                'outside the test function; run each alone with -n 0 -s): '
                + ', '.join(lost), red=True)
            session.exitstatus = 1


def pytest_configure(config):
    config.pluginmanager.register(_EveryTestReports(), 'every-test-reports')
