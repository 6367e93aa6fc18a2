import clamp_annotations


def test_public_names_are_few_and_sorted():
    assert clamp_annotations.__all__ == [
        'Annotation', 'AnnotationError', 'ClampError', 'annotations_of', 'clamp_base']
    for name in clamp_annotations.__all__:
        assert getattr(clamp_annotations, name) is not None
