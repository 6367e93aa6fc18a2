"""A project written for jythontools' clamp 0.4 moves over by changing its imports only (`clamp` ->
`clamp_annotations`): its setup.py with `clamp_command` as `install`, a package as clamped module,
`install_requires` naming clamp, a `test` command that builds with `build_jar` and runs its Java JUnit
tests; `clamp_base(package)` and `Constant`; the `clamp` command and the `singlejar` script."""
import os

import pytest

from conftest import JAVA, JYTHON, PROBE_CLASSPATH, jython, run, write

pytestmark = pytest.mark.e2e

CLAMP_PROJECT = {
    'setup.py': """
        import os

        from setuptools import setup, find_packages, Command
        from javax.tools import ToolProvider
        from java.io import File
        from java.lang import System
        from java.net import URLClassLoader
        from org.junit.runner import JUnitCore

        from clamp_annotations.commands import clamp_command  # was: from clamp.commands import clamp_command


        class test_command(Command):

            description = 'build the jar, compile the Java tests against it and run them'
            user_options = []

            def initialize_options(self):
                pass

            def finalize_options(self):
                self.testjar = os.path.join('build', 'tmp', 'tests.jar')

            def run(self):
                build_jar = self.distribution.get_command_obj('build_jar')
                build_jar.output = self.testjar
                self.run_command('build_jar')
                classes = os.path.join('build', 'tmp', 'classes')
                self.mkpath(classes)
                classpath = os.pathsep.join([System.getProperty('java.class.path'), self.testjar])
                sources = [os.path.join('junit', n) for n in sorted(os.listdir('junit'))]
                if ToolProvider.getSystemJavaCompiler().run(None, None, None,
                                                            ['-cp', classpath, '-d', classes] + sources):
                    raise SystemExit('javac failed')
                loader = URLClassLoader([File(classes).toURI().toURL(), File(self.testjar).toURI().toURL()],
                                        JUnitCore.getClassLoader())
                result = JUnitCore.runClasses([loader.loadClass(os.path.basename(n)[:-5]) for n in sources])
                print('Ran %d tests, failures: %d' % (result.runCount, result.failureCount))
                for failure in result.failures:
                    print(failure)
                if result.failureCount:
                    raise SystemExit(1)


        setup(
            name='clamp-samples',
            version='0.1',
            packages=find_packages(),
            install_requires=['clamp>=0.4'],
            clamp={'modules': ['clamp_samples']},
            cmdclass={'install': clamp_command, 'test': test_command},
        )
    """,
    'clamp_samples/__init__.py': 'from . import callable, const_\n',
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


def test_a_clamp_projects_own_test_command_builds_with_build_jar_and_its_java_tests_pass(tmpdir):
    write(tmpdir, CLAMP_PROJECT)
    tested = jython(['setup.py', 'test'], cwd=str(tmpdir))
    assert tested.code == 0 and 'Ran 3 tests, failures: 0' in tested.output, tested
    assert 'install_requires: left out clamp, which clamp_annotations' in tested.output, tested


def test_the_clamp_command_installs_the_jar_and_the_singlejar_script_runs_it(tmpdir):
    write(tmpdir, CLAMP_PROJECT)
    write(tmpdir, {'app/__run__.py': """
        from org.clamp_samples.callable import CallableSample
        print('called: %d' % CallableSample().call())
    """})
    user = {'PYTHONUSERBASE': str(tmpdir.join('user'))}
    site = tmpdir.join('user', 'lib', 'jython2.7', 'site-packages').ensure(dir=True)  # easy_install wants it
    installed = jython(['setup.py', 'clamp', '--user'], cwd=str(tmpdir), env=user)
    assert installed.code == 0, installed
    assert site.join('clamp_samples-0.1-py2.7.egg').check(dir=1), installed
    assert site.join('jars', 'clamp-samples-0.1.jar').check(file=1), installed
    imported = jython(['-c', 'from org.clamp_samples.const_ import ConstSample; print(ConstSample.myConstant)'],
                      cwd=str(tmpdir), env=user)
    assert imported.code == 0 and imported.output.splitlines()[-1] == '1234', imported
    script = os.path.join(os.path.dirname(JYTHON), 'singlejar')  # installed with clamp_annotations
    single = run([script, '-o', 'single.jar'], cwd=str(tmpdir.join('app')), env=dict(user, CLASSPATH=PROBE_CLASSPATH))
    assert single.code == 0 and 'runs __run__.py' in single.output, single
    ran = run([JAVA, '-jar', str(tmpdir.join('app', 'single.jar'))])
    assert ran.code == 0 and ran.output.splitlines()[-1] == 'called: 42', ran


def test_with_clamp_itself_installed_too_the_build_stops_with_one_message(tmpdir):
    # jythontools' clamp is not on PyPI: a distribution of that name in the user site stands for it.
    write(tmpdir, CLAMP_PROJECT)
    write(tmpdir, {'user/lib/jython2.7/site-packages/clamp-0.4.egg-info/PKG-INFO': """
        Metadata-Version: 1.0
        Name: clamp
        Version: 0.4
    """})
    built = jython(['setup.py', 'build_jar'], cwd=str(tmpdir), env={'PYTHONUSERBASE': str(tmpdir.join('user'))})
    site = tmpdir.join('user', 'lib', 'jython2.7', 'site-packages')
    assert built.failed_with("error in clamp-samples setup command: jythontools' clamp 0.4 is installed in %s "
                             "beside clamp_annotations, which replaces it: both handle setup(clamp=...), build_jar "
                             "and singlejar. Uninstall it: jython -m pip uninstall clamp" % site), built
    assert not tmpdir.join('dist').check()
