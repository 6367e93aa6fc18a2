"""Typed Java members declared in Python: new methods, a constructor, fields and constants.

Each form reads like the Java it produces::

    @java_method(String, name=String)            # public String greet(String name)
    def greet(self, name): ...

    @Autowired
    @java_constructor(repo=(Repo, Qualifier('primary')))
    def __init__(self, repo): ...                # @Autowired public Greeter(@Qualifier("primary") Repo repo)

    repos = java_field(generic(List, Repo), Autowired())   # @Autowired private List<Repo> repos;
    LIMIT = Constant(10, Integer.TYPE)                      # public static final int LIMIT = 10;

Parameter types are given by name and must match the ``def``; those names become the Java
parameter names (the ``MethodParameters`` attribute, as ``javac -parameters`` writes it).
"""
import sys
import types

from java.io import Serializable
from java.lang import (Boolean, Class, Double, IllegalArgumentException, Integer, Long, Object, String,
                       Throwable, Void)
from java.lang.annotation import ElementType
from org.python.core import Py

from clamp_annotations import _jvm, _overloads
from clamp_annotations._annotations import (Annotation, annotations_of, check_repetition, check_target,
                                           class_being_defined, has_java_class, java_specs)
from clamp_annotations._errors import AnnotationError, ClampError
from clamp_annotations._overloads import VARARGS, VARKEYWORDS

_SIGNATURE = '__clamp_signature__'


class Signature(object):
    """The Java types declared for a method or constructor: ``returns``, ``parameters`` as
    ``(name, type, annotations)`` in the order of the ``def``, and ``throws``."""

    def __init__(self, returns, parameters, throws):
        self.returns = returns
        self.parameters = parameters
        self.throws = throws


def generic(raw, *arguments):
    """The parameterized type ``raw<arguments...>``: ``generic(Map, String, Repo)`` is
    ``Map<String, Repo>``. Arguments are Java types, clamped classes (or their names, see
    :func:`java_type`) or ``generic(...)`` in turn."""
    where = 'generic(%s)' % getattr(raw, '__name__', raw)
    raw = _java_class(raw, where)
    arguments = [java_type(a, where) for a in arguments]
    if any([isinstance(a, _Unresolved) for a in arguments]):  # lists, not generators: see has_java_class
        return _Generic(raw, arguments, where)
    return _parameterized(raw, arguments, where)


def _parameterized(raw, arguments, where):
    try:
        return _jvm.TypeSpec.parameterized(raw, arguments)
    except IllegalArgumentException as e:
        raise ClampError(e.getMessage(), where)


def java_type(value, where):
    """``value`` as a ``TypeSpec``: a Java class or primitive type, a clamped Python class (its Java
    class) or ``generic(...)``; or the name of a clamped class, resolved when the declaring class is
    created (``'Engine'`` in the same module, ``'shop.parts.Engine'`` in another one), so that a class
    declared later can be named. ``where`` names the declaration for the error."""
    if isinstance(value, (_jvm.TypeSpec, _Unresolved)):
        return value
    if isinstance(value, basestring):
        return _Reference(value, where)
    return _jvm.TypeSpec.of(_java_class(value, where))


class _Unresolved(object):
    """A type naming a clamped class by name, made a ``TypeSpec`` by :func:`_resolve`."""


class _Reference(_Unresolved):
    def __init__(self, name, where):
        self.name = name
        self.where = where


class _Generic(_Unresolved):
    def __init__(self, raw, arguments, where):
        self.raw = raw
        self.arguments = arguments
        self.where = where


def _resolve(declared, package, module, later=False):
    """``declared`` as a ``TypeSpec``, names of clamped classes looked up from ``module``: a class that
    exists gives its Java class. Where ``later`` allows it (a private field's type, a type argument),
    a class not created yet is the Java class it will get, if it is declared with the same clamp_base
    package: the JVM looks such types up only when they are used. Jython looks up the types of a
    class's methods and constructor as soon as it is created, so those must exist."""
    if isinstance(declared, _Generic):
        return _parameterized(declared.raw, [_resolve(a, package, module, True) for a in declared.arguments],
                              declared.where)
    if not isinstance(declared, _Reference):
        return declared
    module_name, _, class_name = declared.name.rpartition('.')
    module_name = module_name or module
    if module_name != module and module_name not in sys.modules:
        try:
            __import__(module_name)
        except ImportError as e:
            raise ClampError('%r names a class of module %s, which cannot be imported: %s'
                             % (declared.name, module_name, e), declared.where)
    cls = getattr(sys.modules.get(module_name), class_name, None)
    if cls is None and not later:
        raise ClampError('%r names no class that exists yet: the types of a Java method or constructor '
                         'must exist when its class is created, so declare %s first (a class declared '
                         'later may be the type of a java_field or a type argument, such as '
                         'generic(ObjectProvider, %r))' % (declared.name, class_name, declared.name),
                         declared.where)
    if cls is None:
        java_name = '%s.%s.%s' % (package, module_name, class_name)
        _pending[java_name] = declared
        return _jvm.TypeSpec.named(java_name)
    if isinstance(cls, Class) and Class.isAnnotation(cls):  # an annotation type declared in Python, say
        return _jvm.TypeSpec.of(cls)
    if not (isinstance(cls, (type, types.ClassType)) and has_java_class(cls)):
        raise ClampError('%r names %r, which is not a clamped class (from clamp_base and a Java base)'
                         % (declared.name, cls), declared.where)
    return _jvm.TypeSpec.of(Py.tojava(cls, Class))


_pending = {}  # Java name -> the _Reference that named a class before it was created


def forget_references():
    """Starts a build's account of classes named before they were created: one made outside it (an
    earlier build in the same process, say) is none of its business."""
    _pending.clear()


def unresolved_references(java_names):
    """Messages for the classes named before they were created that are not among ``java_names``."""
    return ['%s: %r names no clamped class: no class of that name was created with Java name %s'
            % (reference.where, reference.name, java_name)
            for java_name, reference in sorted(_pending.items()) if java_name not in java_names]


def _java_class(value, where):
    if isinstance(value, Class):
        return value
    if isinstance(value, (type, types.ClassType)) and has_java_class(value):
        return Py.tojava(value, Class)
    raise ClampError('expected a Java type (a Java class, a primitive type such as Integer.TYPE, a '
                     'clamped class or its name, or generic(List, Repo)), got %r' % (value,), where)


def java_method(*returns, **parameters):
    """Declares a new Java method that calls this Python method.

    ``@java_method(ReturnType, name=Type, ..., throws=[Exception, ...])``; without a return type the
    method is ``void``, and a bare ``@java_method`` declares ``public void name()``. A parameter's
    type may be a tuple ``(Type, Annotation, ...)`` to annotate the parameter.
    """
    if len(returns) == 1 and not parameters and isinstance(returns[0], types.FunctionType):
        return java_method()(returns[0])
    if len(returns) > 1:
        raise ClampError('java_method takes one return type and the parameters by name, got %d types: %r'
                         % (len(returns), returns))
    return _declaration(returns[0] if returns else Void.TYPE, parameters, constructor=False)


def java_constructor(**parameters):
    """Declares the typed Java constructor of a clamped class, on its ``__init__``.

    ``@java_constructor(name=Type, ..., throws=[...])``: the Java class gets this one constructor
    instead of its superclass's, so Spring autowires it, and Java and Python both create objects
    through it, making one Java object per Python object.
    """
    return _declaration(Void.TYPE, parameters, constructor=True)


def _declaration(returns, parameters, constructor):
    throws = parameters.pop('throws', ())

    def declare(function):
        if not isinstance(function, types.FunctionType):
            raise ClampError('%s declares a Java %s on a function, got %r'
                             % (_form(constructor), 'constructor' if constructor else 'method', function))
        owner = class_being_defined()
        where = '%s.%s' % (owner, function.__name__) if owner else function.__name__
        if constructor and function.__name__ != '__init__':
            raise ClampError('java_constructor declares the constructor, so it goes on __init__', where)
        if not constructor and function.__name__ == '__init__':
            raise ClampError('a constructor has no return type: declare it with @java_constructor(name=Type, '
                             '...)', where)
        if _SIGNATURE in function.__dict__:
            raise ClampError('conflicting declarations: %s is given twice' % _form(constructor), where)
        names = _parameter_names(where, function)
        if sorted(names) != sorted(parameters):
            raise ClampError('%s must give a type for each parameter of the def, by name: the def has '
                             '(%s), the declaration (%s)'
                             % (_form(constructor), ', '.join(names), ', '.join(sorted(parameters))), where)
        declared = [_parameter(where, name, parameters[name]) for name in names]
        exceptions = [_throwable(where, e) for e in (throws if isinstance(throws, (list, tuple)) else [throws])]
        setattr(function, _SIGNATURE, Signature(java_type(returns, where + ': return type'), declared,
                                                exceptions))
        return function
    return declare


def _form(constructor):
    return '@java_constructor' if constructor else '@java_method'


def _parameter_names(where, function):
    # From the code object: inspect costs most of a second to import on Jython.
    code = function.func_code
    names = list(code.co_varnames[:code.co_argcount])
    extra = [prefix + code.co_varnames[code.co_argcount + i] for i, prefix in enumerate(
        [prefix for flag, prefix in ((VARARGS, '*'), (VARKEYWORDS, '**')) if code.co_flags & flag])]
    if extra or not names:
        raise ClampError('a Java method has a fixed list of parameters after self; the def takes (%s)'
                         % ', '.join(names + extra), where)
    return names[1:]


def _parameter(where, name, declared):
    place = "%s: parameter '%s'" % (where, name)
    kind, annotations = (declared[0], _without_parentheses(declared[1:])) if isinstance(declared, tuple) \
        else (declared, ())
    _check_annotations(place, annotations, 'a parameter', ElementType.PARAMETER,
                       'after the type come annotations such as Qualifier("primary")')
    check_repetition(place, annotations)
    declared = java_type(kind, place)
    if not isinstance(declared, _Unresolved):
        made(place, _jvm.Members.Variable, name, declared, [])  # a void type is refused now
    return name, declared, tuple(annotations)


def _throwable(where, exception):
    if not (isinstance(exception, Class) and Class.isAssignableFrom(Throwable, exception)):
        raise ClampError('throws takes Java exception classes, got %r' % (exception,), where)
    return exception


def signature_of(function):
    """The :class:`Signature` declared on ``function`` (or the typed method it is), or None."""
    return getattr(getattr(function, 'python_function', function), '__dict__', {}).get(_SIGNATURE)


class java_field(object):
    """A typed Java instance field, declared in the class body: ``repo = java_field(Repo, Autowired())``.

    The Java class gets a private field of that name and type, with the annotations; Python code reads
    and writes it as the attribute of the same name.
    """

    def __init__(self, field_type, *annotations):
        self.type = field_type
        self.annotations = _without_parentheses(annotations)

    def attribute(self, java_class, name):
        """The Python attribute that stands for the field ``name`` of ``java_class``."""
        return JavaFieldAttribute(self, java_class, name)


class JavaFieldAttribute(object):
    """Reads and writes a Java field as a Python attribute; keeps the declaration it came from.

    The field is looked up on first use: its type may be a clamped class declared after its class.
    """

    def __init__(self, declaration, java_class, name):
        self.declaration = declaration
        self._java_class = java_class
        self._name = name
        self._field = None

    def _get_field(self):
        if self._field is None:
            field = self._java_class.getDeclaredField(self._name)
            field.setAccessible(True)
            self._field = field
        return self._field

    def __get__(self, instance, owner):
        return self if instance is None else self._get_field().get(instance)

    def __set__(self, instance, value):
        _jvm.PythonValues.setField(self._get_field(), instance, value)


class Constant(object):
    """A ``public static final`` field, as in jythontools' clamp: ``LIMIT = Constant(10, Integer.TYPE)``.

    Without a type, ``str`` (or a ``java.lang.String``) is a String, ``bool`` a boolean, ``int`` an
    int, ``long`` a long and ``float`` a double.
    """

    def __init__(self, value, type=None):
        self.value = value
        self.type = type if type is not None else _inferred_type(value)


def _inferred_type(value):
    # A java.lang.String too: the one way to give an unpaired surrogate, which Python's text cannot hold.
    for python_type, java_type_ in ((bool, Boolean.TYPE), (int, Integer.TYPE), (long, Long.TYPE),
                                    (float, Double.TYPE), ((basestring, String), String)):
        if isinstance(value, python_type):
            return java_type_
    raise ClampError('Constant(%r) needs a type, such as Constant(value, Long.TYPE)' % (value,))


def members_of(python_class, namespace, superclass, interfaces, package):
    """The ``clampannotations.Members`` a class body declares, checked against its Java bases; classes
    named by name are looked up now, and taken to be in ``package`` when not created yet."""
    members = _jvm.Members()
    module = namespace['__module__']
    resolve = lambda declared, later=False: _resolve(declared, package, module, later)
    for name, value in sorted(namespace.items()):
        where = '%s.%s' % (python_class, name)
        if isinstance(value, types.FunctionType):
            _add_function(members, where, name, value, superclass, interfaces, resolve)
        elif isinstance(value, java_field):
            _check_annotations(where, value.annotations, 'a field', ElementType.FIELD,
                               'java_field takes the type, then annotations such as Autowired()')
            check_repetition(where, value.annotations)
            members.addField(made(where, _jvm.Members.Variable, name, resolve(java_type(value.type, where), True),
                                  java_specs(value.annotations, where)))
        elif isinstance(value, Constant):
            made(where, members.addConstant, name, _java_class(value.type, where), value.value)
    if 'finalize' in namespace:
        members.keepFinalizer()
    if 'serialVersionUID' not in namespace and _is_serializable(superclass, interfaces):
        members.addConstant('serialVersionUID', Long.TYPE, 1)
    return members


def _add_function(members, where, name, function, superclass, interfaces, resolve):
    signature = signature_of(function)
    annotations = annotations_of(function)
    if name == '__init__':
        if signature is not None:
            _check_no_argument_constructor(where, superclass)
            made(where, members.setConstructor, _parameters(where, signature, resolve), signature.throws,
                 java_specs(annotations, where))
        elif annotations:
            raise ClampError('annotations on __init__ need a Java constructor to go on: declare it with '
                             '@java_constructor(name=Type, ...)', where)
        return
    methods = _overloads.overloads(name, superclass, interfaces)
    overridden = _overloads.overridden(function, methods)
    if signature is not None and overridden:
        raise ClampError('overrides the Java method %s, whose signature it takes: remove @java_method'
                         % overridden[0], where)
    if signature is None and methods:
        _overloads.check_reached(where, name, function, methods)  # Java reaches a typed method by its own
    _overloads.check_replaced(where, name, function, methods)
    if methods:
        members.override(name, overridden)
    if signature is not None:
        final = _jvm.InheritedMethods.finalOnes(name, superclass, interfaces)
        if final:
            raise ClampError('the Java method %s is final and cannot be redeclared; choose another '
                             'name' % final[0], where)
        members.addMethod(made(where, _jvm.Members.Method, name, resolve(signature.returns),
                               _parameters(where, signature, resolve), signature.throws,
                               java_specs(annotations, where)))
        return
    if annotations and not methods:
        raise AnnotationError(where, repr(annotations[0]), None,
                              'needs a Java method to go on, and this one overrides no Java method of '
                              "the class's Java bases: declare its signature with "
                              '@java_method(ReturnType, name=Type, ...)', 'a method without one')
    if annotations:
        members.annotateOverride(name, java_specs(annotations, where))


def _parameters(where, signature, resolve):
    return [made("%s: parameter '%s'" % (where, name), _jvm.Members.Variable, name, resolve(kind),
                 java_specs(annotations, name))
            for name, kind, annotations in signature.parameters]


def made(where, make, *args):
    """``make(*args)``, a Java declaration whose refusal (a limit of the class-file format, say) is a
    ClampError naming ``where``."""
    try:
        return make(*args)
    except IllegalArgumentException as e:
        raise ClampError(e.getMessage(), where)


def _without_parentheses(annotations):
    """``annotations`` with each bare annotation type made its use with no elements given, as Java's
    ``@RequestBody`` is ``@RequestBody()``."""
    return tuple([a() if isinstance(a, Class) and Class.isAnnotation(a) else a for a in annotations])


def _check_annotations(where, annotations, what, element_type, usage):
    """Refuses what is not an annotation (saying ``usage``) or may not annotate ``what``."""
    for annotation in annotations:
        if not isinstance(annotation, Annotation):
            raise ClampError('%s, got %r' % (usage, annotation), where)
        check_target(where, annotation, what, element_type)


def _check_no_argument_constructor(where, superclass):
    superclass = superclass or Object  # Jython passes None when the bases are interfaces only
    if not any([len(c.getParameterTypes()) == 0 for c in Class.getDeclaredConstructors(superclass)]):
        raise ClampError('a typed constructor calls the no-argument constructor of the Java superclass '
                         '%s, which has none' % Class.getName(superclass), where)


def _is_serializable(superclass, interfaces):
    return any([Class.isAssignableFrom(Serializable, t) for t in [superclass] + list(interfaces) if t])
