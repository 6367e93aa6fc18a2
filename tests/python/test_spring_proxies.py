"""Spring's JDK proxies of Python beans reach Python as the Java objects they are, by every path a Java
object takes: as an object, as its class, returned from Java, passed by Java to a Python method, in an
array. (Spring makes a JDK proxy of a bean with an interface, for @Async, @Cacheable, @Transactional
and any other interface-based advice; it implements every interface of the bean's class.)"""
import jarray
from java.lang import Class
from java.lang.reflect import Proxy
from java.util import Collections, Optional
from java.util.function import Function
from org.springframework.aop.framework import ProxyFactory

from clamp_annotations import clamp_base

Base = clamp_base('com.example')


class Parcels(Base, Function):
    def apply(self, parcel):
        return 'sent %s' % parcel


class Inspector(Base, Function):
    """What a Python method that Java calls receives."""
    def apply(self, value):
        return type(value)


class StockParcels(Function):
    """A class Jython generates without clamp_annotations."""
    def apply(self, parcel):
        return 'stock %s' % parcel


def jdk_proxy(target):
    proxy = ProxyFactory(target).getProxy()  # the interfaces of the target's class: a JDK proxy
    assert Proxy.isProxyClass(proxy.getClass())
    return proxy


def test_a_jdk_proxy_is_an_object_of_its_own_class_whose_methods_python_calls():
    proxy = jdk_proxy(Parcels())
    assert type(proxy) is proxy.getClass()
    assert isinstance(proxy, Function) and not isinstance(proxy, Parcels)  # as instanceof says in Java
    assert proxy.apply('tea') == 'sent tea'


def test_the_class_of_a_jdk_proxy_reaches_python_as_its_type():
    proxy_class = jdk_proxy(Parcels()).getClass()  # a Class that Java returns
    assert Class.forName(proxy_class.getName(), False, proxy_class.getClassLoader()) is proxy_class
    assert Function in proxy_class.getInterfaces()


def test_a_jdk_proxy_returned_from_java_or_given_by_java_to_python_is_the_proxy():
    proxy = jdk_proxy(Parcels())
    returned = Collections.singletonList(proxy).get(0)
    assert type(returned) is type(proxy) and returned.apply('tea') == 'sent tea'
    assert Optional.of(proxy).map(Inspector()).get() is type(proxy)
    assert type(jarray.array([proxy], Function)[0]) is type(proxy)


def test_a_jdk_proxy_of_a_class_jython_made_without_clamp_annotations_reaches_python_through_its_interfaces():
    proxy = ProxyFactory(StockParcels()).getProxy()  # its class implements ClassDictInit: Jython can't type it
    assert isinstance(proxy, Function) and proxy.apply('tea') == 'stock tea'

