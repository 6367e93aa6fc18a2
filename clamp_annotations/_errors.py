"""The exceptions clamp_annotations raises for bad input (imported from ``clamp_annotations``)."""


class ClampError(ValueError):
    """A Python class cannot be given the Java class or the annotations asked for.

    The message names the Python target where there is one (``Greeter``, ``Greeter.greet``,
    ``Greeter.greet: parameter 'who'``), then the problem: what is wrong and what to do. The two are
    kept as the attributes ``target`` (or None) and ``problem``.

    A ValueError, not a TypeError: Jython replaces the value of a TypeError raised while a class
    statement runs its metaclass, which is where many of these are found.
    """

    def __init__(self, problem, target=None):
        self.problem = problem
        self.target = target
        ValueError.__init__(self, '%s: %s' % (target, problem) if target else problem)


class AnnotationError(ClampError):
    """An annotation is used in a way Java does not allow.

    The message names the Python target (``Greeter`` or ``Greeter.greet``), the annotation as
    written, the element, what was expected and what was given; the same facts are kept as
    attributes for programs (``problem`` is the message after the target). ``target`` and
    ``element`` may be None.
    """

    def __init__(self, target, annotation, element, expected, given):
        self.target = target
        self.annotation = annotation
        self.element = element
        self.expected = expected
        self.given = given
        where = annotation if element is None else "%s: element '%s'" % (annotation, element)
        ClampError.__init__(self, '%s %s, got %s' % (where, expected, given), target)


# Tracebacks name them where users import them from.
ClampError.__module__ = AnnotationError.__module__ = 'clamp_annotations'
