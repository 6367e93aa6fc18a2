"""clamp_base: Java class names and the classes it refuses."""
import ast
import os
import sys

import jarray
import pytest
from java.lang import Class, ClassLoader, Object, Runnable, Thread
from java.net import URL, URLClassLoader
from org.python.core import Py
from org.springframework.stereotype import Component

import clamp_annotations
from clamp_annotations import ClampError, Constant, clamp_base
from fixtures import Counted
from conftest import build_here, jython, write

Base = clamp_base('com.example')


class Worker(Base, Runnable):
    def __init__(self):
        self.runs = 0

    def run(self):
        self.runs += 1


class SlottedWorker(Base, Runnable):
    __slots__ = ('runs',)

    def __init__(self):
        self.runs = 0

    def run(self):
        self.runs += 1


def test_the_java_class_is_named_package_module_class():
    worker = Worker()
    assert worker.getClass().getName() == 'com.example.test_proxy.Worker'
    assert Runnable in worker.getClass().getInterfaces()


def test_java_calls_reach_the_python_method():
    from java.lang import Thread
    worker = Worker()
    thread = Thread(worker)
    thread.start()
    thread.join()
    assert worker.runs == 1


def test_python_calling_the_java_class_gets_what_java_gets_an_object_running_the_python_methods():
    java_class = Py.tojava(Worker, Class)
    worker = java_class()  # as `new Worker()` in Java
    worker.run()
    worker.run()
    python_worker = worker._getPyInstance()
    assert type(python_worker) is Worker and python_worker.runs == 2


def test_a_module_imported_after_a_class_is_generated_is_imported_from_its_own_file(tmpdir):
    # The context loader that the generated classes give the thread finds resources beside the Python
    # modules (as in a jar): Jython's class path importer, ahead of the directory on sys.path, must not
    # find the module there, or its __file__ would be "__pyclasspath__/beside_sys_path.py".
    class Generated(Base, Runnable):
        def run(self):
            pass
    Generated()
    tmpdir.join('beside_sys_path.py').write('')
    sys.path.append(str(tmpdir))
    try:
        import beside_sys_path
    finally:
        sys.path.remove(str(tmpdir))
        sys.modules.pop('beside_sys_path', None)
    assert beside_sys_path.__file__ == str(tmpdir.join('beside_sys_path.py'))


def test_the_thread_that_generates_a_class_gets_a_context_loader_that_finds_it_and_a_build_leaves_it(project):
    # Spring started in this process, on this thread, finds the classes of the sources that run; a build
    # only captures the classes it generates for the jar.
    thread = Thread.currentThread()
    before = thread.getContextClassLoader()
    plain = URLClassLoader(jarray.array([], URL), ClassLoader.getSystemClassLoader())  # sees no generated class
    thread.setContextClassLoader(plain)
    try:
        class Seen(Base, Runnable):
            def run(self):
                pass
        java_class = Py.tojava(Seen, Class)
        assert thread.getContextClassLoader() != plain
        assert thread.getContextClassLoader().loadClass(java_class.getName()) == java_class
        thread.setContextClassLoader(plain)
        assert build_here(project) is None
        assert thread.getContextClassLoader() == plain
    finally:
        thread.setContextClassLoader(before)


def test_a_class_with_slots_has_no_instance_dict_as_in_python():
    worker = Py.tojava(SlottedWorker, Class)()  # as `new SlottedWorker()` in Java
    worker.run()
    python_worker = worker._getPyInstance()
    assert python_worker.runs == 1
    assert not hasattr(python_worker, '__dict__')  # a Python object without its dictionary is smaller
    with pytest.raises(AttributeError):
        python_worker.other = 1


def test_a_class_without_java_base_is_refused():
    with pytest.raises(ClampError) as info:
        class Orphan(Base):
            pass
    assert str(info.value) == (
        'class Orphan in module test_proxy: has no Java base: a clamped class must extend a Java class or '
        'implement a Java interface (java.lang.Object will do) to get a Java class')
    assert info.value.target == 'class Orphan in module test_proxy'  # programs get the class as written


@pytest.mark.parametrize('package', ['com.example-app', '', 'com.', '.com', 'com..example', '1com', 'com.9lives',
                                     u'caf\xe9', 'com.example\n', 'com example'])
def test_the_package_must_be_a_java_package_name(package):
    with pytest.raises(ClampError) as info:
        clamp_base(package)
    assert str(info.value) == (
        'clamp_base: package must be a Java package name such as "com.example", got %r' % (package,))


def test_a_java_package_name_may_have_dollars_underscores_and_digits():
    assert clamp_base('com.$shop_2._x')._package == 'com.$shop_2._x'


@pytest.mark.e2e
def test_what_every_start_imports_compiles_no_regular_expression_and_imports_absolutely():
    # Every start pays both: the first pattern a process compiles costs Jython tens of milliseconds, and
    # Jython tries an import inside a package as a relative one first, every time (class loader look-ups).
    result = jython(['-c', 'import re, sys; import clamp_annotations; clamp_annotations.clamp_base("com.example"); '
                           'print sorted(re._cache); print " ".join(sorted(name for name, module in '
                           'sys.modules.items() if name.split(".")[0] == "clamp_annotations" '
                           'and getattr(module, "__name__", None) == name))'])
    assert result.code == 0 and result.output.splitlines()[0] == '[]', result
    modules = result.output.splitlines()[1].split()
    assert 'clamp_annotations._proxy' in modules, result
    relative = [name for name in modules if _imports_relatively_first(name)]
    assert relative == []


def _imports_relatively_first(module):
    """Whether the source of ``module``, a module of clamp_annotations, imports without absolute_import."""
    package, parts = os.path.dirname(clamp_annotations.__file__), module.split('.')[1:]
    with open(os.path.join(package, *parts) + '.py' if parts else os.path.join(package, '__init__.py')) as f:
        body = ast.parse(f.read()).body
    imports = [node for node in body if isinstance(node, (ast.Import, ast.ImportFrom))]
    return bool(imports) and not any(
        isinstance(node, ast.ImportFrom) and node.module == '__future__' and 'absolute_import' in [
            alias.name for alias in node.names] for node in imports)


def test_a_package_in_java_is_refused():
    with pytest.raises(ClampError) as info:
        clamp_base('java.shop')
    assert str(info.value) == ("clamp_base: package 'java.shop' is in java, where the JVM defines no class but "
                               'its own; choose a package of your own such as "com.example"')


@pytest.mark.e2e
def test_a_class_in_main_is_refused_because_java_could_not_import_it():
    result = jython(['-c', '\n'.join([
        'from java.lang import Object',
        'from clamp_annotations import clamp_base',
        'class Script(clamp_base("com.example"), Object): pass',
    ])])
    assert result.failed_with(
        'ClampError: class Script in module __main__: a clamped class must live in an importable module, whose '
        'name becomes part of its Java name'), result


def test_a_proxy_maker_factory_can_be_given_as_in_clamp():
    made = []

    def maker(**options):  # clamp 0.4 passes the package by keyword, which makers rely on
        def proxy_maker(*args):
            made.append(options['package'])
            return None  # Jython's own proxy, as without a maker
        return proxy_maker

    class Custom(clamp_base('org.acme', proxy_maker=maker), Object):
        pass

    assert made == ['org.acme']


@pytest.mark.e2e
def test_a_java_name_taken_by_a_plain_java_class_is_refused(tmpdir):
    write(tmpdir, {'clash.py': """
        from java.lang import Object
        from clamp_annotations import clamp_base

        class Taken(clamp_base('fixtures'), Object):
            pass
    """})
    result = jython(['-c', 'import clash'], cwd=str(tmpdir))
    assert result.failed_with(
        'cannot clamp to Java class fixtures.clash.Taken: a class of that name is already on the '
        'classpath and was not generated from Python'), result


def test_a_java_name_another_python_class_has_in_this_process_is_refused_naming_both():
    @Component  # made again under its own name: the same Python class
    class Cart(clamp_base('com.example.twice'), Object):  # com.example.twice.test_proxy.Cart
        pass

    with pytest.raises(ClampError) as info:
        class Cart(clamp_base('com.example'), Object):  # noqa: F811
            __module__ = 'twice.test_proxy'  # as if in module twice/test_proxy.py

    assert str(info.value) == (
        'class Cart in module twice.test_proxy: its Java name com.example.twice.test_proxy.Cart is given to class '
        'test_proxy.Cart already in this process: Java finds one class by a name, and would get either; rename '
        'one of the two, or give it another clamp_base package')


def test_more_constants_than_a_class_file_holds_are_refused_as_javac_refuses_them():
    texts = dict(('TEXT_%d' % i, Constant('text %d' % i)) for i in range(22000))  # 3 constants each
    with pytest.raises(ClampError) as info:
        type(Base)('Texts', (Base, Object), dict(texts, __module__=__name__))
    assert str(info.value) == (
        'class Texts in module test_proxy: its Java class com.example.test_proxy.Texts would need 66067 constants '
        '(the names, strings and numbers of its members and annotations), more than the 65535 a class file holds, '
        'as javac says too (too many constants); move some of them to another class')


def test_a_java_class_has_a_finalizer_only_when_python_defines_finalize():
    class Plain(Base, Object):
        pass

    class Finalizing(Base, Object):
        def finalize(self):
            pass

    def declares_finalize(python_class):
        return 'finalize' in [m.getName() for m in Py.tojava(python_class, Class).getDeclaredMethods()]

    assert not declares_finalize(Plain)  # Jython's proxies declare one on every class
    assert declares_finalize(Finalizing)


@pytest.mark.e2e
def test_importing_clamp_annotations_does_not_import_inspect_or_rename_the_main_thread():
    # Jython's threading module renames the JVM's main thread MainThread when first imported.
    result = jython(['-c', 'import sys, clamp_annotations; from java.lang import Thread; '
                           'print sorted(set(["inspect", "threading"]) & set(sys.modules)), '
                           'Thread.currentThread().getName()'])
    assert result.code == 0 and result.output.strip().splitlines()[-1] == '[] main', result


def test_java_abstract_makes_the_java_class_abstract():
    from clamp_annotations import java_abstract
    from java.lang.reflect import Modifier
    from java.util.function import Supplier

    @java_abstract
    class Partial(Base, Supplier):
        pass

    class Plain(Base, Object):
        pass

    assert Modifier.isAbstract(Py.tojava(Partial, Class).getModifiers())
    assert not Modifier.isAbstract(Py.tojava(Plain, Class).getModifiers())
    with pytest.raises(ClampError) as info:
        java_abstract(object)
    assert str(info.value) == ("java_abstract declares a clamped class abstract (one from clamp_base and a Java "
                               "base), got <type 'object'>")


class Named(object):
    def __init__(self, name, greeting='Hi'):
        self.name, self.greeting = name, greeting


class NamedCounted(Base, Named, Counted):  # no __init__: it gets the default one
    pass


class NamedCountedChild(NamedCounted):
    pass


class PlainCounted(Base, Counted):
    pass


class PlainCountedChild(PlainCounted):
    pass


def _clamp_annotations_calls(create):
    """The Python functions of clamp_annotations that ``create()`` calls."""
    calls = []

    def profile(frame, event, arg):
        if event == 'call' and frame.f_globals.get('__name__', '').startswith('clamp_annotations'):
            calls.append(frame.f_code.co_name)
    sys.setprofile(profile)
    try:
        create()
    finally:
        sys.setprofile(None)
    return calls


def test_creating_an_object_of_a_class_without_init_runs_no_python_of_clamp_annotations():
    # Its __new__ and default __init__ are Java: each object would otherwise run two Python frames.
    java_class = Py.tojava(PlainCountedChild, Class)
    assert _clamp_annotations_calls(lambda: Class.getConstructor(java_class).newInstance()) == []
    assert _clamp_annotations_calls(PlainCountedChild) == []


@pytest.mark.parametrize('cls', [PlainCounted, PlainCountedChild, NamedCountedChild])
def test_the_default_init_runs_the_java_constructor_once_from_java_and_from_python(cls):
    before = Counted.CREATED.get()
    if cls is NamedCountedChild:
        made = [cls('Ada'), cls(name='Bo', greeting='Hello')]
    else:
        made = [cls(), Class.getConstructor(Py.tojava(cls, Class)).newInstance()]
    assert Counted.CREATED.get() == before + 2
    assert all(type(Py.tojava(obj, Object)) is Py.tojava(cls, Class) for obj in made)


def test_the_default_init_passes_positional_and_keyword_arguments_to_the_next_init_in_the_mro():
    named = NamedCountedChild('Ada', greeting='Hello')
    assert (named.name, named.greeting) == ('Ada', 'Hello')
    NamedCounted.__init__(named, 'Bo')  # unbound, as from a subclass's own __init__
    assert (named.name, named.greeting) == ('Bo', 'Hi')
    NamedCounted.__init__.__func__(self=named, name='Cy')  # self by its name, as Python allows
    assert named.name == 'Cy'
    with pytest.raises(TypeError) as info:
        NamedCountedChild()
    assert str(info.value) == '__init__() takes at least 2 arguments (1 given)'  # Named's


def test_the_default_init_and_new_are_functions_of_clamp_annotations_refusing_calls_as_python_ones_do():
    def __init__(self, *args, **kwargs):  # the signature of the default __init__, written in Python
        pass

    init = NamedCounted.__init__.__func__
    assert (init.__name__, init.__module__) == ('__init__', 'clamp_annotations._proxy')
    assert NamedCounted.__dict__['__init__'] is init and NamedCountedChild.__dict__['__init__'] is not init
    new = NamedCounted.__new__
    assert (new.__name__, new.__module__) == ('__new__', 'clamp_annotations._proxy')
    named = NamedCounted('Ada')
    for call in [lambda f: f(), lambda f: f(named, self=named)]:
        with pytest.raises(TypeError) as expected:
            call(__init__)
        with pytest.raises(TypeError) as info:
            call(init)
        assert str(info.value) == str(expected.value)
    with pytest.raises(TypeError) as info:
        NamedCounted.__init__()
    assert str(info.value) == ('unbound method __init__() must be called with NamedCounted instance as first '
                               'argument (got nothing instead)')
