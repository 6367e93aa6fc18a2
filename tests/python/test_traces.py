"""Python classes that are Java exceptions: raised and caught by either side, with Python frames in
their Java stack traces."""
import sys

import pytest
from java.lang import IllegalStateException, Runnable, RuntimeException
from org.python.core import Py

from clamp_annotations import clamp_base

Base = clamp_base('com.example')


class OutOfStock(Base, IllegalStateException):
    pass


class Discontinued(OutOfStock):
    def __init__(self, item):
        super(Discontinued, self).__init__('%s is discontinued' % item)


class Shelf(Base, Runnable):
    def run(self):
        raise Discontinued('tea')


def test_raised_in_python_it_is_caught_by_python_class_and_by_java_type():
    with pytest.raises(OutOfStock) as info:
        raise OutOfStock('no tea')
    assert info.value.getMessage() == 'no tea'
    assert isinstance(info.value, IllegalStateException) and isinstance(info.value, RuntimeException)


def test_a_java_caller_gets_the_java_exception_with_the_python_frames_that_made_it():
    java = Py.tojava(Shelf(), Runnable)
    with pytest.raises(IllegalStateException) as info:
        line = sys._getframe().f_lineno + 1
        java.run()  # Java calls Python, which raises
    thrown = info.value
    assert thrown.getClass().getName() == 'com.example.test_traces.Discontinued'
    assert thrown.getMessage() == 'tea is discontinued'
    frames = [str(element) for element in thrown.getStackTrace()]
    raised = Shelf.run.__func__.func_code.co_firstlineno + 1
    assert frames[:2] == ['test_traces.run(test_traces.py:%d)' % raised,  # once: not also Discontinued.__init__
                          'test_traces.test_a_java_caller_gets_the_java_exception_with_the_python_frames_that_'
                          'made_it(test_traces.py:%d)' % line], frames
    assert not [frame for frame in frames if 'org.python.' in frame or '$py' in frame], frames
