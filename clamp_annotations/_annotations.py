"""Java annotation types as Python decorators, and the descriptions they record.

Once installed, every Java annotation type that reaches Python (``from pkg import A``, ``pkg.A``, or
already imported) is callable: ``@A``, ``@A(value)`` and ``@A(name=value, ...)`` record an immutable
:class:`Annotation` on the decorated class or method and return it unchanged. The type itself stays
the Java type, so it still works wherever Java expects it (``cls.getAnnotation(A)``).

Everything javac checks is checked when the decorator is applied, so a module with a bad annotation
fails to import. Whether a method overrides a Java method is only known once its class exists; the
class's metaclass checks that (see :mod:`clamp_annotations._proxy`).
"""
import sys
import types
from thread import _local  # not threading: importing it renames the JVM's main thread

from java.lang import Class, Enum
from java.lang.annotation import ElementType
from java.util import ArrayList, LinkedHashMap
from org.python.core import Py

from clamp_annotations import _jvm
from clamp_annotations._errors import AnnotationError

RECORD = '__clamp_annotations__'  # the attribute that holds what annotations_of returns

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
        return _jvm.AnnotationSpec.written(self._type, self._values(_as_written))

    def __call__(self, target):
        """Applies this annotation to a class or method, as the decorator ``@A(...)`` does.

        Returns the method (a static or class method as it is), or the class with its Java class
        annotated: the same class when that Java class was made with the annotation, else the class made
        again (see ``ClampMeta.annotated``).
        """
        _record(target, self, class_being_defined())
        return type(target).annotated(target) if _is_python_class(target) else target

    def spec(self, target_name):
        """The ``clampannotations.AnnotationSpec``, made once; one Java would refuse raises
        :class:`AnnotationError` naming ``target_name``, the annotation and the element."""
        if self._spec is None:
            _checked(target_name, self, self._make_spec, target_name)
        return self._spec

    def _make_spec(self, target_name):
        # Raises the Java rules' own exception, so that the outermost annotation translates it.
        if self._spec is None:
            values = self._values(lambda value, element: _java_value(value, element, self, target_name))
            object.__setattr__(self, '_spec', _jvm.AnnotationSpec(self._type, values))
        return self._spec

    def _values(self, convert):
        values = LinkedHashMap()
        for name, value in self._elements:
            values.put(name, convert(value, name))
        return values


def _frozen(value):
    """``value`` as an annotation keeps it: a list, or a tuple of lists, becomes tuples."""
    if isinstance(value, (list, tuple)):
        return tuple([_frozen(item) for item in value])
    return value


def _java_value(value, element, annotation, target_name):
    """A Python value as the Java value AnnotationSpec converts by the element's type: Jython converts
    numbers, strings, Java classes and enum constants by itself."""
    if isinstance(value, Annotation):
        try:
            return value._make_spec(target_name)
        except AnnotationError as e:
            raise AnnotationError(target_name, '%r: %s' % (annotation, e.annotation), e.element, e.expected,
                                  e.given)
    if isinstance(value, (list, tuple)):
        items = ArrayList()
        for item in value:
            items.add(_java_value(item, element, annotation, target_name))
        return items
    if _is_python_class(value):
        if not has_java_class(value):
            raise AnnotationError(target_name, repr(annotation), element,
                                  'takes a Python class only if it has a Java class (from clamp_base and a '
                                  'Java base)', _qualified(value))
        return Py.tojava(value, Class)
    return value


def _as_written(value, element=None):
    """A Python value as AnnotationSpec.written renders it: as Java source writes the Java value."""
    if isinstance(value, Annotation):
        return _WrittenAs(repr(value))
    if isinstance(value, (list, tuple)):
        items = ArrayList()
        for item in value:
            items.add(_as_written(item))
        return items
    if _is_python_class(value):
        java = Py.tojava(value, Class).getName() if has_java_class(value) else _qualified(value)
        return _WrittenAs('%s.class' % java)
    return value


class _WrittenAs(object):
    """Stands for a value in the text of an annotation: Java renders what it does not know by toString."""

    def __init__(self, text):
        self.text = text

    def toString(self):
        return self.text

    __repr__ = __str__ = toString


def _checked(target_name, annotation, rule, *args):
    """``rule(*args)``, a call into the Java rules; the one place their refusal becomes an AnnotationError
    naming ``target_name`` and ``annotation`` as written."""
    try:
        return rule(*args)
    except _jvm.AnnotationValueException as e:
        written = repr(annotation) if annotation is not None else e.written()
        if annotation is not None and e.written() != written and e.annotation() != annotation.type.getName():
            written += ': ' + e.written()  # the problem is in a nested annotation
        raise AnnotationError(target_name, written, e.element(), e.expected(), e.given())


def annotations_of(obj):
    """The annotations recorded on a class or function, in the order written, as a tuple.

    An object that was never annotated has none: the result is ``()``. Annotations are not
    inherited: a subclass does not report its bases' annotations.
    """
    if not _is_python_class(obj):  # a class is never a typed method; see _describe
        obj = wrapped_function(getattr(obj, _jvm.VirtualCalls.FUNCTION, obj))  # a typed method's function
    return getattr(obj, '__dict__', {}).get(RECORD, ())


def wrapped_function(obj):
    """The function of a static or class method, where annotations and declarations are recorded; any
    other object itself."""
    return obj.__func__ if isinstance(obj, (staticmethod, classmethod)) else obj


def java_specs(annotations, target_name):
    """``annotations`` as ``AnnotationSpec`` objects for the class-file writer, in order."""
    return [annotation.spec(target_name) for annotation in annotations]


def has_java_class(cls):
    """Whether the Python class ``cls`` was given a Java class by :func:`clamp_base`."""
    # A list, not a generator: Jython registers a Finalizer for every generator, and this runs for every
    # class and decoration at start-up.
    return '__proxymaker__' in cls.__dict__ and any([isinstance(base, Class) for base in cls.__mro__])


def _is_python_class(obj):
    return isinstance(obj, (type, types.ClassType)) and not isinstance(obj, Class)


def _describe(target, owner):
    """How errors name a target: ``Greeter``, ``Greeter.greet``, or the value itself."""
    if _is_python_class(target):
        # Not probed for __func__ or fget: asking a clamped class (its metaclass is Python's) for an
        # attribute it lacks costs Jython an AttributeError, made and caught, on every decoration.
        return target.__name__
    function = getattr(target, '__func__', None) or getattr(target, 'fget', None) or target
    name = getattr(function, '__name__', None)
    if name is None:
        return repr(target)
    return '%s.%s' % (owner, name) if owner else name


def _qualified(python_class):
    return '%s.%s' % (python_class.__module__, python_class.__name__)


def caller():
    """The innermost frame outside clamp_annotations: the code that applied or called a decorator."""
    frame = sys._getframe(1)
    while frame.f_globals.get('__name__', '').startswith('clamp_annotations.'):
        frame = frame.f_back
    return frame


def class_being_defined():
    """The name of the class whose body applies the decorator now, or None outside a class body."""
    frame = caller()
    if frame.f_code.co_name == '<module>' or '__module__' not in frame.f_locals:
        return None
    return frame.f_code.co_name


def _record(target, annotation, owner):
    name = _describe(target, owner)
    # Decorators apply bottom-up: prepending keeps the order in which they are written.
    written = (annotation,) + annotations_of(target)
    if _is_declared_type(target):  # checked as its class statement made it
        setattr(target, RECORD, declared_types[target].applied(name, written))
        return
    if _is_python_class(target):
        _check_class(target, annotation)
    elif isinstance(target, types.FunctionType) and owner is not None and target.__name__ == '__init__':
        check_target(name, annotation, 'a constructor', ElementType.CONSTRUCTOR, ElementType.TYPE_USE)
    elif isinstance(wrapped_function(target), types.FunctionType) and owner is not None:
        check_target(name, annotation, 'a method', ElementType.METHOD, ElementType.TYPE_USE)
        target = wrapped_function(target)
    else:
        raise AnnotationError(name, repr(annotation), None,
                              'annotates classes and the methods in their bodies only', _kind(target))
    check_repetition(name, written)
    setattr(target, RECORD, written)


def _kind(target):
    if isinstance(target, types.FunctionType):
        return 'a function outside any class body'
    return 'a value of type %s' % type(target).__name__


def _check_class(cls, annotation):
    if not has_java_class(cls):
        raise AnnotationError(cls.__name__, repr(annotation), None,
                              'needs a class with a Java class: derive it from clamp_base(package) and '
                              'a Java class or interface', 'a plain Python class')
    _check_class_target(cls.__name__, annotation)


def _check_class_target(name, annotation):
    check_target(name, annotation, 'a class', ElementType.TYPE, ElementType.TYPE_USE)


def check_annotation_type_target(name, annotation):
    """Checks ``annotation`` on the annotation type ``name``, which TYPE covers as ANNOTATION_TYPE does."""
    check_target(name, annotation, 'an annotation type', ElementType.ANNOTATION_TYPE, ElementType.TYPE,
                 ElementType.TYPE_USE)


def _is_declared_type(obj):
    return isinstance(obj, Class) and obj in declared_types


def check_class_annotations(name, annotations):
    """Checks ``annotations``, written in this order on the clamped class ``name``, as applying them does."""
    for annotation in annotations:
        _check_class_target(name, annotation)
    check_repetition(name, tuple(annotations))


def check_repetition(name, annotations):
    """Checks ``annotations``, all on the declaration ``name``, and refuses a repetition javac would."""
    if len(annotations) > 1:  # one is no repetition, and asking Java costs every declaration
        _checked(name, None, _jvm.RepeatedAnnotations.contain, java_specs(annotations, name))


def check_target(name, annotation, what, *allowed):
    """Checks ``annotation``, and refuses it on the declaration ``name``, ``what`` it is, unless its
    @Target has one of ``allowed``."""
    _checked(name, annotation, annotation.spec(name).checkTarget, what, *allowed)


def _annotation_new(annotation_type, *args, **kwargs):
    # The __new__ installed on annotation types: A(cls) decorates, A(...) describes.
    if len(args) == 1 and not kwargs and _is_decoration(annotation_type, args[0]):
        return _bare(annotation_type)(args[0])
    return described(annotation_type, args, kwargs)


def described(annotation_type, args, kwargs):
    """The annotation that ``A(*args, **kwargs)`` describes, for the annotation type ``A``."""
    names = _checked(_location(), None, _jvm.AnnotationSpec.elementNames, annotation_type,
                     [_as_written(arg) for arg in args], dict([(k, _as_written(v)) for k, v in kwargs.items()]))
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


def _location():
    """Where the caller is, for errors found before the decorated class or method exists."""
    frame = caller()
    return '%s line %d' % (frame.f_code.co_filename, frame.f_lineno)


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
    declared = _is_declared_type(obj)
    if not (declared or _is_python_class(obj)):
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
    return not bound and (just_created or not (declared or has_java_class(obj)))


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
