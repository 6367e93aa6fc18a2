"""The identity example (examples/identity): Java DAOs and HTTP front end, Python drivers, one Spring
context. Built from its own setup.py and run in a fresh JVM, it serves the Keystone calls."""
import os
import shutil

import pytest

from conftest import JAVA, JYTHON_JAR, KEYSTONE_ANSWERS, KEYSTONE_DEMO_CALLS, PROBE_CLASSPATH, run

pytestmark = pytest.mark.e2e

EXAMPLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, os.pardir, 'examples', 'identity')
CLASSPATH = os.environ['CLAMP_IDENTITY_CLASSPATH']


@pytest.fixture(scope='module')
def jar(tmpdir_factory):
    project = str(tmpdir_factory.mktemp('example').join('identity'))
    shutil.copytree(EXAMPLE, project, ignore=shutil.ignore_patterns('build', 'dist', 'java', '*$py.class'))
    built = run([os.environ['CLAMP_JYTHON'], 'setup.py', 'bdist_jar'], cwd=project, env={'CLASSPATH': CLASSPATH})
    assert built.code == 0, built
    return os.path.join(project, 'dist', 'identity-0.1.0.jar')


def test_the_identity_service_answers_keystone_calls_through_python_drivers(jar):
    result = run([JAVA, '-cp', os.pathsep.join([JYTHON_JAR, CLASSPATH, jar]), 'demo.identity.Main'])
    assert result.code == 0, result
    assert result.output.splitlines()[-5:] == KEYSTONE_DEMO_CALLS + [
        'drivers: demo.identity.keystone.drivers.PasswordIdentity, '
        'demo.identity.keystone.drivers.UuidTokenProvider',
    ], result


def test_bad_credentials_unknown_and_expired_tokens_get_keystones_answers(jar):
    result = run([JAVA, '-cp', os.pathsep.join([JYTHON_JAR, PROBE_CLASSPATH, jar]), 'probe.IdentityCalls'])
    assert result.code == 0, result
    assert result.output.splitlines()[-len(KEYSTONE_ANSWERS):] == KEYSTONE_ANSWERS, result
