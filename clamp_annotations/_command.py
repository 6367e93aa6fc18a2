"""The setuptools side: the ``clamp`` keyword of ``setup()``, the ``bdist_jar``, ``build_jar``,
``singlejar`` and ``clamp`` commands, and the ``singlejar`` script."""
import argparse
import os
import shutil
import site
import sys
import tempfile
from distutils import log
from distutils.errors import DistutilsError, DistutilsOptionError, DistutilsSetupError

import pkg_resources
from setuptools import Command
from setuptools.command.install import install

from clamp_annotations import _bundle
from clamp_annotations._jar import jar_manifest, output_problem, write_jar
from clamp_annotations._modules import ProjectCopy
from clamp_annotations._project import precompiled, project_entries, single_jar_entries
from clamp_annotations._version import __version__


def validate_clamp(dist, attr, value):
    """Checks ``setup(clamp={"modules": [...]})`` when setup() runs.

    A requirement of jythontools' clamp, which clamp_annotations replaces, is left out of
    ``install_requires``; clamp itself installed beside clamp_annotations is refused, as both would
    handle the keyword and the jar commands.
    """
    _refuse_clamp_installed()
    _leave_out_clamp_requirement(dist)
    dist.zip_safe = False  # an installed project's clamped jar and singlejar read its modules as files
    if not isinstance(value, dict) or set(value) - {'modules'} or not isinstance(
            value.get('modules'), (list, tuple)) or not all(
                isinstance(m, basestring) for m in value['modules']):
        raise DistutilsSetupError(
            'setup(clamp=...) must be a dict {"modules": ["package.module", ...]}, got %r' % (value,))


def _refuse_clamp_installed():
    # The distributions on sys.path, found when pkg_resources was imported: get_distribution would
    # also scan every zip on sys.path when clamp is absent (2.6 s of a 3.3 s build, for Jython's jar).
    clamp = pkg_resources.working_set.find(pkg_resources.Requirement.parse('clamp'))
    if clamp is None:
        return
    raise DistutilsSetupError(
        "jythontools' %s is installed in %s beside clamp_annotations, which replaces it: both handle "
        "setup(clamp=...), build_jar and singlejar. Uninstall it: jython -m pip uninstall clamp" % (
            clamp, clamp.location))


def _leave_out_clamp_requirement(dist):
    requirements = list(pkg_resources.parse_requirements(dist.install_requires or []))
    kept = [str(r) for r in requirements if r.key != 'clamp']
    if len(kept) < len(requirements):
        log.warn('install_requires: left out clamp, which clamp_annotations %s replaces',
                 __version__)
        dist.install_requires = kept


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
        if self.output is not None and output_problem(self.output):
            raise DistutilsOptionError(output_problem(self.output))

    def run(self):
        entries, classes = self.project_entries()
        entries['META-INF/MANIFEST.MF'] = jar_manifest()
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
        """The jar entries of the project (see ``_project.project_entries``), built from a copy of its
        Python that build_py lays out; and how many classes were generated."""
        modules = self._clamped_modules()
        build_lib, files = self._build_python()
        try:
            return project_entries(modules, ProjectCopy(os.path.abspath(build_lib), files))
        except Exception as e:
            raise DistutilsError('%s: %s' % (self.get_command_name(), e))
        finally:
            shutil.rmtree(build_lib)

    def _build_python(self):
        """Copies the project's modules into a fresh directory of this build's own, returned with the
        project's own file of each module, by its path there: build_py skips files it thinks
        unchanged and never removes stale ones, and another build of the project may be running."""
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
        return build_lib, dict(('/'.join(filter(None, package.split('.')) + [module + '.py']), os.path.abspath(path))
                               for package, module, path in build_py.find_all_modules())

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
        try:
            self.runpy = _bundle.run_script(self.runpy)
        except ValueError as e:
            raise DistutilsOptionError(str(e))
        self.classpath = [p for p in (self.classpath or '').split(os.pathsep) if p]

    def run(self):
        project, classes = self.project_entries()
        try:
            dependencies = _bundle.dependency_entries(self.distribution.install_requires or [],
                                                     leave_out=('clamp-annotations', 'setuptools'))
        except Exception as e:  # pkg_resources' DistributionNotFound, VersionConflict
            raise DistutilsError('singlejar: the dependencies of %s are not all installed: %s'
                                 % (self.distribution.get_name(), e))
        entries = single_jar_entries([('the project', project)] + [(d, precompiled(e)) for d, e in dependencies],
                              self.classpath, self.runpy)
        self.write(entries, '%d Java classes, %d entries, runs %s' % (
            classes, len(entries), self.runpy or 'the Jython command line'))


class clamp_command(install):
    """jythontools clamp 0.4's ``clamp`` command (and a clamp project's ``install``): installs the
    project, then builds its jar into ``site-packages/jars``, which a ``.pth`` file puts on sys.path
    and the ``singlejar`` script includes."""

    description = 'install the project, then build its clamped classes into site-packages/jars'

    def finalize_options(self):
        # Run as `clamp`, it is also the install whose options (--user, --prefix) install_lib and
        # easy_install read.
        self.distribution.command_obj.setdefault('install', self)
        install.finalize_options(self)

    def run(self):
        self.do_egg_install()  # what install.run does when setup() calls it, as clamp 0.4 did
        name = '%s-%s' % (self.distribution.get_name(), self.distribution.get_version())
        jar = self.reinitialize_command('bdist_jar')
        jar.output = os.path.join(self.install_lib, 'jars', name + '.jar')
        self.run_command('bdist_jar')
        with open(os.path.join(self.install_lib, name + '-jar.pth'), 'w') as f:
            f.write('jars/%s.jar\n' % name)


def singlejar_script(args=None):
    """The ``singlejar`` command line: one runnable jar of this Jython, what is installed in its
    site-packages (``site-packages/jars`` included), more class path and a run script."""
    parser = argparse.ArgumentParser(
        prog='singlejar', description='build one runnable jar: Jython, its standard library, what is '
                                      'installed in its site-packages, more jars and a run script')
    parser.add_argument('-o', '--output', default='jython-single.jar', help='the jar to write [%(default)s]')
    parser.add_argument('--classpath', default='', help='more jars, separated by %r' % os.pathsep)
    parser.add_argument('-r', '--runpy', help='the script the jar runs [default: __run__.py, if there is '
                                              'one; otherwise the jar runs the Jython command line]')
    options = parser.parse_args(args)
    try:
        options.runpy = _bundle.run_script(options.runpy)
    except ValueError as e:
        parser.error(str(e))
    site_dirs = [os.path.join(sys.prefix, 'Lib', 'site-packages'), site.getusersitepackages()]
    installed = sorted(d.project_name for d in pkg_resources.working_set
                       if (d.location in site_dirs or os.path.dirname(d.location) in site_dirs)  # eggs too
                       and d.key not in ('pip', 'setuptools', 'wheel'))
    classpath = [p for p in options.classpath.split(os.pathsep) if p] + sorted(
        os.path.join(d, 'jars', n) for d in site_dirs if os.path.isdir(os.path.join(d, 'jars'))
        for n in os.listdir(os.path.join(d, 'jars')) if n.endswith('.jar'))
    entries = single_jar_entries([(d, precompiled(e)) for d, e in _bundle.dependency_entries(installed, leave_out=())],
                          classpath, options.runpy)
    try:
        write_jar(options.output, entries)
    except ValueError as e:  # SOURCE_DATE_EPOCH
        sys.exit('singlejar: error: %s' % e)
    print('wrote %s (%d entries, runs %s)' % (options.output, len(entries),
                                              options.runpy or 'the Jython command line'))
