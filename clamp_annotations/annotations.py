"""Java annotation types as Python decorators, and the descriptions they record.

Once installed, every Java annotation type that reaches Python (``from pkg import A``, ``pkg.A``, or
already imported) is callable: ``@A``, ``@A(value)`` and ``@A(name=value, ...)`` record an immutable
:class:`Annotation` on the decorated object and return the object unchanged. The type itself stays
the Java type, so it still works wherever Java expects it (``cls.getAnnotation(A)``).
"""
import sys
import types

from java.lang import Class, Enum
from java.lang.annotation import ElementType, Repeatable, Target
from java.util import ArrayList, LinkedHashMap
from org.python.core import PyJavaPackage

from clamp_annotations import _jvm
from clamp_annotations.errors import AnnotationError

_RECORD = '__clamp_annotations__'


class Annotation(object):
    """One use of a Java annotation: its type and the element values written, in order."""

    __slots__ = ('_type', '_elements')

    def __init__(self, annotation_type, elements):
        object.__setattr__(self, '_type', annotation_type)
        object.__setattr__(self, '_elements', tuple(elements))

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
                and self._elements == other._elements)

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash((self._type.getName(), self._elements))

    def __repr__(self):
        if not self._elements:
            return '@%s' % self._type.getName()
        if len(self._elements) == 1 and self._elements[0][0] == 'value':
            return '@%s(%s)' % (self._type.getName(), _literal(self._elements[0][1]))
        return '@%s(%s)' % (self._type.getName(), ', '.join(
            '%s=%s' % (name, _literal(value)) for name, value in self._elements))

    def __call__(self, target):
        """Applies this annotation to a class, as the decorator ``@A(...)`` does."""
        _record(target, self)
        return target

    def to_java(self, target_name):
        """The ``clampannotations.AnnotationSpec`` that the class-file writer takes.

        Values are converted to the type each element declares; one Java would reject raises
        :class:`AnnotationError` naming ``target_name``, the annotation and the element.
        """
        values = LinkedHashMap()
        for name, value in self._elements:
            values.put(name, _java_value(value, target_name))
        try:
            return _jvm.AnnotationSpec(self._type, values)
        except _jvm.AnnotationValueException as e:
            raise AnnotationError(target_name, e.annotation(), e.element(), e.expected(), e.given())


def _java_value(value, target_name):
    # Jython converts numbers, strings, Java classes and enum constants by itself.
    if isinstance(value, Annotation):
        return value.to_java(target_name)
    if isinstance(value, (list, tuple)):
        items = ArrayList()
        for item in value:
            items.add(_java_value(item, target_name))
        return items
    return value


def _literal(value):
    """A value as Java source would write it."""
    if isinstance(value, bool):
        return 'true' if value else 'false'
    if isinstance(value, basestring):
        return '"%s"' % value.replace('\\', '\\\\').replace('"', '\\"')
    if isinstance(value, (list, tuple)):
        return '{%s}' % ', '.join(_literal(item) for item in value)
    if isinstance(value, Class):
        return '%s.class' % value.getName()
    if isinstance(value, Enum):
        return '%s.%s' % (value.getDeclaringClass().getName(), value.name())
    return repr(value)


def annotations_of(obj):
    """The annotations recorded on a class or function, in the order written, as a tuple.

    An object that was never annotated has none: the result is ``()``. Annotations are not
    inherited: a subclass does not report its bases' annotations.
    """
    record = getattr(obj, '__dict__', {})
    return record.get(_RECORD, ())


def _describe(target):
    return getattr(target, '__name__', repr(target))


def _record(target, annotation):
    if not isinstance(target, (type, types.ClassType)):
        raise AnnotationError(_describe(target), annotation.type.getName(), None,
                              'can decorate classes only', repr(target))
    _check_target(target, annotation)
    annotation.to_java(_describe(target))  # values are checked now, so importing the module fails
    existing = annotations_of(target)
    if annotation.type.getAnnotation(Repeatable) is None and any(
            a.type == annotation.type for a in existing):
        raise AnnotationError(_describe(target), annotation.type.getName(), None,
                              'is not @Repeatable and may appear once', 'it twice')
    # Decorators apply bottom-up: prepending keeps the order in which they are written.
    setattr(target, _RECORD, (annotation,) + existing)


def _check_target(target, annotation):
    allowed = annotation.type.getAnnotation(Target)
    if allowed is not None and ElementType.TYPE not in list(allowed.value()):
        raise AnnotationError(_describe(target), annotation.type.getName(), None,
                              'cannot annotate a class (its @Target is %s)'
                              % ', '.join(str(e) for e in allowed.value()), 'a class')


def _annotation_new(annotation_type, *args, **kwargs):
    # The __new__ installed on annotation types: A(cls) decorates, A(...) describes.
    if len(args) == 1 and not kwargs and _is_decoration_target(args[0]):
        return Annotation(annotation_type, ())(args[0])
    if len(args) > 1:
        raise AnnotationError(None, annotation_type.getName(), None,
                              'takes at most one positional value (the value element)',
                              '%d: %r' % (len(args), args))
    if args and 'value' in kwargs:
        raise AnnotationError(None, annotation_type.getName(), 'value',
                              'is set twice, positionally and by keyword',
                              '%r and value=%r' % (args[0], kwargs['value']))
    elements = [('value', args[0])] if args else []
    # Python 2 does not keep the order of keyword arguments; name order at least is deterministic.
    elements.extend(sorted(kwargs.items()))
    return Annotation(annotation_type, elements)


def _is_decoration_target(obj):
    return isinstance(obj, (type, types.ClassType, types.FunctionType)) and not isinstance(obj, Class)


def _make_decorator(annotation_type):
    annotation_type.__new__ = staticmethod(_annotation_new)


def install():
    """Makes every Java annotation type usable as a decorator, including those imported already."""
    _jvm.AnnotationTypeHook.install(_make_decorator)
    seen = set()
    pending = [getattr(module, '__dict__', {}) for module in list(sys.modules.values())]
    while pending:
        for value in list(pending.pop().values()):
            if isinstance(value, Class) and Class.isAnnotation(value):
                _make_decorator(value)
            elif isinstance(value, PyJavaPackage) and id(value) not in seen:
                seen.add(id(value))  # types reached as pkg.Type live in their package's __dict__
                pending.append(value.__dict__)
