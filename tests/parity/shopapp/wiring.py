"""Python @Configuration classes, in both proxy modes, with a @PropertySource."""
from java.lang import Object, String
from java.util.function import Supplier

from clamp_annotations import java_field, java_method
from org.springframework.beans.factory.annotation import Autowired
from org.springframework.context.annotation import Bean, Configuration, PropertySource
from shopapp.parts import Base, Garage


class Motto(Base, Supplier):
    def __init__(self, text):
        self.text = text

    def get(self):
        return self.text


@Configuration
@PropertySource('classpath:shopapp/shop.properties')
class ShopConfig(Base, Object):
    car = java_field('shopapp.parts.Car', Autowired())  # a clamped class of another module, by name

    @Bean
    @java_method(Motto)
    def motto(self):
        return Motto('open daily')

    @Bean
    @java_method(String, motto=Motto, garage=Garage)
    def banner(self, motto, garage):
        return '%s, %s, %s' % (motto.get(), garage.describe().split(';')[0], self.car.model())


@Configuration(proxyBeanMethods=False)
class LiteConfig(Base, Object):
    @Bean
    @java_method(String)
    def slogan(self):
        return 'lite'
