"""Python jars that depend on each other: a project builds against another project's jar on its class
path, and an application runs several jars that each carry the runtime (bdist_jar's, for `java -cp`)
as one runtime when their versions match; a mismatch is a named error."""
import os
import zipfile

import pytest

from conftest import JAR, JAVA, JYTHON_JAR, PROBE_CLASSPATH, jar_names, jython, run, write

pytestmark = pytest.mark.e2e

WEB_JAR = 'dist/web-1.0.jar'


@pytest.fixture(scope='module')
def web(shop_jar, tmpdir_factory):
    """A project whose clamped class uses the shop's, built with the shop's jar on its class path."""
    directory = tmpdir_factory.mktemp('web')
    write(directory, {
        'setup.py': """
            from setuptools import setup
            setup(name='web', version='1.0', packages=['web'], clamp={'modules': ['web.views']})
        """,
        'web/__init__.py': '',
        'web/views.py': """
            from java.util.function import Supplier

            from clamp_annotations import clamp_base
            from org.springframework.stereotype import Component
            from shop.orders import Cart

            @Component
            class Front(clamp_base('com.example'), Supplier):
                def get(self):
                    return 'front of the ' + Cart().get()
        """,
    })
    classpath = os.pathsep.join([PROBE_CLASSPATH, str(shop_jar.join(JAR))])
    result = jython(['setup.py', '-q', 'bdist_jar'], cwd=str(directory), env={'CLASSPATH': classpath})
    assert result.code == 0, result
    return directory


def scan(*jars):
    return run([JAVA, '-cp', os.pathsep.join([JYTHON_JAR, PROBE_CLASSPATH] + list(jars)), 'probe.SpringScan',
                'com.example'])


def test_a_project_built_against_another_projects_jar_holds_its_own_classes_only(web):
    names = jar_names(str(web.join(WEB_JAR)))
    assert 'com/example/web/views/Front.class' in names
    assert [n for n in names if n.startswith('com/example/shop/')] == []


def test_two_jars_that_carry_the_runtime_run_as_one_application(shop_jar, web):
    result = scan(str(web.join(WEB_JAR)), str(shop_jar.join(JAR)))
    assert result.code == 0, result
    assert result.output.splitlines() == [
        'bean cart com.example.shop.orders.Cart',
        '  get() -> cart of 6 items, computed in Python',
        'bean front com.example.web.views.Front',
        '  get() -> front of the cart of 6 items, computed in Python',
        'bean till com.example.shop.orders.Till',
    ], result


def test_jars_that_carry_other_versions_of_the_runtime_are_refused_by_name(shop_jar, web, tmpdir):
    older = str(tmpdir.join('web-older.jar'))
    source, target = zipfile.ZipFile(str(web.join(WEB_JAR))), zipfile.ZipFile(older, 'w')
    try:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == 'clamp_annotations/_version.py':
                data = data.replace(b"__version__ = '0.1.0'", b"__version__ = '0.0.9'")
            target.writestr(info, data)
    finally:
        source.close()
        target.close()
    result = scan(str(shop_jar.join(JAR)), older)
    assert result.failed_with(
        'ClampError: clamp_annotations 0.1.0 is running, and the class path holds other versions of it: 0.0.9 in '
        'jar:file:%s; a jar that bdist_jar built carries the version that built it, and the Maven plugin brings the '
        'clamp-annotations of its own version: build every jar with one version, and depend on clamp-annotations of '
        'that version' % older), result
