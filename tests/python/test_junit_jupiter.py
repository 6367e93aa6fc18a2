"""JUnit Jupiter discovers and runs a Python test class from a built jar, through the JUnit Platform
console launcher, and reports a failing Python test as failed."""
import os

import pytest

from conftest import JAVA, JYTHON_JAR, PROBE_CLASSPATH, run, write

pytestmark = pytest.mark.e2e

CONSOLE = os.environ['CLAMP_JUNIT_CONSOLE']

SPECS = """
    from java.lang import Object

    from clamp_annotations import clamp_base, java_method
    from org.junit.jupiter.api import BeforeEach, DisplayName, Test

    Base = clamp_base('com.example')


    @DisplayName('A calculator written in Python')
    class CalculatorSpec(Base, Object):
        @BeforeEach
        @java_method
        def set_up(self):
            self.base = 40

        @Test
        @DisplayName('adds two')
        @java_method
        def adds(self):
            assert self.base + 2 == 42

        @Test
        @DisplayName('fails on purpose')
        @java_method
        def fails(self):
            assert self.base == 41, 'base is %d' % self.base
"""


def test_the_console_launcher_runs_python_tests_and_reports_the_failure(tmpdir):
    write(tmpdir, {
        'setup.py': """
            from setuptools import setup
            setup(name='specs', version='1.0', py_modules=['specs'], clamp={'modules': ['specs']})
        """,
        'specs.py': SPECS,
    })
    built = run([os.environ['CLAMP_JYTHON'], 'setup.py', 'bdist_jar'], cwd=str(tmpdir),
                env={'CLASSPATH': os.pathsep.join([PROBE_CLASSPATH, CONSOLE])})
    assert built.code == 0, built
    result = run([JAVA, '-jar', CONSOLE, 'execute', '--disable-banner', '--disable-ansi-colors',
                  '--details=tree', '--class-path', os.pathsep.join([JYTHON_JAR, str(tmpdir.join('dist', 'specs-1.0.jar'))]),
                  '--select-class', 'com.example.specs.CalculatorSpec'])
    assert result.code == 1, result  # the launcher's exit code when a test failed
    output = result.output
    for expected in ['A calculator written in Python', 'adds two', 'fails on purpose', 'base is 40',
                     '2 tests found', '1 tests successful', '1 tests failed']:
        assert expected in output, (expected, result)
