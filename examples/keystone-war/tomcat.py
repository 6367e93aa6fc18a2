"""A Tomcat of its own for WARs, driven from Jython: started by tomcat.sh, asked through the manager's text
and JMX proxy interfaces. test_keystone_war.py and the bench (bench/war_redeploys.py) use it.

    tomcat = Tomcat(directory, tomcat_tar_gz, java)   # started, on a free loopback port
    tomcat.manager('text/deploy', path='/keystone', war='file:/path/keystone.war')
"""
import os
import re
import subprocess
import time
import urllib

from java.lang import String
from java.net import URI
from java.net.http import HttpClient, HttpRequest, HttpResponse
from java.util import Base64

SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'tomcat.sh')


class Tomcat(object):
    """A Tomcat laid out in ``directory`` from the distribution ``archive``, run by the JDK of ``java``."""

    def __init__(self, directory, archive, java):
        self.java = java
        self.log_file = os.path.join(directory, 'base', 'logs', 'catalina.out')
        password = 'clamp-%d' % os.getpid()
        env = dict(os.environ, TOMCAT_PASSWORD=password, JAVA_HOME=os.path.dirname(os.path.dirname(java)),
                   CATALINA_OPTS='-XX:TieredStopAtLevel=1 -Xmx1g')
        self.process = subprocess.Popen(['sh', SCRIPT, directory, archive], env=env)
        self.client = HttpClient.newHttpClient()
        self.auth = 'Basic ' + Base64.getEncoder().encodeToString(String('clamp:' + password).getBytes('UTF-8'))
        deadline = time.time() + 120
        while 'Server startup in' not in self.log():
            if self.process.poll() is not None or time.time() > deadline:
                self.stop()
                raise AssertionError('Tomcat did not start:\n' + self.log())
            time.sleep(0.5)
        self.port = re.search(r'Starting ProtocolHandler \["http-nio-127\.0\.0\.1-auto-1-(\d+)"\]', self.log()).group(1)

    def log(self):
        """Tomcat's output (catalina.out): its log and the applications' standard output."""
        if not os.path.exists(self.log_file):
            return ''  # tomcat.sh is still laying Tomcat out
        with open(self.log_file) as f:
            return f.read()

    def send(self, method, path, body=None, token=None, auth=False):
        """(status, body, X-Subject-Token) of a request; a body is sent as JSON."""
        request = HttpRequest.newBuilder(URI.create('http://127.0.0.1:%s%s' % (self.port, path)))
        request.method(method, HttpRequest.BodyPublishers.ofString(body) if body is not None
                       else HttpRequest.BodyPublishers.noBody())
        if body is not None:
            request.header('Content-Type', 'application/json')
        if token is not None:
            request.header('X-Subject-Token', token)
        if auth:
            request.header('Authorization', self.auth)
        response = self.client.send(request.build(), HttpResponse.BodyHandlers.ofString())
        return response.statusCode(), response.body(), response.headers().firstValue('X-Subject-Token').orElse(None)

    def manager(self, command, **query):
        """What the manager answers to ``command`` (``text/reload``, ``jmxproxy/``); it must begin with OK."""
        status, body, _ = self.send('GET', '/manager/%s?%s' % (command, urllib.urlencode(query)), auth=True)
        if status != 200 or not body.startswith('OK - '):
            raise AssertionError('%s %r: %s %s' % (command, query, status, body))
        return body

    def attribute(self, name, attribute, **key):
        """An MBean's attribute through the JMX proxy, as the text it shows."""
        return self.manager('jmxproxy/', get=name, att=attribute, **key).strip().split(' = ', 1)[1]

    def collect(self):
        """Loaded classes and Metaspace bytes, after garbage collections that leave nothing to finalize."""
        for _ in range(4):
            self.manager('jmxproxy/', invoke='java.lang:type=Memory', op='gc')
            time.sleep(0.5)
        return (int(self.attribute('java.lang:type=ClassLoading', 'LoadedClassCount')),
                int(self.attribute('java.lang:type=MemoryPool,name=Metaspace', 'Usage', key='used')))

    def leaks(self, attempts=5):
        """The stopped applications that Tomcat's leak finder still finds in memory. Jython's objects are
        finalized first, over several collections, so it asks again (up to ``attempts`` times) while
        it finds any."""
        for _ in range(attempts):
            self.collect()
            found = [line for line in self.manager('text/findleaks', statusLine='true').splitlines()[1:] if line]
            if not found:
                break
        return found

    def threads(self):
        """The JVM's thread dump (tomcat.sh and catalina.sh exec it: it has the process's id)."""
        jcmd = subprocess.Popen([os.path.join(os.path.dirname(self.java), 'jcmd'), str(self.process.pid),
                                 'Thread.print'], stdout=subprocess.PIPE)
        return jcmd.communicate()[0]

    def stop(self):
        self.process.terminate()
        self.process.wait()
