"""A Python exception that is a Java exception, raised in Python, caught by Java and thrown again, as Java
code often does: Python's except clauses catch it as Java's catch clauses do, by its class or a base
class, and, when they name a clamped class, as the object Python raised."""
import pytest
from java.lang import IllegalArgumentException, IllegalStateException, Integer
from java.util.function import Function

from clamp_annotations import clamp_base
from fixtures import Rethrowing

Base = clamp_base('com.example')


class Refused(Base, IllegalStateException):
    pass


class SoldOut(Refused):
    def __init__(self, item):
        Refused.__init__(self, 'no %s left' % item)
        self.item = item


class Late(Base, IllegalStateException):
    pass


class Counter(Base, Function):
    def apply(self, item):
        if item.isdigit():
            return Integer.parseInt(item + 'x')  # a Java exception of Java's own
        raise SoldOut(item)


def thrown_back(item):
    """Python raises, Java catches and throws again, Python gets it back."""
    Rethrowing.apply(Counter(), item)


def test_an_except_clause_naming_the_class_catches_the_object_python_raised():
    try:
        thrown_back('tea')
    except SoldOut as e:
        assert e is Rethrowing.lastCaught()  # what Java caught is the Java object of what Python raised
        assert type(e) is SoldOut and e.item == 'tea' and e.getMessage() == 'no tea left'
    else:
        pytest.fail('nothing raised')


def test_an_except_clause_naming_a_python_base_class_catches_the_object_python_raised():
    try:
        thrown_back('tea')
    except (Late, Refused) as e:
        assert e is Rethrowing.lastCaught() and e.item == 'tea'
    else:
        pytest.fail('nothing raised')


def test_clauses_naming_other_classes_let_it_pass_to_the_one_that_catches_it():
    try:
        thrown_back('tea')
    except Late:
        pytest.fail('caught by an unrelated class')
    except SoldOut as e:
        assert e is Rethrowing.lastCaught()


def test_an_except_clause_naming_the_java_superclass_catches_it_as_the_java_object():
    try:
        thrown_back('tea')
    except IllegalStateException as e:  # Jython asks no Python code here: e is Java's view of it
        assert e.equals(Rethrowing.lastCaught()) and e.getMessage() == 'no tea left'
    else:
        pytest.fail('nothing raised')


def test_java_exceptions_of_java_pass_clauses_naming_clamped_classes():
    with pytest.raises(IllegalArgumentException) as raised:
        try:
            thrown_back('10')
        except (SoldOut, Refused):
            pytest.fail('a NumberFormatException caught as a clamped class')
    assert raised.value.getMessage() == 'For input string: "10x"'


def test_classes_are_subclasses_as_before():
    assert issubclass(SoldOut, Refused) and issubclass(SoldOut, IllegalStateException)
    assert not issubclass(Refused, SoldOut) and not issubclass(Late, Refused)
