"""clamp_base: Python classes with Java classes of a chosen name.

A subclass of ``clamp_base("com.example")`` defined in module ``shop.orders`` as ``Cart`` gets the
Java class ``com.example.shop.orders.Cart`` (jythontools' clamp naming), built by
``clampannotations.ClampMaker``, a Jython ``CustomMaker``.
"""
import re
import types

from java.lang import Class

from clamp_annotations import _jvm
from clamp_annotations.annotations import annotations_of, class_created, java_specs
from clamp_annotations.errors import AnnotationError, ClampError

_JAVA_PACKAGE = re.compile(r'^[A-Za-z_$][A-Za-z0-9_$]*(\.[A-Za-z_$][A-Za-z0-9_$]*)*$')


class ClampProxyMaker(object):
    """Jython's ``__proxymaker__`` protocol: names the Java class and picks the maker."""

    def __init__(self, package):
        self.package = package

    def __call__(self, superclass, interfaces, python_class, python_module, proxy_name, namespace):
        if python_module == '__main__':
            raise ClampError(
                'class %s is defined in __main__: a clamped class must live in an importable module, '
                'whose name becomes part of its Java name and is imported again when Java creates it'
                % python_class)
        java_name = '%s.%s.%s' % (self.package, python_module, python_class)
        methods = method_annotations(python_class, namespace, superclass, interfaces)
        return _jvm.ClampMaker(superclass, interfaces, python_class, python_module, java_name, namespace,
                               methods)


def method_annotations(python_class, namespace, superclass, interfaces):
    """``{method name: [AnnotationSpec]}`` for the annotated methods in a class body.

    Each must override a Java method of the class's Java bases: that is where its Java signature
    comes from, and each Java method it overrides (every overload of the name) gets the annotations.
    """
    methods = {}
    for name, value in sorted(namespace.items()):
        annotations = annotations_of(value) if isinstance(value, types.FunctionType) else ()
        if not annotations:
            continue
        target = '%s.%s' % (python_class, name)
        if not _jvm.OverridableMethods.named(name, superclass, interfaces):
            raise AnnotationError(target, repr(annotations[0]), None,
                                  'can only annotate a method that overrides a Java method of the '
                                  "class's Java bases, since that gives its Java signature",
                                  'a method that overrides none')
        methods[name] = java_specs(annotations, target)
    return methods


def clamp_base(package, proxy_maker=ClampProxyMaker):
    """Returns a base class whose subclasses get Java classes named ``package.module.Class``.

    A subclass must also extend a Java class or implement a Java interface (``java.lang.Object``
    will do): that is what gives it a Java class. ``proxy_maker`` is called with ``package`` and
    must return a Jython ``__proxymaker__``, as in jythontools' clamp.
    """
    if not isinstance(package, basestring) or not _JAVA_PACKAGE.match(package):
        raise ClampError('clamp_base: package must be a Java package name such as "com.example", got %r'
                         % (package,))

    class ClampMeta(type):
        def __new__(meta, name, bases, namespace):
            namespace['__proxymaker__'] = proxy_maker(package)
            cls = type.__new__(meta, name, bases, namespace)
            class_created(cls)
            if bases != (object,) and not _has_java_base(cls):
                raise ClampError(
                    'class %s in module %s has no Java base: a clamped class must extend a Java class or '
                    'implement a Java interface (java.lang.Object will do) to get a Java class'
                    % (name, namespace.get('__module__')))
            return cls

    return ClampMeta('ClampBase', (object,), {'__module__': __name__})


def _has_java_base(cls):
    return any(isinstance(base, Class) for base in cls.__mro__)
