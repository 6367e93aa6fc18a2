"""A Python class written as javac would write its Java twin (tests/java/twin/Everything.java).

The Python class carries every kind of element value, repeated, CLASS- and SOURCE-retained, nested,
class-valued and @Target({}) annotations, on the class and on methods (one of them overloaded). Its
jar is inspected in a fresh JVM by probe.AnnotationViews: the class file must hold what javac wrote
for the twin, reflection must report the same, Spring's class-file metadata (what component scanning
sees) must agree with reflection, and ASM's verifier must accept the class. Two more classes override
one of the Java overloads of a name (an interface's abstract method beside a default one, a superclass's
method): they must declare the methods their twins declare. Two declare static members and bean
properties: they must declare them as their twins do, down to access flags, signatures and parameter names.
Three annotation types declared in Python (a stereotype with elements of every kind, a repeatable type and
its container) must be the class files javac writes for theirs, and Java code compiled against the jar uses
them.
"""
import os
import re

import pytest

from conftest import JAVA, PROBE_CLASSPATH, build_here, fresh_jvm, run, write

pytestmark = pytest.mark.e2e

MIRROR = """
    from java.io import IOException
    from java.lang import (Boolean, Character, Class, Double, Integer, Long, Object, Runnable, String, StringBuilder,
                           Void)
    from java.lang.annotation import Annotation, Documented, ElementType, Repeatable, Retention, RetentionPolicy, Target
    from java.util import List
    from jakarta.validation.constraints import Min, NotBlank, Size
    from org.springframework.core.annotation import AliasFor
    from org.springframework.stereotype import Service as Stereotype  # fixtures.Service is an interface

    from clamp_annotations import Constant, clamp_base, element, generic, java_field, java_method, java_property
    from fixtures import (Assembly, Audit, Formatter, HealthCheck, Kinds, Limits, Marker, MethodOnly, Numbers,
                          Part, Refers, Required, Role, Service, SourceOnly, Tag, TypeUse, Uses)

    Base = clamp_base('gen')


    class Helper(Base, Runnable):
        def run(self):
            pass


    @Kinds(big=1 << 40, bigs=5, flag=True, flags=[True, False], letter='q', letters=('a', 'b'),
           medium=300, mediums=3, mode=Kinds.Mode.FAST, number=70000, numbers=[], precise=2.25,
           precises=0.25, ratio=1.5, ratios=[0.5, -2], small=-7, smalls=[1, 2], tag=Tag('nested'),
           tags=[Tag('a'), Tag('b')], targets=[ElementType.FIELD, ElementType.TYPE], text='t"q\\\\',
           texts=['x', 'y'], type=Class.forName('[I'),
           types=[String, Void.TYPE, Class.forName('[[Ljava.lang.String;')])
    @Required(count=3, name='r')
    @Role('first')
    @Marker
    @Role('second')
    @Audit(level=3, notes='n')
    @SourceOnly
    @Assembly([Part(1), Part(2)])
    @Uses(Helper)
    @Refers(Helper)
    @TypeUse
    @Limits(budget=10, kind=ElementType.METHOD, names='single', times=3, type=Object)
    class Everything(Base, Service):
        @Marker
        @Role('h1')
        @Role('h2')
        @MethodOnly
        def handle(self, request):
            return request

        def count(self):
            return 0

        @Audit(level=2)
        @Required(count=1, name='accept')
        def accept(self, value):
            pass


    @Numbers(bytes=[-128, 127, 0], chars=[u'\\u0000', u'\\uffff', 'z'],
             doubles=[1.7976931348623157e308, 4.9e-324, -0.0, 2 ** 53 + 1, 2 ** 63 - 1, -2 ** 63,
                      2147483647, 0.1],
             floats=[3.4028234663852886e38, 1.401298464324817e-45, 2 ** 54 + 2 ** 30 + 1, 16777217,
                     2 ** 53 + 1, 2 ** 63 - 1, -2147483647, 0.5],
             ints=[-2 ** 31, 2 ** 31 - 1, 0], longs=[-2 ** 63, 2 ** 63 - 1, 2 ** 31], shorts=[-32768, 32767, 0])
    class Boundaries(Base, Object):
        pass


    class Checkup(Base, HealthCheck):
        @Marker
        def health(self):
            return 'UP'


    class Shouting(Base, Formatter):
        def format(self, value):
            return 'PYTHON %s' % value


    EMOJI = u'\\U0001F600'


    def unpaired(text, unit):  # a Java String: Python's text cannot hold an unpaired surrogate
        return String(StringBuilder(text).append(Character.toChars(unit)))


    @Kinds(tag=Tag(u'nested ' + EMOJI), texts=[unpaired('', 0xD800), unpaired('x', 0xDC00), EMOJI + u'\\U0010FFFF'])
    class Texts(Base, Object):
        ASTRAL = Constant(EMOJI * 2)
        LONE = Constant(unpaired('', 0xDC00))


    class Statics(Base, Object):
        issued = java_field(Long.TYPE, Marker, static=True)
        names = java_field(generic(List, String), Audit(level=2), static=True, value=['first'])

        @Marker
        @Role('maker')
        @staticmethod
        @java_method(String, number=(Integer.TYPE, Required(count=1, name='number')), suffixes=generic(List, String),
                     throws=IOException)
        def label(number, suffixes):
            return 'item-%d' % number

        @classmethod
        @java_method(generic(List, String), count=Integer.TYPE)
        def labels(cls, count):
            return []

        @staticmethod
        @java_method
        def reset():
            pass


    class Settings(Base, Object):
        port = java_property(Integer.TYPE, Min(1))
        host = java_property(String, NotBlank)
        secure = java_property(Boolean.TYPE)
        tags = java_property(generic(List, String), Size(max=2))
        version = java_property(String, read_only=True, getter=MethodOnly)
        xPos = java_property(Integer.TYPE, getter=Marker, setter=Marker)
    @Retention(RetentionPolicy.RUNTIME)
    @Target([ElementType.TYPE, ElementType.ANNOTATION_TYPE])
    @Documented
    @Stereotype
    class Driver(Base, Annotation):
        LIMIT = Constant(10)
        value = element(String, AliasFor(annotation=Stereotype), default='')
        backends = element([String], default=['sql'])
        port = element(Integer.TYPE, default=5000)
        ratio = element(Double.TYPE, default=1.5)
        mode = element(Kinds.Mode, default=Kinds.Mode.FAST)
        tag = element(Tag, default=Tag('t'))
        kind = element(Class, default=Object)
        kinds = element([Class], default=[])
        required = element(String)


    @Retention(RetentionPolicy.RUNTIME)
    @Repeatable('Zones')
    class Zone(Base, Annotation):
        value = element(String)


    @Retention(RetentionPolicy.RUNTIME)
    class Zones(Base, Annotation):
        value = element([Zone])
"""


def sections(output, class_name):
    """``{section: [lines]}`` of one class in probe.AnnotationViews' output."""
    lines = output.splitlines()
    start = lines.index('== ' + class_name) + 1
    end = lines.index('', start)
    result, current = {}, None
    for line in lines[start:end]:
        if line.startswith('  '):
            result[current].append(line.strip())
        else:
            current, _, rest = line.partition(':')
            result[current] = [rest.strip()] if rest.strip() else []
    return result


def as_javac_names(lines):
    """The Python class's lines with the twin's names, less the version stamps Jython puts on every
    class it writes (@org.python.compiler.APIVersion and @MTime)."""
    return [line.replace('gen/mirror/', 'twin/').replace('gen.mirror.', 'twin.') for line in lines
            if 'org/python/compiler/' not in line and 'org.python.compiler.' not in line]


def class_then_members(lines):
    """Class annotations in order, member annotations sorted: javac and Jython order methods apart."""
    declared = [line for line in lines if line.startswith('class:')]
    return declared + sorted(line for line in lines if not line.startswith('class:'))


def build_mirror(tmpdir_factory, name, source):
    """The jar of a project ``name`` whose module ``mirror`` is ``source``, whose classes are in ``gen.mirror``."""
    project = tmpdir_factory.mktemp(name)
    write(project, {
        'setup.py': """
            from setuptools import setup
            setup(name='mirror', version='1.0', py_modules=['mirror'], clamp={'modules': ['mirror']})
        """,
        'mirror.py': source,
    })
    assert build_here(project) is None
    return str(project.join('dist', 'mirror-1.0.jar'))


@pytest.fixture(scope='module')
def mirror_jar(tmpdir_factory):
    return build_mirror(tmpdir_factory, 'twin', MIRROR)


def twin_views(jar, *names):
    """probe.AnnotationViews' sections for each Python class of ``names`` and for its javac twin, in pairs."""
    result = fresh_jvm('probe.AnnotationViews',
                       [prefix + name for name in names for prefix in ('gen.mirror.', 'twin.')], jar)
    assert result.code == 0, result
    return [(sections(result.output, 'gen.mirror.' + name), sections(result.output, 'twin.' + name))
            for name in names]


@pytest.fixture(scope='module')
def views(mirror_jar):
    [pair] = twin_views(mirror_jar, 'Everything')
    return pair


def test_numeric_boundary_values_are_converted_as_javac_converts_them(mirror_jar):
    [(python, javac)] = twin_views(mirror_jar, 'Boundaries')
    assert as_javac_names(python['asm']) == javac['asm'], python
    assert as_javac_names(python['reflection']) == javac['reflection'], python


def test_strings_beyond_the_basic_plane_and_unpaired_surrogates_are_written_as_javac_writes_them(mirror_jar):
    [(python, javac)] = twin_views(mirror_jar, 'Texts')
    assert as_javac_names(python['asm']) == javac['asm'], python
    assert as_javac_names(python['reflection']) == javac['reflection'], python
    assert 'texts={"\\uD800", "x\\uDC00", "\\uD83D\\uDE00\\uDBFF\\uDFFF"}' in '\n'.join(javac['asm']), javac
    assert 'field LONE = "\\uDC00"' in javac['asm'], javac


def test_the_class_file_holds_what_javac_writes(views):
    python, javac = views
    assert class_then_members(as_javac_names(python['asm'])) == class_then_members(javac['asm']), python
    written = '\n'.join(python['asm'])
    # the facts the comparison rests on, stated once more so that a failure says which one broke
    assert 'class: visible @Lfixtures/Roles;(value={@Lfixtures/Role;(value="first"), ' in written
    assert 'class: invisible @Lfixtures/Audit;(level=(byte)3, notes={"n"})' in written
    assert 'SourceOnly' not in written
    assert 'big=1099511627776L' in written and 'medium=(short)300' in written and "letter='q'" in written
    assert 'value=Lgen/mirror/Helper;.class' in written
    assert written.count('@Lfixtures/Audit;(level=(byte)2)') == 2  # both overloads of accept


def test_reflection_reports_what_javac_declared(views):
    python, javac = views
    assert as_javac_names(python['reflection']) == javac['reflection'], python


def test_spring_metadata_sees_what_reflection_sees(views):
    python, javac = views
    assert python['spring'] == python['reflection'], python
    assert javac['spring'] == javac['reflection'], javac


def test_asm_verifier_accepts_the_class(views):
    python, javac = views
    assert python['verify'] == ['ok'] and javac['verify'] == ['ok'], python


@pytest.mark.parametrize('name', ['Driver', 'Zone', 'Zones'])
def test_an_annotation_type_declared_in_python_is_the_one_javac_writes(mirror_jar, name):
    [(python, javac)] = twin_views(mirror_jar, name)
    for view in ('classfile', 'reflection', 'spring', 'methods'):
        assert as_javac_names(python[view]) == javac[view], (view, python)
    assert python['verify'] == ['ok'], python


USER = """
    import java.util.Arrays;

    import org.springframework.core.annotation.MergedAnnotations;
    import org.springframework.stereotype.Component;

    import gen.mirror.Driver;
    import gen.mirror.Zone;

    @Driver(value = "java", required = "yes", backends = {"ldap", "sql"})
    @Zone("a")
    @Zone("b")
    public class UsesDriver {
        public static void main(String[] args) {
            Driver driver = UsesDriver.class.getAnnotation(Driver.class);
            System.out.println(driver.required() + " " + Arrays.toString(driver.backends()) + " " + driver.port()
                    + " " + driver.mode() + " " + driver.tag().value() + " " + Driver.LIMIT);
            System.out.println(Arrays.toString(UsesDriver.class.getAnnotationsByType(Zone.class)));
            System.out.println(MergedAnnotations.from(UsesDriver.class).get(Component.class).getString("value"));
        }
    }
"""


def test_java_code_compiled_against_the_jar_uses_an_annotation_type_declared_in_python(mirror_jar, tmpdir):
    write(tmpdir, {'UsesDriver.java': USER, 'Forgets.java': '@gen.mirror.Driver("x") class Forgets {}'})
    classpath = os.pathsep.join([PROBE_CLASSPATH, mirror_jar])
    used = run([JAVA, '-cp', classpath, str(tmpdir.join('UsesDriver.java'))])  # javac compiles it, then it runs
    assert used.code == 0 and used.output.splitlines() == [
        'yes [ldap, sql] 5000 FAST t 10', '[@gen.mirror.Zone("a"), @gen.mirror.Zone("b")]', 'java'], used
    forgotten = run([JAVA, '-cp', classpath, str(tmpdir.join('Forgets.java'))])
    assert forgotten.code != 0 and (
        "error: annotation @Driver is missing a default value for the element 'required'" in forgotten.output), forgotten


METHOD_NAME = re.compile(r'\.(\w+)\(')  # in a line of Method.toString()


def test_a_method_declares_the_overloads_javac_declares_for_the_same_override(mirror_jar):
    for python, javac in twin_views(mirror_jar, 'Checkup', 'Shouting', 'Everything'):
        # Jython's own methods (PyProxy's, super__name, protected methods made public) have other names.
        names = set(METHOD_NAME.search(line).group(1) for line in javac['methods'])
        declared = [line for line in python['methods'] if METHOD_NAME.search(line).group(1) in names]
        assert as_javac_names(declared) == javac['methods'], python
        assert python['verify'] == ['ok'], python


def declared_by_twin(python_lines, javac_lines):
    """The Python class's lines (of ``methods:``, ``shapes:`` or ``declarations:``) for the members its twin
    declares: Jython's own members (PyProxy's, super__name, the field keeping the Python class) differ.
    Sorted as the twin's are, once the Python class's names are the twin's."""
    names = set(member_name(line) for line in javac_lines)
    return sorted([line for line in as_javac_names(python_lines) if member_name(line) in names])


MEMBER_NAME = re.compile(r'^(?:field|method) ([\w$<>]+)|\.([\w$]+)(?:\(| \||$)')  # in shapes:, or toGenericString()


def member_name(line):
    found = MEMBER_NAME.search(line)
    return found.group(1) or found.group(2)


def test_static_members_and_bean_properties_are_declared_as_javac_declares_them(mirror_jar):
    views = twin_views(mirror_jar, 'Statics', 'Settings')
    for python, javac in views:
        assert class_then_members(as_javac_names(python['asm'])) == class_then_members(javac['asm']), python
        assert as_javac_names(python['reflection']) == javac['reflection'], python
        assert python['spring'] == python['reflection'] and javac['spring'] == javac['reflection'], python
        for section in ('methods', 'shapes', 'declarations'):
            assert declared_by_twin(python[section], javac[section]) == javac[section], (section, python)
        assert python['verify'] == ['ok'], python
    [(statics, _), (settings, _)] = views
    # the facts the comparison rests on, stated once more so that a failure says which one broke
    assert 'method label static: @fixtures.Marker' in statics['reflection'], statics
    assert 'field names: invisible @Lfixtures/Audit;(level=(byte)2)' in statics['asm'], statics
    assert 'method setxPos(I)V public signature=null exceptions=[] parameters=[xPos]' in settings['shapes'], settings
