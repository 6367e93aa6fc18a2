"""What Spring made of the application, as lines: the same code reports on both runs."""
from java.util import ArrayList
from java.util.function import Supplier

from clamp_annotations import java_constructor
from org.springframework.context import ApplicationContext

from org.springframework.stereotype import Component
from shopapp.parts import Base, Car, Garage, PetrolEngine, Ticket


@Component('report')
class Report(Base, Supplier):
    @java_constructor(context=ApplicationContext)
    def __init__(self, context):
        self.context = context

    def get(self):
        context = self.context
        lines = ArrayList()
        for name in 'engine', 'shopConfig':
            java_class = context.getType(name)
            java_class = java_class.getSuperclass() if '$$' in java_class.getName() else java_class
            lines.add('%s annotations: %s' % (name, ', '.join(
                a.annotationType().getSimpleName() for a in java_class.getAnnotations()
                if not a.annotationType().getName().startswith('org.python'))))
        lines.add('primary supplier: %s' % context.getBean(Supplier).get())
        lines.add('prototype: two objects %s' % (context.getBean(Ticket) is not context.getBean(Ticket)))
        garage = context.getBean(Garage)
        lines.add('garage: %s' % garage.describe())
        lines.add('car comes home: %s' % (context.getBean(Car).home() is garage))
        lines.add('an unadvised bean injected into Python is the Python object: %s'
                  % isinstance(garage.engine, PetrolEngine))
        lines.add('shopper: %s' % context.getBean('shopper').shop())
        lines.add('banner: %s' % context.getBean('banner'))
        lines.add('slogan: %s' % context.getBean('slogan'))
        return lines
