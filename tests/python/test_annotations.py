"""Annotation types as decorators: the forms, what they record, and the errors at decoration time."""
import pytest
from java.lang import Class, Object
from java.lang.annotation import ElementType

from clamp_annotations import Annotation, AnnotationError, annotations_of, clamp_base
from conftest import jython
from fixtures import Limits, MethodOnly, Tag, Tagged
from org.springframework.stereotype import Component

Base = clamp_base('com.example')


def test_bare_value_and_keyword_forms_record_in_the_order_written():
    @Component
    @Tag('one')
    @Limits(times=3, names=['a', 'b'])
    class Plain(object):
        pass

    assert annotations_of(Plain) == (
        Annotation(Component, ()),
        Annotation(Tag, [('value', 'one')]),
        Annotation(Limits, [('names', ['a', 'b']), ('times', 3)]),
    )
    assert [repr(a) for a in annotations_of(Plain)] == [
        '@org.springframework.stereotype.Component',
        '@fixtures.Tag("one")',
        '@fixtures.Limits(names={"a", "b"}, times=3)',
    ]


def test_a_decorator_returns_the_class_itself():
    class Named(Base, Object):
        pass

    class Bare(Base, Object):
        pass

    assert Component('named')(Named) is Named
    assert Component(Bare) is Bare


def test_the_annotation_type_is_still_the_java_type():
    assert isinstance(Tag, Class)
    assert Tagged.getAnnotation(Tag).value() == 'java'


def test_annotations_are_not_inherited_and_an_unannotated_class_has_none():
    @Tag('base')
    class Parent(object):
        pass

    class Child(Parent):
        pass

    assert annotations_of(Child) == ()
    assert annotations_of(object) == ()


def test_annotations_are_immutable_values():
    annotation = Tag('x')
    assert annotation == Tag('x') and hash(annotation) == hash(Tag('x'))
    assert annotation != Tag('y')
    with pytest.raises(AttributeError):
        annotation.type = Component


def test_types_imported_before_clamp_annotations_work_in_any_form():
    result = jython(['-c', '\n'.join([
        'from fixtures import Tag',
        'import fixtures',
        'fixtures.MethodOnly',  # converted before the hook exists: found in the package's __dict__
        'import clamp_annotations',
        '@Tag("early")',
        'class A(object): pass',
        '@fixtures.Limits(times=2)',
        'class B(object): pass',
        'print clamp_annotations.annotations_of(A), clamp_annotations.annotations_of(B)',
        'print repr(fixtures.MethodOnly())',
    ])])
    assert result.code == 0, result
    assert result.output.splitlines()[-2:] == [
        '(@fixtures.Tag("early"),) (@fixtures.Limits(times=2),)', '@fixtures.MethodOnly']


def errors(decorate):
    with pytest.raises(AnnotationError) as info:
        decorate()
    return str(info.value)


def test_values_are_checked_by_declared_type_when_the_decorator_runs():
    def decorate(annotation):
        def apply():
            class Service(object):
                pass
            annotation(Service)
        return apply

    limits = 'Service: @fixtures.Limits: element '
    assert errors(decorate(Limits(times=300))) == limits + "'times' is a byte (-128..127), got 300"
    assert errors(decorate(Limits(times=1.5))) == limits + "'times' is a byte (-128..127), got 1.5"
    assert errors(decorate(Limits(budget='x'))) == limits + """'budget' is a long (64-bit integer), got "x\""""
    assert errors(decorate(Limits(names=[['a']]))) == (
        limits + """'names' is a one-dimensional array java.lang.String[], so it cannot hold an array, """
        """got {{"a"}}""")
    assert errors(decorate(Limits(kind='TYPE'))) == (
        limits + """'kind' is an enum constant of java.lang.annotation.ElementType, got "TYPE\"""")
    assert errors(decorate(Limits(type='x'))) == limits + """'type' is a java.lang.Class, got "x\""""
    assert errors(decorate(Limits(nmes=['a']))) == (
        limits + "'nmes' is not an element of it (elements: budget, kind, names, times, type), got 'nmes'")
    assert errors(decorate(Limits(times=None))) == limits + "'times' is a byte (-128..127), got null"
    assert errors(decorate(Tag())) == "Service: @fixtures.Tag: element 'value' has no default and must be set, got nothing"


def test_values_of_every_kind_given_correctly_are_accepted():
    @Limits(times=-128, budget=2 ** 40, names='single', kind=ElementType.METHOD, type=Object)
    class Accepted(object):
        pass

    assert len(annotations_of(Accepted)) == 1


def test_target_and_repetition_are_checked():
    def method_only():
        @MethodOnly
        class Service(object):
            pass

    def twice():
        @Tag('a')
        @Tag('b')
        class Service(object):
            pass

    assert errors(method_only) == (
        'Service: @fixtures.MethodOnly cannot annotate a class (its @Target is METHOD), got a class')
    assert errors(twice) == 'Service: @fixtures.Tag is not @Repeatable and may appear once, got it twice'


def test_only_classes_can_be_decorated_for_now():
    def on_function():
        @Tag('a')
        def helper():
            pass

    assert errors(on_function).startswith(
        'helper: @fixtures.Tag can decorate classes only, got <function helper at ')


def test_more_than_one_positional_value_is_refused():
    assert errors(lambda: Tag('a', 'b')) == (
        "@fixtures.Tag takes at most one positional value (the value element), got 2: ('a', 'b')")


def test_the_value_element_cannot_be_given_twice():
    assert errors(lambda: Tag('a', value='b')) == (
        "@fixtures.Tag: element 'value' is set twice, positionally and by keyword, got 'a' and value='b'")
