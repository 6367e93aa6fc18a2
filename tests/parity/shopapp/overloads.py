"""A Python bean that overrides one overload of an interface, as its Java twin (twin.Indicator) does;
Java calls the other overload, a default method, which calls the Python one."""
from fixtures import HealthCheck
from org.springframework.stereotype import Component
from shopapp.parts import Base


@Component('pythonHealth')
class Indicator(Base, HealthCheck):
    def health(self):
        return 'UP'
