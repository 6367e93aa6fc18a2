"""Python callables where Java takes a functional interface, converted as javac converts a lambda."""
from java.io import IOException
from java.lang import IllegalStateException, Object, String
from java.util import ArrayList, Optional
from java.util.function import Function, Predicate, Supplier
from java.util.stream import Collectors

import pytest

from clamp_annotations import clamp_base, java_constructor, java_field, java_method
from conftest import JYTHON, run
from fixtures import Callbacks, Overloads
from org.springframework.aop.framework import ProxyFactory
from org.springframework.context.annotation import AnnotationConfigApplicationContext, Bean, Configuration

Base = clamp_base('com.example')


class Basket(object):
    def first(self, value):
        return '%s first' % value

    def __call__(self, value):
        return '%s called' % value


def test_a_function_converts_to_an_interface_with_default_and_static_methods():
    assert Optional.of('tea').map(lambda s: s.upper()).get() == 'TEA'
    assert Optional.of('tea').filter(lambda s: s.startswith('c')).isPresent() is False
    names = ArrayList(['tea', 'coffee', 'mate'])
    assert names.stream().filter(lambda s: len(s) < 5).map(lambda s: s + '!').collect(Collectors.toList()) \
        == ['tea!', 'mate!']


def test_methods_callable_objects_builtins_and_classes_convert_too():
    basket = Basket()
    assert Optional.of('tea').map(basket.first).get() == 'tea first'
    assert Optional.of('tea').map(basket).get() == 'tea called'
    assert Optional.of('tea').map(unicode.upper).get() == 'TEA'
    assert isinstance(Optional.empty().orElseGet(Basket), Basket)
    assert Optional.empty().orElseGet(ArrayList) == []


def test_default_methods_run_the_interfaces_own_code():
    assert Callbacks.chain(lambda x: x + 1, lambda x: x * 10, 2) == 30
    assert Callbacks.sortedBackwards(['tea', 'coffee', 'mate'], lambda a, b: len(a) - len(b)) \
        == ['coffee', 'mate', 'tea']
    assert Predicate.not(lambda s: s == 'tea').test('tea') is False  # the JDK calls negate()
    assert Function.andThen(lambda x: x + 1, lambda x: x * 10).apply(2) == 30  # a default method from Python


def test_a_lambda_equals_only_itself_and_shows_its_callable():
    def fresh():
        return 'fresh'
    assert Callbacks.describe(fresh, fresh) == (
        'equals itself: true, equals another: false, identity hash: true, toString: %r' % fresh)


def test_a_lambda_handed_back_to_python_is_the_callable_itself():
    def identity(x):
        return x

    def task():
        pass
    method = Basket().first
    assert Callbacks.same(identity) is identity
    assert Callbacks.same(method) is method
    Callbacks.keep(task)  # a Runnable, which Jython would convert by itself
    assert Callbacks.kept() is task


class Failing(Base, Supplier):
    def get(self):
        raise IOException('disk')


def test_exceptions_reach_java_as_they_do_from_an_overriding_method():
    def python_error():
        raise ValueError('bad')

    def java_error():
        raise IllegalStateException('state')

    def checked():
        raise IOException('disk')

    assert Callbacks.supplied(python_error) == 'org.python.core.PyException'
    assert Callbacks.supplied(java_error) == 'java.lang.IllegalStateException'
    assert Callbacks.supplied(checked) == Callbacks.supplied(Failing()) == (
        'org.python.core.PyException caused by java.io.IOException')
    assert Callbacks.called(checked) == 'java.io.IOException'  # Callable.call() declares it


def test_overloads_are_chosen_by_the_number_of_arguments_the_callable_takes():
    assert Overloads.arity(lambda a: a) == 'Function'
    assert Overloads.arity(lambda a, b: a) == 'BiFunction'
    assert Overloads(lambda a: a).made() == 'Function made'
    assert Overloads(lambda a, b: a + b).made() == 'BiFunction madetwice'
    assert Overloads(lambda a: a).call(lambda a: a.upper()) == 'Function CALLED'
    assert Overloads.call(Overloads(lambda a: a), lambda a: a) == 'Function called'


def test_the_most_specific_overload_is_called_as_in_java():
    assert Overloads.specific(lambda a: a) == 'UnaryOperator'
    assert Overloads.weigh(1, lambda a: a) == 'int'
    assert Overloads.vary(lambda a: a) == 'Function'
    assert Overloads.vary(lambda a: a, lambda a: a) == 'Function...'
    assert Overloads.all('tea', lambda s: s + '!', lambda s: s.upper()) == 'all TEA!'


def test_overloads_that_none_is_more_specific_of_are_ambiguous_as_for_javac():
    with pytest.raises(TypeError) as error:
        Overloads.either(lambda a: a)
    assert str(error.value) == (
        'either(): reference to either is ambiguous, both fixtures.Overloads.either(java.util.function.Function) '
        'and fixtures.Overloads.either(java.util.function.Predicate) match')
    with pytest.raises(TypeError) as error:
        Overloads(unicode.upper)  # a builtin: Jython does not say how many arguments it takes
    assert str(error.value) == (
        'fixtures.Overloads(): reference to fixtures.Overloads is ambiguous, both '
        'fixtures.Overloads(java.util.function.BiFunction) and fixtures.Overloads(java.util.function.Function) '
        'match')


def test_jythons_own_choices_stay_but_never_for_a_method_the_callable_cannot_take():
    assert Overloads.kept(lambda: 1) == 'Runnable'  # Jython's choice; javac has its own rules for () -> 1
    assert Overloads.held(lambda a: a) == 'Object'  # a callable given as an Object stays the Python object
    assert Overloads.rows(lambda rows: rows) == 'Extractor rows'
    assert Overloads.rows(lambda row, number: '%s %d' % (row, number)) == 'Mapper row 1'


def test_a_callable_that_cannot_take_the_arguments_is_refused_as_jython_refuses_it():
    with pytest.raises(TypeError) as error:
        Optional.of('tea').map(lambda a, b: a)
    assert str(error.value) == "map(): 1st arg can't be coerced to java.util.function.Function"


class Made(Base, Overloads):
    pass


def test_a_clamped_subclass_of_a_java_class_takes_callables_in_its_constructor():
    assert Made(lambda a: a).made() == 'Function made'


class Gate(Base, Object):
    rule = java_field(Function)

    @java_constructor(check=Predicate)
    def __init__(self, check):
        self.check = check
        self.rule = lambda s: s.upper()

    @java_method(Function)
    def shout(self):
        return lambda s: s.upper() + '!'


class Maker(Base, Callbacks.Factory):
    def make(self):
        return lambda s: s + '?'


def test_typed_members_and_overrides_take_and_return_callables_as_lambdas():
    gate = Gate(lambda s: s == 'tea')  # through the Java constructor, which takes a Predicate
    assert Callbacks.held(gate, 'rule', 'tea') == 'TEA'
    assert Callbacks.returned(gate, 'shout', 'tea') == 'TEA!'
    assert Callbacks.made(Maker(), 'tea') == 'tea?'


class Ruler(Base, Object):
    @java_method(String, rule=Function)
    def ruled(self, rule):
        return rule('tea')


@Configuration
class Settings(Base, Object):
    @Bean
    @java_method(String)
    def motto(self):
        return self.ruled(lambda s: s.upper())  # on Spring's subclass: its Java method, as this.ruled() in Java

    @java_method(String, rule=Function)
    def ruled(self, rule):
        return rule('tea')


def test_springs_subclasses_of_a_python_bean_take_callables_in_their_java_methods():
    context = AnnotationConfigApplicationContext()
    context.register(Settings)
    context.refresh()
    try:
        assert context.getBean('motto') == 'TEA'
    finally:
        context.close()
    factory = ProxyFactory(Ruler())
    factory.setProxyTargetClass(True)
    advised = factory.getProxy()  # a subclass that overrides every method; Python calls it as Java would
    assert advised.ruled(lambda s: s + '!') == 'tea!'


def test_a_callable_that_cannot_take_the_arguments_of_a_typed_member_is_refused():
    with pytest.raises(TypeError) as error:
        Gate(lambda a, b: a)
    assert str(error.value).startswith("can't convert <function <lambda> at ")
    assert str(error.value).endswith(
        'to java.util.function.Predicate, whose method test takes 1 argument')


@pytest.mark.e2e
def test_classes_imported_before_clamp_annotations_take_callables_too():
    result = run([JYTHON, '-c', 'from java.util import Comparator\n'
                                'import clamp_annotations\n'
                                'print Comparator.comparing(lambda s: len(s)).compare("tea", "mate")'])
    assert (result.code, result.output.strip()) == (0, '-1'), result
