"""The identity example (examples/identity): Java DAOs and HTTP front end, Python drivers, one Spring
context. Built from its own setup.py and run in a fresh JVM, it serves the Keystone calls."""
import os
import shutil

from conftest import JAVA, JYTHON_JAR, run

EXAMPLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, os.pardir, 'examples', 'identity')
CLASSPATH = os.environ['CLAMP_IDENTITY_CLASSPATH']


def test_the_identity_service_answers_keystone_calls_through_python_drivers(tmpdir):
    project = str(tmpdir.join('identity'))
    shutil.copytree(EXAMPLE, project, ignore=shutil.ignore_patterns('build', 'dist', 'java', '*$py.class'))
    built = run([os.environ['CLAMP_JYTHON'], 'setup.py', 'bdist_jar'], cwd=project, env={'CLASSPATH': CLASSPATH})
    assert built.code == 0, built
    jar = os.path.join(project, 'dist', 'identity-0.1.0.jar')
    result = run([JAVA, '-cp', os.pathsep.join([JYTHON_JAR, CLASSPATH, jar]), 'demo.identity.Main'])
    assert result.code == 0, result
    assert result.output.splitlines()[-5:] == [
        'POST /v3/auth/tokens -> 201',
        'GET /v3/auth/tokens -> 200',
        'DELETE /v3/auth/tokens -> 204',
        'GET /v3/auth/tokens -> 404',
        'drivers: demo.identity.keystone.drivers.PasswordIdentity, '
        'demo.identity.keystone.drivers.UuidTokenProvider',
    ], result
