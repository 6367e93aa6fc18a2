"""Java annotation types as Python decorators.

Once installed, every Java annotation type that reaches Python (``from pkg import A``, ``pkg.A``, or
already imported) is callable: ``@A``, ``@A(value)`` and ``@A(name=value, ...)`` describe an
:class:`~clamp_annotations._annotations.Annotation`, which records itself on the decorated class or
method. The type itself stays the Java type, so it still works wherever Java expects it
(``cls.getAnnotation(A)``). ``A(cls)`` is either ``@A`` applied to a class or an annotation whose value
is that class; this module tells which.
"""
from __future__ import absolute_import

import types
from thread import _local  # not threading: importing it renames the JVM's main thread

from java.lang import Class

from clamp_annotations import _jvm
from clamp_annotations._annotations import Annotation, as_written, checked, is_declared_type
from clamp_annotations._declarations import is_clamped, is_python_class
from clamp_annotations._frames import caller, location


def _annotation_new(annotation_type, *args, **kwargs):
    # The __new__ installed on annotation types: A(cls) decorates, A(...) describes.
    if len(args) == 1 and not kwargs and _is_decoration(annotation_type, args[0]):
        return _bare(annotation_type)(args[0])
    return described(annotation_type, args, kwargs)


def described(annotation_type, args, kwargs):
    """The annotation that ``A(*args, **kwargs)`` describes, for the annotation type ``A``."""
    names = checked(location(), None, _jvm.AnnotationSpec.elementNames, annotation_type,
                     [as_written(arg) for arg in args], dict([(k, as_written(v)) for k, v in kwargs.items()]))
    given = dict(kwargs, **({'value': args[0]} if args else {}))
    return Annotation(annotation_type, [(name, given[name]) for name in names])


def class_annotation(decorator):
    """The annotation that the class decorator ``decorator`` applies (itself, or ``@A`` for an annotation
    type ``A``), or None if it is no annotation."""
    if isinstance(decorator, Annotation):
        return decorator
    if isinstance(decorator, Class) and Class.isAnnotation(decorator):
        return _bare(decorator)
    return None


_created = _local()


def class_created(cls, frame):
    """Called by the clamp metaclass: ``cls`` is the class that ``frame``, the code running its class
    statement, may decorate next."""
    _created.last = (cls, id(frame))


def _is_decoration(annotation_type, obj):
    """Whether ``A(obj)`` is ``@A`` applied to ``obj`` rather than ``@A(obj)``, a Class value.

    A class given to an annotation whose ``value`` is a Class is in doubt, and so is an annotation type
    declared in Python given to any annotation. A class statement binds
    its name only after its decorators ran, so a class the caller's namespace already binds is a
    value; a clamped class (or annotation type) is decorated only by the code whose class statement
    created it just now, so one reached as ``module.Class``, or imported under another name, is a value
    too.
    """
    if isinstance(obj, (types.FunctionType, staticmethod, classmethod, property)):
        return True  # a property cannot be annotated, which _record will say
    declared = is_declared_type(obj)
    if not (declared or is_python_class(obj)):
        return False
    if not (declared or _takes_class_value(annotation_type)):
        return True
    frame = caller()
    if obj.__name__ in frame.f_locals:
        bound = frame.f_locals[obj.__name__] is obj
    else:
        bound = frame.f_globals.get(obj.__name__) is obj
    just_created = getattr(_created, 'last', None) == (obj, id(frame))
    # An annotation type declared in Python is decorated by its own class statement only.
    return not bound and (just_created or not (declared or is_clamped(obj)))


def _once_per_type(compute):
    """``compute(annotation_type)``, remembered: it depends on the type alone, and each bean's import
    would otherwise pay for it again in every class it decorates."""
    known = {}

    def remembered(annotation_type):
        if annotation_type not in known:
            known[annotation_type] = compute(annotation_type)
        return known[annotation_type]
    return remembered


@_once_per_type
def _bare(annotation_type):
    """``@A`` with no elements: annotations are immutable, so one, with the spec it makes once, serves
    every declaration."""
    return Annotation(annotation_type, ())


@_once_per_type
def _takes_class_value(annotation_type):
    # Java classes reach Python as types, so Class methods are called unbound.
    return any(element.getName() == 'value' and Class in (element.getReturnType(),
                                                          Class.getComponentType(element.getReturnType()))
               for element in annotation_type.getDeclaredMethods())


def _make_decorator(annotation_type):
    annotation_type.__new__ = staticmethod(_annotation_new)


def install(imported):
    """Makes every Java annotation type usable as a decorator, including those among ``imported``, the
    Java classes imported already."""
    _jvm.AnnotationTypeHook.install(_make_decorator)
    for java_class in imported:
        if Class.isAnnotation(java_class):
            _make_decorator(java_class)
