"""The exceptions clamp_annotations raises for bad input (imported from ``clamp_annotations``)."""


class ClampError(ValueError):
    """A Python class cannot be given the Java class or the annotations asked for.

    A ValueError, not a TypeError: Jython replaces the value of a TypeError raised while a class
    statement runs its metaclass, which is where many of these are found.
    """


class AnnotationError(ClampError):
    """An annotation is used in a way Java does not allow.

    The message names the Python target (``Greeter`` or ``Greeter.greet``), the annotation as
    written, the element, what was expected and what was given; the same facts are kept as
    attributes for programs. ``target`` and ``element`` may be None.
    """

    def __init__(self, target, annotation, element, expected, given):
        self.target = target
        self.annotation = annotation
        self.element = element
        self.expected = expected
        self.given = given
        where = '%s: %s' % (target, annotation) if target else annotation
        if element is not None:
            where += ": element '%s'" % element
        ClampError.__init__(self, '%s %s, got %s' % (where, expected, given))


# Tracebacks name them where users import them from.
ClampError.__module__ = AnnotationError.__module__ = 'clamp_annotations'
