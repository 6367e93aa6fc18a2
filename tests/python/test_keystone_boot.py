"""The identity service on Spring Boot (examples/keystone-boot), built by Maven as its users build it:
the clamp-annotations plugin puts the Python half into target/classes, with no Jython on PATH. `mvn
package` runs the example's @SpringBootTest (Java, autowiring the Python controller and drivers) on the
way to Boot's executable jar, which plain `java -jar` runs; `mvn spring-boot:run` runs it from
target/classes. It answers a client as the identity example's Java front end does."""
import os
import re
import subprocess
import threading

import pytest

from conftest import JAVA, KEYSTONE_ANSWERS, KEYSTONE_DEMO_CALLS, PROBE_CLASSPATH, mvn_without_jython, run

pytestmark = pytest.mark.e2e

EXAMPLE = os.path.join(os.path.dirname(__file__), '..', '..', 'examples', 'keystone-boot')
QUIET = ['--spring.main.banner-mode=off', '--logging.level.root=warn']
IMPORTS_LOGGED = '--logging.level.org.python.import=debug'  # Jython's importers say where each module came from
DEMO_ENDS = KEYSTONE_DEMO_CALLS + [
    'controller: demo.keystone_web.tokens.TokensController, drivers: '
    'demo.identity.keystone.drivers.PasswordIdentity, demo.identity.keystone.drivers.UuidTokenProvider',
]


def mvn(build_directory, args):
    """Runs Maven in the example, building into ``build_directory``, with no Jython on PATH."""
    return mvn_without_jython(['-DbuildDir=%s' % build_directory] + args, cwd=EXAMPLE)


@pytest.fixture(scope='module')
def packaged(tmpdir_factory):
    """The example built with `mvn package` once, into a directory of this run's own."""
    build_directory = tmpdir_factory.mktemp('keystone-boot')
    result = mvn(str(build_directory), ['package'])
    assert result.code == 0, result
    return build_directory, result


def test_mvn_package_runs_the_java_spring_boot_test_of_the_python_beans(packaged):
    _, result = packaged
    assert re.search(r'Tests run: 3, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: .* -+ in '
                     r'demo\.keystone\.KeystoneApplicationTest', result.output), result


def imports(output):
    """``(module, file)`` of each module Jython imported, as its importers log it at debug level."""
    return re.findall(r'import (\S+) # (?:loaded |precompiled )?from (\S+)', output)


def assert_nothing_compiled(result):
    """Every module the start imported, the project's and the standard library's, came precompiled."""
    modules = imports(result.output)
    assert set(['json', 'keystone.drivers', 'keystone_web.tokens', 'clamp_annotations']) <= set(
        name for name, _ in modules), result
    assert [(name, path) for name, path in modules if not path.endswith('$py.class')] == [], result


def test_the_boot_jar_serves_keystone_calls_through_a_python_controller_and_drivers(packaged, tmpdir):
    jar = packaged[0].join('keystone-boot-0.1.0.jar')
    result = run([JAVA, '-jar', str(jar), '--keystone.demo=true', '--server.port=0'] + QUIET + [IMPORTS_LOGGED],
                 cwd=str(tmpdir))
    assert result.code == 0, result
    assert result.output.splitlines()[-5:] == DEMO_ENDS, result
    # Jython started inside the jar writes no package cache (.jython_cache) into the working directory,
    assert tmpdir.listdir() == [], result
    # and compiles nothing: it reads every module's $py.class through Boot's nested jars.
    assert_nothing_compiled(result)


def test_the_cds_goal_leaves_the_application_extracted_with_a_class_data_archive_of_jython_and_the_python_beans(
        packaged, tmpdir):
    """`mvn package` ran the plugin's cds goal after Boot's repackage: target/cds is the application extracted
    with Boot's tools and the static archive of a training run's classes. Started from there with the archive,
    Jython's runtime and the generated classes come from the archive, Jython's class-file-version-49 exposers
    among them (a dynamic archive, Boot's own recipe, leaves every one of them out), and no module is compiled."""
    cds = packaged[0].join('cds')
    loaded = tmpdir.join('classes.log')
    result = run([JAVA, '-XX:SharedArchiveFile=application.jsa', '-Xlog:class+load=info:file=%s' % loaded, '-jar',
                  'keystone-boot-0.1.0.jar', '--keystone.demo=true', '--server.port=0'] + QUIET + [IMPORTS_LOGGED],
                 cwd=str(cds))
    assert result.code == 0, result
    lines = result.output.splitlines()
    assert lines[lines.index(DEMO_ENDS[0]):][:5] == DEMO_ENDS, result
    classes = loaded.read()
    for name in ('org.python.core.PySystemState', 'demo.keystone_web.tokens.TokensController',
                 'demo.identity.keystone.drivers.UuidTokenProvider'):
        assert re.search(r'\] %s source: shared objects file$' % re.escape(name), classes, re.M), name
    exposers = re.findall(r'\] \S+_exposer source: (.*)$', classes, re.M)
    assert len(exposers) > 900 and set(exposers) == set(['shared objects file']), set(exposers)
    assert_nothing_compiled(result)
    assert sorted(os.listdir(str(cds))) == ['application.jsa', 'keystone-boot-0.1.0.jar', 'lib'], result


def test_spring_boot_run_serves_the_python_beans_from_target_classes_without_building_them_again(packaged):
    build_directory, _ = packaged
    result = mvn(str(build_directory), [
        'spring-boot:run', '-Dspring-boot.run.jvmArguments=-XX:TieredStopAtLevel=1',
        '-Dspring-boot.run.arguments=%s' % ' '.join(
            ['--keystone.demo=true', '--server.port=0', '--server.address=127.0.0.1'] + QUIET)])
    assert result.code == 0, result
    assert '[INFO] clamp-annotations: nothing changed, 14 files in %s are up to date' % build_directory.join(
        'classes') in result.output, result
    lines = result.output.splitlines()
    assert lines[lines.index(DEMO_ENDS[0]):][:5] == DEMO_ENDS, result


def test_refusals_and_expired_tokens_get_the_same_answers_as_from_the_java_front_end(packaged):
    jar = packaged[0].join('keystone-boot-0.1.0.jar')
    server = subprocess.Popen([JAVA, '-XX:TieredStopAtLevel=1', '-jar', str(jar), '--server.port=0',
                               '--server.address=127.0.0.1', '--identity.token.ttl-seconds=1'] + QUIET
                              + ['--logging.level.org.springframework.boot.tomcat=info'],  # says the port
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    deadline = threading.Timer(180, server.kill)  # a server that never starts fails the test, not the run
    deadline.start()
    try:
        log = []
        for line in iter(server.stdout.readline, b''):
            log.append(line.decode('utf-8'))
            started = re.search(r'Tomcat started on port (\d+)', log[-1])
            if started:
                break
        assert started, ''.join(log)
        calls = run([JAVA, '-cp', PROBE_CLASSPATH, 'probe.IdentityCalls',
                     'http://127.0.0.1:%s/v3/auth/tokens' % started.group(1)])
        assert calls.code == 0, calls
        assert calls.output.splitlines() == KEYSTONE_ANSWERS, calls
    finally:
        deadline.cancel()
        server.kill()
        server.wait()
