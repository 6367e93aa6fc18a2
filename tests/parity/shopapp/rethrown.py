"""A Python exception that Java catches and throws again, caught once more in Python as the object Python
raised, by its class or a Python base class; a Python bean and its Java twin (twin.RethrowCheck) report
how they catch it."""
from java.lang import IllegalStateException, Object
from java.util.function import Function

from fixtures import Report, Rethrowing
from org.springframework.context.annotation import Configuration, Import
from org.springframework.stereotype import Component
from shopapp.parts import Base
from twin import RethrowCheck as JavaRethrowCheck


class Refused(Base, IllegalStateException):
    """com.example.shopapp.rethrown.Refused, a java.lang.IllegalStateException."""


class SoldOut(Refused):
    def __init__(self, item):
        Refused.__init__(self, 'no %s left' % item)
        self.item = item


class Counter(Base, Function):
    def apply(self, item):
        raise SoldOut(item)


@Component('rethrowCheck')
class RethrowCheck(Base, Report):
    def describe(self):
        seen = []
        for python_class in SoldOut, Refused:
            try:
                Rethrowing.apply(Counter(), 'tea')
            except python_class as e:  # Rethrowing caught the Java object of what Python raised
                seen.append('caught as %s: the object raised: %s (%s)' % (
                    python_class.__name__, str(e is Rethrowing.lastCaught()).lower(), e.getMessage()))
        try:
            Rethrowing.apply(Counter(), 'tea')
        except IllegalStateException as e:
            seen.append('caught as IllegalStateException: %s' % e.getMessage())
        return '; '.join(seen)


@Configuration(proxyBeanMethods=False)
@Import(JavaRethrowCheck)
class RethrownConfig(Base, Object):
    pass
