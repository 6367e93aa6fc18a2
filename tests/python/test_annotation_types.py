"""Annotation types declared by class statements: Java @interfaces, made once, that decorate as any Java
annotation type does."""
import pytest
from java.lang import Class, Integer, Object, String
from java.lang.annotation import (Annotation, Documented, ElementType, Repeatable, Retention, RetentionPolicy,
                                  Target)
from java.lang.reflect import Modifier
from org.python.core import Py
from org.springframework.context.annotation import AnnotationConfigApplicationContext
from org.springframework.core.annotation import AliasFor, MergedAnnotations
from org.springframework.stereotype import Component, Service

from clamp_annotations import AnnotationError, ClampError, Constant, annotations_of, clamp_base, element
from conftest import build_here, imported, jar_names, write
from fixtures import Kinds, Tag, Uses

Base = clamp_base('com.example')


@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Documented
@Service
class Driver(Base, Annotation):
    """A Keystone driver, which Spring's scan takes for a service."""
    value = element(String, AliasFor(annotation=Service), default='')
    backends = element([String], default=['sql'])
    port = element(Integer.TYPE, default=5000)
    mode = element(Kinds.Mode, default=Kinds.Mode.FAST)
    tag = element(Tag, default=Tag('t'))
    kind = element(Class, default=Object)
    required = element(String)
    LIMIT = Constant(10)


@Retention(RetentionPolicy.RUNTIME)
class Backend(Base, Annotation):
    name = element(String, AliasFor('backend'), default='')
    backend = element(String, AliasFor('name'), default='')


@Retention(RetentionPolicy.RUNTIME)
@Repeatable('Zones')  # declared below: its value is an array of Zone
class Zone(Base, Annotation):
    value = element(String)


@Retention(RetentionPolicy.RUNTIME)
class Zones(Base, Annotation):
    value = element([Zone])


def java_class(python_class):
    return Py.tojava(python_class, Class)


def test_a_class_statement_binds_its_name_to_the_java_annotation_type_it_declares():
    assert isinstance(Driver, Class) and Class.isAnnotation(Driver)
    assert Class.getName(Driver) == 'com.example.test_annotation_types.Driver'
    assert list(Class.getInterfaces(Driver)) == [Annotation]
    assert Modifier.isPublic(Class.getModifiers(Driver)) and Driver.LIMIT == 10


def test_elements_are_abstract_methods_of_their_types_with_their_defaults():
    methods = dict((m.getName(), m) for m in Class.getDeclaredMethods(Driver))
    assert sorted(methods) == ['backends', 'kind', 'mode', 'port', 'required', 'tag', 'value']
    assert [(m.getReturnType(), m.getDefaultValue()) for m in [methods[n] for n in ('value', 'port', 'kind')]] == [
        (String, ''), (Integer.TYPE, 5000), (Class, Object)]
    assert list(methods['backends'].getDefaultValue()) == ['sql'] and methods['required'].getDefaultValue() is None
    assert methods['mode'].getDefaultValue() == Kinds.Mode.FAST and methods['tag'].getDefaultValue().value() == 't'
    assert all([Modifier.isAbstract(m.getModifiers()) for m in methods.values()])
    assert [a.annotationType() for a in methods['value'].getAnnotations()] == [AliasFor]


def test_its_annotations_are_on_the_java_type_and_annotations_of_reports_them_as_written():
    assert [a.annotationType() for a in Class.getAnnotations(Driver)] == [Retention, Target, Documented, Service]
    assert annotations_of(Driver) == (Retention(RetentionPolicy.RUNTIME), Target(ElementType.TYPE), Documented(),
                                      Service())


def test_it_decorates_later_classes_and_checks_their_values():
    @Driver('password', port=35357, required='yes')
    class Password(Base, Object):
        pass

    used = java_class(Password).getAnnotation(Driver)
    assert (used.value(), used.port(), list(used.backends()), used.kind()) == ('password', 35357, ['sql'], Object)
    with pytest.raises(AnnotationError) as info:
        @Driver(port='x', required='yes')
        class Wrong(Base, Object):
            pass
    assert str(info.value) == ('Wrong: @com.example.test_annotation_types.Driver(port="x", required="yes"): '
                               "element 'port' is an int (-2147483648..2147483647), got \"x\"")


def test_spring_merges_its_aliases_with_the_meta_annotation_and_between_its_elements():
    @Driver('identity', required='yes')
    @Backend(backend='ldap')
    class Identity(Base, Object):
        pass

    merged = MergedAnnotations.from(java_class(Identity))
    assert merged.get(Component).getString('value') == 'identity'
    assert merged.get(Backend).getString('name') == 'ldap'


def test_springs_scan_in_this_process_finds_a_class_with_a_stereotype_declared_in_python():
    @Driver('nova', required='yes')
    class Compute(clamp_base('com.example.scanned'), Object):
        pass

    context = AnnotationConfigApplicationContext()  # not refreshed: Java creates top-level classes only
    context.scan(['com.example.scanned'])  # reads the class files of Compute and Driver, generated in this process
    assert context.getBeanDefinition('nova').getBeanClassName() == Class.getName(java_class(Compute))


def test_a_container_named_before_it_is_declared_holds_the_repeated_annotations():
    @Zone('a')
    @Zone('b')
    class Zoned(Base, Object):
        pass

    assert Zone.getAnnotation(Repeatable).value() == Zones
    assert [zone.value() for zone in java_class(Zoned).getAnnotationsByType(Zone)] == ['a', 'b']
    assert [a.annotationType() for a in java_class(Zoned).getDeclaredAnnotations()][-1:] == [Zones]


def test_an_annotation_type_is_a_class_value_and_a_decorator_in_one_statement():
    @Uses(Driver)  # a value: the name is bound
    class User(Base, Object):
        pass

    assert list(java_class(User).getAnnotation(Uses).value()) == [Driver]

    @Uses
    @Retention(RetentionPolicy.RUNTIME)
    class Used(Base, Annotation):
        pass

    assert list(Used.getAnnotation(Uses).value()) == []  # Uses' default: Used is what it decorates


def test_another_module_uses_it_and_names_its_element_types(tmpdir):
    write(tmpdir, {'drivers.py': """
        from java.lang import Object, String
        from java.lang.annotation import Annotation, Retention, RetentionPolicy
        from clamp_annotations import clamp_base, element
        from test_annotation_types import Driver

        Base = clamp_base('com.example')


        @Retention(RetentionPolicy.RUNTIME)
        class Pair(Base, Annotation):
            first = element('test_annotation_types.Driver')


        @Driver(required='x')
        class Token(Base, Object):
            pass
    """})
    drivers = imported('drivers', tmpdir)
    assert Class.getDeclaredMethod(drivers.Pair, 'first').getReturnType() == Driver
    assert java_class(drivers.Token).getAnnotation(Driver).required() == 'x'


def test_an_annotation_it_was_not_made_with_is_refused():
    with pytest.raises(ClampError) as info:
        Tag('late')(Driver)
    assert str(info.value) == (
        'Driver: @fixtures.Tag("late") is not on its Java annotation type, which its class statement made once, with '
        'the annotations of its decorators that could be read ahead: write this one as a decorator of the class '
        'statement, of literals, names and attributes only, in a module whose source can be read')


def test_bdist_jar_writes_it_and_says_what_it_declares(tmpdir, capsys):
    write(tmpdir, {
        'setup.py': """
            from setuptools import setup
            setup(name='drivers', version='1.0', py_modules=['keystone_drivers'],
                  clamp={'modules': ['keystone_drivers']})
        """,
        'keystone_drivers.py': """
            from java.lang import String
            from java.lang.annotation import Annotation, Retention, RetentionPolicy
            from org.springframework.core.annotation import AliasFor
            from clamp_annotations import clamp_base, element

            Base = clamp_base('com.example')


            @Retention(RetentionPolicy.RUNTIME)
            class Backend(Base, Annotation):
                name = element(String, AliasFor('backend'), default='')
                backend = element(String, AliasFor('name'), default='')
        """,
    })
    assert build_here(tmpdir, ['-v', 'bdist_jar']) is None
    out = capsys.readouterr().out
    assert out.splitlines()[-5:] == [
        'com.example.keystone_drivers.Backend',
        '  @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)',
        '  name: @org.springframework.core.annotation.AliasFor("backend")',
        '  backend: @org.springframework.core.annotation.AliasFor("name")',
        'wrote dist/drivers-1.0.jar (1 Java classes)'], out
    assert 'com/example/keystone_drivers/Backend.class' in jar_names(str(tmpdir.join('dist', 'drivers-1.0.jar')))
