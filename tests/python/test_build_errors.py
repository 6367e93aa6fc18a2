"""bdist_jar's refusals: each failed build names the cause (module, class, member, annotation) in its
`error:` line, exits non-zero and leaves the jar that was there before, or none.

Most builds run in this process (build_here); those that need another class path run in a new Jython.
"""
import os
import zipfile

import pytest

from conftest import (JAR, JAVA, JYTHON_JAR, PROBE_CLASSPATH, SETUP, build_here, jar_names, jython, refused, run,
                      write, write_project)


def test_without_the_clamp_keyword_it_fails_and_writes_nothing(project):
    write(project, {'setup.py': """
        from setuptools import setup
        setup(name='shop', version='1.0', packages=['shop'])
    """})
    refused(project,
            'error: bdist_jar needs the modules whose classes to clamp: '
            'pass setup(..., clamp={"modules": ["package.module", ...]})')


def test_a_malformed_clamp_keyword_is_refused(project):
    write(project, {'setup.py': """
        from setuptools import setup
        setup(name='shop', version='1.0', packages=['shop'], clamp=['shop.orders'])
    """})
    refused(project,
            "setup(clamp=...) must be a dict {\"modules\": [\"package.module\", ...]}, got ['shop.orders']")


@pytest.mark.e2e
def test_a_jar_built_by_another_version_on_the_class_path_is_refused_by_name(built):
    old = str(built.join('old.jar'))
    source = zipfile.ZipFile(str(built.join(JAR)))
    target = zipfile.ZipFile(old, 'w')
    try:
        for name in source.namelist():
            data = source.read(name)
            if name == 'clamp_annotations/_version.py':
                data = data.replace("__version__ = '", "__version__ = '0.0.9+")
            if name != 'clamp_annotations/_version$py.class':
                target.writestr(name, data)
    finally:
        source.close()
        target.close()
    version = __import__('clamp_annotations').__version__
    refused(built,
            'clamp_annotations 0.0.9+%s was imported from jar:file:%s!/clamp_annotations, the copy a built jar '
            'carries, and no installation of that version is on sys.path to build with: remove the jar from '
            'CLASSPATH and sys.path, or install clamp_annotations 0.0.9+%s' % (version, old, version),
            classpath=os.pathsep.join([old, PROBE_CLASSPATH]))


def test_a_bad_annotation_value_fails_the_build_naming_class_and_element(project):
    write(project, {'shop/orders.py': """
        from java.lang import Object
        from clamp_annotations import clamp_base
        from fixtures import Limits

        @Limits(times=300)
        class Retry(clamp_base('com.example'), Object):
            pass
    """})
    refused(project,
            "cannot import clamped module 'shop.orders': AnnotationError: Retry: @fixtures.Limits(times=300): "
            "element 'times' is a byte (-128..127), got 300")


def test_a_class_named_before_it_exists_that_never_does_fails_the_build(project):
    write(project, {'shop/orders.py': """
        from java.lang import Object
        from clamp_annotations import clamp_base, java_field

        class Cart(clamp_base('com.example'), Object):
            till = java_field('Tills')  # the class below is Till
    """})
    refused(project,
            "error: bdist_jar: Cart.till: 'Tills' names no clamped class: no class of that name was created "
            "with Java name com.example.shop.orders.Tills")


def test_a_clamped_class_that_its_module_does_not_name_fails_the_build_naming_the_class(project):
    write(project, {'shop/orders.py': """
        from java.lang import Object
        from clamp_annotations import clamp_base

        def make():
            class Hidden(clamp_base('com.example'), Object):
                pass
            return Hidden

        made = make()
    """})
    refused(project,
            'error: bdist_jar: class Hidden in module shop.orders: is not a top-level name of its module: Java can '
            'only create clamped classes that their module defines at top level')


def test_a_name_left_unresolved_by_a_failed_build_does_not_fail_the_next_in_the_process(project, tmpdir):
    write(project, {'shop/orders.py': """
        from java.lang import Object
        from clamp_annotations import clamp_base, java_field

        class Cart(clamp_base('com.example'), Object):
            till = java_field('Tills')
    """})
    refused(project, "'Tills' names no clamped class")
    other = tmpdir.join('other')
    write_project(other)
    assert build_here(other) is None


@pytest.mark.e2e
def test_a_class_not_in_the_jar_cannot_be_generated_by_what_runs_and_says_so(shop_jar, tmpdir):
    write(tmpdir, {'extra.py': """
        from java.lang import Object
        from clamp_annotations import clamp_base

        class Extra(clamp_base('com.example'), Object):
            pass
    """})
    classpath = os.pathsep.join([JYTHON_JAR, str(shop_jar.join(JAR))])  # Jython and the jar: no generator
    result = run([JAVA, '-cp', classpath, 'org.python.util.jython', '-c', 'import extra'], cwd=str(tmpdir))
    assert result.failed_with(
        "ClampError: class Extra in module extra: cannot generate its Java class com.example.extra.Extra: "
        "clamp_annotations' class generator is not here: what runs (a jar that bdist_jar or the Maven plugin built, "
        "the clamp-annotations artifact) carries none, and no clamp_annotations 0.1.0 is installed in this Jython; "
        "build module extra into the jar, or install clamp_annotations to run it from its sources"), result


@pytest.mark.e2e
def test_a_java_half_on_the_class_path_without_asm_leaves_the_build_to_the_installations_generator(project,
                                                                                                     shop_jar):
    # A built jar unpacked into a directory of classes that is on CLASSPATH, as into Maven's target/classes.
    unpacked = project.join('classes')
    archive = zipfile.ZipFile(str(shop_jar.join(JAR)))
    try:
        archive.extractall(str(unpacked))
    finally:
        archive.close()
    classpath = [str(unpacked)] + [p for p in PROBE_CLASSPATH.split(os.pathsep) if '/org.ow2.asm/' not in p]
    result = jython(['setup.py', '-q', 'bdist_jar'], cwd=str(project), env={'CLASSPATH': os.pathsep.join(classpath)})
    assert result.code == 0, result
    assert project.join(JAR).read_binary() == shop_jar.join(JAR).read_binary()


def test_two_classes_given_one_java_name_fail_the_build_naming_both(project):
    write(project, {
        'setup.py': """
            from setuptools import setup
            setup(name='shop', version='1.0', packages=['shop'], py_modules=['orders'],
                  clamp={'modules': ['orders', 'shop.orders']})
        """,
        'orders.py': """
            from java.lang import Object
            from clamp_annotations import clamp_base

            class Cart(clamp_base('com.example.shop'), Object):  # com.example.shop.orders.Cart
                pass
        """})
    refused(project,
            'error: bdist_jar: two classes are given the Java name '
            'com.example.shop.orders.Cart (orders.Cart and shop.orders.Cart)')


def test_a_module_that_makes_one_clamped_class_twice_fails_the_build_naming_the_lines(project):
    write(project, {'shop/extra.py': """
        from java.lang import Object
        from clamp_annotations import clamp_base

        class Door(clamp_base('com.example'), Object):
            pass

        class Door(clamp_base('com.example'), Object):  # javac: duplicate class
            pass
    """})
    write(project, {'setup.py': SETUP.replace("'shop.orders'", "'shop.orders', 'shop.extra'")})
    refused(project,
            'error: bdist_jar: module shop.extra defines clamped class Door twice (lines 4 and 7): '
            'the last would replace the Java class of the others; rename all but one')


@pytest.mark.parametrize('listed, message', [
    (['shop.orders', 'plain'], 'clamped module plain is a package none of whose modules defines a clamped class: '
                               'remove it from setup(clamp=...)'),
    (['shop.orders', 'plain.values'], 'clamped module plain.values defines no clamped class: remove it from '
                                      'setup(clamp=...)'),
])
def test_a_listed_module_without_clamped_classes_fails_the_build(project, listed, message):
    write(project, {
        'setup.py': """
            from setuptools import setup
            setup(name='shop', version='1.0', packages=['shop', 'plain'], clamp={'modules': %r})
        """ % listed,
        'plain/__init__.py': '',
        'plain/values.py': 'VALUE = 1\n'})
    refused(project,
            'error: bdist_jar: ' + message)


def test_a_clamped_class_in_a_module_not_listed_is_written_with_a_warning(project, capsys):
    write(project, {
        'setup.py': """
            from setuptools import setup
            setup(name='shop', version='1.0', packages=['shop'], clamp={'modules': ['shop.front']})
        """,
        'shop/front.py': """
            from java.lang import Object
            from clamp_annotations import clamp_base
            import shop.orders

            class Door(clamp_base('com.example'), Object):
                pass
        """})
    assert build_here(project) is None
    assert ('warning: class Cart of module shop.orders is clamped and written to the jar, but setup(clamp=...) '
            'does not list its module (a listed module imports it): list it too') in capsys.readouterr().err
    assert 'com/example/shop/orders/Cart.class' in jar_names(str(project.join(JAR)))


def test_a_java_name_taken_by_a_plain_java_class_fails_the_build(project):
    write(project, {
        'setup.py': """
            from setuptools import setup
            setup(name='shop', version='1.0', py_modules=['clash'], clamp={'modules': ['clash']})
        """,
        'clash.py': """
            from java.lang import Object
            from clamp_annotations import clamp_base

            class Taken(clamp_base('fixtures'), Object):  # fixtures.clash.Taken is a Java class
                pass
        """})
    refused(project,
            "error: bdist_jar: cannot import clamped module 'clash': ClampError: class Taken in module clash: cannot "
            'clamp to Java class fixtures.clash.Taken: a class of that name is already on the classpath and was not '
            'generated from Python')


def test_a_malformed_source_date_epoch_fails_the_build_by_name(project, monkeypatch):
    monkeypatch.setenv('SOURCE_DATE_EPOCH', 'abc')
    refused(project,
            "error: bdist_jar: SOURCE_DATE_EPOCH must be a whole number of seconds since "
            "1970-01-01, got 'abc'")


def test_a_class_that_leaves_an_abstract_java_method_unimplemented_fails_the_build(project):
    write(project, {'shop/orders.py': """
        from java.lang import Object
        from clamp_annotations import clamp_base, java_abstract
        from fixtures import Repo

        class Label(clamp_base('com.example'), Repo):
            def nmae(self):
                return 'misspelled'

        @java_abstract
        class Partial(clamp_base('com.example'), Repo):
            pass

        class Whole(Partial):
            def name(self):
                return 'whole'
    """})
    refused(project,
            'error: bdist_jar: class Label in module shop.orders is not abstract and does not implement public abstract '
            "java.lang.String fixtures.Repo.name() (is 'nmae' for name a misspelling?); implement it, or declare the "
            'class @java_abstract')


def test_an_abstract_overload_the_method_of_its_name_cannot_take_fails_the_build(project):
    abstract = """
        from java.io import Writer
        from clamp_annotations import clamp_base, java_abstract

        class Closing(object):
            def flush(self):
                pass

            def close(self):
                pass

        @java_abstract
        class Partial(Closing, clamp_base('com.example'), Writer):
            def write(self, text):
                pass

        class Whole(Partial):
            def write(self, text, offset=0, length=None):
                pass
    """
    write(project, {'shop/orders.py': abstract + """
        class Sink(Closing, clamp_base('com.example'), Writer):
            def write(self, text):
                pass
    """})
    refused(project,
            'error: bdist_jar: class Sink in module shop.orders is not abstract and does not implement public abstract '
            'void java.io.Writer.write(char[],int,int) throws java.io.IOException (def write takes 1 argument after '
            'self); implement it, or declare the class @java_abstract')
    write(project, {'shop/orders.py': abstract})
    assert build_here(project) is None


def test_a_subclass_of_a_java_abstract_class_must_implement_what_that_left_out(project):
    write(project, {'shop/orders.py': """
        from clamp_annotations import clamp_base, java_abstract
        from fixtures import Repo

        @java_abstract
        class Partial(clamp_base('com.example'), Repo):
            pass

        class Hollow(Partial):
            pass

        class Whole(Partial):
            def name(self):
                return 'whole'
    """})
    message = ('error: bdist_jar: class Hollow in module shop.orders is not abstract and does not implement public '
               'abstract java.lang.String fixtures.Repo.name(); implement it, or declare the class @java_abstract')
    assert refused(project, message) == message  # nothing about Whole


def test_a_class_that_cannot_implement_a_package_private_abstract_method_fails_the_build(project):
    write(project, {'shop/orders.py': """
        from clamp_annotations import clamp_base, java_abstract
        from fixtures import Account, OpenAccount

        class Savings(clamp_base('com.example'), Account):
            def owner(self):  # Java would still call Account's: no class outside fixtures can override it
                return 'ann'

        @java_abstract
        class Partial(clamp_base('com.example'), Account):
            pass

        class Current(clamp_base('com.example'), OpenAccount):
            def owner(self):
                return 'bob'
    """})
    message = ('error: bdist_jar: class Savings in module shop.orders is not abstract and cannot implement abstract '
               'java.lang.String fixtures.Account.owner(): it is package-private, so only a Java class of package '
               'fixtures can; extend one that implements it, or declare the class @java_abstract')
    assert refused(project, message) == message  # nothing about Partial or Current


def test_annotated_methods_of_a_class_without_a_clamped_java_class_fail_the_build(project):
    write(project, {'shop/orders.py': """
        from java.lang import Object, Runnable
        from clamp_annotations import clamp_base
        from fixtures import Marker

        class Cart(clamp_base('com.example'), Object):
            pass

        class Helper(object):
            @Marker
            def run(self):
                pass

        class Task(Runnable):  # a Java class of Jython's, not clamp_base's
            @Marker
            def run(self):
                pass
    """})
    refused(project,
            'error: bdist_jar: module shop.orders annotates methods of classes that have no Java class from '
            'clamp_base, where the annotations would be lost: Helper.run (@fixtures.Marker); Task.run '
            '(@fixtures.Marker); derive the classes from clamp_base(package) and a Java class or interface')
