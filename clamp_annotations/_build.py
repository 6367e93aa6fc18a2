"""What goes into a jar: the Java classes of clamped modules, with their annotations, and
precompiled Python modules."""
import ast
import sys
import types
from distutils import log

from java.io import ByteArrayInputStream
from java.lang import Class
from java.lang.reflect import Modifier
from org.python.core import Py, PyProxy, imp

from clamp_annotations import _jvm, _overloads
from clamp_annotations._annotations import declared_types
from clamp_annotations._declarations import annotations_of, is_clamped
from clamp_annotations._errors import ClampError
from clamp_annotations._jython_files import CLASS_PATH, compiled_file, source_file
from clamp_annotations._members import ForwardReferences, signatures_of
from clamp_annotations._proxy import is_abstract


class GeneratedClass(object):
    """A Java class made for a Python class: its jar entry, its bytes and the Python class."""

    def __init__(self, entry, data, python_class):
        self.entry = entry
        self.data = data
        self.python_class = python_class


def generate_classes(modules, project):
    """Imports ``modules`` (and every module of those that are packages) afresh from ``project``, a
    ``ProjectCopy``, and returns their Java classes.

    Every class statement runs again under capture, so each Java class is generated from the
    current sources; the last class generated under a name (one made again for an annotation applied
    later, see ``ClampMeta.annotated``) is the one kept. A module that comes from anywhere but the copy (an
    older jar of the project on sys.path, say) would give stale classes, so it is an error; so is a
    module of the project left out that makes clamped classes.
    """
    _forget_packages_of(modules)
    imported = project.to_import(modules)
    references = ForwardReferences()
    _jvm.ClassCapture.start()
    try:
        with references:
            for module, package in imported:
                project.import_module(module, package)
    finally:
        captured = _jvm.ClassCapture.stop()
    problems = ['two classes are given the Java name %s' % name for name in _jvm.ClassCapture.duplicates()]
    problems.extend(_defined_twice(captured))
    problems.extend(problem for generated in captured for problem in _unimplemented(generated))
    problems.extend(problem for generated in captured for problem in _package_private_abstract(generated))
    problems.extend(filter(None, [_lost_annotations(module) for module, _ in imported]))
    problems.extend(references.unresolved(set(generated.javaName() for generated in captured)))
    by_module = set(generated.pythonModule() for generated in captured)
    problems.extend(_empty_module(module) for module in modules if not _covered(module, by_module))
    problems.extend(project.unclamped())
    if problems:
        raise ClampError('; '.join(problems))
    for generated in captured:
        if not any(_covered(module, [generated.pythonModule()]) for module in modules):
            log.warn('warning: class %s of module %s is clamped and written to the jar, but setup(clamp=...) '
                     'does not list its module (a listed module imports it): list it too',
                     generated.pythonClass(), generated.pythonModule())
    return [GeneratedClass(generated.javaName().replace('.', '/') + '.class', generated.bytes().tostring(),
                           _python_class(generated))
            for generated in captured]


def _defined_twice(captured):
    """Like javac, which refuses two classes of one name in a file: a module whose class statements
    make one clamped class twice would have the second replace the first's Java class."""
    problems = []
    for module in sorted(set(generated.pythonModule() for generated in captured)):
        clamped = set(generated.pythonClass() for generated in captured if generated.pythonModule() == module)
        source = source_file(getattr(sys.modules[module], '__file__', None) or '')
        if not source.endswith('.py'):
            continue
        with open(source) as f:
            statements = ast.parse(f.read(), source).body
        lines = {}
        for statement in statements:
            if isinstance(statement, ast.ClassDef) and statement.name in clamped:
                lines.setdefault(statement.name, []).append(str(statement.lineno))
        problems.extend('module %s defines clamped class %s twice (lines %s): the last would replace the Java '
                        'class of the others; rename all but one' % (module, name, ' and '.join(at))
                        for name, at in sorted(lines.items()) if len(at) > 1)
    return problems


def _lost_annotations(module):
    """Annotations on methods of classes that get no Java class of clamp_annotations' would be written
    nowhere: those classes are named."""
    lost = []
    for name, value in sorted(vars(sys.modules[module]).items()):
        if isinstance(value, type) and not isinstance(value, Class) and value.__module__ == module and \
                not is_clamped(value):
            lost.extend('%s.%s (%s)' % (name, method, ', '.join(repr(a) for a in annotations_of(function)))
                        for method, function in sorted(vars(value).items()) if annotations_of(function))
    if not lost:
        return None
    return ('module %s annotates methods of classes that have no Java class from clamp_base, where the '
            'annotations would be lost: %s; derive the classes from clamp_base(package) and a Java class or '
            'interface' % (module, '; '.join(lost)))


def _unimplemented(generated):
    """Like javac, a class that is not abstract must implement the abstract methods of its Java bases."""
    python_class = _python_class(generated)
    if is_abstract(python_class):
        return []
    superclass, interfaces = _java_bases(Py.tojava(python_class, Class))
    defined = set(name for klass in python_class.__mro__ if not isinstance(klass, Class) for name in klass.__dict__)
    missing = [method for method in _jvm.InheritedMethods.abstractOnes(superclass, interfaces)
               if not _overloads.implements(python_class, method)]
    if not missing:
        return []
    import difflib  # only for this error's suggestions: 0.04 s of CPU that a good build is spared
    methods = ['%s (def %s takes %s)' % (m, m.getName(), _overloads.takes(_overloads.python_attribute(
        python_class, m.getName()))) if m.getName() in defined else str(m) for m in missing]
    close = sorted(set('%s for %s' % (', '.join(repr(n) for n in difflib.get_close_matches(m.getName(), defined)),
                                      m.getName())
                       for m in missing if m.getName() not in defined and
                       difflib.get_close_matches(m.getName(), defined)))
    return ['class %s in module %s is not abstract and does not implement %s%s; implement %s, or declare the class '
            '@java_abstract' % (generated.pythonClass(), generated.pythonModule(), '; '.join(methods),
                                ' (is %s a misspelling?)' % '; '.join(close) if close else '',
                                'them' if len(missing) > 1 else 'it')]


def _java_bases(java):
    """The Java superclass and interfaces whose methods the generated class ``java`` inherits as Java
    code. A superclass generated for a Python class (a clamped base) stands for its own Java bases:
    Jython gives it a method for every abstract one, which calls Python or throws, so what the Python
    classes define is what implements them."""
    superclass, interfaces = Class.getSuperclass(java), list(Class.getInterfaces(java))
    while PyProxy.isAssignableFrom(superclass):
        interfaces.extend(Class.getInterfaces(superclass))
        superclass = Class.getSuperclass(superclass)
    return superclass, [i for i in interfaces if i is not PyProxy]


def _package_private_abstract(generated):
    """Like javac, a class that is not abstract must implement the package-private abstract methods of
    its Java superclasses, which only a class of their package can: Jython overrides no package-private
    method, so a Python one of that name would never be called."""
    python_class = _python_class(generated)
    if is_abstract(python_class):
        return []
    return ['class %s in module %s is not abstract and cannot implement %s: it is package-private, so only a '
            'Java class of package %s can; extend one that implements it, or declare the class @java_abstract'
            % (generated.pythonClass(), generated.pythonModule(), method,
               Class.getPackageName(method.getDeclaringClass()))
            for method in _unimplementable(_java_bases(Py.tojava(python_class, Class))[0])]


def _unimplementable(superclass):
    """The package-private abstract methods of ``superclass`` and its superclasses that no class of
    their package implements on the way down, in the order their ``toString`` sorts them."""
    implemented, missing = set(), []
    while superclass is not None:
        package = Class.getPackageName(superclass)
        for method in Class.getDeclaredMethods(superclass):
            access = method.getModifiers()
            overrides = (package, method.getName(), tuple(method.getParameterTypes()))
            if Modifier.isStatic(access) or Modifier.isPrivate(access):
                continue
            if not Modifier.isAbstract(access):
                implemented.add(overrides)
            elif not (Modifier.isPublic(access) or Modifier.isProtected(access)) and overrides not in implemented:
                missing.append(method)
        superclass = Class.getSuperclass(superclass)
    return sorted(missing, key=str)


def _covered(module, clamped_modules):
    """Whether listed ``module`` stands for a class of one of ``clamped_modules``: a package stands
    for the modules below it."""
    package = hasattr(sys.modules[module], '__path__')
    return any(m == module or package and m.startswith(module + '.') for m in clamped_modules)


def _empty_module(module):
    if hasattr(sys.modules[module], '__path__'):
        return ('clamped module %s is a package none of whose modules defines a clamped class: remove it from '
                'setup(clamp=...)' % module)
    return 'clamped module %s defines no clamped class: remove it from setup(clamp=...)' % module


def _forget_packages_of(modules):
    # Whole packages go: one imported before from elsewhere would resolve its modules there.
    tops = set(module.split('.')[0] for module in modules)
    for name in [n for n in sys.modules if n.split('.')[0] in tops]:
        del sys.modules[name]


def _python_class(generated):
    module = sys.modules.get(generated.pythonModule())
    python_class = getattr(module, generated.pythonClass(), None)  # or the annotation type a class statement bound
    if python_class is None or not (is_clamped(python_class) or python_class in declared_types):
        raise ClampError('is not a top-level name of its module: Java can only create clamped classes that their '
                         'module defines at top level',
                         'class %s in module %s' % (generated.pythonClass(), generated.pythonModule()))
    return python_class


def describe(generated):
    """Lines naming a generated class, the annotations written on it and on its members, and the Java
    methods each Python method overrides."""
    cls = generated.python_class
    lines = [generated.entry[:-len('.class')].replace('/', '.')]
    lines.extend('  %r' % annotation for annotation in annotations_of(cls))
    if cls in declared_types:
        return lines + ['  %s: %r' % (name, annotation) for name, annotations in declared_types[cls].elements
                        for annotation in annotations]
    bases = _java_bases(Py.tojava(cls, Class))
    for name, value in sorted(cls.__dict__.items()):
        methods = _overloads.overloads(name, *bases) if isinstance(value, types.FunctionType) else []
        if methods:
            overriding = _overloads.overridden(value, methods)
            inherited = [_overloads.signature(m) for m in methods if m not in overriding]
            lines.append('  %s: overrides %s%s' % (name, ', '.join(_overloads.signature(m) for m in overriding),
                                                   '; inherits %s' % ', '.join(inherited) if inherited else ''))
        declaration = getattr(value, 'declaration', None)  # a java_field's attribute
        written = declaration.annotations if declaration is not None else annotations_of(value)
        lines.extend('  %s: %r' % (name, annotation) for annotation in written)
        for signature in signatures_of(value):
            for parameter, _, annotations in signature.parameters:
                lines.extend('  %s(%s): %r' % (name, parameter, annotation) for annotation in annotations)
    return lines


def compile_module(entry, source):
    """The ``$py.class`` entry and bytes for the Python source of jar entry ``entry``.

    Compiled as Jython compiles a module it imports from the class path, but with no source time, so
    the result depends on the source alone and Jython never finds it older than the source.
    """
    path = entry[:-len('.py')]
    if path.endswith('/__init__'):
        path = path[:-len('/__init__')]
    compiled = imp.compileSource(path.replace('/', '.'), ByteArrayInputStream(source), CLASS_PATH + entry)
    return compiled_file(entry), compiled.tostring()
