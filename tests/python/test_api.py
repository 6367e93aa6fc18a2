import os

import clamp_annotations


def test_public_names_are_few_and_sorted():
    assert clamp_annotations.__all__ == [
        'Annotation', 'AnnotationError', 'ClampError', 'Constant', 'annotations_of', 'array', 'clamp_base',
        'element', 'generic', 'java_abstract', 'java_constructor', 'java_field', 'java_method', 'java_property',
        'varargs']
    for name in clamp_annotations.__all__:
        assert getattr(clamp_annotations, name) is not None


def test_every_module_but_the_package_and_clamps_commands_is_private_and_errors_are_named_as_imported():
    package = os.path.dirname(clamp_annotations.__file__)
    public = [name for name in sorted(os.listdir(package)) if name.endswith('.py') and not name.startswith('_')]
    assert public == ['commands.py']  # clamp 0.4's clamp.commands, for projects that import it
    assert clamp_annotations.ClampError.__module__ == 'clamp_annotations'
