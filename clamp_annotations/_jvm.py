"""The Java half of clamp_annotations, made importable.

Installed by pip, the package carries its Java classes (and ASM) as jars in ``jars/``, which go on
``sys.path`` so that Jython can import Java classes from them. Inside a jar built by ``bdist_jar``
the Java classes sit on the JVM's classpath instead, and there is no ``jars/`` directory.
"""
import os
import sys

_JARS = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'jars')


def _put_jars_on_path():
    if not os.path.isdir(_JARS):
        return
    for name in sorted(os.listdir(_JARS)):
        path = os.path.join(_JARS, name)
        if name.endswith('.jar') and path not in sys.path:
            sys.path.append(path)


_put_jars_on_path()

# Only the classes a built jar needs at run time; the ASM-based writer is imported by build.py alone.
from clampannotations import (  # noqa: E402 (importable only once the jars are on sys.path)
    AnnotationSpec, AnnotationTypeHook, AnnotationValueException, ClampMaker, ClampRuntime,
    InheritedMethods, Members, RepeatedAnnotations, TypeSpec)

__all__ = ['AnnotationSpec', 'AnnotationTypeHook', 'AnnotationValueException', 'ClampMaker',
           'ClampRuntime', 'InheritedMethods', 'Members', 'RepeatedAnnotations', 'TypeSpec', 'runtime_jar']


def runtime_jar():
    """The path of the jar holding clamp_annotations' own Java classes (not ASM)."""
    for name in sorted(os.listdir(_JARS)):
        if name.startswith('clamp-annotations-'):
            return os.path.join(_JARS, name)
    raise IOError('no clamp-annotations jar in %s' % _JARS)
