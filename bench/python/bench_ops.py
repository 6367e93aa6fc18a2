"""The operations of bench.Ops in Python: a stock Jython proxy, a clamped class overriding Ops, and a
clamped class with the same methods as typed @java_method members."""
from java.lang import Boolean, Double, Integer, Long, Object, String
from java.util import Collections, List

from bench import Ops
from clamp_annotations import clamp_base, java_method

Base = clamp_base('bench')

# listed returns a list made once: the row measures a List crossing from Python to Java, not the
# creation of a Java list in the body (which costs all three the same).
LISTED = Collections.singletonList('listed')


class StockOps(Ops):
    def addInts(self, a, b):
        return a + b

    def addLongs(self, a, b):
        return a + b

    def addDoubles(self, a, b):
        return a + b

    def negate(self, value):
        return not value

    def echo(self, value):
        return value

    def listed(self, value):
        return LISTED


class OverrideOps(Base, Ops):
    addInts = StockOps.__dict__['addInts']
    addLongs = StockOps.__dict__['addLongs']
    addDoubles = StockOps.__dict__['addDoubles']
    negate = StockOps.__dict__['negate']
    echo = StockOps.__dict__['echo']
    listed = StockOps.__dict__['listed']


class TypedOps(Base, Object):
    @java_method(Integer.TYPE, a=Integer.TYPE, b=Integer.TYPE)
    def addInts(self, a, b):
        return a + b

    @java_method(Long.TYPE, a=Long.TYPE, b=Long.TYPE)
    def addLongs(self, a, b):
        return a + b

    @java_method(Double.TYPE, a=Double.TYPE, b=Double.TYPE)
    def addDoubles(self, a, b):
        return a + b

    @java_method(Boolean.TYPE, value=Boolean.TYPE)
    def negate(self, value):
        return not value

    @java_method(String, value=String)
    def echo(self, value):
        return value

    @java_method(List, value=String)
    def listed(self, value):
        return LISTED
