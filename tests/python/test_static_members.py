"""Static methods and static fields declared in Python, seen through reflection and called by Java in
this process. Java reaches a static member's Python class through its module, so these classes are
top-level names of this module, as a jar requires of every clamped class."""
from java.io import IOException
from java.lang import ExceptionInInitializerError, Integer, Long, Object, String
from java.lang.reflect import Modifier
from java.util import List
from org.python.core import Py

import pytest

from clamp_annotations import clamp_base, generic, java_field, java_method
from fixtures import Marker, Required, Role

Base = clamp_base('com.example')


class Catalog(Base, Object):
    issued = java_field(Long.TYPE, static=True)
    prefix = java_field(String, Marker, static=True, value='item-')

    @Marker
    @staticmethod
    @java_method(String, number=(Integer.TYPE, Required(count=1, name='number')), throws=IOException)
    def label(number):
        if number < 0:
            raise IOException('no label for %d' % number)
        Catalog.issued += 1
        return Catalog.prefix + str(number)

    @java_method(generic(List, String), count=Integer.TYPE)
    @classmethod
    def labels(cls, count):
        return [cls.label(number) for number in range(count)]


class Orders(Base, Object):
    """The same declarations in every order Python allows: annotations above or below staticmethod."""

    @staticmethod
    @Role('below')
    @java_method(Integer.TYPE, value=Integer.TYPE)
    def below(value):
        return value + 1

    @Role('above')
    @java_method(Integer.TYPE, value=Integer.TYPE)
    @staticmethod
    def above(value):
        return value + 2

    @java_method
    @Role('between')
    @staticmethod
    def bare():
        pass

    @Role('outside')
    @classmethod
    @java_method(String)
    def named(cls):
        return cls.__name__

    @staticmethod
    @java_method(String, name=String)
    def greet(name, greeting='hello'):  # a parameter with a default left out, as for any @java_method
        return '%s %s' % (greeting, name)


class Special(Catalog):
    pass


def java_class(python_class):
    return Py.tojava(python_class, Class)


def method(python_class, name):
    return next(m for m in java_class(python_class).getDeclaredMethods() if m.getName() == name)


def field(python_class, name):
    found = java_class(python_class).getDeclaredField(name)
    found.setAccessible(True)
    return found


from java.lang import Class  # noqa: E402 (after the classes: Class is no value of theirs)


def test_a_static_method_is_public_static_with_its_types_names_exceptions_and_annotations():
    label = method(Catalog, 'label')
    assert label.toGenericString() == ('public static java.lang.String '
                                       'com.example.test_static_members.Catalog.label(int) throws java.io.IOException')
    assert [(p.getName(), p.isNamePresent()) for p in label.getParameters()] == [('number', True)]
    assert label.isAnnotationPresent(Marker)
    assert label.getParameterAnnotations()[0][0].name() == 'number'
    assert method(Catalog, 'labels').toGenericString() == (
        'public static java.util.List<java.lang.String> com.example.test_static_members.Catalog.labels(int)')


def test_java_calls_the_static_method_and_the_class_method_with_its_class():
    assert method(Catalog, 'label').invoke(None, [7]) == 'item-7'
    assert list(method(Catalog, 'labels').invoke(None, [2])) == ['item-0', 'item-1']
    assert method(Orders, 'named').invoke(None, []) == 'Orders'
    assert method(Orders, 'greet').invoke(None, ['ada']) == 'hello ada'


def test_a_java_exception_raised_in_a_static_method_reaches_java_unchanged():
    with pytest.raises(IOException) as info:
        method(Catalog, 'label').invoke(None, [-1])
    assert info.value.getMessage() == 'no label for -1'


def test_python_calls_the_python_function_itself():
    assert Catalog.label(3) == 'item-3' and Catalog().label(4) == 'item-4'
    assert Orders.named() == 'Orders'


def test_the_order_of_the_decorators_does_not_matter():
    for name, role, parameters in [('below', 'below', '(int)'), ('above', 'above', '(int)'), ('bare', 'between', '()'),
                                   ('named', 'outside', '()')]:
        declared = method(Orders, name)
        assert Modifier.isStatic(declared.getModifiers()) and Modifier.isPublic(declared.getModifiers()), name
        assert declared.toString().endswith('.%s%s' % (name, parameters)), declared
        assert declared.getAnnotation(Role).value() == role, name
    assert method(Orders, 'below').invoke(None, [1]) == 2 and method(Orders, 'above').invoke(None, [1]) == 3


def test_a_static_field_is_private_static_and_a_class_attribute_for_python():
    issued = field(Catalog, 'issued')
    assert issued.toGenericString() == 'private static long com.example.test_static_members.Catalog.issued'
    Catalog.issued = 5
    assert issued.getLong(None) == 5 and Catalog.issued == 5 and Catalog().issued == 5
    Catalog().issued = 6  # through an object, as Java's this.issued = 6
    assert issued.getLong(None) == 6
    Special.issued = 7  # through a subclass, as Java's Special.issued = 7
    assert issued.getLong(None) == 7 and 'issued' not in Special.__dict__
    issued.setLong(None, 8)
    assert Catalog.issued == 8 and Special.issued == 8


def test_a_static_field_gets_its_value_when_java_initializes_the_class():
    prefix = field(Catalog, 'prefix')
    assert prefix.toGenericString() == 'private static java.lang.String com.example.test_static_members.Catalog.prefix'
    assert prefix.isAnnotationPresent(Marker)
    assert prefix.get(None) == 'item-'
    before = Catalog.issued
    assert method(Catalog, 'label').invoke(None, [1]) == 'item-1'
    assert Catalog.issued == before + 1  # the static method's Python code wrote the Java field


def test_java_using_the_static_members_of_a_class_that_its_module_does_not_name_is_told_why():
    # Java finds the Python class of a static member in its module
    class Hidden(Base, Object):
        @staticmethod
        @java_method(Integer.TYPE)
        def answer():
            return 42

    class Valued(Base, Object):
        size = java_field(Integer.TYPE, static=True, value=3)

    why = ('module test_static_members has no class %s: Java reaches the static members of the clamped classes that '
           'their module defines at top level only')
    assert Hidden.answer() == 42
    with pytest.raises(TypeError) as info:
        method(Hidden, 'answer').invoke(None, [])
    assert str(info.value) == why % 'Hidden'
    with pytest.raises(ExceptionInInitializerError) as info:  # Java initializes the class: size gets its value
        Valued.size
    assert str(info.value.getCause()) == 'TypeError: %s\n' % (why % 'Valued')
