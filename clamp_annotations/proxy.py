"""clamp_base: Python classes with Java classes of a chosen name.

A subclass of ``clamp_base("com.example")`` defined in module ``shop.orders`` as ``Cart`` gets the
Java class ``com.example.shop.orders.Cart`` (jythontools' clamp naming), built by
``clampannotations.ClampMaker``, a Jython ``CustomMaker``.
"""
import re

from java.lang import Class

from clamp_annotations import _jvm
from clamp_annotations.errors import ClampError

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
        return _jvm.ClampMaker(superclass, interfaces, python_class, python_module, java_name, namespace)


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
            if bases != (object,) and not _has_java_base(cls):
                raise ClampError(
                    'class %s in module %s has no Java base: a clamped class must extend a Java class or '
                    'implement a Java interface (java.lang.Object will do) to get a Java class'
                    % (name, namespace.get('__module__')))
            return cls

    return ClampMeta('ClampBase', (object,), {'__module__': __name__})


def _has_java_base(cls):
    return any(isinstance(base, Class) for base in cls.__mro__)
