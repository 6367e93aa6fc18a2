import clamp_annotations


def test_public_names_are_few_and_sorted():
    assert clamp_annotations.__all__ == [
        'Annotation', 'AnnotationError', 'ClampError', 'Constant', 'annotations_of', 'clamp_base',
        'generic', 'java_constructor', 'java_field', 'java_method']
    for name in clamp_annotations.__all__:
        assert getattr(clamp_annotations, name) is not None
