"""JUnit Jupiter discovers and runs Python test classes from a built jar, through the JUnit Platform
console launcher: it reports a failing Python test as failed, and runs the static members of a test
class as a Java one's (@BeforeAll, @AfterAll, @MethodSource, @TempDir and @RegisterExtension fields),
without PER_CLASS."""
import os

import pytest

from conftest import JAVA, JYTHON_JAR, PROBE_CLASSPATH, run, write

pytestmark = pytest.mark.e2e

CONSOLE = os.environ['CLAMP_JUNIT_CONSOLE']

SPECS = """
    from java.lang import Object, String, System
    from java.nio.file import Path
    from java.util import List

    from clamp_annotations import clamp_base, generic, java_field, java_method
    from org.junit.jupiter.api import AfterAll, BeforeAll, BeforeEach, DisplayName, Test
    from org.junit.jupiter.api.extension import BeforeEachCallback, RegisterExtension
    from org.junit.jupiter.api.io import TempDir
    from org.junit.jupiter.params import ParameterizedTest
    from org.junit.jupiter.params.provider import MethodSource

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


    class Counting(Base, BeforeEachCallback):
        seen = []

        def beforeEach(self, context):
            Counting.seen.append(context.getDisplayName())


    class LifecycleSpec(Base, Object):
        workspace = java_field(Path, TempDir(), static=True)  # JUnit sets it before @BeforeAll
        counting = java_field(BeforeEachCallback, RegisterExtension(), static=True, value=Counting())

        @BeforeAll
        @classmethod
        @java_method
        def open_log(cls):
            cls.log = open(str(cls.workspace.resolve('log.txt')), 'w')  # one for the tests of the class

        @ParameterizedTest
        @MethodSource('words')
        @java_method(word=String)
        def is_lower_case(self, word):
            assert word == word.lower()
            self.log.write(word + ' ')

        @staticmethod
        @java_method(generic(List, String))
        def words():
            return ['alpha', 'beta']

        @AfterAll
        @staticmethod
        @java_method
        def close_log():
            LifecycleSpec.log.close()
            with open(str(LifecycleSpec.workspace.resolve('log.txt'))) as log:
                System.out.println('after all: logged %s; the extension saw %d tests'
                                   % (log.read().strip(), len(Counting.seen)))
"""


@pytest.fixture(scope='module')
def jar(tmpdir_factory):
    project = tmpdir_factory.mktemp('specs')
    write(project, {
        'setup.py': """
            from setuptools import setup
            setup(name='specs', version='1.0', py_modules=['specs'], clamp={'modules': ['specs']})
        """,
        'specs.py': SPECS,
    })
    built = run([os.environ['CLAMP_JYTHON'], 'setup.py', 'bdist_jar'], cwd=str(project),
                env={'CLASSPATH': os.pathsep.join([PROBE_CLASSPATH, CONSOLE])})
    assert built.code == 0, built
    return str(project.join('dist', 'specs-1.0.jar'))


def launch(jar, test_class):
    """What the console launcher says running ``test_class`` of ``jar``."""
    return run([JAVA, '-jar', CONSOLE, 'execute', '--disable-banner', '--disable-ansi-colors', '--details=tree',
                '--class-path', os.pathsep.join([JYTHON_JAR, jar]), '--select-class', test_class])


def test_the_console_launcher_runs_python_tests_and_reports_the_failure(jar):
    result = launch(jar, 'com.example.specs.CalculatorSpec')
    assert result.code == 1, result  # the launcher's exit code when a test failed
    output = result.output
    for expected in ['A calculator written in Python', 'adds two', 'fails on purpose', 'base is 40',
                     '2 tests found', '1 tests successful', '1 tests failed']:
        assert expected in output, (expected, result)


def test_static_methods_and_fields_serve_junits_class_lifecycle_without_per_class(jar):
    result = launch(jar, 'com.example.specs.LifecycleSpec')
    assert result.code == 0, result
    for expected in ['after all: logged alpha beta; the extension saw 2 tests', '[1] word=alpha', '[2] word=beta',
                     '2 tests successful', '0 tests failed', '0 containers failed']:
        assert expected in result.output, (expected, result)
