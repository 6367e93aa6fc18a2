"""The setuptools side: the ``clamp`` keyword of ``setup()`` and the ``bdist_jar`` command."""
import os
import sys
import zipfile
from distutils import log
from distutils.dir_util import remove_tree
from distutils.errors import DistutilsError, DistutilsSetupError

from setuptools import Command

import clamp_annotations
from clamp_annotations import _jvm
from clamp_annotations.build import generate_classes
from clamp_annotations.jar import write_jar


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
    user_options = [('dist-dir=', 'd', 'directory to put the jar in [default: dist]')]

    def initialize_options(self):
        self.dist_dir = None

    def finalize_options(self):
        if self.dist_dir is None:
            self.dist_dir = 'dist'

    def run(self):
        modules = self._clamped_modules()
        build_lib = self._build_python()
        sys.path.insert(0, os.path.abspath(build_lib))
        try:
            classes = generate_classes(modules)
        except Exception as e:
            raise DistutilsError('bdist_jar: %s' % (e,))
        finally:
            sys.path.remove(os.path.abspath(build_lib))
        entries = {'META-INF/MANIFEST.MF': _manifest()}
        entries.update(classes)
        entries.update(_tree(build_lib, ''))
        entries.update(_runtime())
        jar = os.path.join(self.dist_dir, '%s-%s.jar' % (
            self.distribution.get_name(), self.distribution.get_version()))
        write_jar(jar, entries)
        log.info('wrote %s (%d Java classes)', jar, len(classes))

    def _build_python(self):
        # A fresh directory: build_py skips files it thinks unchanged and never removes stale ones.
        build_lib = os.path.join(self.get_finalized_command('build').build_base, 'bdist.jar')
        if os.path.isdir(build_lib):
            remove_tree(build_lib)
        build_py = self.reinitialize_command('build_py')
        build_py.build_lib = build_lib
        build_py.compile = build_py.optimize = 0
        self.run_command('build_py')
        return build_lib

    def _clamped_modules(self):
        clamp = getattr(self.distribution, 'clamp', None)
        if not clamp:
            raise DistutilsSetupError(
                'bdist_jar needs the modules whose classes to clamp: '
                'pass setup(..., clamp={"modules": ["package.module", ...]})')
        return list(clamp['modules'])


def _manifest():
    return ('Manifest-Version: 1.0\r\nCreated-By: clamp_annotations %s\r\n\r\n'
            % clamp_annotations.__version__)


def _tree(directory, prefix):
    """Every file below ``directory`` as jar entries under ``prefix``, compiled files left out."""
    entries = {}
    for root, dirs, files in os.walk(directory):
        for name in files:
            if name.endswith(('$py.class', '.pyc', '.pyo')):
                continue
            path = os.path.join(root, name)
            entry = prefix + os.path.relpath(path, directory).replace(os.sep, '/')
            with open(path, 'rb') as f:
                entries[entry] = f.read()
    return entries


def _runtime():
    """clamp_annotations itself, which the clamped modules import again when Java creates them."""
    package = os.path.dirname(os.path.abspath(clamp_annotations.__file__))
    entries = dict((name, data) for name, data in _tree(package, 'clamp_annotations/').items()
                   if name.endswith('.py'))
    runtime = _jvm.runtime_jar()
    archive = zipfile.ZipFile(runtime)
    try:
        for name in archive.namelist():
            if name.endswith('.class'):
                entries[name] = archive.read(name)
    finally:
        archive.close()
    return entries
