"""A class statement makes its class, and its Java class, once: with every annotation its decorators apply."""
import functools
import os
import py_compile
import textwrap

import java.lang
import pytest
from java.lang import Class, Deprecated, Object, String
from java.lang.annotation import ElementType
from java.lang.reflect import Modifier
from java.util.function import Supplier
from org.python.core import Py

from clamp_annotations import ClampError, annotations_of, clamp_base, java_abstract
from clamp_annotations._build import compile_module
from clamp_annotations._proxy import ClampProxyMaker
from conftest import imported, write
from fixtures import Kinds, Limits, Tag, Uses
from org.springframework.stereotype import Component

made = []  # the Python class of each Java class made, in order


def _counting(package):
    maker = ClampProxyMaker(package)

    def proxy_maker(superclass, interfaces, python_class, *rest):
        made.append(python_class)
        return maker(superclass, interfaces, python_class, *rest)
    return proxy_maker


Base = clamp_base('com.example', proxy_maker=_counting)
PREFIX = 'shop.'
TAGGED = Tag('tagged')
registry = []


def register(cls):
    registry.append(cls)
    return cls


def marked(cls):
    cls.marked = True
    return cls


def java_annotations(python_class):
    return [a.annotationType() for a in Py.tojava(python_class, Class).getAnnotations()
            if a.annotationType().getPackage().getName() != 'org.python.compiler']  # @APIVersion, @MTime


def test_a_class_statement_with_three_class_annotations_makes_one_java_class_with_all_of_them():
    del made[:]

    @java.lang.Deprecated(since=PREFIX + '1')
    @Component
    @Limits(names=[PREFIX + 'x', 'y'], times=-1 + 3, kind=ElementType.METHOD)
    class Three(Base, Object):
        pass

    assert made == ['Three']
    assert java_annotations(Three) == [Deprecated, Component, Limits]
    assert annotations_of(Three) == (Deprecated(since='shop.1'), Component(),
                                     Limits(names=['shop.x', 'y'], times=2, kind=ElementType.METHOD))


def test_annotations_made_before_and_nested_annotations_are_read_ahead():
    del made[:]

    @TAGGED
    @Kinds(tags=[Tag('a'), Tag(PREFIX % ())], types=(String, Kinds), mode=Kinds.Mode.FAST, numbers=[~1, 2 ** 3])
    class Nested(Base, Object):
        pass

    assert made == ['Nested'] and java_annotations(Nested) == [Tag, Kinds]
    assert Py.tojava(Nested, Class).getAnnotation(Kinds).tags()[1].value() == 'shop.'


def test_decorators_of_the_program_below_and_above_annotations_act_on_the_class_the_statement_binds():
    del made[:], registry[:]
    java_classes = []

    def java_class_now(cls):
        java_classes.append(Py.tojava(cls, Class))
        return cls

    @register
    @Tag('t')
    @java_class_now
    @functools.total_ordering
    @Component
    @marked
    @java_class_now
    class Ranked(Base, Object):
        def __init__(self, rank):
            self.rank = rank

        def __lt__(self, other):
            return self.rank < other.rank

    assert made == ['Ranked'] and registry == [Ranked] and Ranked.marked
    assert java_classes == [Py.tojava(Ranked, Class)] * 2
    assert Ranked(3) >= Ranked(2) and not Ranked(1) >= Ranked(2)  # __ge__ from total_ordering
    assert java_annotations(Ranked) == [Tag, Component]


class CountingMeta(type(Base)):
    runs = []

    def __new__(meta, name, bases, namespace):
        CountingMeta.runs.append(name)
        return super(CountingMeta, meta).__new__(meta, name, bases, namespace)


def test_a_metaclass_of_the_program_runs_once_per_class_statement_and_bare_annotations_decorate():
    del made[:], CountingMeta.runs[:]

    @Tag('t')
    @Uses  # the class being defined, not a Class value: the metaclass does not hide where it is made
    @Component
    class Counted(Base, Object):
        __metaclass__ = CountingMeta

    assert CountingMeta.runs == ['Counted'] and made == ['Counted']
    assert annotations_of(Counted) == (Tag('t'), Uses(), Component())
    assert java_annotations(Counted) == [Tag, Uses, Component]


def test_java_abstract_is_read_ahead_like_an_annotation():
    del made[:]

    @java_abstract
    @Component
    @marked
    class Partial(Base, Supplier):
        pass

    assert made == ['Partial'] and Partial.marked
    assert Modifier.isAbstract(Py.tojava(Partial, Class).getModifiers())
    assert java_annotations(Partial) == [Component]


def test_a_module_compiled_for_a_jar_and_run_from_its_directory_is_read_from_its_source(tmpdir):
    # As bdist_jar imports the project: each module's $py.class, made for the jar, beside its source.
    source = textwrap.dedent("""
        from java.lang import Object
        from fixtures import Tag
        from org.springframework.stereotype import Component
        from test_class_statement import Base, marked

        @Tag('t')
        @Component
        @marked
        class Compiled(Base, Object):
            pass
    """)
    tmpdir.join('compiled.py').write(source)
    compiled_name, compiled = compile_module('compiled.py', source)
    tmpdir.join(compiled_name).write(compiled, 'wb')
    del made[:]
    module = imported('compiled', tmpdir)
    assert module.__file__.endswith('compiled$py.class')
    assert made == ['Compiled'] and module.Compiled.marked
    assert java_annotations(module.Compiled) == [Tag, Component]


def test_a_module_that_execs_code_is_read_from_its_source(tmpdir):
    # Jython parses exec(code, namespace) as an exec statement whose body is a tuple, not a block.
    tmpdir.join('execs.py').write(textwrap.dedent("""
        from java.lang import Object
        from org.springframework.stereotype import Component
        from test_class_statement import Base

        exec('ANSWER = 42', globals())

        @Component
        class AfterExec(Base, Object):
            pass
    """))
    del made[:]
    module = imported('execs', tmpdir)
    assert module.ANSWER == 42 and made == ['AfterExec']
    assert java_annotations(module.AfterExec) == [Component]


class Recording(object):
    """Records the code of the program's that a decorator expression runs."""

    def __init__(self):
        self.runs = []

    def __add__(self, other):
        self.runs.append('+ %s' % other)
        return other

    @property
    def name(self):
        self.runs.append('name')
        return 'name'


def test_decorators_that_would_run_code_of_the_program_are_evaluated_by_jython_alone():
    recording = Recording()

    @Tag(recording + 't')
    @Limits(names=[recording.name])
    @marked
    class Recorded(Base, Object):
        pass

    assert recording.runs == ['+ t', 'name']  # top to bottom, once
    assert java_annotations(Recorded) == [Tag, Limits]


def test_an_annotation_not_read_ahead_makes_the_class_again_with_every_annotation():
    del made[:]

    @Tag(str('t'))  # a call of something else: only Jython evaluates it
    @Component
    @marked
    class Computed(Base, Object):
        pass

    assert made == ['Computed', 'Computed']
    assert annotations_of(Computed) == (Tag('t'), Component())
    assert java_annotations(Computed) == [Tag, Component]
    assert not hasattr(Computed, 'marked')  # made again from the class body: the decorator below is lost


def test_an_annotation_applied_later_or_to_a_class_made_by_calling_the_metaclass_makes_the_class_again():
    del made[:]

    @Tag('t')
    class Later(Base, Object):
        pass

    later = Component('later')(Later)
    called = Tag('t')(type(Base)('Called', (Base, Object), {'__module__': __name__}))
    assert made == ['Later', 'Later', 'Called', 'Called']
    assert later is not Later and java_annotations(Later) == [Tag] and java_annotations(later) == [Component, Tag]
    assert java_annotations(called) == [Tag]


def test_a_module_run_without_its_source_makes_the_class_again_for_each_annotation(tmpdir):
    write(tmpdir, {'sourceless.py': """
        from java.lang import Object
        from fixtures import Tag
        from org.springframework.stereotype import Component
        from test_class_statement import Base, marked

        @Tag('t')
        @Component
        @marked
        class NoSource(Base, Object):
            pass
    """})
    py_compile.compile(str(tmpdir.join('sourceless.py')))
    os.remove(str(tmpdir.join('sourceless.py')))
    del made[:]
    no_source = imported('sourceless', tmpdir).NoSource
    assert made == ['NoSource'] * 3
    assert java_annotations(no_source) == [Tag, Component] and not hasattr(no_source, 'marked')


def _wrapped(cls):
    class Wrapper(cls):
        pass
    return Wrapper


def test_an_annotation_above_a_decorator_that_returns_another_class_is_refused():
    with pytest.raises(ClampError) as info:
        @Tag('t')
        @_wrapped
        @Component
        class Wrapped(Base, Object):
            pass
    assert str(info.value) == (
        'Wrapped: @fixtures.Tag("t") is on the Java class of Wrapped, made with the annotations of its class '
        'statement, but a decorator below the annotation returned another class, test_class_statement.Wrapper: '
        'write the annotation below that decorator, or apply it to the class that decorator returns after the '
        'class statement')

    @_wrapped
    @Tag('t')
    class Below(Base, Object):
        pass

    assert java_annotations(Below) == [] and java_annotations(Below.__base__) == [Tag]
