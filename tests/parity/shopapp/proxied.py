"""A Python bean that Spring hands out through a JDK proxy of its interface (a scoped proxy, behind which
@Async advises it), and a Python bean and its Java twin (twin.CourierCheck) that are given that proxy and
report the same of it: by whichever path a Java object reaches Python, Python gets the proxy, as Java
does."""
import time

from java.lang import Object, Thread
from java.lang.reflect import Proxy
from java.util import Collections, Optional
from java.util.function import Function

from clamp_annotations import java_constructor
from fixtures import Courier, Events, Report
from org.springframework.context import ApplicationContext
from org.springframework.context.annotation import Configuration, Import, Scope, ScopedProxyMode
from org.springframework.scheduling.annotation import Async
from org.springframework.stereotype import Component
from shopapp.parts import Base
from twin import CourierCheck as JavaCourierCheck

FACTS = ('a JDK proxy: %s; the class Spring gives: %s; a Courier: %s; an object of the Python class: %s; '
         'the same class through Java and back: %s; send ran on another thread: %s')  # as twin.CourierCheck


@Component('courier')
@Scope(value='prototype', proxyMode=ScopedProxyMode.INTERFACES)  # a JDK proxy of the bean's interfaces
class PythonCourier(Base, Courier):
    @Async
    def send(self, parcel):
        Events.LOG.add('%s sent on %s' % (parcel, Thread.currentThread().getName()))


class ClassOf(Base, Function):
    """What a Python method that Java calls is given: the class of its argument."""
    def apply(self, value):
        return type(value)


@Component('courierCheck')
class CourierCheck(Base, Report):
    @java_constructor(courier=Courier, context=ApplicationContext)
    def __init__(self, courier, context):
        self.courier, self.context = courier, context

    def describe(self):
        courier = self.courier
        proxy_class = type(courier)
        return FACTS % tuple(str(fact).lower() for fact in [
            Proxy.isProxyClass(courier.getClass()),  # its Class reaching Python
            self.context.getType('courier') is proxy_class,
            isinstance(courier, Courier),
            isinstance(courier, PythonCourier),
            type(Collections.singletonList(courier).get(0)) is proxy_class  # returned by Java
            and Optional.of(courier).map(ClassOf()).get() is proxy_class,  # given by Java to Python
            _sent_elsewhere(courier, 'python parcel'),
        ])


def _sent_elsewhere(courier, parcel):
    """Whether ``courier.send(parcel)`` ran on a thread of its own, as @Async makes it."""
    courier.send(parcel)
    sent = '%s sent on ' % parcel
    deadline = time.time() + 10
    while time.time() < deadline:
        for event in Events.LOG:
            if event.startswith(sent):
                return event != sent + Thread.currentThread().getName()
        time.sleep(0.01)
    return False


@Configuration(proxyBeanMethods=False)
@Import(JavaCourierCheck)
class ProxiedConfig(Base, Object):
    pass
