"""What goes into a jar: the Java classes of clamped modules, with their annotations, and
precompiled Python modules."""
import ast
import difflib
import linecache
import os
import re
import sys
import traceback
import types
from distutils import log

from java.io import ByteArrayInputStream
from java.lang import Class, Throwable
from org.python.core import Py, PyProxy, imp

from clamp_annotations import _jvm, _overloads  # noqa: F401 (_jvm puts the Java half on sys.path)
from clamp_annotations._annotations import annotations_of, has_java_class
from clamp_annotations._errors import ClampError
from clamp_annotations._members import forget_references, signature_of, unresolved_references
from clamp_annotations._proxy import is_abstract
from clampannotations import ClassCapture, InheritedMethods


class ModuleImportError(Exception):
    """A clamped module could not be imported; keeps the module's name and the cause, and names the
    frames of the traceback that are in the project's sources."""

    def __init__(self, module, cause, frames=(), hint=''):
        self.module = module
        self.cause = cause
        if isinstance(cause, SystemExit):
            what = 'SystemExit: the module called sys.exit(%s) while it was imported' % (cause.code,)
        else:
            what = '%s: %s' % (type(cause).__name__, cause)
        lines = ['cannot import clamped module %r: %s%s' % (module, what, hint)]
        lines.extend('  File "%s", line %d, in %s' % frame[:3] for frame in frames)
        Exception.__init__(self, '\n'.join(lines))


class GeneratedClass(object):
    """A Java class made for a Python class: its jar entry, its bytes and the Python class."""

    def __init__(self, entry, data, python_class):
        self.entry = entry
        self.data = data
        self.python_class = python_class


def generate_classes(modules, sources):
    """Imports ``modules`` afresh from the directory ``sources`` and returns their Java classes.

    Every class statement runs again under capture, so each Java class is generated from the
    current sources; the last class generated under a name (one made again for an annotation applied
    later, see ``ClampMeta.annotated``) is the one kept. A module that comes from anywhere but ``sources`` (an
    older jar of the project on sys.path, say) would give stale classes, so it is an error.
    """
    _forget_packages_of(modules)
    forget_references()
    ClassCapture.start()
    try:
        for module in modules:
            _import_from(module, sources)
    finally:
        captured = ClassCapture.stop()
    problems = ['two classes are given the Java name %s' % name for name in ClassCapture.duplicates()]
    problems.extend(_defined_twice(captured))
    problems.extend(problem for generated in captured for problem in _unimplemented(generated))
    problems.extend(filter(None, [_lost_annotations(module) for module in modules]))
    problems.extend(unresolved_references(set(generated.javaName() for generated in captured)))
    by_module = set(generated.pythonModule() for generated in captured)
    problems.extend(_empty_module(module) for module in modules if not _covered(module, by_module))
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
        source = re.sub(r'\$py\.class$', '.py', getattr(sys.modules[module], '__file__', None) or '')
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
                not has_java_class(value):
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
    defined = set(name for klass in python_class.__mro__ if not isinstance(klass, Class) for name in klass.__dict__)
    missing = [method for method in InheritedMethods.abstractOnes(*_java_bases(python_class))
               if not _overloads.implements(python_class, method)]
    if not missing:
        return []
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


def _java_bases(python_class):
    """The Java superclass and interfaces of the Java class of ``python_class``, less Jython's own."""
    java = Py.tojava(python_class, Class)
    return java.getSuperclass(), [i for i in java.getInterfaces() if i is not PyProxy]


def _hint(error, frames, sources):
    """For a module that imports a top-level name that is not in the project: Java classes come from
    CLASSPATH while building."""
    if not isinstance(error, ImportError) or not str(error).startswith('No module named '):
        return ''
    missing = str(error)[len('No module named '):]
    statement = frames[-1][3] or '' if frames else ''
    if os.path.exists(os.path.join(sources, missing)) or not re.search(r'(?<![\w.])%s\b' % re.escape(missing),
                                                                       statement):
        return ''  # a module of the project, or one of a package (shop.missing)
    return ('; if %s is a Java package, the classes the project imports must be on CLASSPATH while building '
            '(CLASSPATH is %r)' % (missing, os.environ.get('CLASSPATH', '')))


def _covered(module, clamped_modules):
    """Whether listed ``module`` stands for a class of one of ``clamped_modules``: a package stands
    for the modules below it that its import brings in, as jythontools' clamp took them."""
    package = hasattr(sys.modules[module], '__path__')
    return any(m == module or package and m.startswith(module + '.') for m in clamped_modules)


def _empty_module(module):
    if hasattr(sys.modules[module], '__path__'):
        return ('clamped module %s is a package whose import brings in no clamped class: list the modules '
                'of the package that define them (%s.<module>), or import them in its __init__'
                % (module, module))
    return 'clamped module %s defines no clamped class: remove it from setup(clamp=...)' % module


def _forget_packages_of(modules):
    # Whole packages go: one imported before from elsewhere would resolve its modules there.
    tops = set(module.split('.')[0] for module in modules)
    for name in [n for n in sys.modules if n.split('.')[0] in tops]:
        del sys.modules[name]


def _import_from(module, sources):
    try:
        __import__(module)
    except (Exception, SystemExit, Throwable) as e:  # a Java exception is no Python Exception
        frames = _project_frames(sys.exc_info()[2], sources)
        raise ModuleImportError(module, e, frames, _hint(e, frames, sources))
    origin = os.path.realpath(getattr(sys.modules[module], '__file__', '') or '')
    if not origin.startswith(os.path.realpath(sources) + os.sep):
        raise ClampError('clamped module %s was imported from %s, not from the sources being built in %s: '
                         'an older copy of the project on sys.path or CLASSPATH shadows them; remove it'
                         % (module, origin, sources))


def _project_frames(traceback_, sources):
    """The frames of ``traceback_`` in the project's sources, as (file, line, function, text). Modules
    precompiled for the jar name their files as on its class path (``__pyclasspath__/pkg/mod.py``)."""
    frames = []
    for filename, line, function, _ in traceback.extract_tb(traceback_):
        if filename.startswith(_CLASS_PATH):
            filename = os.path.join(sources, filename[len(_CLASS_PATH):])
        if os.path.realpath(filename).startswith(os.path.realpath(sources) + os.sep):
            frames.append((filename, line, function, linecache.getline(filename, line).strip() or None))
    return frames


def _python_class(generated):
    module = sys.modules.get(generated.pythonModule())
    python_class = getattr(module, generated.pythonClass(), None)
    if python_class is None or python_class.__dict__.get('__proxymaker__') is None:
        raise ClampError(
            'class %s in module %s is not a top-level name of its module: Java can only create '
            'clamped classes that their module defines at top level'
            % (generated.pythonClass(), generated.pythonModule()))
    return python_class


def describe(generated):
    """Lines naming a generated class, the annotations written on it and on its members, and the Java
    methods each Python method overrides."""
    cls = generated.python_class
    lines = [generated.entry[:-len('.class')].replace('/', '.')]
    lines.extend('  %r' % annotation for annotation in annotations_of(cls))
    bases = _java_bases(cls)
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
        signature = signature_of(value)
        for parameter, _, annotations in signature.parameters if signature else ():
            lines.extend('  %s(%s): %r' % (name, parameter, annotation) for annotation in annotations)
    return lines


_CLASS_PATH = '__pyclasspath__/'


def compile_module(entry, source):
    """The ``$py.class`` entry and bytes for the Python source of jar entry ``entry``.

    Compiled as Jython compiles a module it imports from the class path, but with no source time, so
    the result depends on the source alone and Jython never finds it older than the source.
    """
    path = entry[:-len('.py')]
    if path.endswith('/__init__'):
        path = path[:-len('/__init__')]
    compiled = imp.compileSource(path.replace('/', '.'), ByteArrayInputStream(source), _CLASS_PATH + entry)
    return entry[:-len('.py')] + '$py.class', compiled.tostring()
