"""Annotation types declared in Python: a class statement whose bases are a clamp_base and Java's
``java.lang.annotation.Annotation`` declares a Java ``@interface``::

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @Service
    class KeystoneDriver(Base, Annotation):       # public @interface KeystoneDriver {
        value = element(String, AliasFor(annotation=Service), default='')
                                                  #     @AliasFor(annotation = Service.class) String value() default "";
        backends = element([String], default=[])  #     String[] backends() default {};

Java makes ``java.lang.annotation.Annotation`` the one superinterface of every annotation type (JLS 9.6),
so the class statement names it as its Java base. An annotation type has no Python behaviour: the
statement makes the Java annotation type, written as javac writes it, and binds its name to that Java
type, which is then a decorator like any other (``@KeystoneDriver('x')``), and an annotation that Java
code compiled against the jar uses. Its decorators are read ahead from the module's source, as those of
a clamped class are (see :mod:`clamp_annotations._statement`): a Java class is made once.
"""
from __future__ import absolute_import

import sys

from java.lang import Class
from java.lang.annotation import ElementType, Repeatable

from clamp_annotations import _jvm, _statement
from clamp_annotations._annotations import (Annotation, check_annotation_type_target, check_repetition, checked,
                                           declared_types, java_specs, java_value)
from clamp_annotations._decorators import class_annotation, class_created
from clamp_annotations._errors import AnnotationError, ClampError
from clamp_annotations._members import (Constant, _check_annotations, _java_class, _resolve, _without_parentheses,
                                        java_type, made)

# javac writes the elements in the order of the class body. Not itertools.count(): Jython's imports
# numbers on its first call, 0.05 s of CPU in every import of clamp_annotations.
_order = iter(xrange(sys.maxint))
_NO_DEFAULT = object()
_BODY = ('__module__', '__doc__')  # what a class statement puts in its namespace itself

# {Java name of a container named before it was declared: (Python name, Java type) of the type it repeats}
_containers = {}


class element(object):
    """An element of an annotation type declared in Python, in its class body:
    ``value = element(String, default='')`` is Java's ``String value() default "";``.

    The type is a primitive type (``Integer.TYPE``), ``String``, ``Class``, a Java enum, an annotation
    type (one declared in Python too), or a one-dimensional array of one of these, written as a list of
    one type (``[String]``). The element's annotations (``AliasFor('name')``) follow the type; its
    ``default`` is converted as a value given to the element is, and an element without one must be set
    by every use of the annotation.
    """

    def __init__(self, element_type, *annotations, **default):
        unknown = sorted(set(default) - set(['default']))
        if unknown:
            raise ClampError('element takes the type, then annotations, then default=..., got %s=...' % unknown[0])
        self.type = element_type
        self.annotations = _without_parentheses(annotations)
        self.default = default.get('default', _NO_DEFAULT)
        self.order = next(_order)


class _Default(object):
    """How errors in a default name what was written."""

    def __repr__(self):
        return 'default'


class _Declared(object):
    """An annotation type that a class statement bound: the annotations its Java class was made with, in
    the order written, or None when it was built earlier into a jar with its annotations; the
    annotations of each element, ``(name, annotations)`` in order; and the clamp_base package and module
    of its class statement, which a container named by name is in."""

    def __init__(self, package, module, annotations=None, elements=()):
        self.package = package
        self.module = module
        self.annotations = annotations
        self.elements = elements

    def applied(self, name, annotations):
        """The annotations ``annotations`` applied to the type ``name`` so far (as Jython applies its
        decorators, bottom to top), as its Java class was made with them: refused unless it was."""
        if self.annotations is None:
            return annotations
        count = len(annotations)
        made_with = self.annotations[len(self.annotations) - count:]
        if count <= len(self.annotations) and made_with == tuple(
                [_container_named(a, self.package, self.module, name) for a in annotations]):
            return made_with
        raise ClampError('%r is not on its Java annotation type, which its class statement made once, with the '
                         'annotations of its decorators that could be read ahead: write this one as a decorator of '
                         'the class statement, of literals, names and attributes only, in a module whose source '
                         'can be read' % (annotations[0],), name)


def declare(package, java_name, name, namespace, frame, built):
    """The Java annotation type ``java_name`` that the class statement of ``name``, which ``frame``
    runs, declares with the body ``namespace`` and the clamp_base ``package``: ``built``, the one built
    earlier into a jar, or else one generated and defined now."""
    module = namespace['__module__']
    if built is not None:
        java_type_, declared = built, _Declared(package, module)
    else:
        java_type_, declared = _generated(package, java_name, name, namespace, frame)
    declared_types[java_type_] = declared
    class_created(java_type_, frame)
    return java_type_


def _generated(package, java_name, name, namespace, frame):
    module = namespace['__module__']
    others = sorted([key for key, value in namespace.items()
                     if not isinstance(value, (element, Constant)) and key not in _BODY])
    if others:
        raise ClampError('an annotation type has no Python behaviour, and its body declares elements (element(...)) '
                         'and constants (Constant(...)) only, got %s' % ', '.join(others), name)
    annotations = tuple([_container_named(a, package, module, name) for a in [
        class_annotation(d) for d in _statement.decorators(frame, name)] if a is not None])
    for annotation in annotations:
        check_annotation_type_target(name, annotation)
    check_repetition(name, annotations)
    elements = [_element(namespace[key], key, name, package, module) for _, key in
                sorted([(v.order, k) for k, v in namespace.items() if isinstance(v, element)])]
    spec = made(name, checked, name, None, _jvm.AnnotationTypeSpec, java_name, java_specs(annotations, name),
                [spec for spec, _ in elements])
    for key, value in sorted(namespace.items()):
        if isinstance(value, Constant):
            made('%s.%s' % (name, key), spec.addConstant, key, _java_class(value.type, name), value.value)
    java_type_ = _jvm.AnnotationTypeMaker.define(spec, module, name)
    for annotation in annotations:
        if annotation.type == Repeatable:
            container = dict(annotation.elements)['value']
            if isinstance(container, _jvm.TypeSpec):
                _containers[str(container)] = (name, java_type_)  # checked once the container is declared
            else:
                _check_container(name, java_type_)
    if java_name in _containers:
        _check_container(*_containers.pop(java_name))
    return java_type_, _Declared(package, module, annotations, [names for _, names in elements])


def _container_named(annotation, package, module, name):
    """``annotation``, or for ``@Repeatable('Drivers')``, which names the container declared after the
    type ``name`` (its value element is an array of this type, which must exist first), the
    ``@Repeatable`` of that container, whose declaration a build requires."""
    value = dict(annotation.elements).get('value')
    if annotation.type != Repeatable or not isinstance(value, basestring):
        return annotation
    container = _resolve(java_type(value, name), package, module, True)
    return Annotation(Repeatable, [('value', container.raw() or container)])


def _check_container(name, java_type_):
    """Refuses the ``@Repeatable`` of the annotation type ``java_type_``, ``name`` in Python, if its
    container cannot contain it."""
    checked(name, None, _jvm.RepeatedAnnotations.checkContainer, java_type_)


def _element(declaration, name, owner, package, module):
    """The ``AnnotationTypeSpec.Element`` of ``declaration``, the element ``name`` of the annotation type
    ``owner``, and ``(name, its annotations)``."""
    where = '%s.%s' % (owner, name)
    annotations = declaration.annotations
    _check_annotations(where, annotations, 'an annotation type element',
                       'element takes the type, then annotations such as AliasFor("name")', ElementType.METHOD)
    check_repetition(where, annotations)
    component, array = _element_type(declaration.type, where, package, module)
    arguments = [name, component, array, java_specs(annotations, where)]
    if declaration.default is not _NO_DEFAULT:
        try:
            arguments.append(java_value(declaration.default, None, _Default(), where))
        except _jvm.AnnotationValueException as e:  # in an annotation given as the default
            raise AnnotationError(where, 'default: %s' % e.written(), e.element(), e.expected(), e.given())
    return made(where, _jvm.AnnotationTypeSpec.Element, *arguments), (name, annotations)


def _element_type(declared, where, package, module):
    """``declared`` as ``(TypeSpec, is an array)``: ``[T]`` and Java array classes are arrays of their
    component type. A type named (``'Kind'``) must exist: Jython looks the types of an annotation type's
    elements up as soon as its class statement binds it."""
    array = isinstance(declared, list)
    if array:
        if len(declared) != 1:
            raise ClampError('an array type is a list of one component type, such as [String], got %r'
                             % (declared,), where)
        declared = declared[0]
        if isinstance(declared, list):  # [[T]], which Java refuses: said as it says int[][]
            component, _ = _element_type(declared, where, package, module)
            return _jvm.TypeSpec.of(Class.arrayType(component.raw())), True
    resolved = _resolve(java_type(declared, where), package, module)
    raw = resolved.raw()
    if raw is not None and Class.isArray(raw) and not array:
        return _jvm.TypeSpec.of(Class.getComponentType(raw)), True
    return resolved, array
