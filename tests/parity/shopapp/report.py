"""What Spring made of the application, as lines: the same code reports on both runs."""
from java.util import ArrayList
from java.util.function import Function, Supplier

from org.springframework.stereotype import Component
from shopapp.parts import Base, Car, Garage, Ticket


@Component('report')
class Report(Base, Function):
    def apply(self, context):
        lines = ArrayList()
        names = sorted(name for name in context.getBeanDefinitionNames() if not name.startswith('org.'))
        lines.add('beans: %s' % ', '.join(names))
        for name in names:
            lines.add('%s: %s' % (name, context.getType(name).getName()))
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
        lines.add('banner: %s' % context.getBean('banner'))
        lines.add('slogan: %s' % context.getBean('slogan'))
        return lines
