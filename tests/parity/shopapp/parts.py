"""Python beans found by Spring's scan: names, @Primary, @Qualifier, scopes, typed members."""
from java.lang import Object, String
from java.util.function import Supplier

from clamp_annotations import clamp_base, generic, java_constructor, java_field, java_method
from org.springframework.beans.factory import ObjectProvider
from org.springframework.beans.factory.annotation import Autowired, Qualifier, Value
from org.springframework.context.annotation import Primary, Scope
from org.springframework.stereotype import Component, Repository, Service

Base = clamp_base('com.example')


@Primary
@Component('engine')
class PetrolEngine(Base, Supplier):
    def get(self):
        return 'petrol'


@Component('electric')
@Qualifier('quiet')
class ElectricEngine(Base, Supplier):
    def get(self):
        return 'electric'


@Scope('prototype')
@Component
class Ticket(Base, Object):
    pass


@Service('garage')
class Garage(Base, Object):
    greeting = java_field(String, Value('${shop.greeting}'))
    cars = java_field(generic(ObjectProvider, 'Car'), Autowired())  # Car is declared below

    @java_constructor(engine=PetrolEngine, quiet=(Supplier, Qualifier('quiet')))
    def __init__(self, engine, quiet):
        self.engine = engine
        self.quiet = quiet

    @java_method(String)
    def describe(self):
        return '%s; engines %s and %s; car %s' % (self.greeting, self.engine.get(), self.quiet.get(),
                                                 self.cars.getObject().model())


@Repository
class Car(Base, Object):
    garage = java_field(Garage, Autowired())  # the two refer to each other

    @java_method(String)
    def model(self):
        return 'roadster'

    @java_method(Garage)
    def home(self):
        return self.garage
