"""Annotation types as decorators: the forms, what they record, where they go and how they read."""
from java.lang import Character, Class, Integer, Object, Runnable, String
from java.lang.annotation import ElementType
from org.python.core import Py

import pytest

from clamp_annotations import Annotation, annotations_of, clamp_base
from conftest import jython, write
from fixtures import Kinds, Limits, Marker, MethodOnly, Refers, Role, Service, Tag, Tagged, Uses
from org.springframework.stereotype import Component

Base = clamp_base('com.example')


def java_class(python_class):
    return Py.tojava(python_class, Class)


def test_bare_value_and_keyword_forms_record_in_the_order_written():
    @Component
    @Tag('one')
    @Limits(times=3, names=['a', 'b'])
    class Forms(Base, Object):
        pass

    assert annotations_of(Forms) == (
        Annotation(Component, ()),
        Annotation(Tag, [('value', 'one')]),
        Annotation(Limits, [('names', ['a', 'b']), ('times', 3)]),
    )
    assert [repr(a) for a in annotations_of(Forms)] == [
        '@org.springframework.stereotype.Component',
        '@fixtures.Tag("one")',
        '@fixtures.Limits(names={"a", "b"}, times=3)',
    ]


def test_a_class_decorator_returns_the_class_made_again_with_its_java_class_annotated():
    class Named(Base, Object):
        def greet(self):
            return 'hello'

    class Bare(Base, Object):
        pass

    named = Component('named')(Named)
    bare = Component(Bare)
    assert java_class(Named).getAnnotation(Component) is None  # made before its decorators ran
    assert java_class(named).getAnnotation(Component).value() == 'named'
    assert java_class(bare).getAnnotation(Component) is not None
    assert java_class(named).getName() == java_class(Named).getName()
    assert named.__name__ == 'Named' and named().greet() == 'hello'
    assert annotations_of(named) == (Annotation(Component, [('value', 'named')]),)


def test_in_this_process_the_java_class_has_the_class_annotations():
    @Tag('first')
    @Component('written')
    class Annotated(Base, Object):
        pass

    assert [a.annotationType() for a in java_class(Annotated).getAnnotations()][-2:] == [Tag, Component]
    assert java_class(Annotated).getAnnotation(Tag).value() == 'first'
    assert java_class(Annotated).getAnnotation(Component).value() == 'written'


def test_the_annotation_type_is_still_the_java_type_with_its_members():
    assert isinstance(Tag, Class)
    assert Tagged.getAnnotation(Tag).value() == 'java'
    assert Kinds.LIMIT == 10
    assert Kinds.Mode.FAST.name() == 'FAST'


def test_annotations_are_not_inherited_and_an_unannotated_class_has_none():
    @Tag('base')
    class Parent(Base, Object):
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


def test_values_given_as_lists_are_frozen_when_the_annotation_is_made():
    names = ['a', 'b']
    limits = Limits(names=names, times=3)
    names.append('c')

    @limits
    class Frozen(Base, Object):
        pass

    assert limits.elements == (('names', ('a', 'b')), ('times', 3))
    assert repr(limits) == '@fixtures.Limits(names={"a", "b"}, times=3)'
    assert list(java_class(Frozen).getAnnotation(Limits).names()) == ['a', 'b']


def test_annotations_are_equal_and_hashed_by_their_written_values_as_java_annotations_are():
    limits = Limits(names=['a', 'b'], times=3)
    nested = Kinds(tags=[Tag('a'), Tag('b')], types=[String], tag=Tag('t'))

    assert limits == Limits(times=3, names=('a', 'b')) == Annotation(Limits, [('times', 3), ('names', ['a', 'b'])])
    assert hash(limits) == hash(Annotation(Limits, [('times', 3), ('names', ('a', 'b'))]))
    assert nested == Kinds(tag=Tag('t'), types=(String,), tags=(Tag('a'), Tag('b')))
    assert hash(nested) == hash(Kinds(tag=Tag('t'), types=(String,), tags=(Tag('a'), Tag('b'))))
    assert limits != Limits(names=['a', 'b', 'c'], times=3) and limits != Limits(names=['a', 'b'])
    assert nested != Kinds(tags=[Tag('a'), Tag('c')], types=[String], tag=Tag('t'))
    assert nested != Kinds(tags=[Tag('a'), Tag('b')], types=[String], tag=Tag('u'))
    assert len(set([limits, Limits(names=['a', 'b'], times=3), nested, Kinds(tags=[Tag('a'), Tag('b')],
                                                                           types=[String], tag=Tag('t'))])) == 2


def test_repr_reads_like_java_source():
    class Helper(Base, Object):
        pass

    assert repr(Kinds(flag=True, letter='q', big=2 ** 40, text='say "hi"', type=String,
                      mode=Kinds.Mode.FAST, tags=[Tag('a')], types=(Helper,))) == (
        '@fixtures.Kinds(big=1099511627776L, flag=true, letter="q", mode=fixtures.Kinds$Mode.FAST, '
        'tags={@fixtures.Tag("a")}, text="say \\"hi\\"", type=java.lang.String.class, '
        'types={com.example.test_annotations.Helper.class})')


def test_repr_keeps_characters_beyond_the_basic_plane_whole_and_escapes_unpaired_surrogates():
    emoji = u'\U0001F600'  # two UTF-16 units, the second the first past where a long string is cut
    unpaired = String(Character.toChars(0xD800))  # a Java String: Python's text cannot hold one
    assert repr(Kinds(tag=Tag(u'a' * 99 + emoji + u'b' * 150), texts=[unpaired, emoji])) == (
        u'@fixtures.Kinds(tag=@fixtures.Tag("%s"... (250 characters)), texts={"\\uD800", "%s"})'
        % (u'a' * 99 + emoji, emoji))


def test_methods_that_override_java_methods_carry_annotations_in_this_process():
    class Handler(Base, Service):
        @Marker
        @Role('first')
        @Role('second')
        @MethodOnly
        def handle(self, request):
            return request.upper()

        @Marker
        def accept(self, value):
            pass

    assert annotations_of(Handler.__dict__['handle']) == (
        Marker(), Role('first'), Role('second'), MethodOnly())
    handle = java_class(Handler).getMethod('handle', [String])
    assert [a.annotationType().getName() for a in handle.getDeclaredAnnotations()] == [
        'fixtures.Marker', 'fixtures.Roles', 'fixtures.MethodOnly']
    assert [r.value() for r in handle.getAnnotationsByType(Role)] == ['first', 'second']
    for overload in ([Integer.TYPE], [String]):
        assert java_class(Handler).getMethod('accept', overload).isAnnotationPresent(Marker)
    assert Handler().handle('still python') == 'STILL PYTHON'


def test_a_clamped_class_given_to_a_class_valued_element_is_its_java_class():
    class Helper(Base, Object):
        pass

    @Uses(Helper)
    @Refers(Helper)
    class User(Base, Object):
        pass

    @Uses
    class Bare(Base, Object):
        pass

    assert annotations_of(User) == (Uses(value=Helper), Refers(value=Helper))
    assert annotations_of(Helper) == ()
    assert annotations_of(Bare) == (Uses(),)
    assert Uses(value=Helper).spec('User').elements().get('value') == [java_class(Helper)]


@pytest.mark.e2e
def test_types_imported_before_clamp_annotations_work_in_any_form(tmpdir):
    write(tmpdir, {'early.py': """
        from fixtures import Tag
        import fixtures
        fixtures.MethodOnly  # converted before the hook exists: found in the package's __dict__
        import clamp_annotations
        from java.lang import Object

        Base = clamp_annotations.clamp_base('com.example')

        @Tag('early')
        class A(Base, Object):
            pass

        @fixtures.Limits(times=2)
        class B(Base, Object):
            pass

        print clamp_annotations.annotations_of(A), clamp_annotations.annotations_of(B)
        print repr(fixtures.MethodOnly())
    """})
    result = jython(['-c', 'import early'], cwd=str(tmpdir))
    assert result.code == 0, result
    assert result.output.splitlines()[-2:] == [
        '(@fixtures.Tag("early"),) (@fixtures.Limits(times=2),)', '@fixtures.MethodOnly']


def test_values_of_every_kind_given_correctly_are_accepted():
    @Limits(times=-128, budget=2 ** 40, names='single', kind=ElementType.METHOD, type=Object)
    class Accepted(Base, Object):
        pass

    assert len(annotations_of(Accepted)) == 1


def _made_elsewhere():
    class Target(Base, Object):
        pass
    return Target


def test_a_clamped_class_made_elsewhere_and_bound_under_another_name_is_a_class_value():
    target = _made_elsewhere()  # the class created last on this thread, but not by this code

    class Caller(Base, Runnable):
        @Refers(target)
        def run(self):
            pass

    assert annotations_of(Caller.__dict__['run']) == (Refers(value=target),)
    assert annotations_of(target) == ()
