"""Python callables where the JDK and Spring take lambdas. Its Java twin, tests/java/twin/JavaLambdas.java,
does the same with Java lambdas, and both report the same lines."""
from java.lang import Integer, String, StringBuilder
from java.util import ArrayList, Optional
from java.util.function import Supplier
from java.util.stream import Collectors

from clamp_annotations import generic, java_constructor, java_method
from org.springframework.context import ApplicationContext
from org.springframework.context.annotation import Bean
from org.springframework.context.support import GenericApplicationContext
from org.springframework.core.convert.converter import Converter
from org.springframework.stereotype import Component
from shopapp.parts import Base
from twin import LambdaUses


@Component('lambdas')
class Lambdas(Base, Supplier):
    @java_constructor(context=ApplicationContext)
    def __init__(self, context):
        self.context = context

    @Bean
    @java_method(generic(Converter, String, Integer))
    def sizes(self):
        return lambda text: len(text)

    def get(self):
        names = ArrayList(['tea', 'coffee', 'mate'])
        lines = ArrayList()
        lines.add('Optional.map: %s' % Optional.of('tea').map(lambda s: s.upper()).orElse('none'))
        lines.add('Comparator.reversed from Java: %s'
                  % ', '.join(LambdaUses.sortedBackwards(names, lambda a, b: len(a) - len(b))))
        lines.add('Function.andThen from Java: %s' % LambdaUses.chained(lambda s: s + '!', lambda s: s.upper(), 'tea'))
        lines.add('Predicate.negate from Java: %s' % ', '.join(LambdaUses.without(names, lambda s: len(s) < 5)))
        lines.add('ObjectProvider.orderedStream: %s' % self.context.getBeanProvider(String).orderedStream()
                  .filter(lambda s: s.startswith('l')).map(lambda s: s.upper()).collect(Collectors.joining(', ')))
        child = GenericApplicationContext()
        try:
            child.registerBean('clerk', StringBuilder, lambda: StringBuilder('ada'),
                               lambda definition: definition.setLazyInit(True))
            child.refresh()
            lines.add('registerBean with a Supplier and a customizer: %s, lazy %s'
                      % (child.getBean('clerk'), str(child.getBeanDefinition('clerk').isLazyInit()).lower()))
        finally:
            child.close()
        lines.add('a @Bean Converter, andThen from Java: %s'
                  % LambdaUses.doubled(self.context.getBean('sizes'), 'tea'))
        lines.add('handed back, the same object: %s' % str(LambdaUses.same(_unchanged) is _unchanged).lower())
        return lines


def _unchanged(value):
    return value
