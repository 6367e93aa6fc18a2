"""The test run itself, under the options the build runs pytest with: parallel workers work on Jython,
a failing test fails the run, and a process that hangs fails its test."""
import os
import shutil
import sys

import pytest

import conftest
from conftest import jython, write

pytestmark = pytest.mark.e2e

TESTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir)
INI = os.path.join(TESTS, 'pytest.ini')


def test_workers_run_java_code_that_prints_describe_themselves_and_failing_tests_fail_the_run(tmpdir):
    shutil.copy(os.path.join(TESTS, 'conftest.py'), str(tmpdir))  # what makes pytest-xdist work on Jython
    for name in 'ab':
        write(tmpdir, {'test_%s.py' % name: """
            from java.lang import System

            def test_printing_from_java():
                System.out.println('printed by Java')  # a worker's standard output is its channel
        """})
    write(tmpdir, {'test_broken.py': """
        from java.lang import IllegalStateException

        def test_broken():
            assert 1 + 1 == 3

        def test_raising_a_java_exception():
            raise IllegalStateException('broken in Java')
    """})
    result = jython(['-m', 'pytest', '-c', INI, '--rootdir', str(tmpdir), '-n', '2', '--dist', 'loadfile', '-v',
                     str(tmpdir)])
    assert result.code == 1, result
    assert '[gw0] %s Python 2.7' % sys.platform in result.output, result  # -v describes each worker
    assert 'IllegalStateException: broken in Java' in result.output, result
    assert '2 failed, 2 passed' in result.output.splitlines()[-1], result


def test_a_process_a_test_starts_that_hangs_is_killed_and_fails_its_test(monkeypatch):
    monkeypatch.setattr(conftest, 'TIMEOUT_SECONDS', 1)
    result = conftest.run(['sleep', '600'])
    assert result.code != 0 and result.output.endswith('[killed after 1 s: sleep 600]'), result


def test_a_failure_pytest_cannot_report_still_fails_the_run(tmpdir):
    shutil.copy(os.path.join(TESTS, 'conftest.py'), str(tmpdir))
    write(tmpdir, {'test_unreported.py': """
        class Result(object):
            output = u'\\u2502 [1] word=alpha'  # a Java program's output, with a box-drawing character

            def __repr__(self):
                return u'exit 0:\\n' + self.output  # unicode: pytest 4.6 on Jython then loses the failure

        def test_passing():
            pass

        def test_failing_with_text_pytest_cannot_report():
            assert '[1] alpha' in Result.output, Result()
    """})
    result = jython(['-m', 'pytest', '-c', INI, '--rootdir', str(tmpdir), '-n', '2', str(tmpdir)])
    assert result.code == 1, result
    assert ('these tests never finished (no report: a failure pytest could not report, or a Java exception outside '
            'the test function; run each alone with -n 0 -s): '
            'test_unreported.py::test_failing_with_text_pytest_cannot_report') in result.output, result
