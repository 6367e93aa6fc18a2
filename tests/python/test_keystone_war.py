"""The WAR example (examples/keystone-war) in a standalone Tomcat 11, as operations run it: deployed, called,
managed over JMX and reloaded through Tomcat's manager. One Tomcat (examples/keystone-war/tomcat.sh) serves
the file's tests, in order: two copies of the WAR side by side, then ten reloads of one of them."""
import json
import os
import re
import sys
import threading

import pytest

from conftest import JAVA

sys.path.append(os.path.join(os.path.dirname(__file__), '..', '..', 'examples', 'keystone-war'))
from tomcat import Tomcat  # noqa: E402 (the example's own driver of Tomcat)

pytestmark = pytest.mark.e2e

WAR = os.environ['CLAMP_KEYSTONE_WAR']
TOKENS = '/v3/auth/tokens'
ALICE = ('{"auth": {"identity": {"methods": ["password"], "password": {"user": {"name": "alice", '
         '"domain": {"id": "default"}, "password": "secret"}}}, "scope": {"project": {"name": "demo"}}}}')
JYTHON_THREADS = re.compile(r'^"(Cleaner-\d+|weakref reaper)"', re.M)  # jffi's cleaner and Jython's reaper


@pytest.fixture(scope='module')
def tomcat(tmpdir_factory):
    """Tomcat with two copies of the WAR, /keystone and /keystone-b; ``empty`` and ``one`` are what it had
    loaded before any and with one deployed."""
    server = Tomcat(str(tmpdir_factory.mktemp('tomcat')), os.environ['CLAMP_TOMCAT'], JAVA)
    try:
        server.empty = server.collect()
        server.manager('text/deploy', path='/keystone', war='file:' + WAR)
        server.one = server.collect()
        server.manager('text/deploy', path='/keystone-b', war='file:' + WAR)
        yield server
    finally:
        server.stop()


def token_calls(tomcat, tokens):
    """The statuses of issuing, validating, revoking and validating again a token at ``tokens``."""
    issued, _, token = tomcat.send('POST', tokens, ALICE)
    return [issued] + [tomcat.send(method, tokens, token=token)[0] for method in ['GET', 'DELETE', 'GET']]


def test_the_python_controller_and_its_java_twin_serve_the_token_api(tomcat):
    assert token_calls(tomcat, '/keystone' + TOKENS) == [201, 200, 204, 404]
    assert token_calls(tomcat, '/keystone/java' + TOKENS) == [201, 200, 204, 404]
    _, body, token = tomcat.send('POST', '/keystone' + TOKENS, ALICE)  # the same drivers behind both
    status, java_body, _ = tomcat.send('GET', '/keystone/java' + TOKENS, token=token)
    assert (status, json.loads(java_body)) == (200, json.loads(body))


def test_the_python_managed_bean_is_read_and_invoked_through_tomcats_jmx_proxy(tomcat):
    bean = 'keystone:type=Tokens,context=/keystone'
    assert tomcat.attribute(bean, 'Driver') == 'demo.identity.keystone.drivers.UuidTokenProvider'
    _, _, token = tomcat.send('POST', '/keystone' + TOKENS, ALICE)
    revoked = int(tomcat.attribute(bean, 'Revoked'))
    answer = tomcat.manager('jmxproxy/', invoke=bean, op='revoke', ps=token)
    assert answer.split()[-1] == 'true', answer
    assert tomcat.send('GET', '/keystone' + TOKENS, token=token)[0] == 404
    assert int(tomcat.attribute(bean, 'Revoked')) == revoked + 1


def test_python_logging_reaches_logback_with_the_levels_and_traceback_that_logback_xml_sets(tomcat):
    assert tomcat.send('POST', '/keystone' + TOKENS, 'not JSON')[0] == 400
    log = tomcat.log()
    # keystone.drivers logs at DEBUG, which Python's own default (WARNING) would drop.
    assert re.search(r'DEBUG \[http-nio-[^]]+\] keystone\.drivers - issued a token for alice in project demo\n', log)
    refused = log[log.index('keystone_web.tokens - refused a request body that is not JSON'):].splitlines()
    assert refused[1] == 'Traceback (most recent call last):', refused[:8]
    assert re.match(r'  File "__pyclasspath__/keystone_web/tokens\$py\.class", line \d+, in authenticate$',
                    refused[2]), refused[:8]
    assert 'ValueError: No JSON object could be decoded' in refused[:12], refused[:12]


def test_two_copies_side_by_side_have_their_own_python_state(tomcat):
    _, _, token = tomcat.send('POST', '/keystone' + TOKENS, ALICE)
    assert tomcat.send('GET', '/keystone-b' + TOKENS, token=token)[0] == 404
    assert tomcat.send('GET', '/keystone' + TOKENS, token=token)[0] == 200
    tomcat.manager('jmxproxy/', invoke='keystone:type=Tokens,context=/keystone', op='revoke', ps=token)
    assert tomcat.attribute('keystone:type=Tokens,context=/keystone-b', 'Revoked') == '0'


def test_ten_reloads_while_serving_leave_nothing_behind(tomcat):
    before = tomcat.collect()
    serving, answers = threading.Event(), []

    def client():  # a steady client, not a load test: ten calls a second
        while not serving.wait(0.1):
            answers.append(tomcat.send('POST', '/keystone' + TOKENS, ALICE)[0])
    clients = threading.Thread(target=client)
    clients.start()
    try:
        for _ in range(10):
            tomcat.manager('text/reload', path='/keystone')
            assert tomcat.send('POST', '/keystone' + TOKENS, ALICE)[0] == 201  # Python ran in this deployment
    finally:
        serving.set()
        clients.join()
    assert tomcat.leaks() == []
    after = tomcat.collect()
    classes, metaspace = after[0] - before[0], after[1] - before[1]
    one_classes, one_metaspace = tomcat.one[0] - tomcat.empty[0], tomcat.one[1] - tomcat.empty[1]
    assert classes < one_classes and metaspace < one_metaspace, (before, after, tomcat.empty, tomcat.one)
    assert 201 in answers
    log = tomcat.log()
    assert 'SEVERE' not in log and 'Illegal access' not in log, log
    for path in ['/keystone', '/keystone-b']:
        tomcat.manager('text/undeploy', path=path)
    assert JYTHON_THREADS.findall(tomcat.threads()) == []
