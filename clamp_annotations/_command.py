"""The setuptools side: the ``clamp`` keyword of ``setup()`` and the ``bdist_jar``, ``build_jar`` and
``singlejar`` commands."""
import os
import shutil
import sys
import tempfile
from distutils import log
from distutils.errors import DistutilsError, DistutilsOptionError, DistutilsSetupError

from java.lang import Throwable
from setuptools import Command

import clamp_annotations
from clamp_annotations import _bundle, _jvm
from clamp_annotations._build import compile_module, describe, generate_classes
from clamp_annotations._jar import write_jar


def validate_clamp(dist, attr, value):
    """Checks ``setup(clamp={"modules": [...]})`` when setup() runs."""
    if not isinstance(value, dict) or set(value) - {'modules'} or not isinstance(
            value.get('modules'), (list, tuple)) or not all(
                isinstance(m, basestring) for m in value['modules']):
        raise DistutilsSetupError(
            'setup(clamp=...) must be a dict {"modules": ["package.module", ...]}, got %r' % (value,))


class bdist_jar(Command):
    """Builds ``<dist-dir>/<name>-<version>.jar``: clamped Java classes plus Python modules."""

    description = 'build a jar of the clamped Java classes and the Python modules they run'
    user_options = [('dist-dir=', 'd', 'directory to put the jar in [default: dist]'),
                    ('output=', 'o', 'path of the jar, instead of one in --dist-dir')]
    suffix = ''

    def initialize_options(self):
        self.dist_dir = None
        self.output = None

    def finalize_options(self):
        if self.dist_dir is None:
            self.dist_dir = 'dist'
        if self.output is not None and not self.output.endswith('.jar'):
            raise DistutilsOptionError('--output must name a .jar file, got %r' % self.output)

    def run(self):
        entries, classes = self.project_entries()
        entries['META-INF/MANIFEST.MF'] = _manifest()
        self.write(entries, '%d Java classes' % classes)

    def jar_path(self):
        return self.output or os.path.join(self.dist_dir, '%s-%s%s.jar' % (
            self.distribution.get_name(), self.distribution.get_version(), self.suffix))

    def write(self, entries, summary):
        path = self.jar_path()
        try:
            write_jar(path, entries)
        except ValueError as e:  # SOURCE_DATE_EPOCH
            raise DistutilsError('%s: %s' % (self.get_command_name(), e))
        log.info('wrote %s (%s)', path, summary)

    def project_entries(self):
        """The jar entries of the project: generated classes, its Python and clamp_annotations's
        runtime, each module also precompiled; and how many classes were generated."""
        modules = self._clamped_modules()
        build_lib = self._build_python()
        sys.path.insert(0, os.path.abspath(build_lib))
        try:
            runtime = _runtime()
            classes = generate_classes(modules, os.path.abspath(build_lib))
            entries = _bundle.directory_entries(build_lib, '')
        except Exception as e:
            raise DistutilsError('%s: %s' % (self.get_command_name(), e))
        finally:
            sys.path.remove(os.path.abspath(build_lib))
            shutil.rmtree(build_lib)
        entries.update(runtime)
        for generated in classes:
            entries[generated.entry] = generated.data
            for line in describe(generated):
                log.debug(line)
        return precompiled(entries), len(classes)

    def _build_python(self):
        # A fresh directory of this build's own: build_py skips files it thinks unchanged and never
        # removes stale ones, and another build of the project may be running.
        build_base = self.get_finalized_command('build').build_base
        if not os.path.isdir(build_base):
            os.makedirs(build_base)
        build_lib = tempfile.mkdtemp(prefix='bdist.jar.', dir=build_base)
        build_py = self.reinitialize_command('build_py')
        build_py.build_lib = build_lib
        build_py.compile = build_py.optimize = 0  # the jar gets $py.class files made to be reproducible
        quiet = log.set_threshold(log.ERROR) if self.verbose < 2 else None
        try:
            self.run_command('build_py')
        finally:
            if quiet is not None:
                log.set_threshold(quiet)
        return build_lib

    def _clamped_modules(self):
        clamp = getattr(self.distribution, 'clamp', None)
        if not clamp:
            raise DistutilsSetupError(
                '%s needs the modules whose classes to clamp: '
                'pass setup(..., clamp={"modules": ["package.module", ...]})' % self.get_command_name())
        return list(clamp['modules'])


class build_jar(bdist_jar):
    """``bdist_jar`` under the name jythontools' clamp 0.4 gave it."""

    description = 'the same as bdist_jar (the command name of jythontools clamp 0.4)'


class singlejar(bdist_jar):
    """Builds ``<dist-dir>/<name>-<version>-single.jar``, which ``java -jar`` runs."""

    description = ('build one runnable jar: Jython, its standard library, the class path, the installed '
                   'Python dependencies and the project')
    user_options = bdist_jar.user_options + [
        ('runpy=', 'r', 'the script the jar runs [default: __run__.py, if the project has one; '
                        'otherwise the jar runs the Jython command line]'),
        ('classpath=', None, 'more jars to include, separated by %r' % os.pathsep)]
    suffix = '-single'

    def initialize_options(self):
        bdist_jar.initialize_options(self)
        self.runpy = None
        self.classpath = None

    def finalize_options(self):
        bdist_jar.finalize_options(self)
        if self.runpy is None and os.path.isfile('__run__.py'):
            self.runpy = '__run__.py'
        if self.runpy is not None and not os.path.isfile(self.runpy):
            raise DistutilsOptionError('--runpy: no such file %r' % self.runpy)
        self.classpath = [p for p in (self.classpath or '').split(os.pathsep) if p]

    def run(self):
        project, classes = self.project_entries()
        if self.runpy:
            with open(self.runpy, 'rb') as f:
                project.update(precompiled({'__run__.py': f.read()}))
        runtime_jar, runtime = _bundle.jython_runtime()
        class_path = self.classpath + os.environ.get('CLASSPATH', '').split(os.pathsep)
        try:
            dependencies = _bundle.dependency_entries(self.distribution.install_requires or [],
                                                     leave_out=('clamp-annotations', 'setuptools'))
        except Exception as e:  # pkg_resources' DistributionNotFound, VersionConflict
            raise DistutilsError('singlejar: the dependencies of %s are not all installed: %s'
                                 % (self.distribution.get_name(), e))
        sources = ([('the project', project)] + [(d, precompiled(e)) for d, e in dependencies]
                   + _bundle.classpath_entries(class_path, exclude=runtime_jar) + [(runtime_jar, runtime)])
        entries, duplicates = _bundle.merge(sources)
        for name, source in duplicates:
            log.debug('left out %s of %s: an earlier source has it', name, source)
        main = 'org.python.util.JarRunner' if self.runpy else 'org.python.util.jython'
        entries['META-INF/MANIFEST.MF'] = _manifest('Main-Class: %s\r\n' % main)
        self.write(entries, '%d Java classes, %d entries, runs %s' % (
            classes, len(entries), self.runpy or 'the Jython command line'))


def _manifest(extra=''):
    return ('Manifest-Version: 1.0\r\nCreated-By: clamp_annotations %s\r\n%s\r\n'
            % (clamp_annotations.__version__, extra))


def precompiled(entries):
    """``entries`` with each Python module's ``$py.class`` added, as Jython would compile it on import.

    A module Jython cannot compile (one whose code exceeds a JVM limit, say) stays source only.
    """
    result = dict(entries)
    for name, source in sorted(entries.items()):
        if name.endswith('.py') and name[:-3] + '$py.class' not in entries:
            try:
                compiled_name, compiled = compile_module(name, source)
            except (Exception, Throwable) as e:
                log.warn('left %s uncompiled: %s', name, e)
                continue
            result[compiled_name] = compiled
    return result


def _runtime():
    """clamp_annotations itself, which the clamped modules import again when Java creates them."""
    runtime_jar = _jvm.runtime_jar()  # in jars/ of the installation, or an error that says why not
    package = os.path.dirname(os.path.dirname(runtime_jar))
    entries = dict((name, data) for name, data in
                   _bundle.directory_entries(package, 'clamp_annotations/').items() if name.endswith('.py'))
    entries.update((name, data) for name, data in _bundle.archive_entries(runtime_jar).items()
                   if name.endswith('.class'))
    return entries
