"""Which Java methods a Python method overrides: of the Java overloads of its name, those whose
arguments it can take.

Java tells overloads apart by their parameter types; Python has one method per name and no parameter
types. So a Python method overrides the overloads whose number of arguments it accepts after
``self`` (required parameters, those with defaults, ``*args``): ``def health(self)`` overrides
``health()`` and leaves ``health(boolean)`` its Java implementation (a default method, the
superclass's), as javac would; ``def write(self, data)`` overrides every ``write`` of one argument,
which the one Python method then handles.
"""
from __future__ import absolute_import

import types

from java.lang import Class, Object

from clamp_annotations import _jvm
from clamp_annotations._errors import ClampError

VARARGS, VARKEYWORDS = 0x04, 0x08  # code.co_flags, as CPython 2 defines them


def overloads(name, superclass, interfaces):
    """The Java methods named ``name`` that a class with these Java bases could override, in the order
    of their :func:`signature` (reflection's order is not the same from one JVM to the next)."""
    # Jython passes no superclass when the bases are interfaces only; the class extends Object.
    return sorted(_jvm.InheritedMethods.overridable(name, superclass or Object, interfaces), key=signature)


def accepts(value, method):
    """Whether the class attribute ``value`` can take the arguments of the Java ``method`` when Jython
    calls it on an object: a function (or typed method) by its parameters; anything else, whose
    parameters are not known, is taken to, as Jython takes it."""
    function = getattr(value, _jvm.VirtualCalls.FUNCTION, value)  # a typed method, once its class exists
    if not isinstance(function, types.FunctionType):
        return True
    code = function.func_code
    given = 1 + len(method.getParameterTypes())  # self first
    least = code.co_argcount - len(function.func_defaults or ())
    return given >= least and (given <= code.co_argcount or bool(code.co_flags & VARARGS))


def implements(python_class, method):
    """Whether the method Jython calls for the Java ``method`` on objects of ``python_class`` can take
    its arguments."""
    attribute = python_attribute(python_class, method.getName(), _ABSENT)
    return attribute is not _ABSENT and accepts(attribute, method)


def python_attribute(python_class, name, default=None):
    """The attribute ``name`` as the class or the first of its Python bases that has it holds it."""
    for klass in python_class.__mro__:
        if not isinstance(klass, Class) and name in klass.__dict__:
            return klass.__dict__[name]
    return default


_ABSENT = object()


def overridden(value, methods):
    """Those of the Java ``methods`` that the class attribute ``value`` overrides."""
    return [method for method in methods if accepts(value, method)]


def check_reached(where, name, function, methods):
    """Refuses a ``def`` that would override none of the Java ``methods`` of its name (those of every
    overload), which no Java caller would reach: Jython would route them all to it."""
    if overridden(function, methods):
        return
    counts = sorted(set(len(method.getParameterTypes()) for method in methods))
    raise ClampError(
        'def %s takes %s, and the Java methods %s take %s: it would override none of them, so no Java '
        'caller would reach it; give it the parameters of those it should override (def %s(self, *args) '
        'takes any number), or another name if it is for Python alone'
        % (name, takes(function), name, ' or '.join('%d (%s)' % (count, ', '.join(
            signature(m) for m in methods if len(m.getParameterTypes()) == count)) for count in counts), name),
        where)


def check_replaced(where, name, function, methods):
    """Refuses a method that replaces, for Python, the method of a base whose Java class calls it with
    arguments it cannot take: Java would have both methods, Python has one of each name."""
    for method in methods:
        if not accepts(function, method) and _jvm.InheritedMethods.callsPython(method):
            count = len(method.getParameterTypes())
            raise ClampError(
                "def %s takes %s, and Java calls it with %d: %s, which the Java class of a Python base "
                "declares, calls the Python method %s, and for Python this def replaces the base's; accept "
                '%d argument%s too (def %s(self, *args) takes any number), or give it another name'
                % (name, takes(function), count, signature(method), name, count, _plural(count), name),
                where)


def signature(method):
    """``fixtures.HealthCheck.health(boolean)``: the Java method's class, name and parameter types."""
    return '%s.%s(%s)' % (Class.getName(method.getDeclaringClass()), method.getName(),
                          ', '.join(t.getTypeName() for t in method.getParameterTypes()))


def takes(function):
    """How many arguments the Python method ``function`` (a function or typed method) takes after self,
    in words."""
    function = getattr(function, _jvm.VirtualCalls.FUNCTION, function)
    code = function.func_code
    most = code.co_argcount - 1
    least = max(most - len(function.func_defaults or ()), 0)
    if code.co_flags & VARARGS:
        return '%d or more arguments after self' % least if least else 'any number of arguments'
    if most < 0:
        return 'no arguments, not even self'
    if least == most:
        return '%d argument%s after self' % (most, _plural(most))
    return '%d to %d arguments after self' % (least, most)


def _plural(count):
    return '' if count == 1 else 's'
