"""A project written for jythontools' clamp 0.4 moves over by changing its imports only: the `clamp`
keyword, `build_jar`, `clamp_base(package)` and `Constant`. Its Java JUnit tests, compiled against the
jar, pass."""
import os

import pytest

from conftest import JAVA, JYTHON_JAR, PROBE_CLASSPATH, jython, run, write

pytestmark = pytest.mark.e2e

CLAMP_PROJECT = {
    'setup.py': """
        from setuptools import setup, find_packages
        setup(name='clamp-samples', version='0.1', packages=find_packages(),
              clamp={'modules': ['clamp_samples.callable', 'clamp_samples.const_']})
    """,
    'clamp_samples/__init__.py': '',
    'clamp_samples/callable.py': """
        from java.io import Serializable
        from java.util.concurrent import Callable

        from clamp_annotations import clamp_base  # was: from clamp import clamp_base

        TestBase = clamp_base('org')


        class CallableSample(TestBase, Callable, Serializable):
            def call(self):
                return 42
    """,
    'clamp_samples/const_.py': """
        from java.lang import Long, Object

        from clamp_annotations import clamp_base, Constant  # was: from clamp import clamp_base, Constant

        TestBase = clamp_base('org')


        class ConstSample(TestBase, Object):
            myConstant = Constant(Long(1234), Long.TYPE)
    """,
    'junit/CallableTest.java': """
        import static org.junit.Assert.assertEquals;

        import java.io.ObjectStreamClass;

        import org.clamp_samples.callable.CallableSample;
        import org.junit.Test;

        public class CallableTest {
            @Test
            public void javaCallsPython() throws Exception {
                assertEquals(42, new CallableSample().call());
            }

            @Test
            public void serializableClassesGetASerialVersionUid() {
                assertEquals(1L, ObjectStreamClass.lookup(CallableSample.class).getSerialVersionUID());
            }
        }
    """,
    'junit/ConstantTest.java': """
        import static org.junit.Assert.assertEquals;

        import org.clamp_samples.const_.ConstSample;
        import org.junit.Test;

        public class ConstantTest {
            @Test
            public void constantIsACompileTimeConstant() {
                assertEquals(1234L, ConstSample.myConstant);
            }
        }
    """,
}


def test_a_clamp_project_builds_with_build_jar_and_its_java_tests_pass(tmpdir):
    write(tmpdir, CLAMP_PROJECT)
    built = jython(['setup.py', 'build_jar', '--output', 'build/tests.jar'], cwd=str(tmpdir))
    assert built.code == 0, built
    classpath = os.pathsep.join([JYTHON_JAR, PROBE_CLASSPATH, str(tmpdir.join('build', 'tests.jar'))])
    javac = os.path.join(os.path.dirname(JAVA), 'javac')
    compiled = run([javac, '-cp', classpath, '-d', str(tmpdir.join('classes')),
                    str(tmpdir.join('junit', 'CallableTest.java')), str(tmpdir.join('junit', 'ConstantTest.java'))])
    assert compiled.code == 0, compiled
    tests = run([JAVA, '-cp', os.pathsep.join([str(tmpdir.join('classes')), classpath]),
                 'org.junit.runner.JUnitCore', 'CallableTest', 'ConstantTest'], cwd=str(tmpdir))
    assert tests.code == 0 and 'OK (3 tests)' in tests.output, tests
