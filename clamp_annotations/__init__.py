"""Java annotations on Python classes, for Jython.

``import clamp_annotations`` makes every Java annotation type usable as a decorator, and
:func:`clamp_base` gives Python classes Java classes with precise names; ``jython setup.py
bdist_jar`` writes them, annotated, into a jar that Java frameworks such as Spring load.

``docs/architecture.md`` draws this package and its Java half, ``clampannotations``, and follows the
calls across the line: a decorator call to the bytes in the jar, and Java's ``new`` to the Python
``__init__``.
"""
from __future__ import absolute_import

from clamp_annotations import _decorators, _jvm, _logging
from clamp_annotations._annotation_types import element
from clamp_annotations._annotations import Annotation
from clamp_annotations._declarations import annotations_of
from clamp_annotations._errors import AnnotationError, ClampError
from clamp_annotations._members import (Constant, array, generic, java_constructor, java_field, java_method,
                                        java_property, varargs)
from clamp_annotations._proxy import clamp_base, java_abstract
from clamp_annotations._version import __version__  # noqa: F401 (public)

__all__ = ['Annotation', 'AnnotationError', 'ClampError', 'Constant', 'annotations_of', 'array', 'clamp_base',
           'element', 'generic', 'java_abstract', 'java_constructor', 'java_field', 'java_method', 'java_property',
           'varargs']

_imported = _jvm.imported_classes()
_decorators.install(_imported)
_jvm.ProxyAdapter.install()  # Spring's proxies of Python beans reach Python as the proxies they are
_jvm.Lambdas.install(_imported)  # callables passed where Java takes a functional interface are lambdas
del _imported
_logging.install()  # Python's logging goes where the application's Java logging goes (SLF4J)
