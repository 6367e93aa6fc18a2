"""Generating the Java classes of clamped modules, with their annotations, for a jar."""
import sys

from clamp_annotations import _jvm  # noqa: F401 (puts the Java half on sys.path)
from clamp_annotations.annotations import annotations_of, java_specs
from clamp_annotations.errors import ClampError
from clampannotations import ClassAnnotator, ClassCapture


class ModuleImportError(Exception):
    """A clamped module could not be imported; keeps the module's name and the cause."""

    def __init__(self, module, cause):
        self.module = module
        self.cause = cause
        Exception.__init__(self, 'cannot import clamped module %r: %s: %s'
                           % (module, type(cause).__name__, cause))


def generate_classes(modules):
    """Imports ``modules`` afresh and returns ``{class file path: bytes}`` of their Java classes.

    Every class statement runs again under capture, so each Java class is generated from the
    current sources; class annotations (known only after the class statement, since class
    decorators run after Jython builds the class) are then written onto the captured bytes.
    """
    ClassCapture.start()
    try:
        for module in modules:
            _import_fresh(module)
    finally:
        captured = ClassCapture.stop()
    classes = {}
    for generated in captured:
        python_class = _python_class(generated)
        where = '%s.%s' % (generated.pythonModule(), generated.pythonClass())
        annotator = ClassAnnotator().onClass(java_specs(annotations_of(python_class), where))
        class_file = annotator.annotate(generated.bytes())
        classes[generated.javaName().replace('.', '/') + '.class'] = class_file.tostring()
    return classes


def _import_fresh(module):
    sys.modules.pop(module, None)
    try:
        __import__(module)
    except Exception as e:
        raise ModuleImportError(module, e)


def _python_class(generated):
    module = sys.modules.get(generated.pythonModule())
    python_class = getattr(module, generated.pythonClass(), None)
    if python_class is None or python_class.__dict__.get('__proxymaker__') is None:
        raise ClampError(
            'class %s in module %s is not a top-level name of its module: Java can only create '
            'clamped classes that their module defines at top level'
            % (generated.pythonClass(), generated.pythonModule()))
    return python_class
