"""What a Python declaration carries for clamp_annotations: the annotations recorded on a class or
function, and whether a class is clamped (has a Java class from ``clamp_base``)."""
from __future__ import absolute_import

import types

from java.lang import Class

from clamp_annotations import _jvm

RECORD = '__clamp_annotations__'  # the attribute that holds what annotations_of returns
# The attribute of a typed method that holds its function; read once, as every class statement and
# decorator asks for it (a Java class's attribute costs Jython a lookup through its MRO).
TYPED_FUNCTION = _jvm.VirtualCalls.FUNCTION


def annotations_of(obj):
    """The annotations recorded on a class or function, in the order written, as a tuple.

    An object that was never annotated has none: the result is ``()``. Annotations are not
    inherited: a subclass does not report its bases' annotations.
    """
    if not is_python_class(obj):  # a class is never a typed method; see _annotations._describe
        obj = wrapped_function(getattr(obj, TYPED_FUNCTION, obj))  # a typed method's function
    return getattr(obj, '__dict__', {}).get(RECORD, ())


def wrapped_function(obj):
    """The function of a static or class method, where annotations and declarations are recorded; any
    other object itself."""
    return obj.__func__ if isinstance(obj, (staticmethod, classmethod)) else obj


def is_clamped(obj):
    """Whether ``obj`` is a Python class that :func:`clamp_base` gave a Java class."""
    # A list, not a generator: Jython registers a Finalizer for every generator, and this runs for every
    # class and decoration at start-up.
    return (is_python_class(obj) and '__proxymaker__' in obj.__dict__
            and any([isinstance(base, Class) for base in obj.__mro__]))


def is_python_class(obj):
    """Whether ``obj`` is a class defined in Python (not a Java class, which Jython also makes a type)."""
    return isinstance(obj, (type, types.ClassType)) and not isinstance(obj, Class)


def qualified(python_class):
    """``module.Class``: how messages name a Python class."""
    return '%s.%s' % (python_class.__module__, python_class.__name__)
