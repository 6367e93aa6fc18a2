"""The test run itself: a failing test fails it, under the options the build runs pytest with."""
import os

import pytest

from conftest import jython, write

pytestmark = pytest.mark.e2e

INI = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, 'pytest.ini')


def test_a_failing_test_makes_pytest_exit_non_zero_and_say_so(tmpdir):
    write(tmpdir, {'test_broken.py': """
        def test_broken():
            assert 1 + 1 == 3
    """})
    result = jython(['-m', 'pytest', '-c', INI, '--rootdir', str(tmpdir), str(tmpdir.join('test_broken.py'))])
    assert result.code == 1, result
    assert '1 failed' in result.output.splitlines()[-1], result
