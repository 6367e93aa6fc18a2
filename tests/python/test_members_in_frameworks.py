"""Typed members from a built jar, used by real Spring 7 and JUnit 4 in fresh JVMs."""
import zipfile

import pytest

from conftest import build_here, fresh_jvm, write

pytestmark = pytest.mark.e2e

BEANS = """
    from java.lang import String
    from java.util import List, Map, Optional

    from clamp_annotations import clamp_base, generic, java_constructor, java_field, java_method
    from fixtures import Counted, Greeting, Repo, Report
    from org.springframework.beans.factory import ObjectProvider
    from org.springframework.beans.factory.annotation import Autowired, Qualifier, Value
    from org.springframework.stereotype import Component

    Base = clamp_base('com.example')


    @Component('primary')
    class PrimaryRepo(Base, Repo):
        def name(self):
            return 'primary'


    @Component('secondary')
    class SecondaryRepo(Base, Repo):
        def name(self):
            return 'secondary'


    @Component('greeter')
    class Greeter(Base, Counted, Greeting, Report):
        greeting = java_field(String, Value('${greeting}'))
        repos = java_field(generic(List, Repo), Autowired())
        registry = java_field(generic(Map, String, Repo), Autowired())

        # no @Autowired: a class with one constructor is autowired through it; `secondary` is one
        # of two Repo beans, chosen by the parameter's name
        @java_constructor(main=(Repo, Qualifier('primary')), secondary=Repo)
        def __init__(self, main, secondary):
            self.main = main
            self.secondary = secondary
            self.backup = None

        @Autowired
        @java_method(backup=(Repo, Qualifier('secondary')))
        def setBackup(self, backup):
            self.backup = backup

        def greet(self, who):
            return '%s, %s' % (self.greeting, who)

        def describe(self):
            return 'main=%s secondary=%s backup=%s repos=%s registry=%s greet=%s' % (
                self.main.name(), self.secondary.name(), self.backup.name(),
                ','.join(sorted(r.name() for r in self.repos)), ','.join(sorted(self.registry.keySet())),
                self.greet('Ada'))


    @Component('audience')
    class Audience(Base, Report):
        greeter = java_field(generic(Optional, Greeting), Autowired())
        provider = java_field(generic(ObjectProvider, Greeting), Autowired())

        def describe(self):
            return 'optional=%s provider=%s' % (self.greeter.get().greet('Bo'),
                                                 self.provider.getObject().greet('Cy'))
"""

CALCULATOR_TEST = """
    from java.lang import IllegalStateException, Object, Thread

    from clamp_annotations import clamp_base, java_method
    from org.junit import Before, Test

    Base = clamp_base('com.example')


    class CalculatorTest(Base, Object):
        @Before
        @java_method
        def set_up(self):
            self.base = 40

        @Test
        @java_method
        def adds(self):
            assert self.base + 2 == 42

        @Test(expected=IllegalStateException)
        @java_method
        def raises_what_it_expects(self):
            raise IllegalStateException('as expected')

        @Test(timeout=5000)
        @java_method
        def finishes_in_time(self):
            Thread.sleep(10)

        @Test
        @java_method
        def fails(self):
            assert self.base == 41, 'base is %d' % self.base
"""

CLASSES = ['com.example.app.beans.Greeter', 'com.example.app.beans.Audience',
           'com.example.app.beans.PrimaryRepo', 'com.example.calc_tests.CalculatorTest']


@pytest.fixture(scope='module')
def jar(tmpdir_factory):
    project = tmpdir_factory.mktemp('members')
    write(project, {
        'setup.py': """
            from setuptools import setup
            setup(name='members', version='1.0', packages=['app'], py_modules=['calc_tests'],
                  clamp={'modules': ['app.beans', 'calc_tests']})
        """,
        'app/__init__.py': '',
        'app/beans.py': BEANS,
        'calc_tests.py': CALCULATOR_TEST,
    })
    assert build_here(project) is None
    return str(project.join('dist', 'members-1.0.jar'))


def test_spring_injects_constructor_setter_fields_generics_and_makes_one_object_per_bean(jar):
    result = fresh_jvm('probe.SpringMembers', ['com.example.app'], jar)
    assert result.code == 0, result
    assert result.output.splitlines()[-3:] == [
        'audience: optional=Hello, Bo provider=Hello, Cy',
        'greeter: main=primary secondary=secondary backup=secondary repos=primary,secondary '
        'registry=primary,secondary greet=Hello, Ada',
        'Counted objects: 1',
    ], result


def test_junit4_runs_python_test_methods_and_reports_a_failing_one(jar):
    result = fresh_jvm('probe.JUnit4Run', ['com.example.calc_tests.CalculatorTest'], jar)
    assert result.code == 0, result
    lines = result.output.splitlines()
    assert 'run 4, failed 1, ignored 0' in lines, result
    failures = [line for line in lines if line.startswith('failure ')]
    assert len(failures) == 1 and failures[0].startswith('failure fails: ') and 'base is 40' in failures[0], result


def test_every_generated_class_verifies_and_looks_up_no_class_by_name(jar):
    result = fresh_jvm('probe.AnnotationViews', CLASSES, jar)
    assert result.code == 0, result
    assert result.output.count('verify: ok') == len(CLASSES), result
    archive = zipfile.ZipFile(jar)
    try:
        for name in CLASSES:
            assert 'forName' not in archive.read(name.replace('.', '/') + '.class'), name
    finally:
        archive.close()
