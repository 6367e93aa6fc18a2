"""Signatures beyond one per name, in this process: variable-arity methods, typed overloads of one Python
method, declarations of the Java methods a Python method overrides, and type annotations."""
import jarray
from java.lang import Class, Integer, Object, String
from java.util import Arrays, List, Map
from org.jspecify.annotations import Nullable
from org.python.core import Py

from clamp_annotations import array, clamp_base, generic, java_constructor, java_field, java_method, varargs
from fixtures import Both, Endpoint, Marker, Repo, Role, TypeUse

Base = clamp_base('com.example')


class Texts(Base, Object):
    @java_method(String, first=String, rest=varargs(String))
    @java_method(String, first=generic(List, String))
    @java_method(String, first=Integer.TYPE)
    def join(self, first, rest=None):
        self.received = (first, rest)
        if rest is None:
            return 'one %s: %s' % (type(first).__name__, first)
        return '%s then %d: %s' % (first, len(rest), '+'.join(rest))

    @java_method(Integer.TYPE, numbers=varargs(Integer.TYPE))
    def total(self, numbers):
        return sum(numbers)


class Handler(Base, Endpoint):
    @Marker
    @java_method(String, body=(String, Role('body'), Nullable()), times=(Integer.TYPE, Both()))
    def handle(self, body, times):
        return body * times

    def names(self, weights):
        return sorted(weights.keySet())

    @java_method(lines=varargs(String))
    def log(self, lines):
        self.logged = list(lines)


class Holder(Base, Object):
    maybe = java_field(array(String, Nullable()))

    @java_constructor(repo=(Repo, Nullable()))
    def __init__(self, repo):
        self.repo = repo


class Parts(Base, Object):
    @java_constructor(parts=varargs(String))
    def __init__(self, parts):
        self.parts = list(parts)


def java_class(python_class):
    return Py.tojava(python_class, Class)


def methods(python_class, name):
    return sorted([m for m in java_class(python_class).getDeclaredMethods() if m.getName() == name], key=str)


STRINGS = Class.forName('[Ljava.lang.String;')


def strings(*values):
    return jarray.array(values, String)


def test_a_variable_arity_method_is_varargs_and_python_receives_the_array_java_passed():
    texts = Texts()
    join = java_class(Texts).getMethod('join', [String, STRINGS])
    assert join.isVarArgs()
    assert join.toGenericString() == ('public java.lang.String com.example.test_signatures.Texts.join('
                                      'java.lang.String,java.lang.String...)')
    passed = strings('b', 'c')
    assert join.invoke(texts, ['a', passed]) == 'a then 2: b+c'
    assert texts.received[1] == passed  # the array Java passed, as a Python sequence
    assert join.invoke(texts, ['a', strings()]) == 'a then 0: '
    total = java_class(Texts).getMethod('total', [Class.forName('[I')])
    assert total.isVarArgs() and total.invoke(texts, [jarray.array([1, 2, 3], 'i')]) == 6


def test_each_typed_overload_calls_the_one_def_with_what_java_passed():
    texts = Texts()
    assert [str(m) for m in methods(Texts, 'join')] == [
        'public java.lang.String com.example.test_signatures.Texts.join(int)',
        'public java.lang.String com.example.test_signatures.Texts.join(java.lang.String,java.lang.String[])',
        'public java.lang.String com.example.test_signatures.Texts.join(java.util.List)',
    ]
    by_list = java_class(Texts).getMethod('join', [List])
    assert by_list.toGenericString().endswith('.join(java.util.List<java.lang.String>)')
    assert by_list.invoke(texts, [Arrays.asList(['x', 'y'])]) == 'one Arrays$ArrayList: [x, y]'  # the Java list
    assert java_class(Texts).getMethod('join', [Integer.TYPE]).invoke(texts, [7]) == 'one int: 7'
    assert texts.join('a', ['b']) == 'a then 1: b'  # Python calls the def itself


def test_a_declaration_of_an_overridden_method_gives_its_override_names_and_annotations():
    handle = java_class(Handler).getMethod('handle', [String, Integer.TYPE])
    assert [p.getName() for p in handle.getParameters()] == ['body', 'times']
    assert handle.isAnnotationPresent(Marker)
    assert [[str(a) for a in annotations] for annotations in handle.getParameterAnnotations()] == [
        ['@fixtures.Role("body")'], ['@fixtures.Both()']]
    assert [[str(a) for a in t.getDeclaredAnnotations()] for t in handle.getAnnotatedParameterTypes()] == [
        ['@org.jspecify.annotations.Nullable()'], ['@fixtures.Both()']]
    assert list(handle.getExceptionTypes()) == []  # as declared, where Endpoint's throws IOException
    assert handle.invoke(Handler(), ['ab', 2]) == 'abab'  # Java calls reach the def as before


def test_an_undeclared_override_beside_declared_ones_is_as_jython_makes_it():
    names = java_class(Handler).getMethod('names', [Map])
    assert names.getParameters()[0].getName() == 'arg0'
    assert list(names.getExceptionTypes()) == []
    log = java_class(Handler).getMethod('log', [STRINGS])
    assert log.isVarArgs() and log.getParameters()[0].getName() == 'lines'
    handler = Handler()
    log.invoke(handler, [strings('x', 'y')])
    assert handler.logged == ['x', 'y']


def test_type_annotations_are_where_reflection_and_spring_7_look_for_them():
    constructor = java_class(Holder).getConstructor([Repo])
    assert [str(a) for a in constructor.getAnnotatedParameterTypes()[0].getDeclaredAnnotations()] == [
        '@org.jspecify.annotations.Nullable()']
    assert list(constructor.getParameterAnnotations()[0]) == []  # a type annotation only, as javac writes it
    maybe = java_class(Holder).getDeclaredField('maybe').getAnnotatedType()
    assert [str(a) for a in maybe.getDeclaredAnnotations()] == ['@org.jspecify.annotations.Nullable()']
    assert list(maybe.getAnnotatedGenericComponentType().getDeclaredAnnotations()) == []
    assert Holder(None).repo is None


def test_a_variable_arity_constructor_receives_the_array_java_passed():
    constructor = java_class(Parts).getConstructor([STRINGS])
    assert constructor.isVarArgs()
    assert Py.java2py(constructor.newInstance([strings('a', 'b')])).parts == ['a', 'b']
