"""The Java half of clamp_annotations, made importable.

Installed by pip, the package carries its Java classes (and ASM) as jars in ``jars/``, which go on
``sys.path`` so that Jython can import Java classes from them. Inside a jar built by ``bdist_jar``
the Java classes sit on the JVM's classpath instead, and there is no ``jars/`` directory.

Jython puts the class path before site-packages on ``sys.path``, so with a jar built earlier on
CLASSPATH this module may be the copy that jar carries. It then uses the jars of the installed
package of the same version, so that building works as from the installation.
"""
import os
import sys

from clamp_annotations import __version__

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
    AnnotationSpec, AnnotationTypeHook, AnnotationValueException, CaughtExceptions, ClampMaker, ClampRuntime,
    ClassCapture, GeneratedClasses, InheritedMethods, Members, ProxyAdapter, PythonValues, RepeatedAnnotations,
    TypeSpec, VirtualCalls)

__all__ = ['AnnotationSpec', 'AnnotationTypeHook', 'AnnotationValueException', 'CaughtExceptions', 'ClampMaker',
           'ClampRuntime', 'ClassCapture', 'GeneratedClasses', 'InheritedMethods', 'Members', 'ProxyAdapter',
           'PythonValues', 'RepeatedAnnotations', 'TypeSpec', 'VirtualCalls', 'location_of', 'runtime_jar']


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
