"""The project's modules as a build imports them: from a copy of the project, every module of a
listed package, and with messages that name the project's own files, never the copy's."""
import ast
import linecache
import os
import re
import sys
import traceback

from java.lang import Throwable

from clamp_annotations import _proxy
from clamp_annotations._errors import ClampError
from clamp_annotations._jython_files import CLASS_PATH


class ModuleImportError(Exception):
    """A clamped module could not be imported; keeps the module's name and the cause, and names the
    places in the project's files that the traceback went through."""

    def __init__(self, module, cause, what, frames, hint):
        self.module = module
        self.cause = cause
        lines = ['cannot import clamped module %r: %s%s' % (module, what, hint)]
        lines.extend('  File "%s", line %d%s' % (path, line, ', in %s' % function if function else '')
                     for path, line, function, _ in frames)
        Exception.__init__(self, '\n'.join(lines))


def described(cause):
    """``cause`` as Python's traceback ends with it, which says something of any exception, even one
    whose message is not ASCII or whose ``__str__`` raises."""
    if isinstance(cause, SystemExit):
        return 'SystemExit: the module called sys.exit(%s) while it was imported' % (cause.code,)
    return traceback.format_exception_only(type(cause), cause)[-1].strip()


class ProjectCopy(object):
    """The copy of the project's modules in ``directory`` that a build imports, and the project's own
    file of each, by its path in the copy (``files``: ``{'shop/orders.py': '/src/shop/orders.py'}``)."""

    def __init__(self, directory, files):
        self.directory = directory
        self.files = files
        # The modules by name; a package's __main__ is a program to run, not a module to import.
        self.modules = dict((module, name) for module, name in
                            [(re.sub(r'(/__init__)?\.py$', '', name).replace('/', '.'), name) for name in files]
                            if module.rpartition('.')[2] != '__main__')
        # A module's copy, its compiled class beside it, or its name on a jar's class path.
        self._paths = re.compile('(?:%s|%s)(%s)(?:\\.py|\\$py\\.class)(?![\\w$])' % (
            re.escape(directory + os.sep), re.escape(CLASS_PATH), '|'.join(re.escape(f[:-3]) for f in files)))
        self._scanned = {}

    def named(self, text):
        """``text`` with each path of a module in the copy replaced by the project's own file."""
        return self._paths.sub(lambda match: self.files[match.group(1) + '.py'], text)

    def to_import(self, listed):
        """``(module, package)`` for each module a build imports for the ``listed`` ones: a listed
        package stands for every module below it (``package``), as a Java package does for Spring's
        scan."""
        modules, seen = [], set()
        for name in listed:
            below = [(module, name) for module in sorted(self.modules) if module.startswith(name + '.')]
            for module, package in [(name, None)] + below:
                if module not in seen:
                    seen.add(module)
                    modules.append((module, package))
        return modules

    def import_module(self, module, package=None):
        """Imports ``module`` from the copy: any failure is a ModuleImportError naming the project's
        files, and saying so when the module is imported as one of the listed ``package``."""
        try:
            __import__(module)
        except (BaseException, Throwable) as e:  # a Java exception is no BaseException
            frames = self._frames(sys.exc_info()[2])
            if isinstance(e, SyntaxError) and e.filename and self._within(e.filename):
                frames.append((e.filename, e.lineno, None, e.text))
            frames = [(self.named(path), line, function, text) for path, line, function, text in frames]
            hint = self._hint(e, frames) or (
                '; it is a module of package %s, which setup(clamp=...) lists: list the modules of the package '
                'to build instead' % package if package else '')
            raise ModuleImportError(module, e, self.named(described(e)), frames, hint)
        origin = os.path.realpath(getattr(sys.modules[module], '__file__', '') or '')
        if not self._within(origin):
            raise ClampError('clamped module %s was imported from %s, not from the project being built: an older '
                             'copy of the project on sys.path or CLASSPATH shadows it; remove it' % (module, origin))

    def unclamped(self):
        """Messages for the modules of the project that the build did not import but whose class
        statements make clamped classes, which the jar would hold without their Java classes."""
        imported = set(name for name, module in sys.modules.items()
                       if self._within(getattr(module, '__file__', None) or '/'))
        return ['module %s (%s) makes clamped classes (%s), but setup(clamp=...) lists neither it nor a package '
                'of it, and no listed module imports it: the jar would hold it without their Java classes; list '
                'it' % (module, self.files[name], ', '.join(self._scan(module)[1]))
                for module, name in sorted(self.modules.items()) if module not in imported and self._scan(module)[1]]

    def _within(self, path):
        return os.path.realpath(path).startswith(os.path.realpath(self.directory) + os.sep)

    def _frames(self, traceback_):
        """The frames of ``traceback_`` in the copy, as (file, line, function, text). Modules compiled
        for the jar name their files as on its class path (``__pyclasspath__/pkg/mod.py``), as do those of
        clamp_annotations when it comes from a jar on the class path: only the project's are in the copy."""
        frames = []
        for filename, line, function, _ in traceback.extract_tb(traceback_):
            if filename.startswith(CLASS_PATH):
                filename = os.path.join(self.directory, filename[len(CLASS_PATH):])
            if self._within(filename) and os.path.isfile(filename):
                frames.append((filename, line, function, linecache.getline(filename, line).strip() or None))
        return frames

    def _hint(self, error, frames):
        """For a module that imports a top-level name that is not in the project: Java classes come
        from CLASSPATH while building."""
        missing = re.match(r'ImportError: No module named (.*)$', described(error))
        statement = frames[-1][3] or '' if frames else ''
        if not missing or os.path.exists(os.path.join(self.directory, missing.group(1))) or not re.search(
                r'(?<![\w.])%s\b' % re.escape(missing.group(1)), statement):
            return ''  # not a missing top-level name: a module of the project, or one of a package (shop.missing)
        return ('; if %s is a Java package, the classes the project imports must be on CLASSPATH while building '
                '(CLASSPATH is %r)' % (missing.group(1), os.environ.get('CLASSPATH', '')))

    def _scan(self, module):
        """By the source of ``module`` alone: the names it binds to a clamp_base or a clamped class, and
        the top-level class statements that make clamped classes, in order."""
        if module not in self._scanned:
            self._scanned[module] = (set(), [])  # what a cycle of imports sees
            self._scanned[module] = _scanned(os.path.join(self.directory, self.modules[module]), module,
                                             self._makes_clamped)
        return self._scanned[module]

    def _makes_clamped(self, dotted):
        """Whether the object named ``dotted`` (``shop.base.Base``) is a clamp_base or a clamped class:
        looked up in its module if that was imported, else in the module's source."""
        parts = dotted.split('.')
        for end in range(len(parts) - 1, 0, -1):
            module = '.'.join(parts[:end])
            if module in sys.modules:
                value = sys.modules[module]
                for attribute in parts[end:]:
                    value = getattr(value, attribute, None)
                # Both a clamp_base and the classes derived from it are made by clamp_base's metaclass.
                return isinstance(value, type) and any(meta.__module__ == _proxy.__name__
                                                       for meta in type(value).__mro__)
            if module in self.modules:
                return end == len(parts) - 1 and parts[end] in self._scan(module)[0]
        return False


def _scanned(path, module, makes_clamped):
    """:meth:`ProjectCopy._scan` of the module ``module`` at ``path``; ``makes_clamped(dotted_name)``
    tells whether an imported name is a clamp_base or clamped class."""
    try:
        with open(path) as f:
            statements = ast.parse(f.read(), path).body
    except SyntaxError:
        return set(), []  # the jar holds it uncompiled, with a warning
    package = module if path.endswith('__init__.py') else module.rpartition('.')[0]
    imported, clamped, classes = {}, set(), []  # imported: a name bound by import, as the name it stands for
    for statement in statements:
        if isinstance(statement, ast.Import):
            for alias in statement.names:
                name = alias.asname or alias.name.split('.')[0]
                imported[name] = alias.name if alias.asname else name
        elif isinstance(statement, ast.ImportFrom):
            origin = [package.rsplit('.', statement.level - 1)[0]] if statement.level else []
            for alias in statement.names:
                imported[alias.asname or alias.name] = '.'.join(filter(None, origin + [statement.module, alias.name]))
        elif isinstance(statement, ast.Assign) and _calls_clamp_base(statement.value):
            clamped.update(target.id for target in statement.targets if isinstance(target, ast.Name))
        elif isinstance(statement, ast.ClassDef) and any(
                _calls_clamp_base(base) or _dotted(base, imported, clamped, makes_clamped) for base in statement.bases):
            clamped.add(statement.name)
            classes.append(statement.name)
    return clamped, classes


def _calls_clamp_base(expression):
    function = getattr(expression, 'func', None)
    return isinstance(expression, ast.Call) and 'clamp_base' in (getattr(function, 'id', None),
                                                                 getattr(function, 'attr', None))


def _dotted(base, imported, clamped, makes_clamped):
    """Whether ``base``, a name or attribute (``Base``, ``shop.base.Base``), is a clamp_base or clamped
    class: bound to one in the module, or imported."""
    attributes = []
    while isinstance(base, ast.Attribute):
        attributes.insert(0, base.attr)
        base = base.value
    if not isinstance(base, ast.Name):
        return False
    if base.id in clamped:
        return not attributes
    return base.id in imported and makes_clamped('.'.join([imported[base.id]] + attributes))
