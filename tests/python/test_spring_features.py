"""Spring features on Python beans, each tried in a JVM of its own against the built jar, under every
Spring version the build names (gradle.properties: springVersions)."""
import os
import textwrap

import pytest

from conftest import JAVA, JYTHON_JAR, build_here, run, write

pytestmark = pytest.mark.e2e

VERSIONS = os.environ['CLAMP_SPRING_VERSIONS'].split(',')
PREAMBLE = """
    from java.lang import Integer, Object, String
    from clamp_annotations import clamp_base, generic, java_constructor, java_field, java_method
    from fixtures import Counted, Events, Greeting, Repo, RepoAware, Report
    from org.jspecify.annotations import Nullable
    from jakarta.annotation import PostConstruct, PreDestroy
    from org.python.core import Py
    from org.springframework.beans.factory.annotation import Autowired, Qualifier
    from org.springframework.context.annotation import Bean, Configuration, Lazy, Primary, Scope
    from org.springframework.context.event import EventListener
    from org.springframework.stereotype import Component, Controller, Repository, Service

    Base = clamp_base('com.example')


    class Named(Base, Repo):
        @java_constructor(label=String)
        def __init__(self, label):
            self.label = label

        def name(self):
            return self.label
"""

FEATURES = {
    'scanning': """
        @Component('plain')
        class Plain(Base, Object):
            pass


        @Service
        class Billing(Base, Object):
            pass


        @Repository
        class Ledger(Base, Object):
            pass


        @Controller
        class Front(Base, Object):
            pass


        @Configuration(proxyBeanMethods=False)
        class Wiring(Base, Object):
            @Bean
            @java_method(Repo)
            def archive(self):
                return Named('archive')
    """,
    'qualifiers': """
        @Primary
        @Component
        class First(Base, Repo):
            def name(self):
                return 'first'


        @Component
        @Qualifier('special')
        class Second(Base, Repo):
            def name(self):
                return 'second'


        @Component
        class Consumer(Base, Report):
            @java_constructor(usual=Repo, special=(Repo, Qualifier('special')))
            def __init__(self, usual, special):
                self.usual, self.special = usual, special

            def describe(self):
                return 'usual=%s special=%s' % (self.usual.name(), self.special.name())


        @Component
        class Aware(Base, RepoAware, Report):
            @Autowired
            @java_method(repo=(Repo, Qualifier('special')))  # declares the override of RepoAware.setRepo(Repo)
            def setRepo(self, repo):
                self.repo = repo

            def describe(self):
                return 'setRepo was given %s' % self.repo.name()
    """,
    'slots': """
        @Component
        class Store(Base, Repo):
            def name(self):
                return 'store'


        @Component
        class Slotted(Base, Report):
            __slots__ = ('repo',)  # as in Python: no __dict__, smaller objects

            @java_constructor(repo=Repo)
            def __init__(self, repo):
                self.repo = repo

            def describe(self):
                return 'repo=%s, has __dict__: %s' % (self.repo.name(), hasattr(self, '__dict__'))
    """,
    'scopes': """
        @Component('perRequest')
        @Scope('prototype')
        class PerRequest(Base, Object):
            pass


        @Component('shared')
        class Shared(Base, Object):
            pass
    """,
    'lazy': """
        @Lazy
        @Component('late')
        class Late(Base, Counted):
            pass
    """,
    'lifecycle': """
        @Component
        class Tracked(Base, Object):
            def __init__(self):
                Events.LOG.add('constructed')

            @PostConstruct
            @java_method
            def opened(self):
                Events.LOG.add('post-construct')

            @PreDestroy
            @java_method
            def closing(self):
                Events.LOG.add('pre-destroy')
    """,
    'events': """
        @Component
        class Listener(Base, Object):
            @EventListener
            @java_method(message=String)
            def on_message(self, message):
                Events.LOG.add('heard ' + message)
    """,
    'advice': """
        @Component
        class Greeter(Base, Greeting):
            def greet(self, who):
                return 'hello, %s' % who
    """,
    'interfaces': """
        import time
        from java.lang import Thread
        from java.lang.reflect import Proxy
        from fixtures import Courier
        from org.springframework.cache import CacheManager
        from org.springframework.cache.annotation import Cacheable, EnableCaching
        from org.springframework.cache.concurrent import ConcurrentMapCacheManager
        from org.springframework.core.task import SimpleAsyncTaskExecutor, TaskExecutor
        from org.springframework.scheduling.annotation import Async, EnableAsync

        NAMED = []
        SENT_ON = []  # the threads Mailer.send ran on


        @Configuration(proxyBeanMethods=False)
        @EnableAsync  # JDK proxies of beans that have interfaces, Spring's default outside Boot
        @EnableCaching
        class Setup(Base, Object):
            @Bean
            @java_method(CacheManager)
            def cacheManager(self):
                return ConcurrentMapCacheManager(['names'])

            @Bean
            @java_method(TaskExecutor)
            def taskExecutor(self):
                return SimpleAsyncTaskExecutor('async-')


        @Service
        class Mailer(Base, Courier):
            @Async
            def send(self, parcel):
                SENT_ON.append(Thread.currentThread().getName())


        @Service
        class Names(Base, Repo):
            @Cacheable('names')
            def name(self):
                NAMED.append(1)
                return 'named %d' % len(NAMED)


        @Component
        class Sender(Base, Report):
            @java_constructor(courier=Courier, names=Repo)
            def __init__(self, courier, names):
                self.courier, self.names = courier, names

            def describe(self):
                self.courier.send('parcel')
                deadline = time.time() + 10
                while not SENT_ON and time.time() < deadline:
                    time.sleep(0.01)
                elsewhere = len(SENT_ON) == 1 and SENT_ON[0] != Thread.currentThread().getName()
                return ('courier: a JDK proxy %s, of its class %s; @Async ran on another thread: %s; names: a JDK '
                        'proxy %s; @Cacheable computed once for two calls: %s, %s' % (
                            Proxy.isProxyClass(self.courier.getClass()), type(self.courier) is self.courier.getClass(),
                            elsewhere, Proxy.isProxyClass(type(self.names)), self.names.name(), self.names.name()))
    """,
    'configuration': """
        @Configuration  # proxyBeanMethods=True: Spring subclasses the generated class with CGLIB
        class Settings(Base, Report):
            stored = java_field(Repo, Autowired())

            @Bean
            @java_method(Repo)
            def store(self):
                return Named('store')

            @Bean
            @java_method(Greeting, store=Repo)
            def greeter(self, store):  # the bean comes as a parameter: right in either mode
                Events.LOG.add('greeter got the store bean: %s' % (store == self.stored or self.stored is None))
                return None

            @java_method(String, value=Integer.TYPE)
            @java_method(String, value=String)
            def kind(self, value):
                return type(value).__name__

            def describe(self):
                java_self = Py.tojava(self, Object)
                through_java = java_self.getClass().getMethod('store').invoke(java_self)
                return ('enhanced by CGLIB: %s; store() through Java is the bean: %s; self.store() is: %s; '
                        'self.kind() takes the overload of its argument: %s, %s' % (
                            '$$' in java_self.getClass().getName(), through_java == self.stored,
                            self.store() == self.stored, self.kind(3), self.kind('three')))
    """,
    'nullable': """
        @Component
        class MaybeRepo(Base, Report):
            @java_constructor(repo=(Repo, Nullable()))  # JSpecify's type annotation: Java's @Nullable Repo repo
            def __init__(self, repo):
                self.repo = repo

            def describe(self):
                return 'repo: %s' % ('none' if self.repo is None else self.repo.name())
    """,
    'static_bean': """
        from org.springframework.beans.factory.annotation import Value
        from org.springframework.beans.factory.config import BeanFactoryPostProcessor


        class Registrar(Base, BeanFactoryPostProcessor):
            def postProcessBeanFactory(self, factory):
                Events.LOG.add('post-processed the bean factory')


        @Configuration
        class Startup(Base, Report):
            greeting = java_field(String, Value('${greeting}'))

            # static, as Spring asks of a @Bean method making a BeanFactoryPostProcessor: Spring calls it
            # before it makes the configuration object, whose @Value it then injects
            @Bean
            @staticmethod
            @java_method(BeanFactoryPostProcessor)
            def registrar():
                Events.LOG.add('the static @Bean method made the registrar')
                return Registrar()

            def describe(self):
                return 'greeting=%s' % self.greeting
    """,
    'stereotyped': """
        from java.lang import Class
        from org.springframework.core.annotation import MergedAnnotations
        from features.stereotypes import Driver  # first imported here: the probe runs the features in name order


        @Driver(name='files')
        class Glance(Base, Report):
            def describe(self):
                merged = MergedAnnotations.from(Py.tojava(Glance, Class))
                return 'backend through its alias: %s' % merged.get(Driver).getString('backend')
    """,
    'stereotypes': """
        from java.lang import Class
        from java.lang.annotation import Annotation, ElementType, Retention, RetentionPolicy, Target
        from org.springframework.core.annotation import AliasFor, MergedAnnotations
        from clamp_annotations import element


        @Retention(RetentionPolicy.RUNTIME)
        @Target(ElementType.TYPE)
        @Service
        class Driver(Base, Annotation):  # a stereotype declared in Python, read from the jar by the scan
            value = element(String, AliasFor(annotation=Service), default='')
            name = element(String, AliasFor('backend'), default='')
            backend = element(String, AliasFor('name'), default='')


        @Driver('keystone', backend='ldap')
        class Keystone(Base, Report):
            def describe(self):
                merged = MergedAnnotations.from(Py.tojava(Keystone, Class))  # Driver: the type on the class
                return 'a service: %s; name through its alias: %s' % (
                    merged.isPresent(Service), merged.get(Driver).getString('name'))
    """,
}

EXPECTED = {
    'scanning': [
        'bean archive com.example.features.scanning.Named',
        'bean billing com.example.features.scanning.Billing',
        'bean front com.example.features.scanning.Front',
        'bean ledger com.example.features.scanning.Ledger',
        'bean plain com.example.features.scanning.Plain',
        'bean wiring com.example.features.scanning.Wiring',
    ],
    'qualifiers': ['aware: setRepo was given second', 'consumer: usual=first special=second'],
    'slots': ['slotted: repo=store, has __dict__: False'],
    'scopes': ['prototype: two objects true', 'singleton: one object true'],
    'lazy': ['created at refresh: 0', 'created once asked for: 1'],
    'lifecycle': ['event constructed', 'event post-construct', 'event pre-destroy'],
    'events': ['event heard news'],
    'advice': ['jdk interface proxy: HELLO, ADA', 'cglib subclass of the generated class: HELLO, ADA'],
    'interfaces': ['sender: courier: a JDK proxy True, of its class True; @Async ran on another thread: True; '
                   'names: a JDK proxy True; @Cacheable computed once for two calls: named 1, named 1'],
    'configuration': [
        'settings: enhanced by CGLIB: True; store() through Java is the bean: True; self.store() is: True; '
        'self.kind() takes the overload of its argument: int, unicode',
        'event greeter got the store bean: True',
    ],
    'static_bean': [
        'startup: greeting=Hello',
        'event the static @Bean method made the registrar',
        'event post-processed the bean factory',
    ],
    # The Python bean beside its Java twin (twin.MaybeRepo), with no Repo bean: Spring 7 reads JSpecify's
    # @Nullable, a type annotation, and makes the parameter optional; 6.2 reads declaration annotations only.
    'nullable': {
        '7': ['python: repo: none', 'java twin: repo: none'],
        '6': ['python: UnsatisfiedDependencyException', 'java twin: UnsatisfiedDependencyException'],
    },
    'stereotyped': ['glance: backend through its alias: files'],  # a stereotype another module declares
    # named by @Driver's value, an alias of @Service's: the module ran again, its class statement bound the built type
    'stereotypes': ['keystone: a service: True; name through its alias: ldap'],
}


@pytest.fixture(scope='module')
def jar(tmpdir_factory):
    project = tmpdir_factory.mktemp('features')
    files = {
        'setup.py': """
            from setuptools import setup
            setup(name='features', version='1.0', packages=['features'],
                  clamp={'modules': %r})
        """ % ['features.%s' % name for name in sorted(FEATURES)],
        'features/__init__.py': '',
    }
    for name, body in FEATURES.items():
        files['features/%s.py' % name] = textwrap.dedent(PREAMBLE) + textwrap.dedent(body)
    write(project, files)
    assert build_here(project) is None
    return str(project.join('dist', 'features-1.0.jar'))


@pytest.fixture(scope='module')
def outputs(jar):
    """``{version: {feature: lines}}``: every feature tried in one JVM per Spring version."""
    result = {}
    for version in VERSIONS:
        spring = os.environ['CLAMP_SPRING_%s' % version.replace('.', '_')]
        classpath = os.pathsep.join([JYTHON_JAR, os.environ['CLAMP_PROBE_CLASSES'], spring, jar])
        ran = run([JAVA, '-cp', classpath, 'probe.SpringFeatures'] +
                  ['%s=com.example.features.%s' % (feature, feature) for feature in sorted(FEATURES)])
        assert ran.code == 0, ran
        lines = ran.output.splitlines()
        assert lines[0] == 'spring ' + version, ran
        sections, current = {}, None
        for line in lines[1:]:
            if line.startswith('== '):
                current = sections.setdefault(line[3:], [])
            else:
                current.append(line)
        result[version] = sections
    return result


@pytest.mark.parametrize('version', VERSIONS)
@pytest.mark.parametrize('feature', sorted(FEATURES))
def test_a_spring_feature_works_on_python_beans(outputs, feature, version):
    expected = EXPECTED[feature]
    if isinstance(expected, dict):  # what Spring does differs from one major version to the next
        expected = expected[version.split('.')[0]]
    assert outputs[version][feature] == expected, outputs[version]
