"""The exceptions clamp_annotations raises for bad input."""


class ClampError(ValueError):
    """A Python class cannot be given the Java class asked for.

    A ValueError, not a TypeError: Jython rewrites the message of a TypeError raised while a class
    statement runs its metaclass.
    """


class AnnotationError(TypeError):
    """An annotation is used in a way Java does not allow.

    The message names the Python target, the annotation, the element, what was expected and what was
    given; the same facts are kept as attributes for programs.
    """

    def __init__(self, target, annotation, element, expected, given):
        self.target = target
        self.annotation = annotation
        self.element = element
        self.expected = expected
        self.given = given
        where = '%s: @%s' % (target, annotation) if target else '@%s' % annotation
        if element is not None:
            where += ": element '%s'" % element
        TypeError.__init__(self, '%s %s, got %s' % (where, expected, given))
