"""singlejar: one jar that `java -jar` runs, holding Jython, the class path, dependencies and the project."""
import zipfile

import pytest

from conftest import JAVA, SETUP, build_here, jar_names, run, write

pytestmark = pytest.mark.e2e

RUN = """
    import six  # an installed dependency, from install_requires
    import shop.orders
    from org.springframework.context.annotation import AnnotationConfigApplicationContext

    context = AnnotationConfigApplicationContext()
    context.scan(['com.example'])
    context.refresh()
    for name in sorted(context.getBeanDefinitionNames()):
        bean = context.getBean(name)
        if bean.getClass().getName().startswith('com.example.'):
            print 'bean', name, bean.getClass().getName()
    print context.getBean('cart').get()
    context.close()
"""


def signed_jar(path):
    """A jar with signature files, as a signed third-party jar has, and one resource."""
    archive = zipfile.ZipFile(path, 'w')
    try:
        archive.writestr('META-INF/MANIFEST.MF', 'Manifest-Version: 1.0\r\n\r\n')
        archive.writestr('META-INF/SIGNER.SF', 'Signature-Version: 1.0\r\n\r\n')
        archive.writestr('META-INF/SIGNER.RSA', 'not really a signature')
        archive.writestr('signedlib/thing.txt', 'from the signed jar\n')
    finally:
        archive.close()


def build(project, *options):
    assert build_here(project, ['singlejar'] + list(options)) is None
    return str(project.join('dist', 'shop-1.0-single.jar'))


@pytest.fixture(scope='module')
def runnable(tmpdir_factory):
    project = tmpdir_factory.mktemp('single')
    write(project, {
        'setup.py': SETUP.replace("packages=['shop'],", "packages=['shop'], install_requires=['six'],"),
        'shop/__init__.py': '',
        'shop/orders.py': ORDERS,
        '__run__.py': RUN,
    })
    signed_jar(str(project.join('signed.jar')))
    return build(project, '--classpath', str(project.join('signed.jar')))


ORDERS = """
    from java.lang import Object
    from java.util.function import Supplier

    from clamp_annotations import clamp_base
    from org.springframework.stereotype import Component

    Base = clamp_base('com.example')


    @Component
    class Cart(Base, Supplier):
        def get(self):
            return 'cart of %d items, computed in Python' % sum([1, 2, 3])
"""


def test_java_jar_runs_the_run_script_which_starts_spring_from_the_jar(runnable):
    result = run([JAVA, '-jar', runnable], cwd='/')
    assert result.code == 0, result
    assert result.output.splitlines()[-2:] == [
        'bean cart com.example.shop.orders.Cart', 'cart of 6 items, computed in Python'], result


def test_the_jar_holds_each_entry_once_and_no_signatures(runnable):
    names = jar_names(runnable)
    assert len(names) == len(set(names))
    for expected in ['org/python/util/jython.class', 'Lib/os.py', 'six.py', 'six$py.class', '__run__.py',
                     'shop/orders$py.class', 'com/example/shop/orders/Cart.class',
                     'org/springframework/context/ApplicationContext.class', 'signedlib/thing.txt']:
        assert expected in names, expected
    assert [n for n in names if n.upper().endswith(('.SF', '.RSA', '.DSA'))] == []
    archive = zipfile.ZipFile(runnable)
    try:
        assert 'Main-Class: org.python.util.JarRunner' in archive.read('META-INF/MANIFEST.MF')
    finally:
        archive.close()


@pytest.fixture(scope='module')
def command_line(tmpdir_factory):
    """A project without a run script, and its single jar: a Jython command line."""
    project = tmpdir_factory.mktemp('command_line')
    write(project, {'setup.py': SETUP, 'shop/__init__.py': '', 'shop/orders.py': ORDERS})
    return project, build(project)


CALL_CART = 'import shop.orders; print shop.orders.Cart().get()'


def test_without_a_run_script_the_jar_is_the_jython_command_line(command_line):
    _, jar = command_line
    result = run([JAVA, '-jar', jar, '-c', CALL_CART], cwd='/')
    assert result.code == 0, result
    assert result.output.splitlines()[-1] == 'cart of 6 items, computed in Python', result


def test_in_the_projects_directory_the_jar_runs_its_sources_until_one_changes(command_line):
    project, jar = command_line  # Jython imports the project's own files there, before the jar's
    ran = run([JAVA, '-jar', jar, '-c', CALL_CART], cwd=str(project))
    assert ran.code == 0 and ran.output.splitlines()[-1] == 'cart of 6 items, computed in Python', ran
    orders = project.join('shop', 'orders.py')
    orders.write(orders.read() + '\n# changed since the jar was built\n')
    refused = run([JAVA, '-jar', jar, '-c', CALL_CART], cwd=str(project))
    assert refused.failed_with(
        'ClampError: class Cart in module shop.orders: the Java class com.example.shop.orders.Cart built earlier is '
        'on the class path (%s), but was not generated from the sources imported: %s differs from the copy there; '
        'remove %s from the class path to run these sources, or rebuild the jar from them'
        % (jar, orders, jar)), refused
