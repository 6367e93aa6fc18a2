"""The command line, `jython -m clamp_annotations build`: bdist_jar's jar and refusals without setuptools, and
no build when nothing changed. Most builds run in this process (``main``); one runs the real command."""
import os
import zipfile

import pytest

from clamp_annotations._cli import _parser, _plain_build, main
from conftest import JAR, PROBE_CLASSPATH, build_here, jar_names, jython, write


def build(*args):
    """Runs the command line ``build args``; returns what it exits with: None, or its ``error:`` line."""
    try:
        return main(['build'] + list(args))
    except SystemExit as e:
        return e.code


@pytest.fixture
def sources(shop_jar, tmpdir):
    """A directory of the small project's Python package only, as setup.py's packages=['shop'] takes it."""
    shop_jar.join('shop').copy(tmpdir.join('src', 'shop'))
    return tmpdir.join('src')


def test_builds_the_jar_bdist_jar_builds_and_says_so(shop_jar, sources, tmpdir, capsys):
    jar = str(tmpdir.join('out', 'shop.jar'))
    assert build('-s', str(sources), '-o', jar, 'shop.orders') is None
    assert capsys.readouterr().out.splitlines() == ['wrote %s (2 Java classes)' % jar]
    assert tmpdir.join('out', 'shop.jar').read_binary() == shop_jar.join(JAR).read_binary()


def test_verbose_lists_each_class_its_annotations_and_overrides_as_bdist_jar_does(sources, tmpdir, capsys):
    assert build('-v', '-s', str(sources), '-o', str(tmpdir.join('shop.jar')), 'shop.orders') is None
    lines = capsys.readouterr().out.splitlines()
    cart = lines.index('com.example.shop.orders.Cart')
    assert lines[cart + 1:cart + 5] == [
        '  @org.springframework.stereotype.Component', '  @fixtures.Tag("orders")',
        '  get: overrides java.util.function.Supplier.get()', 'com.example.shop.orders.Till'], lines


def test_with_nothing_changed_the_jar_is_left_as_it_is_and_any_change_builds_it_again(sources, tmpdir, capsys,
                                                                                      monkeypatch):
    jar = tmpdir.join('shop.jar')
    args = ['-s', str(sources), '-o', str(jar), 'shop.orders']

    def built(*more):
        """Whether a build with ``more`` arguments wrote the jar (else it said it was up to date)."""
        before = os.stat(str(jar)).st_mtime if jar.check() else None
        assert build(*(list(more) + args)) is None
        said = capsys.readouterr().out.splitlines()
        if said == ['%s is up to date: nothing it is built from changed' % jar]:
            assert os.stat(str(jar)).st_mtime == before
            return False
        assert said == ['wrote %s (%d Java classes)' % (jar, 2)], said
        return True

    assert built()
    assert not built()
    write(sources, {'shop/notes.txt': 'package data'})
    assert built()
    assert not built()
    assert built('--no-runtime')
    assert 'clamp_annotations/__init__.py' not in jar_names(str(jar))
    assert built()
    assert 'clamp_annotations/__init__.py' in jar_names(str(jar))
    assert built('--classpath', PROBE_CLASSPATH)  # the class path is an input, even one on CLASSPATH already
    monkeypatch.setenv('SOURCE_DATE_EPOCH', '1700000000')
    assert built()
    assert not built()
    jar.write_binary(b'not the jar it wrote')
    assert built()


def test_modules_compiled_by_a_build_are_kept_for_the_next(sources, tmpdir, monkeypatch):
    monkeypatch.setenv('XDG_CACHE_HOME', str(tmpdir.join('cache')))
    jar = tmpdir.join('shop.jar')
    args = ['-s', str(sources), '-o', str(jar), 'shop.orders']
    assert build(*args) is None
    with zipfile.ZipFile(str(jar)) as built:
        compiled = sorted(built.read(name) for name in built.namelist() if name.endswith('$py.class'))
    kept = tmpdir.join('cache', 'clamp-annotations', 'compiled').listdir()
    assert sorted(path.read_binary() for path in kept) == compiled  # the runtime's modules and the project's
    for path in kept:
        path.write_binary(b'kept')
    jar.remove()
    assert build(*args) is None
    with zipfile.ZipFile(str(jar)) as built:
        assert set(built.read(name) for name in built.namelist() if name.endswith('$py.class')) == {b'kept'}


def test_the_jar_and_its_record_among_the_sources_are_left_out(sources, capsys):
    jar = sources.join('shop.jar')
    assert build('-s', str(sources), '-o', str(jar), 'shop.orders') is None
    assert build('-s', str(sources), '-o', str(jar), 'shop.orders') is None
    assert 'is up to date' in capsys.readouterr().out
    assert [n for n in jar_names(str(jar)) if not n.startswith(('META-INF/', 'com/', 'clamp'))] == [
        'shop/', 'shop/__init__$py.class', 'shop/__init__.py', 'shop/orders$py.class', 'shop/orders.py']


def test_a_failed_build_says_what_bdist_jar_says_and_leaves_the_jar(built):
    jar = built.join('dist', 'cli.jar')
    assert build('-s', str(built), '-o', str(jar), 'shop.orders') is None
    before = jar.read_binary()
    write(built, {'shop/orders.py': """
        from java.lang import Object
        from clamp_annotations import clamp_base

        class Till(clamp_base('com.example'), Object):
            pass

        raise RuntimeError('no till today')
    """})
    said = build('-s', str(built), '-o', str(jar), 'shop.orders')
    assert said == build_here(built).replace('error: bdist_jar: ', 'error: build: ', 1)
    assert said.startswith("error: build: cannot import clamped module 'shop.orders': "
                           "RuntimeError: no till today\n"), said
    assert jar.read_binary() == before


def test_its_option_errors_are_bdist_jars(project, capsys):
    assert build('-s', str(project), '-o', 'shop.zip', 'shop.orders') == build_here(
        project, ['bdist_jar', '--output', 'shop.zip']) == "error: --output must name a .jar file, got 'shop.zip'"
    missing = str(project.join('missing'))
    assert build('-s', missing, '-o', 'shop.jar', 'shop.orders') == (
        'error: build: the Python source directory %s does not exist' % missing)
    assert build('--runpy', 'run.py', '-o', 'shop.jar', 'shop.orders') == 2  # a usage error, as argparse's
    assert capsys.readouterr().err.endswith('error: --runpy: only a --single jar runs a script\n')


@pytest.mark.e2e  # two single jars: Jython and the class path
def test_a_single_jar_is_singlejars(project, tmpdir, capsys):
    tmpdir.join('src').ensure(dir=True)
    project.join('shop').copy(tmpdir.join('src', 'shop'))
    jar = str(tmpdir.join('single.jar'))
    assert build('--single', '-s', str(tmpdir.join('src')), '-o', jar, 'shop.orders') is None
    said = capsys.readouterr().out.splitlines()
    assert len(said) == 1 and said[0].startswith('wrote %s (2 Java classes, ' % jar), said
    assert said[0].endswith(' entries, runs the Jython command line)'), said
    assert build_here(project, ['singlejar']) is None
    assert tmpdir.join('single.jar').read_binary() == project.join('dist', 'shop-1.0-single.jar').read_binary()
    assert build('--single', '--runpy', 'missing.py', '-o', jar, 'shop.orders') == build_here(
        project, ['singlejar', '--runpy', 'missing.py']) == "error: --runpy: no such file 'missing.py'"


def test_help_names_the_command_and_its_options(capsys):
    with pytest.raises(SystemExit) as exit:
        main(['build', '--help'])
    assert exit.value.code == 0
    said = ' '.join(capsys.readouterr().out.split())  # argparse wraps lines to the terminal's width
    assert said.startswith('usage: jython -m clamp_annotations build [-h] -o JAR [-s DIR] [--classpath PATHS] '
                           '[--no-runtime | --single] [-r PATH] [-v] MODULE [MODULE ...] Builds a jar as `jython '
                           'setup.py bdist_jar` does'), said
    for option in ['--output JAR', '--source DIR', '--no-runtime', '--single', '--runpy PATH', '--verbose']:
        assert option in said


# Command lines that _plain_build reads without argparse (True), or leaves to it (False).
PLAIN_OR_NOT = [
    (True, ['build', '-o', 'a.jar', 'm']),
    (True, ['build', '-s', 'src', '--output', 'dist/a.jar', 'm', 'n.o']),
    (True, ['build', 'm', 'n', '-o', 'a.jar', '-s', 'a', '--source', 'b', '-s', 'c']),
    (True, ['build', '--single', '-r', 'run.py', '-v', '--classpath', '', '-o', 'a.jar', 'm']),
    (True, ['build', '--no-runtime', '--classpath', 'x.jar:y', '--verbose', '-o', 'a.jar', 'm']),
    (True, ['build', '--runpy', 'run.py', '-o', 'a.jar', 'm']),  # which main refuses, as before
    (True, ['build', '-o', '', 'm', '']),
    (False, ['build', '--output=a.jar', 'm']),
    (False, ['build', '-oa.jar', 'm']),
    (False, ['build', '--out', 'a.jar', 'm']),  # an abbreviation
    (False, ['build', '-vs', 'src', '-o', 'a.jar', 'm']),
    (False, ['build', '-o', 'a.jar', '-o', 'b.jar', 'm']),
    (False, ['build', '-v', '--verbose', '-o', 'a.jar', 'm']),
    (False, ['build', '-o', '-a.jar', 'm']),
    (False, ['build', '-o', 'a.jar', '--', 'm']),
    (False, ['build', '-o', 'a.jar', '-m']),
    (False, ['build', '-o', 'a.jar', 'm', '-v', 'n']),
    (False, ['build', '--single', '--no-runtime', '-o', 'a.jar', 'm']),
    (False, ['build', '-o', 'a.jar']),
    (False, ['build', 'm']),
    (False, ['build', '-h']),
    (False, ['build', '-o']),
    (False, ['build']),
    (False, []),
    (False, ['bulid', '-o', 'a.jar', 'm']),
]


@pytest.mark.parametrize('plain, arguments', PLAIN_OR_NOT)
def test_plain_command_lines_are_read_without_argparse_as_argparse_reads_them(plain, arguments):
    read = _plain_build(arguments)
    assert (read is not None) == plain
    if plain:
        assert vars(read) == vars(_parser().parse_args(arguments))


@pytest.mark.e2e
def test_jython_m_builds_without_setuptools_and_caches_what_it_imports_despite_pythondontwritebytecode(
        shop_jar, sources, tmpdir):
    # Any import of setuptools or pkg_resources fails the build, and so does one of the modules that only
    # some builds use (CPU that every build would pay: see docs/benchmarks.md); `helper` is imported from
    # JYTHONPATH.
    unused = ['setuptools', 'pkg_resources', 'argparse', 'numbers', 'difflib', 'calendar']
    stubs = dict(('%s.py' % name, 'raise ImportError("%s imported")\n' % name) for name in unused)
    stubs['helper.py'] = 'HELP = 1\n'
    write(tmpdir.join('path'), stubs)
    write(sources, {'shop/__init__.py': 'import helper\n'})
    jar = str(tmpdir.join('shop.jar'))
    command = ['-m', 'clamp_annotations', 'build', '-s', str(sources), '-o', jar, '--classpath', PROBE_CLASSPATH,
               'shop.orders']
    env = {'CLASSPATH': '', 'JYTHONPATH': str(tmpdir.join('path')), 'PYTHONDONTWRITEBYTECODE': '1'}
    result = jython(command, env=env)
    assert (result.code, result.output.splitlines()) == (0, ['wrote %s (2 Java classes)' % jar]), result
    assert {'com/example/shop/orders/Cart.class', 'shop/orders$py.class'} <= set(jar_names(jar))
    assert tmpdir.join('path', 'helper$py.class').check()
    again = jython(command, env=env)
    assert (again.code, again.output.splitlines()) == (
        0, ['%s is up to date: nothing it is built from changed' % jar]), again


@pytest.mark.e2e
def test_the_launcher_tells_a_build_with_nothing_changed_before_jython_starts(sources, tmpdir):
    jar = tmpdir.join('shop.jar')
    command = ['-m', 'clamp_annotations', 'build', '-s', str(sources), '-o', str(jar), 'shop.orders']
    loaded = tmpdir.join('classes.log')  # the classes the JVMs loaded, the last JVM's

    def build_with_jython(*more):
        """What a build with ``more`` arguments printed, and whether Jython started."""
        result = jython(command + list(more), env={
            'JAVA_OPTS': '-Xss2m -XX:TieredStopAtLevel=1 -Xlog:class+load=info:file=%s' % loaded})
        assert result.code == 0, result
        return result.output.splitlines(), 'org.python.core.PySystemState ' in loaded.read()

    assert build_with_jython() == (['wrote %s (2 Java classes)' % jar], True)
    written = jar.read_binary(), jar.mtime()
    up_to_date = ['%s is up to date: nothing it is built from changed' % jar]
    assert build_with_jython() == (up_to_date, False)
    assert (jar.read_binary(), jar.mtime()) == written
    # Another command for the same build: Jython starts, and finds nothing changed either.
    assert build_with_jython('--verbose') == (up_to_date, True)
    write(sources, {'shop/notes.txt': 'package data'})
    assert build_with_jython() == (['wrote %s (2 Java classes)' % jar], True)


@pytest.mark.e2e
def test_the_launcher_maps_the_classes_of_a_build_from_its_archive_jythons_exposers_too(sources, tmpdir):
    # Jython's exposers are of class-file version 49, which JDK 17's dynamic archives leave out.
    loaded = tmpdir.join('classes.log')
    result = jython(['-m', 'clamp_annotations', 'build', '-s', str(sources), '-o', str(tmpdir.join('shop.jar')),
                     'shop.orders'],
                    env={'JAVA_OPTS': '-Xss2m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:class+load=info:file=%s'
                                         % loaded})
    assert result.code == 0, result
    sources_of = dict(line.split('] ', 1)[-1].split(' source: ') for line in loaded.read().splitlines()
                      if ' source: ' in line)
    wanted = ['org.python.core.PyObject$PyExposer', 'org.python.core.PySystemState', 'org.python.compiler.Module']
    assert dict((name, sources_of.get(name)) for name in wanted) == dict.fromkeys(wanted, 'shared objects file')
