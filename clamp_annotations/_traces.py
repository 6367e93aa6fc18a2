"""Python frames in the stack traces of Java exceptions that Python classes define.

A clamped class with a Java exception base (``class OutOfStock(Base, IllegalStateException)``) is a
Java exception: raised in Python, it reaches Java callers as itself, caught by its Java class or any
Java superclass. Java records where an exception was made in its stack trace; this puts the Python
frames there too, so ``printStackTrace()`` shows the file, line and function that made it.
"""
from __future__ import absolute_import

import os
import sys

from java.lang import Class, StackTraceElement, Throwable
from org.python.core import Py

from clamp_annotations._jython_files import source_file

# Frames of the machinery between Python code and the Java object: Jython's and ours.
_INTERNAL = ('org.python.', 'clampannotations.', 'jdk.internal.reflect.', 'java.lang.reflect.')


def record_python_frames(cls, java_class):
    """Makes ``cls.__init__`` put the Python frames that create an object into its Java stack trace,
    when ``cls``, whose Java class is ``java_class``, is a Java exception."""
    if not Class.isAssignableFrom(Throwable, java_class):
        return
    init = cls.__init__

    def __init__(self, *args, **kwargs):
        init(self, *args, **kwargs)
        if type(self) is cls:  # once, by the object's own class, after the __init__ of its bases
            _fill(Py.tojava(self, Throwable), sys._getframe(1))
    cls.__init__ = __init__


def _fill(throwable, frame):
    python = []
    while frame is not None:
        module = frame.f_globals.get('__name__', '?')
        if not module.startswith('clamp_annotations'):
            source = os.path.basename(source_file(frame.f_code.co_filename))  # precompiled
            python.append(StackTraceElement(module, frame.f_code.co_name, source, frame.f_lineno))
        frame = frame.f_back
    java = [element for element in throwable.getStackTrace()  # compiled Python modules are $py classes
            if not element.getClassName().startswith(_INTERNAL) and not element.getClassName().endswith('$py')]
    throwable.setStackTrace(python + java)
