"""Every annotation type javac would refuse to compile, refused when its class statement runs, with a
message that names the Python class (and element), what was expected and what was given."""
import itertools
import sys
import textwrap

import pytest
from java.lang import Object
from java.lang.annotation import Annotation

from clamp_annotations import AnnotationError, ClampError, clamp_base
from conftest import write

PRELUDE = """
    from java.lang import Class, Integer, Object, String, Void
    from java.lang.annotation import (Annotation, Documented, ElementType, Inherited, Repeatable, Retention,
                                      RetentionPolicy, Target)
    from java.util import List
    import clamp_annotations
    from clamp_annotations import Constant, clamp_base, element, generic
    from fixtures import Marker, MethodOnly, Tag
    from org.springframework.stereotype import Component

    Base = clamp_base('com.example')
"""

ELEMENT_TYPE = ('Kind.value: the type of an element is a primitive type, String, Class, an enum, an annotation type, '
                'or a one-dimensional array of one of these (JLS 9.6.1), got ')
CONTAINER = ("Kind: @java.lang.annotation.Repeatable(com.example.kinds.Group.class): element 'value' is a "
             'containing annotation type')

ELEMENTS = [
    ('value = element(Object)', ClampError, ELEMENT_TYPE + 'java.lang.Object'),
    ('value = element(Integer)', ClampError, ELEMENT_TYPE + 'java.lang.Integer'),
    ('value = element(Void.TYPE)', ClampError, ELEMENT_TYPE + 'void'),
    ('value = element(generic(List, String))', ClampError, ELEMENT_TYPE + 'java.util.List<java.lang.String>'),
    ('value = element([[String]])', ClampError, ELEMENT_TYPE + 'java.lang.String[][]'),
    ("value = element(Class.forName('[[I'))", ClampError, ELEMENT_TYPE + 'int[][]'),
    ('value = element([String, Integer])', ClampError,
     "Kind.value: an array type is a list of one component type, such as [String], got [<type 'java.lang.String'>, "
     "<type 'java.lang.Integer'>]"),
    ('value = element(5)', ClampError,
     'Kind.value: expected a Java type (a Java class, a primitive type such as Integer.TYPE, a clamped class or its '
     'name, or generic(List, Repo)), got 5'),
    ("value = element(Integer.TYPE, default='x')", ClampError,
     'Kind.value: its default does not fit the element, which is an int (-2147483648..2147483647), got "x"'),
    ('value = element([String], default=[1])', ClampError,
     'Kind.value: its default does not fit the element, which is a java.lang.String, got 1'),
    ('value = element(String, default=None)', ClampError,
     'Kind.value: its default does not fit the element, which is a java.lang.String, got null'),
    ('value = element(Tag, default=Tag(5))', AnnotationError,
     "Kind.value: default: @fixtures.Tag(5): element 'value' is a java.lang.String, got 5"),
    ('value = element(Class, default=Exception)', AnnotationError,
     'Kind.value: default takes a Python class only if it has a Java class (from clamp_base and a Java base), got '
     'exceptions.Exception'),
    ("value = element(String, defualt='x')", ClampError,
     'element takes the type, then annotations, then default=..., got defualt=...'),
    ('value = element(String, Component())', AnnotationError,
     'Kind.value: @org.springframework.stereotype.Component cannot annotate an annotation type element (its @Target '
     'is TYPE), got an annotation type element'),
    ("value = element(String, 'x')", ClampError,
     "Kind.value: element takes the type, then annotations such as AliasFor(\"name\"), got 'x'"),
    ('hashCode = element(Integer.TYPE)', ClampError,
     'Kind.hashCode: an element cannot be named hashCode: it would override java.lang.Object.hashCode(), which no '
     'element of an annotation type may (JLS 9.6.1); choose another name'),
    ('annotationType = element(Class)', ClampError,
     'Kind.annotationType: an element cannot be named annotationType: it would override '
     'java.lang.annotation.Annotation.annotationType(), which no element of an annotation type may (JLS 9.6.1); '
     'choose another name'),
    ('default = element(String)', ClampError,
     'Kind.default: an element is named as Java code can write it, and default is a Java keyword; choose another '
     'name'),
    ('def value(self):\n    pass', ClampError,
     'Kind: an annotation type has no Python behaviour, and its body declares elements (element(...)) and constants '
     '(Constant(...)) only, got value'),
    ('limit = 3', ClampError,
     'Kind: an annotation type has no Python behaviour, and its body declares elements (element(...)) and constants '
     '(Constant(...)) only, got limit'),
]

ANNOTATIONS = [
    ('@Target([ElementType.TYPE, ElementType.METHOD, ElementType.TYPE])',
     "Kind: @java.lang.annotation.Target({java.lang.annotation.ElementType.TYPE, "
     "java.lang.annotation.ElementType.METHOD, java.lang.annotation.ElementType.TYPE}): element 'value' names each "
     'kind of declaration once (JLS 9.6.4.1), got java.lang.annotation.ElementType.TYPE twice'),
    ("@Target('TYPE')",
     "Kind: @java.lang.annotation.Target(\"TYPE\"): element 'value' is an enum constant of "
     'java.lang.annotation.ElementType, got "TYPE"'),
    ('@MethodOnly', 'Kind: @fixtures.MethodOnly cannot annotate an annotation type (its @Target is METHOD), got an '
                    'annotation type'),
    ('@Marker\n@Marker', 'Kind: @fixtures.Marker is not @Repeatable and may appear once, got it 2 times'),
]

# (the repeated type's decorators, the container's decorators and body, the end of the message)
CONTAINERS = [
    ('', '', 'value = element([String])',
     ' of com.example.kinds.Kind, whose value() is a com.example.kinds.Kind[] (JLS 9.6.3), got '
     'com.example.kinds.Group, whose value() is a java.lang.String[]'),
    ('', '', 'values = element([Kind])',
     ' of com.example.kinds.Kind, whose value() is a com.example.kinds.Kind[] (JLS 9.6.3), got '
     'com.example.kinds.Group, which declares no value()'),
    ('', '', 'value = element([Kind])\nnote = element(String)',
     ', whose elements but value() have defaults, got com.example.kinds.Group, whose note() has no default'),
    ('@Retention(RetentionPolicy.RUNTIME)', '', 'value = element([Kind])',
     ' retained at least as long as com.example.kinds.Kind (RUNTIME), got com.example.kinds.Group, retained for '
     'CLASS only'),
    ('@Target(ElementType.TYPE)', '@Target([ElementType.FIELD, ElementType.TYPE, ElementType.METHOD])',
     'value = element([Kind])',
     ' that applies to no kind of declaration com.example.kinds.Kind does not (TYPE), got com.example.kinds.Group, '
     'which applies to FIELD, METHOD too'),
    ('@Documented', '', 'value = element([Kind])',
     ' that is @Documented, as com.example.kinds.Kind is, got com.example.kinds.Group, which is not'),
    ('@Inherited', '@Documented', 'value = element([Kind])',
     ' that is @Inherited, as com.example.kinds.Kind is, got com.example.kinds.Group, which is not'),
]

_modules = itertools.count()


def refused(tmpdir, source, error=ClampError):
    """The message of the ``error`` that importing a new module of PRELUDE and ``source`` raises, with the
    module named ``kinds``: its class statements are read from its file."""
    module = 'kinds%d' % next(_modules)  # one per test: each Java name is given to one Python class
    write(tmpdir, {module + '.py': textwrap.dedent(PRELUDE) + textwrap.dedent(source)})
    sys.path.insert(0, str(tmpdir))
    try:
        with pytest.raises(error) as info:
            __import__(module)
    finally:
        sys.path.remove(str(tmpdir))
        sys.modules.pop(module, None)
    return str(info.value).replace(module, 'kinds')


def in_class(body):
    return ''.join('    %s\n' % line for line in body.splitlines())


@pytest.mark.parametrize('body, error, message', ELEMENTS)
def test_an_element_java_would_refuse_is_refused(tmpdir, body, error, message):
    assert refused(tmpdir, 'class Kind(Base, Annotation):\n' + in_class(body), error) == message


@pytest.mark.parametrize('decorators, message', ANNOTATIONS)
def test_an_annotation_java_would_refuse_on_an_annotation_type_is_refused(tmpdir, decorators, message):
    assert refused(tmpdir, decorators + '\nclass Kind(Base, Annotation):\n    pass\n', AnnotationError) == message


@pytest.mark.parametrize('repeated, container, body, message', CONTAINERS)
def test_a_repeatable_container_that_does_not_fit_is_refused_once_declared(tmpdir, repeated, container, body,
                                                                            message):
    source = "%s\n@Repeatable('Group')\nclass Kind(Base, Annotation):\n    pass\n\n" % repeated
    source += '%s\nclass Group(Base, Annotation):\n%s' % (container, in_class(body))
    assert refused(tmpdir, source, AnnotationError) == CONTAINER + message


def test_a_container_given_as_a_class_is_checked_as_the_repeated_type_is_declared(tmpdir):
    assert refused(tmpdir, """
        class Tags(Base, Annotation):
            value = element([Tag])

        @Repeatable(Tags)
        class Kind(Base, Annotation):
            pass
    """, AnnotationError) == (
        "Kind: @java.lang.annotation.Repeatable(com.example.kinds.Tags.class): element 'value' is a containing "
        'annotation type of com.example.kinds.Kind, whose value() is a com.example.kinds.Kind[] (JLS 9.6.3), got '
        'com.example.kinds.Tags, whose value() is a fixtures.Tag[]')


def test_an_annotation_type_derives_from_its_clamp_base_and_javas_annotation_alone(tmpdir):
    assert refused(tmpdir, 'class Kind(Base, Annotation, Object):\n    pass\n') == (
        "Kind: an annotation type derives from its clamp_base and java.lang.annotation.Annotation alone, as Java's "
        '@interface extends nothing else (JLS 9.6), got (ClampBase, Annotation, Object)')
    assert refused(tmpdir, 'class Kind(Base, clamp_annotations.Annotation):\n    pass\n') == (
        'Kind: derives from clamp_annotations.Annotation, which describes a use of an annotation; an annotation '
        "type derives from Java's java.lang.annotation.Annotation")


def test_an_element_in_a_class_that_is_no_annotation_type_is_refused(tmpdir):
    assert refused(tmpdir, 'class Plain(Base, Object):\n    value = element(String)\n    size = element(Integer.TYPE)\n'
                   ) == ('Plain: element(...) declares an element of an annotation type, whose bases are a clamp_base '
                         'and java.lang.annotation.Annotation; a class has none, got size, value')


def test_meta_annotations_annotate_annotation_types_only(tmpdir):
    assert refused(tmpdir, '@Inherited\nclass Plain(Base, Object):\n    pass\n', AnnotationError) == (
        'Plain: @java.lang.annotation.Inherited cannot annotate a class (its @Target is ANNOTATION_TYPE), got a class')


def test_a_java_name_taken_by_a_java_class_or_another_python_class_is_refused():
    with pytest.raises(ClampError) as info:
        class Taken(clamp_base('fixtures'), Annotation):
            __module__ = 'clash'  # as if in module clash.py: fixtures.clash.Taken is a Java class
    assert str(info.value).startswith(
        'class Taken in module clash: cannot clamp to Java class fixtures.clash.Taken: a class of that name is '
        'already on the classpath and was not generated from Python (loaded from '), info.value

    class Cart(clamp_base('com.example.twice'), Object):  # com.example.twice.test_annotation_type_errors.Cart
        pass

    with pytest.raises(ClampError) as info:
        class Cart(clamp_base('com.example'), Annotation):  # noqa: F811
            __module__ = 'twice.test_annotation_type_errors'
    assert str(info.value) == (
        'class Cart in module twice.test_annotation_type_errors: its Java name '
        'com.example.twice.test_annotation_type_errors.Cart is given to class test_annotation_type_errors.Cart '
        'already in this process: Java finds one class by a name, and would get either; rename one of the two, or '
        'give it another clamp_base package')
