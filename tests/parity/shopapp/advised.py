"""Python beans that Spring advises (@Async and @Cacheable, through CGLIB subclasses; an interceptor
through a JDK interface proxy), called from another Python bean, which must go through the advice as
a Java caller does."""
import time

from java.lang import Object, String, Thread
from java.util.function import Consumer, Function

from java.util import List

from clamp_annotations import generic, java_constructor, java_field, java_method
from org.aopalliance.intercept import MethodInterceptor
from org.springframework.aop.framework import ProxyFactory
from org.springframework.beans.factory.annotation import Autowired
from org.springframework.cache import CacheManager
from org.springframework.cache.annotation import Cacheable, EnableCaching
from org.springframework.cache.concurrent import ConcurrentMapCacheManager
from org.springframework.context.annotation import Bean, Configuration
from org.springframework.core.task import SimpleAsyncTaskExecutor, TaskExecutor
from org.springframework.scheduling.annotation import Async, EnableAsync
from org.springframework.stereotype import Component
from shopapp.parts import Base

RECEIVED_ON = []  # the threads Recorder.accept ran on
COMPUTED = []  # the items PriceList.apply computed


class Echo(Base, Function):
    def apply(self, value):
        return 'echo %s' % value


class Shout(Base, MethodInterceptor):
    def invoke(self, invocation):
        return invocation.proceed().upper()


@Configuration(proxyBeanMethods=False)
@EnableAsync(proxyTargetClass=True)
@EnableCaching
class AdviceConfig(Base, Object):
    @Bean
    @java_method(CacheManager)
    def cacheManager(self):
        return ConcurrentMapCacheManager(['prices'])

    @Bean
    @java_method(TaskExecutor)
    def taskExecutor(self):
        return SimpleAsyncTaskExecutor('async-')

    @Bean
    @java_method(Function)
    def echo(self):
        factory = ProxyFactory(Echo())  # the interfaces of Echo: a JDK proxy
        factory.addAdvice(Shout())
        return factory.getProxy()


@Component('recorder')
class Recorder(Base, Consumer):
    @Async
    def accept(self, value):
        RECEIVED_ON.append(Thread.currentThread().getName())


@Component('prices')
class PriceList(Base, Function):
    @Cacheable('prices')
    def apply(self, item):
        COMPUTED.append(item)
        return 'price of %s' % item

    @java_method(String, item=String)
    def twice_from_inside(self, item):
        return self.apply(item) + ', ' + self.apply(item)  # self-invocation: past the advice, as in Java


@Component('shopper')
class Shopper(Base, Object):
    functions = java_field(generic(List, Function), Autowired())  # every Function bean, advised or not
    @java_constructor(recorder=Consumer, prices=Function, echo=Function)
    def __init__(self, recorder, prices, echo):
        self.recorder = recorder
        self.prices = prices
        self.echo = echo

    @java_method(String)
    def shop(self):
        self.recorder.accept('order')
        deadline = time.time() + 10
        while not RECEIVED_ON and time.time() < deadline:
            time.sleep(0.01)
        asynchronous = bool(RECEIVED_ON) and RECEIVED_ON[0] != Thread.currentThread().getName()
        first, second = self.prices.apply('tea'), self.prices.apply('tea')
        cached = len(COMPUTED) == 1
        inside = self.prices.twice_from_inside('coffee')
        listed = sorted(function.apply('1') for function in self.functions)
        return ('@Async ran on another thread: %s; @Cacheable computed once for two calls: %s (%s); '
                'calls on self skip the cache: %s (%s); through a JDK proxy: %s; a List of beans: %s'
                % (asynchronous, cached, second, COMPUTED.count('coffee') == 2, inside, self.echo.apply('hi'),
                   ', '.join(listed)))
