"""Shared helpers: the toolchain paths Gradle passes in, and running Jython and Java in new processes."""
import os
import re
import subprocess
import sys
import textwrap
import threading
import zipfile
from distutils import log

import pytest

JYTHON = os.environ['CLAMP_JYTHON']
JAVA = os.environ['CLAMP_JAVA']
JYTHON_JAR = os.environ['CLAMP_JYTHON_JAR']
PROBE_CLASSPATH = os.environ['CLAMP_PROBE_CLASSPATH']

# What KeystoneApi.demoCalls prints against a Keystone token API.
KEYSTONE_DEMO_CALLS = [
    'POST /v3/auth/tokens -> 201',
    'GET /v3/auth/tokens -> 200',
    'DELETE /v3/auth/tokens -> 204',
    'GET /v3/auth/tokens -> 404',
]

# What probe.IdentityCalls prints for a Keystone token API whose tokens live one second.
KEYSTONE_ANSWERS = [
    'wrong password -> 401',
    'unknown project -> 401',
    'unknown token -> 404',
    "bob's password -> 201",
    'valid token -> 200',
    '  body names bob in admin: true',
    '  JSON: application/json',
    'expired token -> 404',
    'revoking an expired token -> 404',
    'bad JSON -> 400',
]


class Result(object):
    def __init__(self, code, output):
        self.code = code
        self.output = output

    def __repr__(self):
        return 'exit %d:\n%s' % (self.code, self.output)

    def failed_with(self, message):
        """Whether the process exited non-zero and said ``message``."""
        return self.code != 0 and message in self.output


# Longer than any process a test starts takes on a loaded machine; a hung one fails its test instead
# of holding the whole run.
TIMEOUT_SECONDS = 300


def run(args, cwd=None, env=None, timeout=None):
    """Runs ``args`` to completion, or kills it after ``timeout`` seconds (TIMEOUT_SECONDS); returns its
    exit code and its stdout and stderr together. A JVM started here compiles with C1 only, which halves the CPU of short
    runs (what tests check is behaviour, not speed)."""
    if args[0] == JAVA:
        args = [JAVA, '-XX:TieredStopAtLevel=1'] + list(args[1:])
    environment = dict(os.environ)
    environment.update(env or {})
    process = subprocess.Popen(args, cwd=cwd, env=environment, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT)
    killed = []

    def kill():
        killed.append(True)
        process.kill()
    timeout = timeout or TIMEOUT_SECONDS
    timer = threading.Timer(timeout, kill)  # Jython 2.7's subprocess has no timeout
    timer.start()
    try:
        output = process.communicate()[0].decode('utf-8')
    finally:
        timer.cancel()
    if killed:
        output += '\n[killed after %d s: %s]' % (timeout, ' '.join(args))
    return Result(process.returncode, output)


def jython(args, cwd=None, env=None):
    """Runs the build's Jython with ``args``, with the fixture Java classes on its class path and
    ``env`` in its environment."""
    environment = {'CLASSPATH': PROBE_CLASSPATH}
    environment.update(env or {})
    return run([JYTHON] + list(args), cwd=cwd, env=environment)


def mvn_without_jython(args, cwd):
    """Runs Maven in batch mode in ``cwd`` with no Jython on PATH, as a Java developer has it; its output
    without the colours Debian's Maven writes even then. Maven's JVM and the JVMs its tests fork compile
    with C1 only, as the other JVMs of the tests do; a build whose tests start Spring Boot gets twice
    the time of another process."""
    path = [d for d in os.environ['PATH'].split(os.pathsep) if not os.path.exists(os.path.join(d, 'jython'))]
    result = run(['mvn', '-B', '-DargLine=-XX:TieredStopAtLevel=1'] + list(args), cwd=cwd,
                 env={'PATH': os.pathsep.join(path), 'MAVEN_OPTS': '-XX:TieredStopAtLevel=1'},
                 timeout=2 * TIMEOUT_SECONDS)
    return Result(result.code, re.sub(r'\x1b\[[0-9;]*m', '', result.output))


def fresh_jvm(main_class, args, jar):
    """Runs ``main_class`` in a new JVM whose class path is Jython, Spring, the probes and ``jar``."""
    classpath = os.pathsep.join([JYTHON_JAR, PROBE_CLASSPATH, jar])
    return run([JAVA, '-cp', classpath, main_class] + list(args))


def build_here(project, args=('bdist_jar',)):
    """Runs ``setup.py`` of ``project`` with ``args`` in this process, as ``jython setup.py`` runs it
    but without starting a JVM; returns what it exits with: None, or the message of a failure
    (``error: ...``). Its log goes to this process's standard output, warnings to standard error.

    setuptools finds the commands through the entry points of the clamp_annotations imported here: the
    installed package's, or under tests/quick the source tree's (see ``_commands_of_the_sources``). What
    the run changes in this process is put back, but for the Java classes a build defines.
    """
    _commands_of_the_sources()
    cwd, argv, modules = os.getcwd(), sys.argv, set(sys.modules)
    threshold = log.set_threshold(log.WARN)  # distutils' log has no getter: setting returns the old one
    log.set_threshold(threshold)
    os.chdir(str(project))
    sys.argv = ['setup.py'] + list(args)
    sys.path.insert(0, str(project))
    try:
        execfile('setup.py', {'__name__': '__main__', '__file__': 'setup.py'})
        return None
    except SystemExit as e:
        return e.code
    finally:
        os.chdir(cwd)
        sys.argv = argv
        sys.path.remove(str(project))  # not what it added: the Java half's jars, say, stay needed
        log.set_threshold(threshold)
        for name in set(sys.modules) - modules:
            if _within(getattr(sys.modules[name], '__file__', None), str(project)):
                del sys.modules[name]


def _commands_of_the_sources(checkout=os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))):
    """Under tests/quick, which imports clamp_annotations from the source tree, makes setuptools find the
    commands and setup() keywords that the source tree's setup.py declares, in place of those the installed
    package was installed with: a command added since would be missing until Gradle installs it again."""
    import ast
    import clamp_annotations
    import pkg_resources
    if _commands_of_the_sources.done or os.path.dirname(os.path.abspath(clamp_annotations.__file__)) != \
            os.path.join(checkout, 'clamp_annotations'):
        return
    _commands_of_the_sources.done = True
    with open(os.path.join(checkout, 'setup.py')) as f:
        calls = [node for node in ast.walk(ast.parse(f.read())) if isinstance(node, ast.Call)]
    declared = [ast.literal_eval(keyword.value) for call in calls if getattr(call.func, 'id', None) == 'setup'
                for keyword in call.keywords if keyword.arg == 'entry_points'][0]
    metadata = os.path.join(checkout, 'build', 'quick', 'clamp_annotations.egg-info')
    if not os.path.isdir(metadata):
        os.makedirs(metadata)
    with open(os.path.join(metadata, 'PKG-INFO'), 'w') as f:
        f.write('Metadata-Version: 1.0\nName: clamp_annotations\nVersion: %s\n' % clamp_annotations.__version__)
    with open(os.path.join(metadata, 'entry_points.txt'), 'w') as f:
        f.write(''.join('[%s]\n%s\n\n' % (group, '\n'.join(entries)) for group, entries in sorted(declared.items())))
    base = os.path.dirname(metadata)
    pkg_resources.working_set.add(pkg_resources.Distribution.from_location(
        base, os.path.basename(metadata), pkg_resources.PathMetadata(base, metadata)), replace=True)


_commands_of_the_sources.done = False  # once a process


def refused(project, message, classpath=None):
    """Runs bdist_jar in ``project``, which must fail saying ``message`` and leave the jar as it was:
    none, or the one built before; returns all it said. With ``classpath``, it runs in a new Jython with
    that CLASSPATH."""
    jar = project.join(JAR)
    before = jar.read_binary() if jar.check() else None
    if classpath is None:
        said = build_here(project)
        assert said is not None and message in said, said
    else:
        result = jython(['setup.py', 'bdist_jar'], cwd=str(project), env={'CLASSPATH': classpath})
        assert result.failed_with(message), result
        said = result.output
    if before is None:
        assert not project.join('dist').check()
    else:
        assert jar.read_binary() == before
    return said


def _within(path, directory):
    return path is not None and os.path.realpath(path).startswith(os.path.realpath(directory) + os.sep)


def write(directory, files):
    """Writes ``{relative path: text}`` below ``directory``, dedenting each text."""
    for name, text in files.items():
        path = os.path.join(str(directory), name)
        if not os.path.isdir(os.path.dirname(path)):
            os.makedirs(os.path.dirname(path))
        with open(path, 'w') as f:
            f.write(textwrap.dedent(text).lstrip())


def imported(module, directory):
    """Imports ``module`` from ``directory``, then forgets it, so that another test may write one of that name."""
    sys.path.insert(0, str(directory))
    try:
        return __import__(module)
    finally:
        sys.path.remove(str(directory))
        del sys.modules[module]


def jar_names(path):
    archive = zipfile.ZipFile(path)
    try:
        return archive.namelist()
    finally:
        archive.close()


SETUP = """
    from setuptools import setup
    setup(name='shop', version='1.0', packages=['shop'], clamp={'modules': ['shop.orders']})
"""


def write_project(directory):
    """A small clamped project: a package whose module defines two Spring components."""
    write(directory, {
        'setup.py': SETUP,
        'shop/__init__.py': '',
        'shop/orders.py': """
            from java.lang import Object
            from java.util.function import Supplier

            from clamp_annotations import clamp_base
            from org.springframework.stereotype import Component
            from fixtures import Tag

            Base = clamp_base('com.example')


            @Component
            @Tag('orders')
            class Cart(Base, Supplier):
                def get(self):
                    return 'cart of %d items, computed in Python' % sum([1, 2, 3])


            @Component('till')
            class Till(Base, Object):
                pass
        """,
    })


@pytest.fixture
def project(tmpdir):
    """The small project, in a directory of the test's own, to change or build."""
    write_project(tmpdir)
    return tmpdir


JAR = 'dist/shop-1.0.jar'  # the small project's jar, in its directory


@pytest.fixture(scope='session')
def shop_jar(tmpdir_factory):
    """The small project with its jar (``JAR``) built once per run, for tests that only read it."""
    directory = tmpdir_factory.mktemp('shop')
    write_project(directory)
    assert build_here(directory) is None
    return directory


@pytest.fixture
def built(shop_jar, tmpdir):
    """The small project and its jar, in a directory of the test's own: a copy of the one built once."""
    project = tmpdir.join('project')
    shop_jar.copy(project)
    return project
