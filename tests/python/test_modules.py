"""Which modules of the project a build imports (a listed package stands for all of its modules; one
left out that makes clamped classes is named), and what it says when an import fails: the cause, and
the lines of the project's own files it went through, never the build's copy of them."""
import os

import pytest

from conftest import JAR, PROBE_CLASSPATH, SETUP, build_here, jar_names, refused, write

SERVICE = """
    from java.lang import Object
    from clamp_annotations import clamp_base
    from org.springframework.stereotype import Service


    @Service
    class %s(clamp_base('com.example'), Object):
        pass
"""


def generated(project):
    return sorted(n for n in jar_names(str(project.join(JAR))) if n.startswith('com/example/') and n.endswith('.class'))


@pytest.fixture
def rebuilt(project):
    """The small project with its jar, built in this process."""
    assert build_here(project) is None
    return project


def test_a_listed_package_stands_for_every_module_below_it(project, capsys):
    write(project, {
        'setup.py': SETUP.replace("packages=['shop']", "packages=['shop', 'shop.more']").replace(
            "'shop.orders'", "'shop'"),
        'shop/extra.py': SERVICE % 'Ledger',  # imported by no module: Spring's scan of com.example would find it
        'shop/more/__init__.py': '',
        'shop/more/deep.py': SERVICE % 'Deep',
        'shop/__main__.py': "raise SystemExit('a program to run, not a module to import')\n",
    })
    assert build_here(project) is None
    assert generated(project) == ['com/example/shop/extra/Ledger.class', 'com/example/shop/more/deep/Deep.class',
                                  'com/example/shop/orders/Cart.class', 'com/example/shop/orders/Till.class']
    assert 'warning' not in capsys.readouterr().err


def test_the_modules_below_a_listed_package_are_checked_as_listed_ones_are(project):
    write(project, {
        'setup.py': SETUP.replace("'shop.orders'", "'shop'"),
        'shop/helper.py': """
            from fixtures import Marker


            class Helper(object):
                @Marker
                def run(self):
                    pass
        """,
    })
    refused(project,
            'error: bdist_jar: module shop.helper annotates methods of classes that have no Java class from '
            'clamp_base, where the annotations would be lost: Helper.run (@fixtures.Marker); derive the classes '
            'from clamp_base(package) and a Java class or interface')


def test_a_module_of_a_listed_package_that_fails_to_import_names_the_package(project):
    write(project, {
        'setup.py': SETUP.replace("'shop.orders'", "'shop'"),
        'shop/extra.py': "raise RuntimeError('needs a database')\n",
    })
    refused(project,
            "error: bdist_jar: cannot import clamped module 'shop.extra': RuntimeError: needs a database; it is a "
            "module of package shop, which setup(clamp=...) lists: list the modules of the package to build "
            'instead\n  File "%s", line 1, in <module>' % project.join('shop', 'extra.py'))


def test_a_module_left_out_that_makes_clamped_classes_fails_the_build_naming_it(project):
    write(project, {
        'setup.py': SETUP.replace("packages=['shop']", "packages=['shop'], py_modules=['tools', 'plain']"),
        'shop/base.py': "from clamp_annotations import clamp_base\n\nBase = clamp_base('com.example')\n",
        'shop/extra.py': """
            from java.lang import Object
            from .base import Base


            class Extra(Base, Object):
                pass


            class Helper(object):
                pass
        """,
        'shop/more.py': """
            import shop.orders


            class More(shop.orders.Cart):
                pass
        """,
        'tools.py': """
            import clamp_annotations as clamp
            from java.lang import Object


            class Tool(clamp.clamp_base('com.example'), Object):
                pass


            class Special(Tool):
                pass
        """,
        'plain.py': """
            class Plain(object):
                pass


            class Derived(Plain):
                pass
        """,
    })
    refused(project, 'error: bdist_jar: ' + '; '.join(
        'module %s (%s) makes clamped classes (%s), but setup(clamp=...) lists neither it nor a package of it, and '
        'no listed module imports it: the jar would hold it without their Java classes; list it'
        % (module, project.join(*path), classes)
        for module, path, classes in [('shop.extra', ['shop', 'extra.py'], 'Extra'),
                                      ('shop.more', ['shop', 'more.py'], 'More'),
                                      ('tools', ['tools.py'], 'Tool, Special')]))


def test_a_module_that_fails_to_import_is_named_and_the_old_jar_is_kept(rebuilt):
    write(rebuilt, {'shop/orders.py': "raise RuntimeError('database not configured')\n"})
    refused(rebuilt,
            "error: bdist_jar: cannot import clamped module 'shop.orders': "
            "RuntimeError: database not configured")
    assert os.listdir(str(rebuilt.join('dist'))) == ['shop-1.0.jar']


@pytest.mark.parametrize('files, message', [
    ({'shop/orders.py': 'import sys\nsys.exit(0)\n'},
     'SystemExit: the module called sys.exit(0) while it was imported\n'
     '  File "{project}/shop/orders.py", line 2, in <module>'),
    ({'shop/orders.py': 'from java.lang import IllegalStateException\n\ndef connect():\n'
                        '    raise IllegalStateException("no db")\n\nconnect()\n'},
     'IllegalStateException: java.lang.IllegalStateException: no db\n'
     '  File "{project}/shop/orders.py", line 6, in <module>\n'
     '  File "{project}/shop/orders.py", line 4, in connect'),
    ({'shop/orders.py': 'import shop.missing\n'},
     'ImportError: No module named missing\n  File "{project}/shop/orders.py", line 1, in <module>'),
    ({'shop/orders.py': 'from acme.billing import Ledger\n'},
     "ImportError: No module named acme; if acme is a Java package, the classes the project imports must be on "
     "CLASSPATH while building (CLASSPATH is '{classpath}')"),
    ({'shop/orders.py': 'import shop.broken\n', 'shop/broken.py': 'VALUE = (1,\n  2))\n'},
     "SyntaxError: mismatched input ')' expecting NEWLINE\n"
     '  File "{project}/shop/orders.py", line 1, in <module>\n'
     '  File "{project}/shop/broken.py", line 2'),
    ({'shop/orders.py': 'raise IOError("no settings beside %s" % __file__)\n'},
     'IOError: no settings beside {project}/shop/orders.py\n  File "{project}/shop/orders.py", line 1, in <module>'),
    ({'shop/orders.py': 'raise KeyboardInterrupt\n'},
     'KeyboardInterrupt\n  File "{project}/shop/orders.py", line 1, in <module>'),
    ({'shop/orders.py': 'class Stop(BaseException):\n    pass\n\nraise Stop("halt")\n'},
     'Stop: halt\n  File "{project}/shop/orders.py", line 4, in <module>'),
    ({'shop/orders.py': 'class Odd(Exception):\n    def __str__(self):\n        raise ValueError\n\nraise Odd()\n'},
     'Odd: <unprintable Odd object>\n  File "{project}/shop/orders.py", line 5, in <module>'),
    ({'shop/orders.py': "raise ValueError(u'caf\\xe9 \\U0001F600')\n"},
     'ValueError: caf\\xe9 \\U0001f600\n  File "{project}/shop/orders.py", line 1, in <module>'),
])
def test_any_exit_of_a_clamped_modules_import_fails_the_build_naming_the_projects_files(rebuilt, files, message):
    write(rebuilt, files)
    refused(rebuilt,
            "error: bdist_jar: cannot import clamped module 'shop.orders': "
            + message.format(project=rebuilt, classpath=PROBE_CLASSPATH))
