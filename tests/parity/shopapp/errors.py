"""A Python exception that is a Java exception, raised by a Python bean and caught by Java by type."""
from java.lang import IllegalStateException, Integer, Object
from java.util.function import Function

from org.springframework.stereotype import Component
from shopapp.parts import Base


class OutOfStock(Base, IllegalStateException):
    """com.example.shopapp.errors.OutOfStock, a java.lang.IllegalStateException."""


@Component('till')
class Till(Base, Function):
    def apply(self, item):
        if item == 'caviar':
            raise OutOfStock('no %s left' % item)
        return 'sold %d' % Integer.parseInt(item)  # a Java exception passes to Java as it is
