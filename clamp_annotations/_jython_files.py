"""How Jython names the files of Python modules: those of jars, and the classes it compiles them to."""
from __future__ import absolute_import

import re

CLASS_PATH = '__pyclasspath__/'  # where Jython finds the modules of jars on the class path


def compiled_file(path):
    """The class Jython compiles the module ``path`` (``shop/orders.py``) to: ``shop/orders$py.class``."""
    return path[:-len('.py')] + '$py.class'


def source_file(path):
    """The source file of a module's ``__file__`` or a code object's file name, which may name the class
    Jython compiled beside it (``orders$py.class``)."""
    return re.sub(r'\$py\.class$', '.py', path)
