"""Typed members declared in Python, seen through reflection in this process, and used from Java."""
from java.io import IOException, Serializable
from java.lang import (Boolean, Byte, Character, Class, Double, Float, Integer, Long, Object, Short,
                       String)
from java.lang.reflect import Modifier
from java.util import ArrayList, List, Map
from org.python.core import Py

import pytest

from clamp_annotations import Constant, clamp_base, generic, java_constructor, java_field, java_method
from clampannotations import ClassCapture  # importable once clamp_annotations is
from fixtures import Counted, Marker, Repo, Required, Role
from org.springframework.beans.factory.annotation import Autowired, Qualifier, Value

Base = clamp_base('com.example')


class Store(Base, Repo):
    def name(self):
        return 'store'


class Greeter(Base, Counted, Serializable):
    LIMIT = Constant(10, Integer.TYPE)
    TITLE = Constant('greeter')
    greeting = java_field(String, Value('${greeting}'))
    repos = java_field(generic(List, Repo), Autowired())
    visits = java_field(Long.TYPE)

    @Autowired
    @java_constructor(repo=(Repo, Qualifier('primary')), times=Integer.TYPE)
    def __init__(self, repo, times):
        self.repo = repo
        self.times = times
        self.visits = 0
        self.greeting = 'Hi'

    @Marker
    @java_method(String, who=(String, Required(count=1, name='who')), throws=IOException)
    def greet(self, who):
        if who == 'nobody':
            raise IOException('nobody to greet')
        self.visits += 1
        return '%s, %s, from %s (%d)' % (self.greeting, who, self.repo.name(), self.visits)

    @java_method(generic(Map, String, generic(List, Repo)), key=String)
    def index(self, key):
        return {key: [self.repo]}

    @java_method
    def reset(self):
        self.visits = 0

    @java_method(Long.TYPE, factor=Integer.TYPE)
    def scaled(self, factor):
        return self.times * factor


class Holder(Base, Object):
    repo = java_field(Repo)
    marked = java_field(String, Marker)  # as @Marker, with no parentheses, in Java

    @java_method(repo=Repo)
    def setRepo(self, repo):
        self.repo = repo  # the field, not setRepo again

    @java_method(other=(Repo, Marker))
    def setOther(self, other):
        self.other = other  # a Python attribute, not setOther again


def java_class(python_class):
    return Py.tojava(python_class, Class)


def method(name):
    return next(m for m in java_class(Greeter).getDeclaredMethods() if m.getName() == name)


def test_a_java_method_has_the_declared_types_names_exceptions_and_annotations():
    greet = method('greet')
    assert greet.toGenericString() == (
        'public java.lang.String com.example.test_members.Greeter.greet(java.lang.String) '
        'throws java.io.IOException')
    assert [(p.getName(), p.isNamePresent()) for p in greet.getParameters()] == [('who', True)]
    assert greet.isAnnotationPresent(Marker)
    assert greet.getParameterAnnotations()[0][0].name() == 'who'
    assert method('index').toGenericString() == (
        'public java.util.Map<java.lang.String, java.util.List<fixtures.Repo>> '
        'com.example.test_members.Greeter.index(java.lang.String)')
    assert method('reset').toGenericString() == 'public void com.example.test_members.Greeter.reset()'


def test_the_typed_constructor_is_the_only_one_with_names_and_annotations():
    constructors = java_class(Greeter).getConstructors()
    assert len(constructors) == 1
    constructor = constructors[0]
    assert constructor.toGenericString() == 'public com.example.test_members.Greeter(fixtures.Repo,int)'
    assert [p.getName() for p in constructor.getParameters()] == ['repo', 'times']
    assert constructor.isAnnotationPresent(Autowired)
    assert constructor.getParameterAnnotations()[0][0].value() == 'primary'


def test_fields_and_constants_are_declared_as_in_java():
    fields = dict((f.getName(), f) for f in java_class(Greeter).getDeclaredFields())
    assert fields['repos'].toGenericString() == (
        'private java.util.List<fixtures.Repo> com.example.test_members.Greeter.repos')
    assert fields['greeting'].getAnnotation(Value).value() == '${greeting}'
    assert fields['visits'].getType() == Long.TYPE
    modifiers = fields['LIMIT'].getModifiers()
    assert Modifier.isPublic(modifiers) and Modifier.isStatic(modifiers) and Modifier.isFinal(modifiers)
    assert fields['LIMIT'].getInt(None) == 10 and fields['TITLE'].get(None) == 'greeter'
    assert fields['serialVersionUID'].getLong(None) == 1


def test_an_annotation_type_without_parentheses_annotates_a_field_or_parameter_as_in_java():
    fields = dict((f.getName(), f) for f in java_class(Holder).getDeclaredFields())
    assert fields['marked'].isAnnotationPresent(Marker)
    set_other = next(m for m in java_class(Holder).getDeclaredMethods() if m.getName() == 'setOther')
    assert [a.annotationType() for a in set_other.getParameterAnnotations()[0]] == [Marker]


def test_java_creates_one_java_object_and_python_sees_it():
    before = Counted.CREATED.get()
    greeter = java_class(Greeter).getConstructors()[0].newInstance([Store(), 3])
    assert Counted.CREATED.get() == before + 1
    greet = method('greet')
    assert greet.invoke(greeter, ['Ada']) == 'Hi, Ada, from store (1)'
    assert method('scaled').invoke(greeter, [7]) == 21
    assert method('index').invoke(greeter, ['k']).get('k')[0].name() == 'store'  # a Java List, seen as a list


def test_python_creates_one_java_object_through_the_typed_constructor():
    before = Counted.CREATED.get()
    greeter = Greeter(Store(), 2)
    assert Counted.CREATED.get() == before + 1
    assert greeter.greet('Bob') == 'Hi, Bob, from store (1)'
    java_object = Py.tojava(greeter, Object)
    assert method('greet').invoke(java_object, ['Cy']) == 'Hi, Cy, from store (2)'


def test_python_attributes_are_the_java_fields():
    greeter = Greeter(Store(), 1)
    field = java_class(Greeter).getDeclaredField('greeting')
    field.setAccessible(True)
    java_object = Py.tojava(greeter, Object)
    assert field.get(java_object) == 'Hi'
    field.set(java_object, 'Hello')
    assert greeter.greeting == 'Hello'
    greeter.repos = ArrayList([Store()])
    assert greeter.repos.get(0).name() == 'store'


def test_assignments_in_a_declared_setter_do_not_call_the_setter_again():
    holder = Holder()
    java_object = Py.tojava(holder, Object)
    java_class(Holder).getMethod('setRepo', [Repo]).invoke(java_object, [Store()])
    java_class(Holder).getMethod('setOther', [Repo]).invoke(java_object, [Store()])
    field = java_class(Holder).getDeclaredField('repo')
    field.setAccessible(True)
    assert field.get(java_object).name() == 'store'
    assert holder.other.name() == 'store' and 'other' in holder.__dict__


def test_java_exceptions_raised_in_python_reach_java_callers_unchanged():
    greeter = Greeter(Store(), 1)
    with pytest.raises(IOException) as info:  # Jython unwraps reflection's InvocationTargetException
        method('greet').invoke(Py.tojava(greeter, Object), ['nobody'])
    assert info.value.getMessage() == 'nobody to greet'



def test_generated_code_names_classes_by_constant_not_by_lookup():
    # Jython's own override of String name() calls Class.forName("java.lang.String") on every call.
    ClassCapture.start()
    try:
        class Named(Base, Repo):
            def name(self):
                return 'named'
    finally:
        captured = ClassCapture.stop()
    assert [c.javaName() for c in captured] == ['com.example.test_members.Named']
    assert 'forName' not in captured[0].bytes().tostring()
    assert Py.tojava(Named(), Repo).name() == 'named'


class Primitives(Base, Object):
    @java_method(Boolean.TYPE, value=Boolean.TYPE)
    def flip(self, value):
        assert type(value) is bool
        return not value

    @java_method(Byte.TYPE, value=Byte.TYPE, other=Short.TYPE)
    def add_small(self, value, other):
        assert type(value) is int and type(other) is int
        return value + other

    @java_method(Character.TYPE, value=Character.TYPE)
    def upper(self, value):
        return value.upper()

    @java_method(Integer.TYPE, value=Integer.TYPE)
    def twice(self, value):
        assert type(value) is int
        return value * 2

    @java_method(Long.TYPE, value=Long.TYPE, other=Double.TYPE)
    def mix(self, value, other):
        assert type(value) in (int, long) and type(other) is float  # an int when it fits, as in overrides
        return value + int(other)

    @java_method(Float.TYPE, value=Float.TYPE)
    def half(self, value):
        assert type(value) is float
        return value / 2

    @java_method(Double.TYPE, value=Double.TYPE)
    def square(self, value):
        return value * value


def test_java_calls_with_every_primitive_type_reach_python_as_python_values_and_come_back():
    java = Py.tojava(Primitives(), Object)
    methods = dict((m.getName(), m) for m in java.getClass().getDeclaredMethods())
    invoke = lambda name, *args: methods[name].invoke(java, list(args))
    # Java objects, which reflection unboxes to the parameter types, as Java passes them
    assert invoke('flip', True) is False
    assert invoke('add_small', Byte(100), Short(27)) == 127
    assert invoke('upper', Character('q')) == 'Q'
    assert invoke('twice', 21) == 42
    assert invoke('mix', Long(2 ** 40), 1.5) == 2 ** 40 + 1
    assert invoke('half', Float(3.0)) == 1.5
    assert invoke('square', 1.5) == 2.25


class Tally(Base, Object):
    small = java_field(Byte.TYPE)
    ratio = java_field(Float.TYPE)
    total = java_field(Long.TYPE)
    boxed = java_field(Long)


def test_a_field_takes_a_python_value_by_its_declared_type_as_a_java_assignment_would():
    tally = Tally()
    tally.total = 2 ** 40
    tally.total += 1  # read back as a Python long, which reflection alone would pass as a BigInteger
    tally.boxed = 5
    tally.boxed += 1
    tally.ratio = 1.5
    tally.small = 100
    tally.small += 27
    assert (tally.total, tally.boxed, tally.ratio, tally.small) == (2 ** 40 + 1, 6, 1.5, 127)
    with pytest.raises(OverflowError) as info:
        tally.small += 1
    assert str(info.value) == '128 does not fit in a byte (-128..127), which the field small holds'


def test_a_return_value_out_of_a_small_types_range_is_refused():
    class Overflowing(Base, Object):
        @java_method(Byte.TYPE)
        def big(self):
            return 300

    java = Py.tojava(Overflowing(), Object)
    with pytest.raises(OverflowError) as info:
        java.getClass().getMethod('big').invoke(java, [])
    assert str(info.value) == '300 does not fit in a byte (-128..127), which the Java method returns'

