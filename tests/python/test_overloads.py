"""A Python method overrides the Java overloads of its name whose arguments it can take; the others keep
their Java implementation, as they would in the same class written in Java."""
import textwrap

import pytest
from java.io import Writer
from java.lang import Boolean, Class, Integer, Object, String
from java.lang.reflect import Modifier
from org.python.core import Py

from clamp_annotations import ClampError, clamp_base, java_abstract, java_method
from conftest import build_here, write
from fixtures import Formatter, HealthCheck, Marker

Base = clamp_base('com.example')


class Indicator(Base, HealthCheck):
    """As a Spring Boot HealthIndicator is written in Java: health() only."""

    @Marker
    def health(self):
        return 'UP'


class Shouting(Base, Formatter):
    @Marker
    def format(self, value):
        return 'python %s' % value

    def label(self):
        return 'python'


class Sink(Base, Writer):
    """One def for both write(char[], int, int) and write(String, int, int), as Python reads them."""

    def __init__(self):
        self.parts = []

    def write(self, text, offset, length):
        self.parts.append(''.join(text[offset:offset + length]))  # of a String or a char[]

    def flush(self):
        self.parts.append('|')

    def close(self):
        pass


def java_class(python_class):
    return Py.tojava(python_class, Class)


def declared(python_class, name):
    return sorted(str(m) for m in java_class(python_class).getDeclaredMethods() if m.getName() == name)


def call(java_type, name, parameter_types, target, *arguments):
    """``target.name(arguments)`` as Java calls it: the method of ``java_type`` with those parameter types,
    dispatched on the object's class."""
    return java_type.getMethod(name, parameter_types).invoke(target, list(arguments))


def test_java_calls_the_default_overload_which_calls_the_python_one():
    assert declared(Indicator, 'health') == ['public java.lang.String com.example.test_overloads.Indicator.health()']
    assert call(HealthCheck, 'health', [Boolean.TYPE], Indicator(), True) == 'UP (with details)'
    assert call(HealthCheck, 'health', [], Indicator()) == 'UP'


def test_java_calls_the_superclass_overload_which_calls_the_python_one():
    assert declared(Shouting, 'format') == ['public java.lang.String com.example.test_overloads.Shouting.format('
                                            'java.lang.Object)']
    shouting = Shouting()
    assert call(Formatter, 'format', [Object, Integer.TYPE], shouting, 'v', 10) == '  python v'
    assert call(Formatter, 'labelled', [String], shouting, 'my ') == 'my python'  # the protected overload


def test_python_calls_the_overload_it_does_not_override_through_its_java_class():
    # Jython calls Formatter.format through super__format. (Asserted first: a Java exception such as
    # NoSuchMethodException, were it missing, does not fail a test run by pytest on Jython.)
    assert declared(Shouting, 'super__format') == [
        'public java.lang.String com.example.test_overloads.Shouting.super__format(java.lang.Object)',
        'public java.lang.String com.example.test_overloads.Shouting.super__format(java.lang.Object,int)']
    shouting = Shouting()
    assert Formatter.format(shouting, 'v', 10) == '  python v'
    assert shouting.super__format('v') == 'java v'
    assert shouting.super__label('my ') == 'my python'


def test_one_def_handles_every_overload_of_its_arity_and_java_calls_the_others():
    assert declared(Sink, 'write') == [
        'public void com.example.test_overloads.Sink.write(char[],int,int) throws java.io.IOException',
        'public void com.example.test_overloads.Sink.write(java.lang.String,int,int) throws java.io.IOException']
    sink = Sink()
    sink.append('a')  # Writer.append(char) calls write(int), Java's, which calls write(char[], int, int)
    sink.write('bcd', 1, 2)
    call(Writer, 'write', [String], sink, 'ef')  # Java's write(String) calls write(String, int, int)
    sink.flush()
    assert sink.parts == ['a', 'cd', 'ef', '|']


def test_annotations_go_on_the_overloads_the_method_overrides():
    assert java_class(Indicator).getMethod('health', []).isAnnotationPresent(Marker)
    assert java_class(Shouting).getMethod('format', [Object]).isAnnotationPresent(Marker)
    assert not java_class(Shouting).getMethod('format', [Object, Integer.TYPE]).isAnnotationPresent(Marker)


def test_a_def_with_args_overrides_every_overload():
    class Anything(Base, HealthCheck):
        def health(self, *args):
            return '%d argument(s)' % len(args)

    assert call(HealthCheck, 'health', [Boolean.TYPE], Anything(), True) == '1 argument(s)'
    assert call(HealthCheck, 'health', [], Anything()) == '0 argument(s)'


def test_a_default_value_makes_a_def_take_both_counts():
    class Either(Base, Formatter):
        def format(self, value, width=0):
            return 'python %s %d' % (value, width)

    assert call(Formatter, 'format', [Object], Either(), 'v') == 'python v 0'
    assert call(Formatter, 'format', [Object, Integer.TYPE], Either(), 'v', 3) == 'python v 3'


def test_an_abstract_overload_the_def_cannot_take_stays_abstract_in_a_java_abstract_class():
    @java_abstract
    class Partial(Base, Writer):
        def write(self, text):
            pass

        def flush(self):
            pass

        def close(self):
            pass

    assert declared(Partial, 'write') == [
        'public void com.example.test_overloads.Partial.write(char[]) throws java.io.IOException',
        'public void com.example.test_overloads.Partial.write(int) throws java.io.IOException',
        'public void com.example.test_overloads.Partial.write(java.lang.String) throws java.io.IOException']
    assert Modifier.isAbstract(java_class(Partial).getMethod('write', [Class.forName('[C'), Integer.TYPE,
                                                                           Integer.TYPE]).getModifiers())


def test_a_typed_method_that_takes_none_of_the_overloads_counts_is_a_new_overload():
    class Padded(Base, Formatter):
        @java_method(String, value=Object, width=Integer.TYPE, fill=String)
        def format(self, value, width, fill):
            return fill * width + str(value)

    padded = Padded()
    assert call(java_class(Padded), 'format', [Object, Integer.TYPE, String], padded, 'v', 2, '.') == '..v'
    assert call(Formatter, 'format', [Object], padded, 'v') == 'java v'


def test_a_subclass_overrides_the_overloads_its_def_takes_and_inherits_the_others():
    class Quiet(Base, Formatter):
        pass

    class Labelled(Quiet):
        def label(self):
            return 'python'  # Quiet's Java class made label(String) public, calling Formatter's

    assert call(Formatter, 'labelled', [String], Labelled(), 'my ') == 'my python'


def refused(source):
    with pytest.raises(ClampError) as info:
        exec(textwrap.dedent("""
            from clamp_annotations import clamp_base
            from fixtures import Formatter, HealthCheck
            Base = clamp_base('com.example')
        """) + textwrap.dedent(source), {'__name__': 'test'})
    return str(info.value)


def test_a_def_that_would_override_no_overload_is_refused():
    assert refused("""
        class Indicator(Base, HealthCheck):
            def health(self, verbose, level):
                return 'UP'
    """) == (
        'Indicator.health: def health takes 2 arguments after self, and the Java methods health take 0 '
        '(fixtures.HealthCheck.health()) or 1 (fixtures.HealthCheck.health(boolean)): it would override none '
        'of them, so no Java caller would reach it; give it the parameters of those it should override (def '
        'health(self, *args) takes any number), or another name if it is for Python alone')


@pytest.mark.parametrize('parameters, takes', [
    ('self, a, b, c, *more', '3 or more arguments after self'),
    ('self, a, b, c, d=1', '3 to 4 arguments after self'),
    ('', 'no arguments, not even self'),
])
def test_what_a_def_takes_is_said_in_words(parameters, takes):
    assert refused("""
        class Shouting(Base, Formatter):
            def format(%s):
                pass
    """ % parameters) == (
        'Shouting.format: def format takes %s, and the Java methods format take 1 '
        '(fixtures.Formatter.format(java.lang.Object)) or 2 (fixtures.Formatter.format(java.lang.Object, int)): '
        'it would override none of them, so no Java caller would reach it; give it the parameters of those it '
        'should override (def format(self, *args) takes any number), or another name if it is for Python alone'
        % takes)


def test_a_def_that_replaces_a_method_java_calls_with_arguments_it_cannot_take_is_refused():
    assert refused("""
        class Indicator(Base, HealthCheck):
            def health(self):
                return 'UP'

        class Detailed(Indicator):
            def health(self, include_details):
                return 'UP'
    """) == (
        'Detailed.health: def health takes 1 argument after self, and Java calls it with 0: '
        'com.example.test.Indicator.health(), which the Java class of a Python base declares, calls the '
        "Python method health, and for Python this def replaces the base's; accept 0 arguments too (def "
        'health(self, *args) takes any number), or give it another name')


def test_bdist_jar_v_says_which_overloads_each_method_overrides(project, capsys):
    write(project, {'shop/orders.py': """
        from clamp_annotations import clamp_base
        from fixtures import Formatter, HealthCheck, Marker

        class Indicator(clamp_base('com.example'), HealthCheck):
            @Marker
            def health(self):
                return 'UP'

        class Shouting(clamp_base('com.example'), Formatter):
            def format(self, value, width=0):
                return 'python'

            def label(self):
                return 'python'
    """})
    assert build_here(project, ['-v', 'bdist_jar']) is None
    lines = capsys.readouterr().out.splitlines()
    assert lines[lines.index('com.example.shop.orders.Indicator'):][:6] == [
        'com.example.shop.orders.Indicator',
        '  health: overrides fixtures.HealthCheck.health(); inherits fixtures.HealthCheck.health(boolean)',
        '  health: @fixtures.Marker',
        'com.example.shop.orders.Shouting',
        '  format: overrides fixtures.Formatter.format(java.lang.Object), fixtures.Formatter.format(java.lang.Object, '
        'int)',
        '  label: overrides fixtures.Formatter.label(); inherits fixtures.Formatter.label(java.lang.String)'], lines
