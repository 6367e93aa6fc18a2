"""Member declarations that cannot become Java, refused when the class body runs, with messages that
name the class or member and say what is wrong."""
import textwrap

import pytest

from clamp_annotations import ClampError

PRELUDE = """
    from java.io import File
    from java.lang import Class, Integer, Object, String
    from java.util import List, Map
    from clamp_annotations import (Constant, clamp_base, generic, java_constructor, java_field,
                                   java_method, java_property)
    from fixtures import Endpoint, Greeting, Marker, MethodOnly, Repo, TypeUse
    from java.lang import Byte, Long, Void
    from org.springframework.beans.factory.annotation import Autowired, Qualifier
    from org.springframework.stereotype import Component

    from java.io import IOException
    from clamp_annotations import array, varargs

    Base = clamp_base('com.example')
"""

JAVA_TYPE = ('expected a Java type (a Java class, a primitive type such as Integer.TYPE, a clamped class '
             'or its name, or generic(List, Repo)), got ')

CASES = [
    ("""
class Service(Base, Object):
    @java_method(String, name=String)
    def __init__(self, name):
        pass
""", 'Service.__init__: a constructor has no return type: declare it with @java_constructor(name=Type, ...)'),
    ("""
class Service(Base, Object):
    @java_method(String, who=Void.TYPE)
    def greet(self, who):
        pass
""", "Service.greet: parameter 'who': a parameter or field cannot be of type void"),
    ("""
class Service(Base, Object):
    name = java_field(Void.TYPE)
""", "Service.name: a parameter or field cannot be of type void"),
    ("""
class Service(Base, Object):
    @java_method(%s)
    def many(self, %s):
        pass
""" % (', '.join('p%d=Long.TYPE' % i for i in range(128)), ', '.join('p%d' % i for i in range(128))),
     'Service.many: its parameters take 256 slots (long and double take two), more than the 254 a Java '
     'method may have'),
    ("""
class Service(Base, Object):
    @java_method
    def __initProxy__(self):
        pass
""", 'Service.__initProxy__: the name __initProxy__ is taken by the Java class Jython generates; choose '
     'another'),
    ("""
class Service(Base, Object):
    TEXT = Constant(u'\\u20ac' * 30000)
""", 'Service.TEXT: a String constant is at most 65535 bytes of UTF-8 in a class file, got one of 90000'),
    ("""
class Service(Base, Object):
    @java_method(who=(String, Qualifier('a'), Qualifier('b')))
    def greet(self, who):
        pass
""", "Service.greet: parameter 'who': @org.springframework.beans.factory.annotation.Qualifier is not "
     "@Repeatable and may appear once, got it 2 times"),
    ("""
class Service(Base, Object):
    repo = java_field(String, Autowired(), Autowired())
""", 'Service.repo: @org.springframework.beans.factory.annotation.Autowired is not @Repeatable and may '
     'appear once, got it 2 times'),
    ("""
class Service(Base, Object):
    @java_method('Later', who=String)
    def greet(self, who):
        pass
""", "Service.greet: return type: 'Later' names no class that exists yet: the types of a Java method or "
     "constructor must exist when its class is created, so declare Later first (a class declared later may "
     "be the type of a java_field or a type argument, such as generic(ObjectProvider, 'Later'))"),
    ("""
class Service(Base, Object):
    name = java_field('java.lang.String')
""", "Service.name: 'java.lang.String' names <type 'java.lang.String'>, which is not a clamped class (from clamp_base "
     "and a Java base)"),
    ("""
class Service(Base, Object):
    @java_constructor(part='nowhere.Part')
    def __init__(self, part):
        pass
""", "Service.__init__: parameter 'part': 'nowhere.Part' names a class of module nowhere, which cannot be "
     "imported: No module named nowhere"),
    ("""
class Service(Base, Object):
    @java_method(String, who=String)
    def greet(self, who, extra):
        pass
""", 'Service.greet: @java_method must give a type for each parameter of the def, by name: the def has '
     '(who, extra), the declaration (who)'),
    ("""
class Service(Base, Object):
    @java_method(String, name=String)
    def greet(self, who):
        pass
""", 'Service.greet: @java_method must give a type for each parameter of the def, by name: the def has (who), '
     'the declaration (name)'),
    ("""
class Service(Base, Object):
    @java_method(String)
    def greet(self, *names):
        pass
""", 'Service.greet: a Java method has a fixed list of parameters after self; the def takes (self, *names)'),
    ("""
class Service(Base, Object):
    @java_method(str, who=String)
    def greet(self, who):
        pass
""", "Service.greet: return type: " + JAVA_TYPE + "<type 'str'>"),
    ("""
class Service(Base, Object):
    @java_method(String, who=int)
    def greet(self, who):
        pass
""", "Service.greet: parameter 'who': " + JAVA_TYPE + "<type 'int'>"),
    ("generic(Map, String)", 'generic(Map): java.util.Map takes 2 type argument(s), got 1'),
    ("generic(String, Repo)", 'generic(String): java.lang.String is not generic, so it takes no type arguments'),
    ("generic(List, Integer.TYPE)", 'generic(List): a type argument of java.util.List must be a reference '
                                    'type, got int'),
    ("""
class Service(Base, Object):
    @java_method(Class)
    def getClass(self):
        pass
""", 'Service.getClass: the Java method public final native java.lang.Class java.lang.Object.getClass() is '
     'final and cannot be redeclared; choose another name'),
    ("""
class Service(Base, Repo):
    @java_method(Integer.TYPE)
    def name(self):
        return 1
""", 'Service.name: @java_method declares int name(), the override of fixtures.Repo.name(), which returns '
     'java.lang.String: declare that return type (javac: return type int is not compatible with java.lang.String)'),
    ("""
class Service(Base, Object):
    @java_constructor(who=String)
    def start(self, who):
        pass
""", 'Service.start: java_constructor declares the constructor, so it goes on __init__'),
    ("""
class Service(Base, Object):
    @java_constructor(who=String)
    @java_constructor(who=Object)
    def __init__(self, who):
        pass
""", 'Service.__init__: conflicting declarations: @java_constructor is given twice'),
    ("""
class Service(Base, Object):
    @java_method(String)
    @java_method(Integer.TYPE)
    def size(self):
        pass
""", 'Service.size: @java_method is given twice for size(): java.lang.String size() and int size() take the '
     'same parameter types, by which Java tells overloads apart (javac: method size() is already defined)'),
    ("""
class Service(Base, Object):
    @Autowired
    def __init__(self):
        pass
""", 'Service.__init__: annotations on __init__ need a Java constructor to go on: declare it with '
     '@java_constructor(name=Type, ...)'),
    ("""
class Service(Base, Object):
    @java_method(throws=String)
    def close(self):
        pass
""", "Service.close: throws takes Java exception classes, got <type 'java.lang.String'>"),
    ("""
class Service(Base, Object):
    @java_method(who=(String, 'primary'))
    def greet(self, who):
        pass
""", 'Service.greet: parameter \'who\': after the type come annotations such as Qualifier("primary"), '
     "got 'primary'"),
    ("""
class Service(Base, Object):
    name = java_field(str)
""", "Service.name: " + JAVA_TYPE + "<type 'str'>"),
    ("""
class Service(Base, Object):
    name = java_field(String, 'Autowired')
""", "Service.name: java_field takes the type, then annotations such as Autowired(), got 'Autowired'"),
    ("""
class Service(Base, Object):
    LIMIT = Constant('ten', Integer.TYPE)
""", 'Service.LIMIT: a constant of type int cannot be "ten"'),
    ("""
class Service(Base, Object):
    LIMIT = Constant(Object(), Object)
""", 'Service.LIMIT: a constant is of a primitive type or java.lang.String, not java.lang.Object'),
    ("Constant(None)", 'Constant(None) needs a type, such as Constant(value, Long.TYPE)'),
    ("""
class Service(Base, File):
    @java_constructor(path=String)
    def __init__(self, path):
        pass
""", 'Service.__init__: a typed constructor calls the no-argument constructor of the Java superclass '
     'java.io.File, which has none'),
    ("""
class Service(Base, Object):
    def __new__(cls):
        return object.__new__(cls)
""", 'Service: defines __new__: a clamped class gets its own, which creates its Java object; '
     'initialise in __init__'),
    ("java_method(String, Integer.TYPE)", 'java_method takes one return type and the parameters by name, got '
                                          "2 types: (<type 'java.lang.String'>, <type 'int'>)"),
]

STATIC_AND_PROPERTY_CASES = [
    ("""
class Service(Base, Object):
    @staticmethod
    @java_method(String, a=String)
    @java_method(String, a=Integer.TYPE)
    def make(a):
        pass
""", 'Service.make: a static method declares one Java method: overloads of a static method are not supported; '
     'give each overload a def of its own, named differently'),
    ("""
class Service(Base, Object):
    @staticmethod
    @java_method(String, a=String)
    def make(a, b):
        pass
""", 'Service.make: @java_method must give a type for each parameter of the def, by name: the def has (a, b), the '
     'declaration (a)'),
    ("""
class Service(Base, Object):
    @java_method(String, a=String)
    @classmethod
    def make(a):
        pass
""", 'Service.make: @java_method must give a type for each parameter of the def, by name: the def has (), the '
     'declaration (a)'),
    ("""
class Service(Base, Object):
    @staticmethod
    @java_method
    def make(*names):
        pass
""", 'Service.make: a static Java method has a fixed list of parameters; the def takes (*names)'),
    ("""
class Service(Base, Object):
    @classmethod
    @java_method
    def make():
        pass
""", 'Service.make: a Java method has a fixed list of parameters after cls; the def takes ()'),
    ("""
class Service(Base, Repo):
    def name(self):
        return 'x'

    @staticmethod
    @java_method(String)
    def toString():
        return 'x'
""", 'Service.toString: this static method is named like the Java method public java.lang.String '
     'java.lang.Object.toString() of the Java bases; a class has one attribute of each name in Python, which Jython '
     'calls for that method: choose another name'),
    ("""
class Service(Base, Object):
    @Marker
    @staticmethod
    def helper():
        pass
""", "Service.helper: @fixtures.Marker needs a Java method to go on: declare the static method's signature with "
     "@java_method(ReturnType, name=Type, ...), got a static method without one"),
    ("""
class Service(Base, Object):
    port = java_property(Integer.TYPE)

    def getPort(self):
        return 1
""", "Service.port: the property's getter getPort is named like getPort of the class body: the property declares "
     "it; remove that one, or rename the property"),
    ("""
class Service(Base, Repo):
    name = java_property(String)
""", 'Service.name: this property is named like the Java method public abstract java.lang.String fixtures.Repo.name() '
     'of the Java bases; a class has one attribute of each name in Python, which Jython calls for that method: choose '
     'another name'),
    ("""
class Service(Base, File):
    name = java_property(String)
""", "Service.name: the property's getter getName is named like the Java method public java.lang.String "
     "java.io.File.getName() of the Java bases, which it would override or clash with: choose another name for the "
     "property"),
    ("""
class Parent(Base, Object):
    port = java_field(Integer.TYPE)


class Service(Parent):
    port = java_property(Integer.TYPE)
""", 'Service.port: the Java class com.example.test.Parent of a Python base declares the field port already; a class '
     'has one attribute of each name in Python, so the Python code of that base would use this one: choose another '
     'name'),
    ("""
class Service(Base, Object):
    Url = java_property(String)
""", 'Service.Url: java.beans names no property Url: it reads getUrl as the property url; begin the name with a '
     'lower-case letter, or with two upper-case ones'),
    ("""
class Service(Base, Object):
    name = java_property(String, getter=Component())
""", 'Service.name: getter: @org.springframework.stereotype.Component cannot annotate a method (its @Target is '
     'TYPE), got a method'),
    ("""
class Service(Base, Object):
    name = java_property(String, 'NotBlank')
""", "Service.name: java_property takes the type, then annotations such as Autowired(), got 'NotBlank'"),
    ("java_property(String, read_only=True, setter=Marker())",
     'java_property(java.lang.String): a read-only property has no setter to annotate, got setter=(@fixtures.Marker,)'),
    ("java_property(String, readonly=True)",
     'java_property(java.lang.String) takes a type, annotations, read_only=, getter= and setter=; got readonly='),
    ("java_field(String, statik=True)", 'java_field(java.lang.String) takes a type, annotations, static= and value=; '
                                        'got statik='),
    ("java_field(String, value='x')", 'java_field(java.lang.String): value= is the value of a static field '
                                      '(static=True); an instance field gets its value in __init__'),
    ("""
class Service(Base, Object):
    count = java_field(Integer.TYPE, static=True, value='many')
""", "Service.count: value='many': can't convert 'many' to int"),
    ("""
class Service(Base, Object):
    count = java_field(Byte.TYPE, static=True, value=300)
""", 'Service.count: value=300: 300 does not fit in a byte (-128..127), which the field count holds'),
    ("""
class Service(Base, Object):
    hashCode = java_field(Integer.TYPE, static=True)
""", 'Service.hashCode: this static field is named like the Java method public native int java.lang.Object.hashCode() '
     'of the Java bases; a class has one attribute of each name in Python, which Jython calls for that method: choose '
     'another name'),
]

ANNOTATION_CASES = [
    ("""
class Service(Base, Object):
    @java_method(who=(String, Component()))
    def greet(self, who):
        pass
""", "Service.greet: parameter 'who': @org.springframework.stereotype.Component cannot annotate a parameter (its "
     "@Target is TYPE), got a parameter"),
    ("""
class Service(Base, Object):
    name = java_field(String, MethodOnly())
""", 'Service.name: @fixtures.MethodOnly cannot annotate a field (its @Target is METHOD), got a field'),
    ("""
class Service(Base, Object):
    @MethodOnly
    @java_constructor()
    def __init__(self):
        pass
""", 'Service.__init__: @fixtures.MethodOnly cannot annotate a constructor (its @Target is METHOD), got a '
     'constructor'),
]


# Varargs, overloads, declarations of overrides, type annotations.
SIGNATURE_CASES = [
    ("""
class Service(Base, Object):
    @java_method(x=generic(List, String))
    @java_method(x=generic(List, Integer))
    def f(self, x):
        pass
""", 'Service.f: void f(java.util.List<java.lang.String>) and void f(java.util.List<java.lang.Integer>) have the '
     'same erasure, so Java cannot have both (javac: name clash: f(java.util.List<java.lang.String>) and '
     'f(java.util.List<java.lang.Integer>) have the same erasure)'),
    ("""
class Service(Base, Object):
    @java_method(a=varargs(String), b=String)
    def f(self, a, b):
        pass
""", "Service.f: parameter 'a', not the last, cannot be variable-arity (java.lang.String...): varargs(...) is the "
     "type of the last parameter of a method or constructor; elsewhere write array(...)"),
    ("""
class Service(Base, Object):
    @java_method(varargs(String))
    def f(self):
        pass
""", 'Service.f: a return type cannot be variable-arity (java.lang.String...): varargs(...) is the type of the '
     'last parameter of a method or constructor; elsewhere write array(...)'),
    ("""
class Service(Base, Object):
    names = java_field(varargs(String))
""", 'Service.names: a field cannot be variable-arity (java.lang.String...): varargs(...) is the type of the last '
     'parameter of a method or constructor; elsewhere write array(...)'),
    ("generic(List, varargs(String))", 'generic(List): a type argument cannot be variable-arity '
                                       '(java.lang.String...): varargs(...) is the type of the last parameter of a '
                                       'method or constructor; elsewhere write array(...)'),
    ("array(Void.TYPE)", "array(void): an array's component type cannot be void"),
    ("""
class Service(Base, Object):
    @java_method(String)
    def f(self, a, b=1):
        pass
""", 'Service.f: @java_method must give a type for each parameter of the def, by name, leaving out only some '
     'with defaults, from the last: the def has (a, b), the declaration ()'),
    ("""
class Service(Base, Greeting):
    @java_method(String, who=Integer.TYPE)
    def greet(self, who):
        pass
""", 'Service.greet: @java_method declares java.lang.String greet(int), a new method, while the def overrides '
     'fixtures.Greeting.greet(java.lang.String), of as many parameters: to declare that override (and annotate '
     'its parameters), give its parameter types; to add a new overload beside it, declare it too'),
    ("""
class Service(Base, Greeting):
    @java_method(String, who=String, throws=IOException)
    def greet(self, who):
        pass
""", 'Service.greet: @java_method declares java.lang.String greet(java.lang.String), the override of '
     'fixtures.Greeting.greet(java.lang.String), which does not throw java.io.IOException (javac: overridden '
     'method does not throw java.io.IOException)'),
    ("""
class Service(Base, Endpoint):
    @java_method(generic(List, String), weights=generic(Map, String, String))
    def names(self, weights):
        pass
""", "Service.names: @java_method declares java.util.List<java.lang.String> names(java.util.Map<java.lang.String, "
     "java.lang.String>), the override of fixtures.Endpoint.names(java.util.Map), whose parameter 'weights' is of "
     "type java.util.Map<java.lang.String, java.lang.Integer>: declare that type or its erasure, java.util.Map "
     "(javac: name clash: the two have the same erasure, yet neither overrides the other)"),
    ("generic(List, (String, Marker()))", 'generic(List): @fixtures.Marker cannot annotate a type (it has no '
                                          '@Target, so it annotates declarations only, not types), got a type'),
    ("array(String, 'nullable')", "array(String): a type is annotated with type annotations such as Nullable(), "
                                  "got 'nullable'"),
    ("array(String, MethodOnly())", 'array(String): @fixtures.MethodOnly cannot annotate a type (its @Target is '
                                    'METHOD), got a type'),
    ("""
class Service(Base, Object):
    @TypeUse
    @java_method
    def reset(self):
        pass
""", 'Service.reset: @fixtures.TypeUse cannot annotate a method returning void (its @Target is TYPE_USE: it '
     'annotates the return type), got a method returning void'),
]


def refused(source):
    with pytest.raises(ClampError) as info:
        exec(textwrap.dedent(PRELUDE) + source, {'__name__': 'test'})
    return info.value


@pytest.mark.parametrize('source, message', CASES + STATIC_AND_PROPERTY_CASES + ANNOTATION_CASES)
def test_a_member_declaration_java_cannot_have_is_refused(source, message):
    error = refused(source)
    assert str(error) == message
    # Programs get the parts: the Python class or member, and what is wrong there.
    if message.startswith('Service'):
        assert error.target.split('.')[0].split(':')[0] == 'Service'
        assert '%s: %s' % (error.target, error.problem) == message


@pytest.mark.parametrize('source, message', SIGNATURE_CASES)
def test_a_signature_javac_would_refuse_is_refused_with_its_reason(source, message):
    assert str(refused(source)) == message
