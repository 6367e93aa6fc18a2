"""Where the code that applies or calls a decorator of clamp_annotations is: its frame, the class body it
runs, the line it is at."""
from __future__ import absolute_import

import sys


def caller():
    """The innermost frame outside clamp_annotations: the code that applied or called a decorator."""
    frame = sys._getframe(1)
    while frame.f_globals.get('__name__', '').startswith('clamp_annotations.'):
        frame = frame.f_back
    return frame


def class_being_defined():
    """The name of the class whose body applies the decorator now, or None outside a class body."""
    frame = caller()
    if frame.f_code.co_name == '<module>' or '__module__' not in frame.f_locals:
        return None
    return frame.f_code.co_name


def location():
    """Where the caller is, for errors found before the decorated class or method exists."""
    frame = caller()
    return '%s line %d' % (frame.f_code.co_filename, frame.f_lineno)
