"""Typed Java members declared in Python: new methods, a constructor, fields and constants.

Each form reads like the Java it produces::

    @java_method(String, name=String)            # public String greet(String name)
    def greet(self, name): ...

    @java_method(String, first=String, rest=varargs(String))   # public String join(String first, String... rest)
    @java_method(String, first=generic(List, String))         # public String join(List<String> first)
    def join(self, first, rest=()): ...

    @Autowired
    @java_constructor(repo=(Repo, Qualifier('primary')))
    def __init__(self, repo): ...                # @Autowired public Greeter(@Qualifier("primary") Repo repo)

    repos = java_field(generic(List, Repo), Autowired())   # @Autowired private List<Repo> repos;
    LIMIT = Constant(10, Integer.TYPE)                      # public static final int LIMIT = 10;

Parameter types are given by name and must match the ``def``; those names become the Java
parameter names (the ``MethodParameters`` attribute, as ``javac -parameters`` writes it). Annotations
written before a type (a parameter's, a field's, a method's) annotate the declaration, or its type when
they are type annotations (``@Target(TYPE_USE)``), or both, as javac puts them.
"""
from __future__ import absolute_import

import sys
import types

from java.io import Serializable
from java.lang import (Boolean, Class, Double, IllegalArgumentException, Integer, Long, Object, String,
                       Throwable, Void)
from java.lang.annotation import ElementType
from org.python.core import Py, PyProxy

from clamp_annotations import _jvm, _overloads
from clamp_annotations._annotations import Annotation, check_repetition, check_target, java_specs
from clamp_annotations._declarations import TYPED_FUNCTION, annotations_of, is_clamped, wrapped_function
from clamp_annotations._errors import AnnotationError, ClampError
from clamp_annotations._frames import class_being_defined
from clamp_annotations._overloads import VARARGS, VARKEYWORDS

_SIGNATURES = '__clamp_signatures__'


class Signature(object):
    """The Java types declared for a method or constructor: ``returns``, ``parameters`` as
    ``(name, type, annotations)`` in the order of the ``def``, and ``throws`` (``TypeSpec`` objects); and
    the parameters the ``def`` takes (``*args`` as such), which :func:`check_parameters` compares with them."""

    def __init__(self, returns, parameters, throws, takes):
        self.returns = returns
        self.parameters = parameters
        self.throws = throws
        self.takes = takes


def generic(raw, *arguments):
    """The parameterized type ``raw<arguments...>``: ``generic(Map, String, Repo)`` is
    ``Map<String, Repo>``. Arguments are Java types, clamped classes (or their names, see
    :func:`java_type`) or ``generic(...)`` in turn, each annotated as ``(Type, TypeAnnotation, ...)``:
    ``generic(List, (String, Nullable()))`` is ``List<@Nullable String>``."""
    where = 'generic(%s)' % _named(raw)
    raw = _java_class(raw, where)
    arguments = [java_type(a, where) for a in arguments]
    if any([isinstance(a, _Unresolved) for a in arguments]):  # lists, not generators: see is_clamped
        return _Generic(raw, arguments, where)
    return made(where, _jvm.TypeSpec.parameterized, raw, arguments)


def array(component, *annotations):
    """The array type ``component[]``, for a field, parameter or return type, a type argument or
    another array: ``array(String)`` is ``String[]``. ``annotations`` are type annotations of the array
    type itself, as Java writes them between the component and ``[]``: ``array(String, Nullable())`` is
    ``String @Nullable []``, an array that may be null (``(array(String), Nullable())`` is
    ``@Nullable String[]``, whose elements may be). A Java array class (``Class.forName('[I')``) is the
    same type, unannotated."""
    return _array(component, annotations, 'array(%s)' % _named(component), False)


def varargs(component, *annotations):
    """The type of a variable-arity parameter, ``component...``, which the last parameter of a method or
    constructor may have: ``parts=varargs(String)`` is ``String... parts``. Java callers pass any number
    of values, or an array; the Python function receives the array, a sequence. ``annotations`` annotate
    the array type itself, as for :func:`array`: ``varargs(String, Nullable())`` is
    ``String @Nullable ...``."""
    return _array(component, annotations, 'varargs(%s)' % _named(component), True)


def _array(component, annotations, where, variable_arity):
    component = java_type(component, where)
    annotations = _type_annotations(where, annotations)
    if isinstance(component, _Unresolved):
        return _Array(component, annotations, variable_arity, where)
    return _array_type(component, annotations, variable_arity, where)


def _array_type(component, annotations, variable_arity, where):
    return made(where, _jvm.TypeSpec.varargs if variable_arity else _jvm.TypeSpec.array, component,
                java_specs(annotations, where))


def _named(value):
    return getattr(value, '__name__', value)


def java_type(value, where):
    """``value`` as a ``TypeSpec``: a Java class or primitive type, a clamped Python class (its Java
    class), ``generic(...)``, ``array(...)`` or ``varargs(...)``; or the name of a clamped class, resolved
    when the declaring class is created (``'Engine'`` in the same module, ``'shop.parts.Engine'`` in
    another one), so that a class declared later can be named; or ``(Type, TypeAnnotation, ...)``, that
    type annotated as Java's ``@Nullable Type`` is (an array type's element type, see :func:`array`).
    ``where`` names the declaration for the error."""
    if isinstance(value, (_jvm.TypeSpec, _Unresolved)):
        return value
    if isinstance(value, tuple) and value:
        return _annotated(java_type(value[0], where), _type_annotations(where, value[1:]), where)
    if isinstance(value, basestring):
        return _Reference(value, where)
    return _jvm.TypeSpec.of(_java_class(value, where))


def _type_annotations(where, annotations):
    """``annotations`` of a type, checked: type annotations only (``@Target(TYPE_USE)``)."""
    annotations = _without_parentheses(annotations)
    _check_annotations(where, annotations, 'a type', 'a type is annotated with type annotations such as '
                       'Nullable()', ElementType.TYPE_USE)
    check_repetition(where, annotations)
    return annotations


def _annotated(declared, annotations, where):
    """``declared`` with ``annotations`` written in front of it, which javac puts on an array type's
    element type."""
    if not annotations:
        return declared
    if isinstance(declared, _Unresolved):
        return _Annotated(declared, annotations, where)
    return declared.annotatedInFront(java_specs(annotations, where))


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


class _Array(_Unresolved):
    def __init__(self, component, annotations, variable_arity, where):
        self.component = component
        self.annotations = annotations
        self.variable_arity = variable_arity
        self.where = where


class _Annotated(_Unresolved):
    def __init__(self, declared, annotations, where):
        self.declared = declared
        self.annotations = annotations
        self.where = where


def _resolve(declared, package, module, later=False):
    """``declared`` as a ``TypeSpec``, names of clamped classes looked up from ``module``: a class that
    exists gives its Java class. Where ``later`` allows it (a private field's type, a type argument),
    a class not created yet is the Java class it will get, if it is declared with the same clamp_base
    package: the JVM looks such types up only when they are used. Jython looks up the types of a
    class's methods and constructor as soon as it is created, so those must exist."""
    if isinstance(declared, _Generic):
        return made(declared.where, _jvm.TypeSpec.parameterized, declared.raw,
                    [_resolve(a, package, module, True) for a in declared.arguments])
    if isinstance(declared, _Array):
        return _array_type(_resolve(declared.component, package, module, later), declared.annotations,
                           declared.variable_arity, declared.where)
    if isinstance(declared, _Annotated):
        return _annotated(_resolve(declared.declared, package, module, later), declared.annotations,
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
        ForwardReferences.named(java_name, declared)
        return _jvm.TypeSpec.named(java_name)
    if isinstance(cls, Class) and Class.isAnnotation(cls):  # an annotation type declared in Python, say
        return _jvm.TypeSpec.of(cls)
    if not is_clamped(cls):
        raise ClampError('%r names %r, which is not a clamped class (from clamp_base and a Java base)'
                         % (declared.name, cls), declared.where)
    return _jvm.TypeSpec.of(Py.tojava(cls, Class))


class ForwardReferences(object):
    """A build's account of the classes that its modules named before they were created, kept while it
    imports them (``with references:``): the JVM looks such a class up only when it is used, so the build
    checks that each was created. Outside that block none is kept: no one would check it."""

    _keeping = None  # the account whose with-block runs

    def __init__(self):
        self._references = {}  # Java name -> the _Reference that named it

    def __enter__(self):
        ForwardReferences._keeping = self
        return self

    def __exit__(self, *exc_info):
        ForwardReferences._keeping = None

    @staticmethod
    def named(java_name, reference):
        """Notes that ``reference`` named the class ``java_name`` before it was created."""
        if ForwardReferences._keeping is not None:
            ForwardReferences._keeping._references[java_name] = reference

    def unresolved(self, java_names):
        """Messages for the classes named before they were created that are not among ``java_names``."""
        return ['%s: %r names no clamped class: no class of that name was created with Java name %s'
                % (reference.where, reference.name, java_name)
                for java_name, reference in sorted(self._references.items()) if java_name not in java_names]


def _java_class(value, where):
    if isinstance(value, Class):
        return value
    if is_clamped(value):
        return Py.tojava(value, Class)
    raise ClampError('expected a Java type (a Java class, a primitive type such as Integer.TYPE, a '
                     'clamped class or its name, or generic(List, Repo)), got %r' % (value,), where)


def java_method(*returns, **parameters):
    """Declares a Java method that calls this Python method.

    ``@java_method(ReturnType, name=Type, ..., throws=[Exception, ...])``; without a return type the
    method is ``void``, and a bare ``@java_method`` declares ``public void name()``. A parameter's
    type may be a tuple ``(Type, Annotation, ...)`` to annotate the parameter. Given more than once on a
    ``def``, it declares overloads, each calling the ``def`` with what Java passed (parameters the ``def``
    has defaults for may be left out). One that gives the parameter types of an inherited Java method
    that the ``def`` overrides declares that override (its parameter names, annotations, generic types).
    On a ``staticmethod`` (or a ``classmethod``, which Java calls with the class), above or below it, it
    declares a ``public static`` method.
    """
    if len(returns) == 1 and not parameters and isinstance(returns[0], (types.FunctionType, staticmethod,
                                                                        classmethod)):
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

    def declare(target):
        function = target if constructor else wrapped_function(target)
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
        declarations = signatures_of(function)
        if constructor and declarations:
            raise ClampError('conflicting declarations: %s is given twice' % _form(constructor), where)
        takes = _takes(function)
        ordered = [name for name in takes if name in parameters] + sorted(set(parameters) - set(takes))
        declared = [_parameter(where, name, parameters[name]) for name in ordered]
        exceptions = [_throwable(where, e) for e in _exceptions(throws)]
        signature = Signature(java_type(returns, where + ': return type'), declared, exceptions, takes)
        # Decorators apply bottom-up: prepending keeps the order in which they are written.
        setattr(function, _SIGNATURES, (signature,) + declarations)
        if target is not function or constructor:  # else a staticmethod above may make it static
            check_parameters(where, signature, target, constructor)
        return target
    return declare


def _form(constructor):
    return '@java_constructor' if constructor else '@java_method'


def _takes(function):
    """The parameters of ``function``'s ``def``, ``*args`` and ``**kwargs`` with their stars."""
    # From the code object: inspect costs most of a second to import on Jython.
    code = function.func_code
    names = list(code.co_varnames[:code.co_argcount])
    return names + [prefix + code.co_varnames[code.co_argcount + i] for i, prefix in enumerate(
        [prefix for flag, prefix in ((VARARGS, '*'), (VARKEYWORDS, '**')) if code.co_flags & flag])]


def check_parameters(where, signature, value, constructor=False):
    """Refuses a declaration whose parameters are not those that the ``def`` of the class attribute
    ``value`` (a function, static method or class method) takes after ``self`` or ``cls``, if any."""
    static = isinstance(value, staticmethod)
    fixed = [name for name in signature.takes if not name.startswith('*')]
    if len(fixed) < len(signature.takes) or not (fixed or static):
        raise ClampError('a %sJava method has a fixed list of parameters%s; the def takes (%s)'
                         % ('static ' if static else '', '' if static else ' after %s' % (
                             'cls' if isinstance(value, classmethod) else 'self'), ', '.join(signature.takes)),
                         where)
    names = fixed if static else fixed[1:]
    declared = [name for name, _, _ in signature.parameters]
    defaults = len(wrapped_function(value).func_defaults or ())
    given = names[:len(declared)]
    if sorted(given) != sorted(declared) or len(names) - defaults > len(given):
        raise ClampError('%s must give a type for each parameter of the def, by name%s: the def has (%s), the '
                         'declaration (%s)' % (_form(constructor), ', leaving out only some with defaults, from the '
                                               'last' if defaults else '', ', '.join(names), ', '.join(sorted(declared))),
                         where)


def _parameter(where, name, declared):
    place = "%s: parameter '%s'" % (where, name)
    kind, annotations = (declared[0], _without_parentheses(declared[1:])) if isinstance(declared, tuple) \
        else (declared, ())
    _check_annotations(place, annotations, 'a parameter', 'after the type come annotations such as '
                       'Qualifier("primary")', ElementType.PARAMETER, ElementType.TYPE_USE)
    check_repetition(place, annotations)
    declared = java_type(kind, place)
    if not isinstance(declared, _Unresolved):
        made(place, _jvm.Members.Variable, name, declared, [])  # a void type is refused now
    return name, declared, tuple(annotations)


def _exceptions(throws):
    """The exceptions of ``throws=``: one, or a list or tuple of them; a tuple of an exception and
    annotations, ``(IOException, Critical())``, is one annotated exception."""
    annotated = isinstance(throws, tuple) and len(throws) > 1 and all(
        [isinstance(a, Annotation) or isinstance(a, Class) and Class.isAnnotation(a) for a in throws[1:]])
    return list(throws) if isinstance(throws, (list, tuple)) and not annotated else [throws]


def _throwable(where, exception):
    """An exception of a throws clause, a Java exception class or ``(Exception, TypeAnnotation, ...)``."""
    thrown = exception[0] if isinstance(exception, tuple) and exception else exception
    if not (isinstance(thrown, Class) and Class.isAssignableFrom(Throwable, thrown)):
        raise ClampError('throws takes Java exception classes, got %r' % (exception,), where)
    return java_type(exception, where + ': throws')


def signatures_of(function):
    """The :class:`Signature` objects declared on ``function`` (or the typed method it is), in the order
    written; ``()`` for none."""
    return getattr(getattr(function, TYPED_FUNCTION, function), '__dict__', {}).get(_SIGNATURES, ())


class java_field(object):
    """A typed Java field, declared in the class body: ``repo = java_field(Repo, Autowired())``.

    The Java class gets a private field of that name and type, with the annotations; Python code reads
    and writes it as the attribute of the same name. With ``static=True`` it is a private static field,
    which Python code reads and writes as a class attribute, through the class or its objects, and
    ``value=`` gives it the value it gets when Java initializes the class (which imports the module):
    ``server = java_field(Server, RegisterExtension(), static=True, value=Server())``.
    """

    def __init__(self, field_type, *annotations, **options):
        self.type = field_type
        self.annotations = _without_parentheses(annotations)
        self.static = options.pop('static', False)
        self.has_value = 'value' in options
        self.value = options.pop('value', None)
        _no_other_options('java_field', field_type, options, 'static= and value=')
        if self.has_value and not self.static:
            raise ClampError('java_field(%s): value= is the value of a static field (static=True); an instance '
                             'field gets its value in __init__' % _full_name(field_type))

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
        if self.declaration.static:
            return self._get_field().get(None)
        return self if instance is None else self._get_field().get(instance)

    def __set__(self, instance, value):
        _jvm.PythonValues.setField(self._get_field(), None if self.declaration.static else instance, value)


# The value Java's initialization of the class gives a static field, under the name ClampRuntime.staticValue reads.
setattr(JavaFieldAttribute, _jvm.ClampRuntime.STATIC_VALUE, property(lambda self: self.declaration.value))


def static_field(cls, name):
    """The attribute that stands for the static field ``name`` of ``cls`` or of a Python base, or None."""
    attribute = _overloads.python_attribute(cls, name)
    return attribute if isinstance(attribute, JavaFieldAttribute) and attribute.declaration.static else None


class java_property(java_field):
    """A JavaBean property in one line: ``port = java_property(Integer.TYPE, Min(1))`` is Java's ::

        @Min(1) private int port;
        public int getPort() { return port; }
        public void setPort(int port) { this.port = port; }

    The getter is ``isActive`` for a ``boolean``; ``read_only=True`` leaves the setter out. Annotations
    go on the field, as Java developers put constraints and mapping annotations; ``getter=`` and
    ``setter=`` take those that go on an accessor (``getter=ManagedAttribute()``). The accessors read and
    write the field and call no Python; Python code reads and writes it as the attribute ``port``.
    """

    def __init__(self, property_type, *annotations, **options):
        self.read_only = options.pop('read_only', False)
        self.getter_annotations = _annotation_list(options.pop('getter', ()))
        self.setter_annotations = _annotation_list(options.pop('setter', ()))
        _no_other_options('java_property', property_type, options, 'read_only=, getter= and setter=')
        java_field.__init__(self, property_type, *annotations)
        if self.read_only and self.setter_annotations:
            raise ClampError('java_property(%s): a read-only property has no setter to annotate, got setter=%r'
                             % (_full_name(property_type), self.setter_annotations))


def _annotation_list(annotations):
    return _without_parentheses(annotations if isinstance(annotations, (list, tuple)) else (annotations,))


def _no_other_options(form, declared_type, options, known):
    if options:
        raise ClampError('%s(%s) takes a type, annotations, %s; got %s'
                         % (form, _full_name(declared_type), known, ', '.join('%s=' % name for name in sorted(options))))


def _full_name(declared_type):
    if isinstance(declared_type, Class):
        return Class.getName(declared_type)  # a Java type's __name__ leaves its package out
    return getattr(declared_type, '__name__', None) or repr(declared_type)


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
        elif isinstance(value, (staticmethod, classmethod)):
            _add_static_method(members, where, name, value, superclass, interfaces, resolve)
        elif isinstance(value, java_property):
            _add_property(members, where, name, value, namespace, superclass, interfaces, resolve)
        elif isinstance(value, java_field) and value.static:
            _add_static_field(members, where, name, value, superclass, interfaces, resolve)
        elif isinstance(value, java_field):
            made(where, members.addField, _field(where, name, value, resolve(java_type(value.type, where), True)))
        elif isinstance(value, Constant):
            made(where, members.addConstant, name, _java_class(value.type, where), value.value)
    if 'finalize' in namespace:
        members.keepFinalizer()
    if 'serialVersionUID' not in namespace and _is_serializable(superclass, interfaces):
        members.addConstant('serialVersionUID', Long.TYPE, 1)
    return members


def _add_function(members, where, name, function, superclass, interfaces, resolve):
    signatures = signatures_of(function)
    annotations = annotations_of(function)
    if name == '__init__':
        _add_constructor(members, where, signatures, annotations, superclass, resolve)
        return
    methods = _overloads.overloads(name, superclass, interfaces)
    overridden = _overloads.overridden(function, methods)
    for signature in signatures:
        check_parameters(where, signature, function)
    if not signatures and methods:
        _overloads.check_reached(where, name, function, methods)  # Java reaches a typed method by its own
    _overloads.check_replaced(where, name, function, methods)
    if methods:
        members.override(name, overridden)
    specs = java_specs(annotations, where)
    new, declared = _declarations(members, where, name, signatures, overridden, specs, resolve)
    if new:
        final = _jvm.InheritedMethods.finalOnes(name, superclass, interfaces)
        if final:
            raise ClampError('the Java method %s is final and cannot be redeclared; choose another '
                             'name' % final[0], where)
        for method in new:
            members.addMethod(method)
    if annotations and not signatures and not overridden:
        raise AnnotationError(where, repr(annotations[0]), None,
                              'needs a Java method to go on, and this one overrides no Java method of '
                              "the class's Java bases: declare its signature with "
                              '@java_method(ReturnType, name=Type, ...)', 'a method without one')
    _check_return_annotations(where, annotations, [m.returns.raw() for m in new] + [
        m.getReturnType() for m in overridden])
    if annotations and overridden:
        members.annotateOverride(name, specs)


def _add_constructor(members, where, signatures, annotations, superclass, resolve):
    if signatures:
        _check_no_argument_constructor(where, superclass)
        [signature] = signatures
        made(where, members.setConstructor, _parameters(where, signature, resolve), signature.throws,
             java_specs(annotations, where))
    elif annotations:
        raise ClampError('annotations on __init__ need a Java constructor to go on: declare it with '
                         '@java_constructor(name=Type, ...)', where)


def _declarations(members, where, name, signatures, overridden, specs, resolve):
    """The Java methods that the ``signatures`` of the Python method ``name``, carrying the annotations
    ``specs``, declare: as ``(new methods, the overridden Java methods declared)``. A declaration that
    gives the parameter types of a Java method the Python method overrides is given to ``members`` as
    the declaration of that override; the others are new methods."""
    methods = [made(where, _jvm.Members.Method, name, resolve(s.returns), _parameters(where, s, resolve),
                    s.throws, specs) for s in signatures]
    _check_distinct(where, methods)
    new, declared = [], []
    for method in methods:
        java = _jvm.Overriding.declared(method, overridden)
        if java is None:
            new.append(method)
        else:
            made(where, members.declareOverride, method, java)
            declared.append(java)
    for method in new:
        _check_not_mistyped(where, method, declared, overridden)
    return new, declared


def _check_distinct(where, methods):
    """Refuses two declarations of one Java method, as javac refuses them: Java tells the overloads of a
    name apart by their parameter types, erased."""
    for i, first in enumerate(methods):
        for second in methods[i + 1:]:
            if _erased_parameters(first) != _erased_parameters(second):
                continue
            if _parameter_types(first) == _parameter_types(second):
                raise ClampError('@java_method is given twice for %s: %s and %s take the same parameter types, '
                                 'by which Java tells overloads apart (javac: method %s is already defined)'
                                 % (_parameter_types(first), first, second, _parameter_types(first)), where)
            raise ClampError('%s and %s have the same erasure, so Java cannot have both (javac: name clash: %s '
                             'and %s have the same erasure)' % (first, second, _parameter_types(first),
                                                                _parameter_types(second)), where)


def _erased_parameters(method):
    descriptor = method.descriptor()
    return descriptor[:descriptor.index(')') + 1]


def _parameter_types(method):
    """``name(java.util.List<java.lang.String>)``: a method's name and parameter types, as javac names it."""
    return '%s(%s)' % (method.name, ', '.join([str(p.type) for p in method.parameters]))


def _check_not_mistyped(where, method, declared, overridden):
    """Refuses a new ``method`` that takes as many arguments as a Java method that its Python method
    overrides, when no declaration of that Python method declares one of those: its types were most
    likely meant to be theirs, whose parameters would then be left without the annotations written."""
    count = len(method.parameters)
    same = [m for m in overridden if len(m.getParameterTypes()) == count]
    if same and not [m for m in declared if len(m.getParameterTypes()) == count]:
        raise ClampError(
            '@java_method declares %s, a new method, while the def overrides %s, of as many parameters: to '
            'declare %s (and annotate its parameters), give its parameter types; to add a new overload beside '
            'it, declare it too' % (method, ' and '.join([_overloads.signature(m) for m in same]),
                                    'that override' if len(same) == 1 else 'one of those overrides'), where)


def _check_return_annotations(where, annotations, returns):
    """Refuses a type annotation that may annotate nothing but the return type of a method that, as one
    of those the Python method stands for (whose return types are ``returns``), returns void."""
    for annotation in annotations:
        spec = annotation.spec(where)
        if Void.TYPE in returns and spec.annotatesType() and not spec.annotatesDeclaration(ElementType.METHOD):
            raise AnnotationError(where, repr(annotation), None, 'cannot annotate a method returning void (its '
                                  '@Target is TYPE_USE: it annotates the return type)', 'a method returning void')


def _field(where, name, declaration, declared_type):
    """The ``Members.Variable`` of a field that the java_field (or java_property) ``declaration`` declares."""
    _check_annotations(where, declaration.annotations, 'a field', '%s takes the type, then annotations such as '
                       'Autowired()' % type(declaration).__name__, ElementType.FIELD, ElementType.TYPE_USE)
    check_repetition(where, declaration.annotations)
    return made(where, _jvm.Members.Variable, name, declared_type, java_specs(declaration.annotations, where))


def _add_static_method(members, where, name, wrapper, superclass, interfaces, resolve):
    """A static method (or class method) with a declared signature becomes a ``public static`` Java method."""
    function = wrapper.__func__
    signatures, annotations = signatures_of(function), annotations_of(function)
    kind = 'static method' if isinstance(wrapper, staticmethod) else 'class method'
    if not signatures:
        if annotations:
            raise AnnotationError(where, repr(annotations[0]), None,
                                  "needs a Java method to go on: declare the %s's signature with "
                                  '@java_method(ReturnType, name=Type, ...)' % kind, 'a %s without one' % kind)
        return
    if len(signatures) > 1:
        raise ClampError('a %s declares one Java method: overloads of a static method are not supported; give '
                         'each overload a def of its own, named differently' % kind, where)
    [signature] = signatures
    check_parameters(where, signature, wrapper)
    _check_no_java_method(where, name, superclass, interfaces, 'this %s' % kind, _ONE_ATTRIBUTE)
    members.addStaticMethod(made(where, _jvm.Members.Method, name, resolve(signature.returns),
                                 _parameters(where, signature, resolve), signature.throws,
                                 java_specs(annotations, where)))


def _add_static_field(members, where, name, declaration, superclass, interfaces, resolve):
    _check_no_java_method(where, name, superclass, interfaces, 'this static field', _ONE_ATTRIBUTE)
    _check_no_base_field(where, name, superclass)
    declared_type = resolve(java_type(declaration.type, where), True)
    if declaration.has_value and declared_type.raw() is not None:  # not a class created later
        try:
            _jvm.PythonValues.convert(declared_type.raw(), declaration.value, name)
        except (TypeError, OverflowError) as e:
            raise ClampError('value=%r: %s' % (declaration.value, e), where)
    made(where, members.addStaticField, _field(where, name, declaration, declared_type), declaration.has_value)


def _add_property(members, where, name, declaration, namespace, superclass, interfaces, resolve):
    _check_no_java_method(where, name, superclass, interfaces, 'this property', _ONE_ATTRIBUTE)
    _check_no_base_field(where, name, superclass)
    accessors = []
    for kind, annotations in (('getter', declaration.getter_annotations),
                              ('setter', declaration.setter_annotations)):
        place = '%s: %s' % (where, kind)
        _check_annotations(place, annotations, 'a method', '%s= takes annotations such as ManagedAttribute()' % kind,
                           ElementType.METHOD)
        check_repetition(place, annotations)
        accessors.append(java_specs(annotations, place))
    # A type the JVM looks up when Jython makes the class: the accessors are methods.
    field = _field(where, name, declaration, resolve(java_type(declaration.type, where)))
    made_property = made(where, _jvm.Members.Property, field, bool(declaration.read_only), *accessors)
    for kind, accessor in (('getter', made_property.getter), ('setter', made_property.setter)):
        if accessor is None:
            continue  # read-only
        if accessor in namespace:
            raise ClampError("the property's %s %s is named like %s of the class body: the property declares "
                             'it; remove that one, or rename the property' % (kind, accessor, accessor), where)
        _check_no_java_method(where, accessor, superclass, interfaces, "the property's %s %s" % (kind, accessor),
                              ', which it would override or clash with: choose another name for the property')
    members.addProperty(made_property)


_ONE_ATTRIBUTE = ('; a class has one attribute of each name in Python, which Jython calls for that method: choose '
                  'another name')


def _check_no_java_method(where, name, superclass, interfaces, what, why):
    """Refuses ``what``, a static member, a property or its accessor, named ``name`` like an instance
    method of the Java bases, saying ``why``."""
    superclass = superclass or Object  # Jython passes None when the bases are interfaces only
    methods = sorted(list(_jvm.InheritedMethods.overridable(name, superclass, interfaces)) +
                     list(_jvm.InheritedMethods.finalOnes(name, superclass, interfaces)), key=_overloads.signature)
    if methods:
        raise ClampError('%s is named like the Java method %s of the Java bases%s' % (what, methods[0], why), where)


def _check_no_base_field(where, name, superclass):
    """Refuses a field that a Python base declares already: that base's Python code would use this one,
    where its Java code uses its own."""
    while superclass is not None and Class.isAssignableFrom(PyProxy, superclass):
        if name in [field.getName() for field in Class.getDeclaredFields(superclass)]:
            raise ClampError('the Java class %s of a Python base declares the field %s already; a class has one '
                             'attribute of each name in Python, so the Python code of that base would use this '
                             'one: choose another name' % (Class.getName(superclass), name), where)
        superclass = Class.getSuperclass(superclass)


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


def _check_annotations(where, annotations, what, usage, *element_types):
    """Refuses what is not an annotation (saying ``usage``) or may not annotate ``what``, whose kinds
    of element are ``element_types``."""
    for annotation in annotations:
        if not isinstance(annotation, Annotation):
            raise ClampError('%s, got %r' % (usage, annotation), where)
        check_target(where, annotation, what, *element_types)


def _check_no_argument_constructor(where, superclass):
    superclass = superclass or Object  # Jython passes None when the bases are interfaces only
    if not any([len(c.getParameterTypes()) == 0 for c in Class.getDeclaredConstructors(superclass)]):
        raise ClampError('a typed constructor calls the no-argument constructor of the Java superclass '
                         '%s, which has none' % Class.getName(superclass), where)


def _is_serializable(superclass, interfaces):
    return any([Class.isAssignableFrom(Serializable, t) for t in [superclass] + list(interfaces) if t])
