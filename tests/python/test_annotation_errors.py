"""Every misuse javac would reject, refused when the decorator runs, with a message that names the
Python class (and member), the annotation as written, the element, what was expected and what was
given."""
import textwrap

import pytest

from clamp_annotations import AnnotationError, ClampError

PRELUDE = """
    from java.lang import Character, Object, String
    from clamp_annotations import clamp_base
    from fixtures import (Assembly, Kinds, Limits, Marker, MethodOnly, Part, Refers, Required, Role,
                          Roles, Service, Tag, TypeUse, Uses)

    Base = clamp_base('com.example')

    class Plain(object):
        pass
"""

LIMITS = 'Service: @fixtures.Limits'
KINDS = 'Service: @fixtures.Kinds'
INT = 'an int (-2147483648..2147483647)'

CASES = [
    ('@Limits(times=300)', LIMITS + "(times=300): element 'times' is a byte (-128..127), got 300"),
    ('@Kinds(medium=40000)', KINDS + "(medium=40000): element 'medium' is a short (-32768..32767), got 40000"),
    ('@Kinds(number=1.5)', KINDS + "(number=1.5): element 'number' is %s, got 1.5" % INT),
    ('@Kinds(number=2 ** 31)', KINDS + "(number=2147483648L): element 'number' is %s, got 2147483648L" % INT),
    ('@Limits(budget="x")', LIMITS + '(budget="x"): element \'budget\' is a long (64-bit integer), got "x"'),
    ('@Limits(budget=2 ** 64)',
     LIMITS + "(budget=18446744073709551616): element 'budget' is a long (64-bit integer), "
              "got 18446744073709551616"),
    ('@Kinds(letter="ab")',
     KINDS + '(letter="ab"): element \'letter\' is a char (a string of one character), got "ab"'),
    ('@Kinds(flag=1)', KINDS + "(flag=1): element 'flag' is a boolean, got 1"),
    ('@Kinds(ratio=1e300)', KINDS + "(ratio=1.0E300): element 'ratio' is a float, got 1.0E300"),
    ('@Kinds(precise="1.5")', KINDS + '(precise="1.5"): element \'precise\' is a double, got "1.5"'),
    ("@Tag('x' * 70000)", 'Service: @fixtures.Tag("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'
                          'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"... (70000 characters)): element \'value\' is a '
                          'java.lang.String, of at most 65535 bytes of UTF-8 in a class file, got one of 70000 '
                          'bytes'),
    ("@Limits(names=['n'] * 65536)", "Service: @fixtures.Limits(names={%s, ... (65536 values)}): element "
                                     "'names' is an array, of at most 65535 values in a class file, got 65536 "
                                     "values" % ', '.join(['"n"'] * 20)),
    ('@Tag(5)', "Service: @fixtures.Tag(5): element 'value' is a java.lang.String, got 5"),
    ('@Limits(times=String(Character.toChars(0xDC00)))',
     LIMITS + '(times="\\uDC00"): element \'times\' is a byte (-128..127), got "\\uDC00"'),
    ('@Limits(type="java.lang.String")',
     LIMITS + '(type="java.lang.String"): element \'type\' is a java.lang.Class, got "java.lang.String"'),
    ('@Refers(value=Plain)',
     "Service: @fixtures.Refers(test.Plain.class): element 'value' takes a Python class only if it "
     "has a Java class (from clamp_base and a Java base), got test.Plain"),
    ('@Uses(Plain)',
     "Service: @fixtures.Uses(test.Plain.class): element 'value' takes a Python class only if it has a "
     "Java class (from clamp_base and a Java base), got test.Plain"),
    ('@Limits(kind="TYPE")',
     LIMITS + '(kind="TYPE"): element \'kind\' is an enum constant of java.lang.annotation.ElementType, '
              'got "TYPE"'),
    ('@Kinds(tag=Marker())', KINDS + "(tag=@fixtures.Marker): element 'tag' is an annotation @fixtures.Tag, "
                                     "got @fixtures.Marker"),
    ('@Limits(times=None)', LIMITS + "(times=null): element 'times' is a byte (-128..127), got null"),
    ('@Limits(names=[["a"]])',
     LIMITS + '(names={{"a"}}): element \'names\' is a one-dimensional array java.lang.String[], so it '
              'cannot hold an array, got {{"a"}}'),
    ('@Kinds(numbers=[1, "two"])', KINDS + '(numbers={1, "two"}): element \'numbers\' is %s, got "two"' % INT),
    ('@Limits(times=[1, 2])', LIMITS + "(times={1, 2}): element 'times' is a byte (-128..127), got {1, 2}"),
    ('@Limits(nmes=["a"])',
     LIMITS + '(nmes={"a"}): element \'nmes\' is not an element of it (elements: budget, kind, names, times, '
              "type), got 'nmes'"),
    ('@Required(count=1)',
     "Service: @fixtures.Required(count=1): element 'name' has no default and must be set, got nothing"),
    ('@Assembly([Part("x")])',
     'Service: @fixtures.Assembly({@fixtures.Part("x")}): @fixtures.Part("x"): element \'value\' is %s, '
     'got "x"' % INT),
    ('@MethodOnly', 'Service: @fixtures.MethodOnly cannot annotate a class (its @Target is METHOD), got a class'),
    ('@Part(1)',
     'Service: @fixtures.Part(1) can only be an element value of another annotation (its @Target is '
     'empty), got a class'),
    ('@Tag("a")\n@Tag("b")',
     'Service: @fixtures.Tag is not @Repeatable and may appear once, got it 2 times'),
    ('@Roles([Role("a")])\n@Role("b")\n@Role("c")',
     'Service: @fixtures.Roles contains the repeated @fixtures.Role and cannot also be written beside '
     'them, got both'),
]

METHOD_CASES = [
    ('@Tag("x")', 'Service.handle: @fixtures.Tag("x") cannot annotate a method (its @Target is TYPE), '
                  'got a method'),
    ('@Marker\n@Marker', 'Service.handle: @fixtures.Marker is not @Repeatable and may appear once, '
                         'got it 2 times'),
    ('@Kinds(small=128)', "Service.handle: @fixtures.Kinds(small=128): element 'small' is a byte "
                          "(-128..127), got 128"),
]


def run(source):
    namespace = {'__name__': 'test'}
    exec(textwrap.dedent(PRELUDE) + textwrap.dedent(source), namespace)


def refused(source):
    with pytest.raises(AnnotationError) as info:
        run(source)
    return str(info.value)


@pytest.mark.parametrize('decorators, message', CASES)
def test_a_misused_class_annotation_is_refused(decorators, message):
    assert refused(decorators + '\nclass Service(Base, Object):\n    pass\n') == message


@pytest.mark.parametrize('decorators, message', METHOD_CASES)
def test_a_misused_method_annotation_is_refused(decorators, message):
    method = ''.join('    %s\n' % line for line in decorators.splitlines())
    assert refused('class Service(Base, Service):\n%s    def handle(self, request):\n'
                   '        return request\n' % method) == message


def test_a_type_annotation_on_a_method_returning_void_is_refused_as_javac_refuses_it():
    # javac: annotation type not applicable to this kind of declaration (it has no return type to annotate)
    assert refused('''
class Service(Base, Service):
    @TypeUse
    def accept(self, value):
        pass
''') == ('Service.accept: @fixtures.TypeUse cannot annotate a method returning void (its @Target is TYPE_USE: it '
         'annotates the return type), got a method returning void')


def test_a_method_that_overrides_no_java_method_has_no_signature_to_annotate():
    assert refused("""
class Service(Base, Service):
    @Marker
    def helper(self):
        pass
""") == ("Service.helper: @fixtures.Marker needs a Java method to go on, and this one overrides no Java "
         "method of the class's Java bases: declare its signature with @java_method(ReturnType, name=Type, "
         "...), got a method without one")


def test_a_class_without_a_java_class_cannot_carry_annotations():
    assert refused('@Tag("x")\nclass Service(Plain):\n    pass\n') == (
        'Service: @fixtures.Tag("x") needs a class with a Java class: derive it from clamp_base(package) '
        'and a Java class or interface, got a plain Python class')


def test_only_classes_and_methods_in_class_bodies_can_be_annotated():
    assert refused('@Marker\ndef helper():\n    pass\n') == (
        'helper: @fixtures.Marker annotates classes and the methods in their bodies only, got a function '
        'outside any class body')
    assert refused('class Service(Base, Service):\n    @Marker\n    @property\n'
                   '    def helper(self):\n        pass\n') == (
        'Service.helper: @fixtures.Marker annotates classes and the methods in their bodies '
        'only, got a value of type property')
    assert refused('Tag("x")(5)\n') == (
        '5: @fixtures.Tag("x") annotates classes and the methods in their bodies only, got a value of type int')


def test_a_call_that_cannot_be_an_annotation_names_where_it_is():
    assert refused('Tag("a", "b")\n') == (
        '<string> line 11: @fixtures.Tag takes at most one positional value (the value element), '
        'got 2: {"a", "b"}')
    assert refused('Tag("a", value="b")\n') == (
        "<string> line 11: @fixtures.Tag: element 'value' is set twice, positionally and by keyword, "
        'got "a" and value="b"')


def test_annotation_errors_are_clamp_errors():
    assert issubclass(AnnotationError, ClampError) and issubclass(AnnotationError, ValueError)
