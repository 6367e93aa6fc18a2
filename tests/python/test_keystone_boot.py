"""The identity service on Spring Boot (examples/keystone-boot): Boot's executable jar, made by Maven's
spring-boot-maven-plugin, run with plain `java -jar`, with Jython, the Python REST controller and the
Python drivers inside it. It answers a client as the identity example's Java front end does."""
import os
import re
import subprocess
import threading

import pytest

from conftest import JAVA, KEYSTONE_ANSWERS, KEYSTONE_DEMO_CALLS, PROBE_CLASSPATH, run

pytestmark = pytest.mark.e2e

JAR = os.environ['CLAMP_KEYSTONE_BOOT_JAR']
QUIET = ['--spring.main.banner-mode=off', '--logging.level.root=warn']


def test_the_boot_jar_serves_keystone_calls_through_a_python_controller_and_drivers(tmpdir):
    result = run([JAVA, '-jar', JAR, '--keystone.demo=true', '--server.port=0'] + QUIET, cwd=str(tmpdir))
    assert result.code == 0, result
    assert result.output.splitlines()[-5:] == KEYSTONE_DEMO_CALLS + [
        'controller: demo.keystone_web.tokens.TokensController, drivers: '
        'demo.identity.keystone.drivers.PasswordIdentity, demo.identity.keystone.drivers.UuidTokenProvider',
    ], result
    # Jython started inside the jar writes no package cache (.jython_cache) into the working directory.
    assert tmpdir.listdir() == [], result


def test_refusals_and_expired_tokens_get_the_same_answers_as_from_the_java_front_end():
    server = subprocess.Popen([JAVA, '-XX:TieredStopAtLevel=1', '-jar', JAR, '--server.port=0',
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
