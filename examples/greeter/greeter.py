"""A Spring component written in Python."""
import platform

from clamp_annotations import clamp_base
from org.springframework.stereotype import Component

from demo.greeter import Greeter

Base = clamp_base('demo')


@Component('greeter')
class PythonGreeter(Base, Greeter):
    """Becomes the Java class demo.greeter.PythonGreeter, found by Spring's component scan."""

    def greet(self, name):
        return 'Hello, %s, from Python %s on %s!' % (
            name, platform.python_version(), platform.python_implementation())
