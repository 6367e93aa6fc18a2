"""One Spring application of Python beans, run from its built jar in a fresh JVM and in this way
from a Jython script with no jar: the same Java program must see the same application."""
import os
import shutil

import pytest

from conftest import JAVA, JYTHON, JYTHON_JAR, run

pytestmark = pytest.mark.e2e

VERSIONS = os.environ['CLAMP_SPRING_VERSIONS'].split(',')
PROBES = os.environ['CLAMP_PROBE_CLASSES']
APP = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'parity')
IN_PROCESS = """
import shopapp.parts, shopapp.wiring, shopapp.advised, shopapp.errors, shopapp.report, shopapp.overloads
import shopapp.lambdas, shopapp.proxied, shopapp.rethrown
from probe import ParityRun
ParityRun.main(['com.example.shopapp'])
"""

# What the Python bean shopapp.lambdas.Lambdas and its Java twin twin.JavaLambdas each report.
LAMBDAS = [
    'Optional.map: TEA',
    'Comparator.reversed from Java: coffee, mate, tea',
    'Function.andThen from Java: TEA!',
    'Predicate.negate from Java: coffee',
    'ObjectProvider.orderedStream: LITE',
    'registerBean with a Supplier and a customizer: ada, lazy true',
    'a @Bean Converter, andThen from Java: 6',
    'handed back, the same object: true',
]

# What a Python bean and its Java twin report of a JDK proxy of a Python bean that they are given
# (shopapp.proxied), and of a Python exception that Java caught and threw again (shopapp.rethrown).
COURIER = ('a JDK proxy: true; the class Spring gives: true; a Courier: true; an object of the Python class: false; '
           'the same class through Java and back: true; send ran on another thread: true')
RETHROWN = ('caught as SoldOut: the object raised: true (no tea left); caught as Refused: the object raised: true '
            '(no tea left); caught as IllegalStateException: no tea left')

EXPECTED = [
    'adviceConfig: com.example.shopapp.advised.AdviceConfig',
    'banner: java.lang.String',
    'cacheInterceptor: org.springframework.cache.interceptor.CacheInterceptor',
    'cacheManager: org.springframework.cache.concurrent.ConcurrentMapCacheManager',
    'cacheOperationSource: org.springframework.cache.annotation.AnnotationCacheOperationSource',
    'car: com.example.shopapp.parts.Car',
    'courier: a JDK proxy',
    'courierCheck: com.example.shopapp.proxied.CourierCheck',
    'courierCheckTwin: twin.CourierCheck',
    'echo: a JDK proxy',
    'electric: com.example.shopapp.parts.ElectricEngine',
    'engine: com.example.shopapp.parts.PetrolEngine',
    'garage: com.example.shopapp.parts.Garage',
    'javaHealth: twin.Indicator',
    'javaLambdas: twin.JavaLambdas',
    'javaSizes: a lambda',
    'lambdas: com.example.shopapp.lambdas.Lambdas',
    'liteConfig: com.example.shopapp.wiring.LiteConfig',
    'motto: com.example.shopapp.wiring.Motto',
    'prices: com.example.shopapp.advised.PriceList$$SpringCGLIB$$0',
    'proxiedConfig: com.example.shopapp.proxied.ProxiedConfig',
    'pythonHealth: com.example.shopapp.overloads.Indicator',
    'recorder: com.example.shopapp.advised.Recorder$$SpringCGLIB$$0',
    'report: com.example.shopapp.report.Report',
    'rethrowCheck: com.example.shopapp.rethrown.RethrowCheck',
    'rethrowCheckTwin: twin.RethrowCheck',
    'rethrownConfig: com.example.shopapp.rethrown.RethrownConfig',
    'scopedTarget.courier: com.example.shopapp.proxied.PythonCourier',
    'shopConfig: com.example.shopapp.wiring.ShopConfig$$SpringCGLIB$$0',
    'shopper: com.example.shopapp.advised.Shopper',
    'sizes: a JDK proxy',
    'slogan: java.lang.String',
    'taskExecutor: org.springframework.core.task.SimpleAsyncTaskExecutor',
    'ticket: com.example.shopapp.parts.Ticket',
    'till: com.example.shopapp.errors.Till',
    'engine annotations: Primary, Component',
    'shopConfig annotations: Configuration, PropertySource',
    'primary supplier: petrol',
    'prototype: two objects True',
    'garage: Welcome to the shop; engines petrol and electric; car roadster',
    'car comes home: True',
    'an unadvised bean injected into Python is the Python object: True',
    'shopper: @Async ran on another thread: True; @Cacheable computed once for two calls: True (price of tea); '
    'calls on self skip the cache: True (price of coffee, price of coffee); through a JDK proxy: ECHO HI; '
    'a List of beans: ECHO 1, price of 1, sold 1',
    'banner: open daily, Welcome to the shop, roadster',
    'slogan: lite',
    'courierCheck: ' + COURIER,
    'courierCheckTwin: ' + COURIER,  # the Java twin is given the same and reports the same
    'rethrowCheck: ' + RETHROWN,
    'rethrowCheckTwin: ' + RETHROWN,
    'caught IllegalStateException: com.example.shopapp.errors.OutOfStock: no caviar left, made at '
    'shopapp.errors.apply(errors.py:17)',
    'caught NumberFormatException: For input string: "ten"',
    'health(true) of javaHealth: UP (with details)',
    'health(true) of pythonHealth: UP (with details)',
] + ['lambdas: ' + line for line in LAMBDAS] + ['javaLambdas: ' + line for line in LAMBDAS]


def spring(version):
    return os.environ['CLAMP_SPRING_%s' % version.replace('.', '_')]


@pytest.fixture(scope='module')
def app(tmpdir_factory):
    """A copy of the application, with its jar built."""
    copy = str(tmpdir_factory.mktemp('parity').join('app'))
    shutil.copytree(APP, copy)
    built = run([JYTHON, 'setup.py', 'bdist_jar'], cwd=copy,
                env={'CLASSPATH': os.pathsep.join([PROBES, spring(VERSIONS[0])])})
    assert built.code == 0, built
    return copy


def report(result, version):
    assert result.code == 0, result
    lines = result.output.splitlines()
    assert lines[0] == 'spring ' + version, result
    return lines[1:]


@pytest.mark.parametrize('version', VERSIONS)
def test_the_jar_in_a_fresh_jvm(app, version):
    jar = os.path.join(app, 'dist', 'shopapp-1.0.jar')
    result = run([JAVA, '-cp', os.pathsep.join([JYTHON_JAR, PROBES, spring(version), jar]),
                  'probe.ParityRun', 'com.example.shopapp'])
    assert report(result, version) == EXPECTED, result


@pytest.mark.parametrize('version', VERSIONS)
def test_the_sources_in_this_process_with_no_jar(app, version):
    result = run([JYTHON, '-c', IN_PROCESS], cwd=app,
                 env={'CLASSPATH': os.pathsep.join([PROBES, spring(version)])})
    assert report(result, version) == EXPECTED, result


def test_with_the_jar_on_the_class_path_the_sources_it_was_built_from_run_with_its_classes(app):
    jar = os.path.join(app, 'dist', 'shopapp-1.0.jar')
    result = run([JYTHON, '-c', IN_PROCESS], cwd=app,
                 env={'CLASSPATH': os.pathsep.join([PROBES, spring(VERSIONS[0]), jar])})
    assert report(result, VERSIONS[0]) == EXPECTED, result


def test_with_the_jar_on_the_class_path_changed_sources_are_refused_naming_the_file_and_the_jar(app, tmpdir):
    changed = str(tmpdir.join('app'))
    shutil.copytree(app, changed)
    package = os.path.join(changed, 'shopapp', '__init__.py')  # no clamped class, but imported before any
    with open(package, 'a') as f:
        f.write('# changed since the jar was built\n')
    jar = os.path.join(changed, 'dist', 'shopapp-1.0.jar')
    result = run([JYTHON, '-c', IN_PROCESS], cwd=changed,
                 env={'CLASSPATH': os.pathsep.join([PROBES, spring(VERSIONS[0]), jar])})
    assert result.failed_with(
        'ClampError: class PetrolEngine in module shopapp.parts: the Java class '
        'com.example.shopapp.parts.PetrolEngine built earlier is on the class path (%s), but was not generated '
        'from the sources imported: %s differs from the copy there; remove %s from the class path to run these '
        'sources, or rebuild the jar from them' % (jar, package, jar)), result


def test_run_from_the_jar_alone_the_classes_built_into_it_are_used(app):
    jar = os.path.join(app, 'dist', 'shopapp-1.0.jar')
    elsewhere = os.path.dirname(app)  # no sources here: the modules come from the jar
    result = run([JYTHON, '-c', IN_PROCESS], cwd=elsewhere,
                 env={'CLASSPATH': os.pathsep.join([PROBES, spring(VERSIONS[0]), jar])})
    assert report(result, VERSIONS[0]) == EXPECTED, result
