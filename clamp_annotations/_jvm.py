"""The Java half of clamp_annotations, made importable.

Installed by pip, the package carries its Java classes (and ASM) as jars in ``jars/``, which go on
``sys.path`` so that Jython can import Java classes from them. Inside a jar built by ``bdist_jar``
the Java classes sit on the JVM's classpath instead, and there is no ``jars/`` directory.

Jython puts the class path before site-packages on ``sys.path``, so with a jar built earlier on
CLASSPATH this module may be the copy that jar carries. It then uses the jars of the installed
package of the same version, so that building works as from the installation.
"""
from __future__ import absolute_import

import os
import sys

from clamp_annotations._version import __version__

_PACKAGE = os.path.dirname(os.path.abspath(__file__))


def installation():
    """The directory of the installed clamp_annotations with ``jars/`` this process uses, or None."""
    for directory in [_PACKAGE] + [os.path.join(entry, 'clamp_annotations') for entry in sys.path]:
        jars = os.path.join(directory, 'jars')
        if os.path.isdir(jars) and 'clamp-annotations-%s.jar' % __version__ in os.listdir(jars):
            return directory
    return None


def _origin():
    """Where this copy of the package was loaded from, naming the jar when that was the class path."""
    if '__pyclasspath__' not in _PACKAGE:
        return _PACKAGE
    from java.lang import ClassLoader
    return str(ClassLoader.getSystemResource('clamp_annotations/_jvm.py')).rsplit('/', 1)[0]


def _put_jars_on_path():
    directory = installation()
    if directory is None:
        return
    jars = os.path.join(directory, 'jars')
    for name in sorted(os.listdir(jars)):
        path = os.path.join(jars, name)
        if name.endswith('.jar') and path not in sys.path:
            sys.path.append(path)


_put_jars_on_path()

# What Python calls directly. None of them needs ASM until a class is generated (ClampMaker.canGenerate).
from clampannotations import (  # noqa: E402 (importable only once the jars are on sys.path)
    AnnotationSpec, AnnotationTypeHook, AnnotationTypeMaker, AnnotationTypeSpec, AnnotationValueException,
    BuildInputs, CaughtExceptions, ClampMaker, ClampRuntime, ClassCapture, GeneratedClasses, ImportedClasses,
    InheritedMethods, Lambdas, Members, Overriding, ProxyAdapter, PythonValues, RepeatedAnnotations,
    RuntimeCopies, TypeSpec, VirtualCalls)


def _one_runtime():
    """Refuses copies of clamp_annotations of other versions on the class path.

    Jars that carry the runtime (bdist_jar's, for ``java -cp``, and the clamp-annotations artifact) may
    share a class path: of the same version, the first copy of each class and module serves them all.
    Of different versions, each class would come from whichever jar is first, mixing the two.
    """
    others = sorted((version, where) for where, version in RuntimeCopies.versions().items()
                    if version != __version__)
    if others:
        from clamp_annotations._errors import ClampError
        raise ClampError('clamp_annotations %s is running, and the class path holds other versions of it: %s; '
                         'a jar that bdist_jar built carries the version that built it, and the Maven plugin brings '
                         'the clamp-annotations of its own version: build every jar with one version, and depend '
                         'on clamp-annotations of that version' % (__version__, ', '.join(
                             '%s in %s' % (version, where) for version, where in others)))


_one_runtime()

__all__ = ['AnnotationSpec', 'AnnotationTypeHook', 'AnnotationTypeMaker', 'AnnotationTypeSpec',
           'AnnotationValueException', 'BuildInputs', 'CaughtExceptions', 'ClampMaker', 'ClampRuntime',
           'ClassCapture', 'GeneratedClasses', 'ImportedClasses', 'InheritedMethods', 'Lambdas', 'Members',
           'Overriding', 'ProxyAdapter', 'PythonValues', 'RepeatedAnnotations', 'RuntimeCopies', 'TypeSpec',
           'VirtualCalls', 'imported_classes', 'location_of', 'runtime_jar']


def imported_classes():
    """The Java classes that the modules imported so far hold, or reach through Java packages (walked in
    Java: see ImportedClasses)."""
    return ImportedClasses.of(sys.modules)


def location_of(java_class):
    """The jar or directory ``java_class`` was loaded from; None for the JVM's own classes."""
    from java.lang import Class
    source = Class.getProtectionDomain(java_class).getCodeSource()
    return os.path.abspath(source.getLocation().toURI().getPath()) if source is not None else None


def runtime_jar():
    """The path of the jar holding clamp_annotations' own Java classes (not ASM)."""
    directory = installation()
    if directory is None:
        raise IOError('clamp_annotations %s was imported from %s, the copy a built jar carries, and no '
                      'installation of that version is on sys.path to build with: remove the jar from '
                      'CLASSPATH and sys.path, or install clamp_annotations %s'
                      % (__version__, _origin(), __version__))
    return os.path.join(directory, 'jars', 'clamp-annotations-%s.jar' % __version__)
