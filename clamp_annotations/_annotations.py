"""Uses of Java annotations as Python sees them, and the rules of applying them.

An :class:`Annotation` is what a decorator ``@A(...)`` describes (see :mod:`clamp_annotations._decorators`);
applied to a class or method, it records itself there and returns the class or method unchanged.
Everything javac checks is checked when the decorator is applied, so a module with a bad annotation
fails to import. Whether a method overrides a Java method is only known once its class exists; the
class's metaclass checks that (see :mod:`clamp_annotations._proxy`).
"""
from __future__ import absolute_import

import types

from java.lang import Class
from java.lang.annotation import ElementType
from java.util import ArrayList, LinkedHashMap
from org.python.core import Py

from clamp_annotations import _jvm
from clamp_annotations._declarations import (RECORD, annotations_of, is_clamped, is_python_class, qualified,
                                             wrapped_function)
from clamp_annotations._errors import AnnotationError
from clamp_annotations._frames import class_being_defined

# The Java annotation types that class statements declared (see _annotation_types), by type: what each was
# made with, which the annotations that Jython then applies to it must be.
declared_types = {}


class Annotation(object):
    """One use of a Java annotation: its type and the element values written, in order.

    A value, as a Java annotation is: immutable (lists given as values are kept as tuples, so changing
    the list afterwards changes nothing), hashable, and equal to another use of the same type whose
    elements are written with equal values, in any order (elements left out are not compared with
    their defaults: they are not written).

    A view of the ``clampannotations.AnnotationSpec`` that describes it to Java: the spec is made, and
    every rule javac has for it checked, once, the first time the annotation is applied (the message
    of a refusal names the declaration); the class-file writer then takes that spec unchanged.
    """

    __slots__ = ('_type', '_elements', '_spec')

    def __init__(self, annotation_type, elements):
        object.__setattr__(self, '_type', annotation_type)
        object.__setattr__(self, '_elements', tuple([(name, _frozen(value)) for name, value in elements]))
        object.__setattr__(self, '_spec', None)

    @property
    def type(self):
        """The Java annotation type."""
        return self._type

    @property
    def elements(self):
        """``(name, value)`` pairs as written; elements left out keep their Java defaults."""
        return self._elements

    def __setattr__(self, name, value):
        raise AttributeError('annotations are immutable')

    def __eq__(self, other):
        return (isinstance(other, Annotation) and self._type == other._type
                and dict(self._elements) == dict(other._elements))

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash((self._type.getName(), frozenset(self._elements)))

    def __repr__(self):
        return _jvm.AnnotationSpec.written(self._type, self._values(as_written))

    def __call__(self, target):
        """Applies this annotation to a class or method, as the decorator ``@A(...)`` does.

        Returns the method (a static or class method as it is), or the class with its Java class
        annotated: the same class when that Java class was made with the annotation, else the class made
        again (see ``register_class_maker``).
        """
        if is_python_class(target):  # named by itself, not by a class body it may be in
            _record(target, self, None)
            return _class_maker.annotated(target)
        _record(target, self, class_being_defined())
        return target

    def spec(self, target_name):
        """The ``clampannotations.AnnotationSpec``, made once, the same for every declaration; one Java
        would refuse raises :class:`AnnotationError` naming ``target_name``, the annotation and the element."""
        if self._spec is None:
            checked(target_name, self, self._make_spec)
        return self._spec

    def _make_spec(self):
        # Raises the Java rules' own exception, or an AnnotationError naming no target, so that the outermost
        # annotation names the declaration.
        if self._spec is None:
            values = self._values(lambda value, element: java_value(value, element, self, None))
            object.__setattr__(self, '_spec', _jvm.AnnotationSpec(self._type, values))
        return self._spec

    def _values(self, convert):
        values = LinkedHashMap()
        for name, value in self._elements:
            values.put(name, convert(value, name))
        return values


class _ClassMaker(object):
    """What makes clamped classes, a floor above this module, registered with it (``register_class_maker``)."""
    annotated = None  # annotated(cls): the clamped class ``cls`` with an annotation just recorded on it


_class_maker = _ClassMaker()


def register_class_maker(annotated):
    """Registers ``annotated(cls)``, which returns the clamped class ``cls``, on which a decorator just
    recorded an annotation, with a Java class that has it (``_proxy.ClampMeta.annotated``). The module that
    makes clamped classes registers it once, as it is imported: annotating needs no class made above."""
    _class_maker.annotated = annotated


def _frozen(value):
    """``value`` as an annotation keeps it: a list, or a tuple of lists, becomes tuples."""
    if isinstance(value, (list, tuple)):
        return tuple([_frozen(item) for item in value])
    return value


def _converted(value, nested, python_class):
    """``value``, an element's value as written, with each annotation in it replaced by ``nested(annotation)``,
    each Python class by ``python_class(cls)``, and lists and tuples, at any depth, by ArrayLists; other values
    are Java's to convert: Jython converts numbers, strings, Java classes and enum constants by itself."""
    if isinstance(value, Annotation):
        return nested(value)
    if isinstance(value, (list, tuple)):
        items = ArrayList()
        for item in value:
            items.add(_converted(item, nested, python_class))
        return items
    if is_python_class(value):
        return python_class(value)
    return value


def java_value(value, element, annotation, target_name):
    """A Python value of ``annotation``'s ``element`` as the Java value AnnotationSpec converts by the
    element's type; an AnnotationError names ``target_name``, which may be None."""
    def nested(inner):
        try:
            return inner._make_spec()
        except AnnotationError as e:
            raise AnnotationError(target_name, '%r: %s' % (annotation, e.annotation), e.element, e.expected,
                                  e.given)

    def java_class(python_class):
        if not is_clamped(python_class):
            raise AnnotationError(target_name, repr(annotation), element,
                                  'takes a Python class only if it has a Java class (from clamp_base and a '
                                  'Java base)', qualified(python_class))
        return Py.tojava(python_class, Class)
    return _converted(value, nested, java_class)


def as_written(value, element=None):
    """A Python value as AnnotationSpec.written renders it: as Java source writes the Java value."""
    return _converted(value, lambda inner: _WrittenAs(repr(inner)), _class_as_written)


def _class_as_written(python_class):
    java = Py.tojava(python_class, Class).getName() if is_clamped(python_class) else qualified(python_class)
    return _WrittenAs('%s.class' % java)


class _WrittenAs(object):
    """Stands for a value in the text of an annotation: Java renders what it does not know by toString."""

    def __init__(self, text):
        self.text = text

    def toString(self):
        return self.text

    __repr__ = __str__ = toString


def checked(target_name, annotation, rule, *args):
    """``rule(*args)``, a call into the Java rules; the one place their refusal, or an AnnotationError that
    names no target, becomes an AnnotationError naming ``target_name`` and ``annotation`` as written."""
    try:
        return rule(*args)
    except _jvm.AnnotationValueException as e:
        written = repr(annotation) if annotation is not None else e.written()
        if annotation is not None and e.written() != written and e.annotation() != annotation.type.getName():
            written += ': ' + e.written()  # the problem is in a nested annotation
        raise AnnotationError(target_name, written, e.element(), e.expected(), e.given())
    except AnnotationError as e:
        if e.target is not None:
            raise
        raise AnnotationError(target_name, e.annotation, e.element, e.expected, e.given)


def java_specs(annotations, target_name):
    """``annotations`` as ``AnnotationSpec`` objects for the class-file writer, in order."""
    return [annotation.spec(target_name) for annotation in annotations]


def _describe(target, owner):
    """How errors name a target: ``Greeter``, ``Greeter.greet``, or the value itself."""
    if is_python_class(target):
        # Not probed for __func__ or fget: asking a clamped class (its metaclass is Python's) for an
        # attribute it lacks costs Jython an AttributeError, made and caught, on every decoration.
        return target.__name__
    function = getattr(target, '__func__', None) or getattr(target, 'fget', None) or target
    name = getattr(function, '__name__', None)
    if name is None:
        return repr(target)
    return '%s.%s' % (owner, name) if owner else name


def _record(target, annotation, owner):
    name = _describe(target, owner)
    # Decorators apply bottom-up: prepending keeps the order in which they are written.
    written = (annotation,) + annotations_of(target)
    if is_declared_type(target):  # checked as its class statement made it
        setattr(target, RECORD, declared_types[target].applied(name, written))
        return
    record = setattr
    if is_python_class(target):
        _check_class(target, annotation)
        record = type.__setattr__  # not the clamp metaclass's, which looks for a static field: RECORD is none
    elif isinstance(target, types.FunctionType) and owner is not None and target.__name__ == '__init__':
        check_target(name, annotation, 'a constructor', ElementType.CONSTRUCTOR, ElementType.TYPE_USE)
    elif isinstance(wrapped_function(target), types.FunctionType) and owner is not None:
        check_target(name, annotation, 'a method', ElementType.METHOD, ElementType.TYPE_USE)
        target = wrapped_function(target)
    else:
        raise AnnotationError(name, repr(annotation), None,
                              'annotates classes and the methods in their bodies only', _kind(target))
    check_repetition(name, written)
    record(target, RECORD, written)


def _kind(target):
    if isinstance(target, types.FunctionType):
        return 'a function outside any class body'
    return 'a value of type %s' % type(target).__name__


def _check_class(cls, annotation):
    if not is_clamped(cls):
        raise AnnotationError(cls.__name__, repr(annotation), None,
                              'needs a class with a Java class: derive it from clamp_base(package) and '
                              'a Java class or interface', 'a plain Python class')
    _check_class_target(cls.__name__, annotation)


_CLASS_TARGETS = (ElementType.TYPE, ElementType.TYPE_USE)  # read once: every class decorator is checked


def _check_class_target(name, annotation):
    check_target(name, annotation, 'a class', *_CLASS_TARGETS)


def check_annotation_type_target(name, annotation):
    """Checks ``annotation`` on the annotation type ``name``, which TYPE covers as ANNOTATION_TYPE does."""
    check_target(name, annotation, 'an annotation type', ElementType.ANNOTATION_TYPE, ElementType.TYPE,
                 ElementType.TYPE_USE)


def is_declared_type(obj):
    return isinstance(obj, Class) and obj in declared_types


def check_class_annotations(name, annotations):
    """Checks ``annotations``, written in this order on the clamped class ``name``, as applying them does."""
    for annotation in annotations:
        _check_class_target(name, annotation)
    check_repetition(name, tuple(annotations))


def check_repetition(name, annotations):
    """Checks ``annotations``, all on the declaration ``name``, and refuses a repetition javac would."""
    if len(annotations) > 1:  # one is no repetition, and asking Java costs every declaration
        checked(name, None, _jvm.RepeatedAnnotations.contain, java_specs(annotations, name))


def check_target(name, annotation, what, *allowed):
    """Checks ``annotation``, and refuses it on the declaration ``name``, ``what`` it is, unless its
    @Target has one of ``allowed``."""
    checked(name, annotation, annotation.spec(name).checkTarget, what, *allowed)
