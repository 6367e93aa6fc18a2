"""Python classes that declare typed overloads, variable-arity methods, overrides with their parameters'
annotations and type annotations, each written as javac would write its Java twin (tests/java/twin:
Overloads, Handler, Nullables).

Each class is inspected in a fresh JVM by probe.AnnotationViews, as test_javac_twin.py does: what the class
file holds of the members the twin declares (flags, descriptors, generic signatures, exceptions, parameter
names, annotations and type annotations with their type paths), what reflection declares of them, Spring's
class-file metadata against reflection, and ASM's verifier.
"""
import re

import pytest

from test_javac_twin import as_javac_names, build_mirror, twin_views

pytestmark = pytest.mark.e2e

MIRROR = """
    from java.io import IOException
    from java.lang import Integer, Object, String
    from java.util import List, Map
    from org.jspecify.annotations import Nullable

    from clamp_annotations import array, clamp_base, generic, java_constructor, java_field, java_method, varargs
    from fixtures import Both, Endpoint, Marker, Outer, Report, Repo, Role, Tainted, TypeUse, Unit

    Base = clamp_base('gen')


    class Overloads(Base, Object):
        @java_method(String, first=String, rest=varargs(String))
        @java_method(String, first=generic(List, String))
        @java_method(String, first=Integer.TYPE)
        def join(self, first, rest=()):
            return str(first) + ''.join(rest)

        @java_method(Integer.TYPE, numbers=varargs(Integer.TYPE))
        def total(self, numbers):
            return sum(numbers)


    class Handler(Base, Endpoint, Report):
        @Marker
        @java_method(String, body=(String, Role('body'), Nullable()), times=(Integer.TYPE, Both()))
        def handle(self, body, times):
            return body

        @java_method(generic(List, (String, Nullable())), weights=generic(Map, String, Integer))
        def names(self, weights):
            return None

        @java_method(lines=(varargs(String), TypeUse()))
        def log(self, lines):
            pass

        @Nullable
        def describe(self):
            return None


    class Nullables(Base, Object):
        name = java_field(String, Nullable())
        names = java_field(generic(List, (String, Nullable())))
        elements = java_field(array(String), Nullable())
        maybe = java_field(array(String, Nullable()))
        grid = java_field(array(array(Integer.TYPE, Tainted()), Unit('m'), Unit('s')))
        inner = java_field(Outer.Inner, Both())

        @TypeUse
        @java_constructor(repo=(Repo, Nullable()), count=(Integer.TYPE, Unit('x')))
        def __init__(self, repo, count):
            pass

        @Nullable
        @Both
        @java_method(String, key=(String, Nullable()), fallback=(array(String), TypeUse()),
                     throws=[(IOException, Tainted())])
        def find(self, key, fallback):
            return None
"""

TWINS = ['Overloads', 'Handler', 'Nullables']


@pytest.fixture(scope='module')
def views(tmpdir_factory):
    """``{class name: (the Python class's sections, its twin's)}``."""
    jar = build_mirror(tmpdir_factory, 'twin_members', MIRROR)
    return dict(zip(TWINS, twin_views(jar, *TWINS)))


MEMBER = re.compile(r'^(?:method|field) (<?\w+>?)')  # in a line of the shapes section


def declared_by_twin(python, javac, section, member):
    """The lines of ``section`` of the Python class about the members the twin declares there, with the
    twin's names; ``member`` gives the member a line is about."""
    names = set(member(line) for line in javac[section])
    return sorted([line for line in as_javac_names(python[section]) if member(line) in names])


def declaration_member(line):
    """The member a line of the declarations section is about: ``join``, a field's name, or the class's
    name for a constructor."""
    return line.split(' | ')[0].split('(')[0].rsplit('.', 1)[-1]


@pytest.mark.parametrize('name', TWINS)
def test_the_class_file_holds_what_javac_writes_for_the_twin(views, name):
    python, javac = views[name]
    assert sorted(as_javac_names(python['asm'])) == sorted(javac['asm']), python['asm']
    assert declared_by_twin(python, javac, 'shapes', lambda line: MEMBER.match(line).group(1)) == javac['shapes'], \
        python['shapes']


@pytest.mark.parametrize('name', TWINS)
def test_reflection_declares_what_javac_declared(views, name):
    python, javac = views[name]
    assert as_javac_names(python['reflection']) == javac['reflection'], python['reflection']
    assert declared_by_twin(python, javac, 'declarations', declaration_member) == javac['declarations'], \
        python['declarations']


@pytest.mark.parametrize('name', TWINS)
def test_spring_metadata_sees_what_reflection_sees_and_the_verifier_accepts_the_class(views, name):
    python, javac = views[name]
    assert python['spring'] == python['reflection'] and javac['spring'] == javac['reflection'], python
    assert python['verify'] == ['ok'] and javac['verify'] == ['ok'], python


def test_type_annotations_have_the_type_paths_javac_writes(views):
    written = '\n'.join(views['Nullables'][1]['asm'] + views['Handler'][1]['asm'])
    # the facts the comparison rests on, stated once more so that a failure says which one broke
    for place in ['type FIELD at [ of field elements: visible @Lorg/jspecify/annotations/Nullable;',
                  'type FIELD at 0; of field names: visible @Lorg/jspecify/annotations/Nullable;',
                  'type FIELD at  of field grid: visible @Lfixtures/Units;',
                  'type FIELD at [ of field grid: invisible @Lfixtures/Tainted;',
                  'type FIELD at . of field inner: visible @Lfixtures/Both;',
                  'type METHOD_RETURN at  of <init>(Lfixtures/Repo;I)V: visible @Lfixtures/TypeUse;',
                  'type THROWS 0 at  of find(Ljava/lang/String;[Ljava/lang/String;)Ljava/lang/String;: invisible',
                  'type METHOD_FORMAL_PARAMETER 0 at [ of log([Ljava/lang/String;)V: visible @Lfixtures/TypeUse;',
                  'type METHOD_RETURN at  of describe()Ljava/lang/String;: visible @Lorg/jspecify/annotations/Nullable;']:
        assert place in written, views['Nullables'][1]['asm']
