"""clamp_base: Python classes with Java classes of a chosen name.

A subclass of ``clamp_base("com.example")`` defined in module ``shop.orders`` as ``Cart`` gets the
Java class ``com.example.shop.orders.Cart`` (jythontools' clamp naming), built by
``clampannotations.ClampMaker``, a Jython ``CustomMaker``.
"""
from __future__ import absolute_import

import os
import sys
from thread import _local  # not threading: importing it renames the JVM's main thread

from java.io import IOException
from java.lang import Class
from java.lang.annotation import Annotation as JavaAnnotation
from java.lang.reflect import Modifier
from java.net import URL
from org.python.core import Py, PyProxy

from clamp_annotations import _annotation_types, _jvm, _statement, _traces
from clamp_annotations._annotations import (Annotation, AnnotationError, check_class_annotations, java_specs,
                                            register_class_maker)
from clamp_annotations._declarations import RECORD, TYPED_FUNCTION, annotations_of, is_clamped, qualified
from clamp_annotations._decorators import class_annotation, class_created
from clamp_annotations._errors import ClampError
from clamp_annotations._frames import caller
from clamp_annotations._jython_files import CLASS_PATH, source_file
from clamp_annotations._members import java_field, made, members_of, signatures_of, static_field
from clamp_annotations._version import __version__

_WRITTEN = '__clamp_written__'  # the bases and namespace of the class statement
_JAVA = '__clamp_java__'  # the _JavaDeclarations that the Java class was made with

# No regular expressions here: compiling the first one costs Jython tens of milliseconds, at every start.
_IDENTIFIER_START = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_$'
_IDENTIFIER_PART = _IDENTIFIER_START + '0123456789'


class ClampProxyMaker(object):
    """Jython's ``__proxymaker__`` protocol: names the Java class and picks the maker."""

    def __init__(self, package):
        self.package = package

    def __call__(self, superclass, interfaces, python_class, python_module, proxy_name, namespace):
        java_name = _java_name(self.package, python_class, python_module)
        built = _built_class(java_name, python_class, python_module, PyProxy.isAssignableFrom)
        members = None  # a class built earlier was checked and written from this source then, as javac's is
        if built is None:
            members = members_of(python_class, namespace, superclass, interfaces, self.package)
            _check_generator(java_name, python_class, python_module)
            declared = namespace[_JAVA].read()  # a class built earlier has them: its source is not read
            members.annotateClass(java_specs(declared.annotations, python_class))
            if declared.abstract:
                members.makeAbstract()
        maker = _jvm.ClampMaker(superclass, interfaces, python_class, python_module, java_name, namespace,
                                members, built)
        if built is None:  # generated now, while a refusal can still be a ClampError
            made(_where(python_class, python_module), maker.prepare)
        return maker


def _java_name(package, python_class, python_module):
    """The Java name of a clamped class or annotation type, ``package.module.Class``."""
    if python_module == '__main__':
        raise ClampError('a clamped class must live in an importable module, whose name becomes part of its Java '
                         'name and is imported again when Java creates it', _where(python_class, python_module))
    return '%s.%s.%s' % (package, python_module, python_class)


def _check_generator(java_name, python_class, python_module):
    """Refuses to generate the Java class ``java_name`` where no class can be generated, and, outside a
    build (which names every such pair), when another Python class has that Java name in this process:
    Java finds one class by a name, and would silently get one of the two."""
    where = _where(python_class, python_module)
    if not _jvm.ClampMaker.canGenerate():
        raise ClampError('cannot generate its Java class %s: %s' % (java_name, _without_generator(python_module)),
                         where)
    if not _jvm.ClassCapture.isActive():
        given = _jvm.GeneratedClasses.claim(java_name, '%s.%s' % (python_module, python_class))
        if given is not None:
            raise ClampError('its Java name %s is given to class %s already in this process: Java finds one class '
                             'by a name, and would get either; rename one of the two, or give it another '
                             'clamp_base package' % (java_name, given), where)


def _where(python_class, python_module):
    """How errors about its Java class name a clamped class or annotation type: by its module too."""
    return 'class %s in module %s' % (python_class, python_module)


def _without_generator(python_module):
    """Why no class can be generated here, and what to do."""
    return ("clamp_annotations' class generator is not here: what runs (a jar that bdist_jar or the Maven "
            "plugin built, the clamp-annotations artifact) carries none, and no clamp_annotations %s is installed "
            "in this Jython; build module %s into the jar, or install clamp_annotations to run it from its sources"
            % (__version__, python_module))


def _built_class(java_name, python_class, python_module, generated):
    """The class ``java_name`` built earlier into a jar or directory on the class path, when the module
    was imported from there too, or from a copy of the source the jar holds; None when the class is to
    be generated from the module being run.

    A build generates the classes of the modules it imports from the sources it builds, and uses those
    of the jars it builds against. A class built earlier would silently stand for a source that changed
    since, so one found while the module comes from another source is an error; so is a Java class of
    that name that Python did not make, as far as ``generated(built)`` tells.
    """
    built = _jvm.ClampMaker.findBuilt(java_name)
    if built is None:
        return None
    if not generated(built):
        raise ClampError('cannot clamp to Java class %s: a class of that name is already on the '
                         'classpath and was not generated from Python (loaded from %s)'
                         % (java_name, _location(built)), _where(python_class, python_module))
    origin = getattr(sys.modules.get(python_module), '__file__', None)
    if origin is not None and origin.startswith(CLASS_PATH):
        return built  # a module of a jar on the class path: another project's, while a build runs too
    if _jvm.ClassCapture.isActive():
        return None
    stale = _stale_source(built, python_module, _source_of(origin)) if origin else 'the module has no file'
    if stale is None:
        return built  # imported from the sources the jar was built from: in the project's directory, say
    location = _location(built)
    raise ClampError('the Java class %s built earlier is on the class path (%s), but was not generated from the '
                     'sources imported: %s; remove %s from the class path to run these sources, or rebuild the '
                     'jar from them' % (java_name, location, stale, location), _where(python_class, python_module))


def _stale_source(built, python_module, source):
    """What differs between the sources imported and those bdist_jar generated ``built`` from, which
    the jar (or directory) holding it carries: the file ``source`` of ``python_module``, and every
    module imported so far from the same directory tree that the jar holds too; None if nothing."""
    entry = python_module.replace('.', '/') + ('/__init__.py' if os.path.basename(source) == '__init__.py' else '.py')
    class_entry = Class.getName(built).replace('.', '/') + '.class'
    jar = str(Class.getResource(built, '/' + class_entry))[:-len(class_entry)]  # jar:file:/x.jar!/ or file:/dir/
    if _held(jar, entry) is None or not source.replace(os.sep, '/').endswith('/' + entry):
        return '%s has no copy there' % source
    root = source[:-len(entry)]
    for _, module in sorted(sys.modules.items()):
        path = _source_of(getattr(module, '__file__', None) or '')
        held = _held(jar, path[len(root):].replace(os.sep, '/')) if path.startswith(root) else None
        if held is not None and held != _read(path):
            return '%s differs from the copy there' % path
    return None


def _source_of(path):
    """The source file of a module's ``__file__``, which may be the class Jython compiled beside it."""
    return os.path.abspath(source_file(path))


def _held(jar, entry):
    """The bytes of ``entry`` in ``jar`` (a URL ending in ``/``), or None."""
    try:
        stream = URL(jar + entry).openStream()
    except IOException:
        return None
    try:
        return stream.readAllBytes().tostring()
    finally:
        stream.close()


def _read(path):
    try:
        with open(path, 'rb') as f:
            return f.read()
    except IOError:
        return None


def _location(java_class):
    # For messages only: every bean's start would pay for it.
    return _jvm.location_of(java_class) or 'the class path'


class ClampMeta(type):
    """The metaclass of clamped classes, whose methods are the life of one: its class statement makes it
    with its Java class (``__new__``), which it is given Python's view of (``_furnish``); each class
    decorator that records an annotation, or ``java_abstract``, makes it again when its Java class lacks
    that (``annotated``); assigning a static field and catching its exceptions then work as in Java.

    ``clamp_base(package)`` makes a metaclass of its own for ``package`` (``_package``, ``_proxy_maker``
    and ``_base``, the class it returns).
    """

    def __new__(meta, name, bases, namespace):
        if bases == (object,):
            return type.__new__(meta, name, bases, namespace)  # ClampBase itself
        # By identity: Jython compares a clamped class with ``==`` (and ``in``) by asking its metaclass
        # for ``__cmp__``, an AttributeError made and caught, for every class statement.
        if _among(JavaAnnotation, bases):
            return _annotation_type(meta._package, meta._base, name, bases, namespace, _statement.running(meta))
        _check_statement(name, bases, namespace)
        frame = _statement.running(meta)
        given = namespace.pop(_JAVA, None)
        declared = given or _JavaDeclarations(statement=(frame, name))
        written = dict(namespace)
        namespace['__proxymaker__'] = meta._proxy_maker(package=meta._package)  # by keyword, as clamp calls it
        namespace['__new__'] = _NEW[bool(signatures_of(namespace.get('__init__')))]
        namespace[_WRITTEN] = (bases, written)
        namespace[_JAVA] = declared
        try:
            cls = type.__new__(meta, name, bases, namespace)
        finally:
            declared.forget_statement()
        class_created(cls, frame)
        if given is None and declared.annotations:
            _applying.classes[id(frame)] = cls
        if not is_clamped(cls):
            raise ClampError('has no Java base: a clamped class must extend a Java class or implement a Java '
                             'interface (java.lang.Object will do) to get a Java class',
                             _where(name, namespace.get('__module__')))
        ClampMeta._furnish(cls, namespace)
        return cls

    def _furnish(cls, namespace):
        """Gives the class just made, whose class body's ``namespace`` made its Java class, Python's view of
        its Java members."""
        java_class = Py.tojava(cls, Class)
        _jvm.Lambdas.prepare(java_class)  # the constructors of its Java superclass
        # One pass over the class body, which every class statement pays for, a plain bean's finding nothing.
        fields, typed = [], []
        for name, value in sorted(namespace.items()):
            if isinstance(value, java_field):
                fields.append((name, value))
            elif name != '__init__' and signatures_of(value):
                typed.append((name, value))
        for name, declaration in fields:  # each an attribute that reads and writes the Java field
            setattr(cls, name, declaration.attribute(java_class, name))
        for name, function in typed:
            setattr(cls, name, _TypedMethod(function))
        if typed:
            _shadow_bean_properties(cls, namespace, [name for name, _ in typed])
        if '__init__' not in namespace:
            # Not through __setattr__, which looks for a static field: Java names none __init__.
            type.__setattr__(cls, '__init__', _jvm.ClampRuntime.defaultInit(cls, globals()))
        _traces.record_python_frames(cls, java_class)

    def annotated(cls, abstract=False):
        """``cls`` once a class decorator recorded an annotation on it, or declared it ``abstract``: a
        class whose Java class has every annotation recorded (and is abstract if declared so).

        That is ``cls`` itself when its Java class was made so: a class statement's Java class is
        made with the annotations of its decorators that can be read ahead (see ``_statement``), so
        as Jython applies them, bottom to top, each finds itself there, and the decorators of the
        program's among them act on that one class. A Java class built earlier (from a jar) has its
        annotations already, and stays too. Otherwise (an annotation applied by hand later, or
        written in a way not read ahead), as a Java class cannot change, the class is made again
        from the same class body, with the annotations recorded so far.
        """
        if not abstract and _applying.classes:
            _check_applied(cls)
        if not _jvm.GeneratedClasses.isGenerated(Py.tojava(cls, Class)):
            return cls
        made = cls.__dict__[_JAVA]
        recorded = annotations_of(cls)
        if (made.abstract or not abstract) and made.ends_with(recorded):
            return cls
        bases, written = cls.__dict__[_WRITTEN]
        namespace = dict(written)
        namespace[RECORD] = recorded
        namespace[_JAVA] = _JavaDeclarations(recorded, made.abstract or abstract)
        return type(cls)(cls.__name__, bases, namespace)

    def __setattr__(cls, name, value):
        # ``Cls.counter = 5`` sets a static field, as Java's ``Cls.counter = 5`` does; Python would
        # replace the attribute that stands for it.
        field = static_field(cls, name)
        if field is None:
            type.__setattr__(cls, name, value)
        else:
            field.__set__(None, value)

    def __subclasscheck__(cls, subclass):
        # ``except OutOfStock`` catches what Python raised also when Java threw it back, as the
        # Python object: see clampannotations.CaughtExceptions.
        return type.__subclasscheck__(cls, _jvm.CaughtExceptions.pythonType(subclass))


register_class_maker(ClampMeta.annotated)


def _check_statement(name, bases, namespace):
    """Refuses a class statement that cannot make a clamped class, before anything is made."""
    if _among(Annotation, bases):
        raise ClampError('derives from clamp_annotations.Annotation, which describes a use of an annotation; '
                         'an annotation type derives from Java\'s java.lang.annotation.Annotation', name)
    elements = sorted([key for key, value in namespace.items() if isinstance(value, _annotation_types.element)])
    if elements:  # else an attribute that Java would never see
        raise ClampError('element(...) declares an element of an annotation type, whose bases are a clamp_base '
                         'and java.lang.annotation.Annotation; a class has none, got %s' % ', '.join(elements),
                         name)
    if '__new__' in namespace:
        raise ClampError('defines __new__: a clamped class gets its own, which creates its Java object; '
                         'initialise in __init__', name)


def clamp_base(package, proxy_maker=ClampProxyMaker):
    """Returns a base class whose subclasses get Java classes named ``package.module.Class``.

    A subclass must also extend a Java class or implement a Java interface (``java.lang.Object``
    will do): that is what gives it a Java class. ``proxy_maker`` is called with ``package=package`` and
    must return a Jython ``__proxymaker__``, as in jythontools' clamp.
    """
    if not isinstance(package, basestring) or not _is_java_package(package):
        raise ClampError('clamp_base: package must be a Java package name such as "com.example", got %r'
                         % (package,))
    if package == 'java' or package.startswith('java.'):
        raise ClampError('clamp_base: package %r is in java, where the JVM defines no class but its own; '
                         'choose a package of your own such as "com.example"' % (package,))
    meta = type.__new__(type, 'ClampMeta', (ClampMeta,), {'__module__': __name__, '_package': package,
                                                          '_proxy_maker': staticmethod(proxy_maker)})
    # No __slots__ of its own would give every object a __dict__, even of a class that declares __slots__.
    meta._base = meta('ClampBase', (object,), {'__module__': __name__, '__slots__': ()})
    return meta._base


def _is_java_package(name):
    """Whether ``name`` is Java identifiers of ASCII letters, digits, ``_`` and ``$`` joined by dots."""
    for part in name.split('.'):
        if not part or part[0] not in _IDENTIFIER_START or part.strip(_IDENTIFIER_PART):
            return False
    return True


def _among(klass, bases):
    return any([b is klass for b in bases])


def _annotation_type(package, base, name, bases, namespace, frame):
    """The Java annotation type that the class statement ``class name(base, Annotation)``, which ``frame``
    runs, declares (see ``_annotation_types``)."""
    if len(bases) != 2 or base not in bases:
        raise ClampError('an annotation type derives from its clamp_base and java.lang.annotation.Annotation alone, '
                         'as Java\'s @interface extends nothing else (JLS 9.6), got (%s)'
                         % ', '.join([b.__name__ for b in bases]), name)
    python_module = namespace.get('__module__')
    java_name = _java_name(package, name, python_module)
    built = _built_class(java_name, name, python_module, Class.isAnnotation)
    if built is None:
        _check_generator(java_name, name, python_module)
    return _annotation_types.declare(package, java_name, name, namespace, frame, built)


class _JavaDeclarations(object):
    """The class annotations, in the order written, and the abstractness that a clamped class's Java
    class is made with, beyond what its body declares.

    A class statement's are read from its decorators, only if its Java class is generated, and only
    while the class is being made (``read``); a class made again is given them.
    """

    def __init__(self, annotations=(), abstract=False, statement=None):
        self.annotations = tuple(annotations)
        self.abstract = abstract
        self._statement = statement  # (frame, class name)

    def read(self):
        if self._statement is not None:
            self.annotations, self.abstract = _ahead(*self._statement)
        return self

    def forget_statement(self):
        self._statement = None  # the frame, and all it holds

    def ends_with(self, annotations):
        """Whether ``annotations`` are the last ones the Java class was made with, in that order."""
        count = len(annotations)
        return count <= len(self.annotations) and self.annotations[len(self.annotations) - count:] == annotations


class _Applying(_local):
    def __init__(self):
        # {id(frame): class}: the class whose class statement frame runs, while its Java class has
        # annotations read ahead that are not all applied yet
        self.classes = {}


_applying = _Applying()


def _check_applied(cls):
    """Refuses the annotation just applied to ``cls`` when it was read ahead onto the Java class of the
    class that the code applying it made by its class statement, and a decorator below it returned
    another class: that Java class, which cannot change, would have it too."""
    applying = _applying.classes
    frame_id = id(caller())
    made = applying.get(frame_id)
    if made is None:
        return
    expected, applied = made.__dict__[_JAVA].annotations, annotations_of(made)
    if made is cls:
        if len(applied) == len(expected):
            del applying[frame_id]
    elif len(applied) < len(expected) and expected[len(expected) - len(applied) - 1] == annotations_of(cls)[0]:
        raise ClampError('%r is on the Java class of %s, made with the annotations of its class statement, but '
                         'a decorator below the annotation returned another class, %s: write the annotation '
                         'below that decorator, or apply it to the class that decorator returns after the class '
                         'statement' % (annotations_of(cls)[0], made.__name__, qualified(cls)), made.__name__)


def _ahead(frame, name):
    """The annotations and abstractness that the class statement of ``name`` that ``frame`` runs gives
    its class, as far as its decorators can be read ahead; none if Java would refuse one of them, so that
    applying it raises the error as it would without reading ahead."""
    decorators = _statement.decorators(frame, name)
    annotations = tuple([a for a in [class_annotation(d) for d in decorators] if a is not None])
    try:
        check_class_annotations(name, annotations)
    except AnnotationError:
        return (), False
    return annotations, any([decorator is java_abstract for decorator in decorators])


def java_abstract(cls):
    """Declares a clamped class abstract, as Java's ``abstract class``: its Java class is abstract,
    Java (Spring's scan among others) creates no object of it, and it need not implement the abstract
    methods of its Java bases, which its subclasses then do.

    A class decorator, like an annotation, and read ahead like one (see ``ClampMeta.annotated``).
    """
    if not is_clamped(cls):
        raise ClampError('java_abstract declares a clamped class abstract (one from clamp_base and a Java '
                         'base), got %r' % (cls,))
    return type(cls).annotated(cls, abstract=True)


def is_abstract(cls):
    """Whether the clamped class ``cls`` was declared with :func:`java_abstract`."""
    return Modifier.isAbstract(Py.tojava(cls, Class).getModifiers())


# The __new__ of clamped classes, without and with a typed constructor, and their default __init__ are
# Java: they run for every object, where Python functions cost frames, and compiled code once hot.
_NEW = tuple([staticmethod(_jvm.ClampRuntime.newFunction(typed, globals())) for typed in (False, True)])


class _TypedMethod(object):
    """A typed method as Python code sees it: called on an object whose Java object Spring made of a
    subclass of the generated class (a @Configuration class's CGLIB subclass), it runs that Java
    object's method, as Java's ``this.method()`` would; otherwise the Python function, directly."""

    def __init__(self, function):
        setattr(self, TYPED_FUNCTION, function)  # what the generated method calls

    def __get__(self, instance, owner):
        function = getattr(self, TYPED_FUNCTION)
        if instance is None:
            return function.__get__(None, owner)
        return _jvm.VirtualCalls.bound(instance, function, function.__name__)


class _InstanceAttribute(object):
    """A plain instance attribute, which wins over a Java bean property of the same name."""

    def __init__(self, name):
        self.name = name

    def __get__(self, instance, owner):
        if instance is None:
            return self
        try:
            return instance.__dict__[self.name]
        except KeyError:
            raise AttributeError("'%s' object has no attribute '%s'" % (owner.__name__, self.name))

    def __set__(self, instance, value):
        instance.__dict__[self.name] = value

    def __delete__(self, instance):
        del instance.__dict__[self.name]


_ACCESSOR_PREFIXES = ('get', 'set', 'is')


def _accessor_stem(name):
    """``Backup`` of the method name ``getBackup``, ``setBackup`` or ``isBackup``; None if it is no accessor's."""
    for prefix in _ACCESSOR_PREFIXES:
        stem = name[len(prefix):]
        if name.startswith(prefix) and 'A' <= stem[:1] <= 'Z':
            return stem
    return None


def _shadow_bean_properties(cls, namespace, typed):
    """Keeps ``self.backup = x`` inside a declared ``setBackup``, one of the ``typed`` methods of the class
    body ``namespace``, an ordinary attribute.

    Jython turns the accessors of the Java class into bean properties, so without this the assignment
    would call ``setBackup`` again, which calls Python again.
    """
    stems = [stem for stem in [_accessor_stem(name) for name in typed] if stem is not None]
    java_type = [klass for klass in cls.__mro__ if isinstance(klass, Class)][0]  # no generator: is_clamped
    for stem in stems:
        attribute = stem if stem[1:2].isupper() else stem[0].lower() + stem[1:]  # java.beans' rule
        if attribute not in namespace and attribute in java_type.__dict__:
            setattr(cls, attribute, _InstanceAttribute(attribute))
