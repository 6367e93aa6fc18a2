"""bdist_jar: the jar it writes, seen from fresh JVMs by reflection and by Spring, rebuilt and built at
once by several builds. Its refusals are in test_build_errors.py."""
import os
import threading
import zipfile

import pytest

from conftest import JAR, PROBE_CLASSPATH, build_here, fresh_jvm, jar_names, jython, write, write_project


def test_jar_holds_classes_modules_runtime_and_directory_entries(shop_jar):
    names = jar_names(str(shop_jar.join(JAR)))
    assert names[:2] == ['META-INF/', 'META-INF/MANIFEST.MF']
    assert names[2:] == sorted(names[2:])
    for expected in ['com/', 'com/example/', 'com/example/shop/', 'com/example/shop/orders/',
                     'com/example/shop/orders/Cart.class', 'com/example/shop/orders/Till.class',
                     'shop/', 'shop/__init__.py', 'shop/orders.py',
                     'clamp_annotations/__init__.py', 'clampannotations/ClampMaker.class',
                     'clampannotations/WebappCleanup.class', 'META-INF/web-fragment.xml']:
        assert expected in names
    sources = [n for n in names if n.endswith('.py')]
    assert sources and [n for n in sources if n[:-3] + '$py.class' not in names] == []
    assert not [n for n in names if n.startswith('org/objectweb/')]


def test_jar_holds_no_class_of_the_generator(shop_jar):
    # What runs has no ASM: a class that names one of its classes is the generator's, which only a build has.
    jar = zipfile.ZipFile(str(shop_jar.join(JAR)))
    try:
        needing_asm = [name for name in jar.namelist()
                       if name.endswith('.class') and 'org/objectweb/asm/' in jar.read(name)]
    finally:
        jar.close()
    assert needing_asm == [], needing_asm


@pytest.mark.e2e
def test_a_fresh_jvm_imports_the_precompiled_modules(shop_jar):
    result = fresh_jvm('org.python.util.jython', [
        '-c', 'import shop.orders, clamp_annotations._members as m; print shop.orders.__file__, m.__file__'],
        str(shop_jar.join(JAR)))
    assert result.code == 0, result
    assert result.output.split() == [
        '__pyclasspath__/shop/orders$py.class', '__pyclasspath__/clamp_annotations/_members$py.class'], result


def test_quiet_by_default_and_with_v_lists_each_class_its_annotations_and_overrides(project, capsys):
    assert build_here(project) is None
    quiet = capsys.readouterr()
    assert (quiet.out + quiet.err).splitlines() == [
        'running bdist_jar', 'wrote dist/shop-1.0.jar (2 Java classes)'], quiet
    assert build_here(project, ['-v', 'bdist_jar']) is None
    lines = capsys.readouterr().out.splitlines()
    cart = lines.index('com.example.shop.orders.Cart')
    assert lines[cart + 1:cart + 5] == [
        '  @org.springframework.stereotype.Component', '  @fixtures.Tag("orders")',
        '  get: overrides java.util.function.Supplier.get()', 'com.example.shop.orders.Till'], lines


@pytest.mark.e2e
def test_annotations_are_visible_to_reflection_in_a_fresh_jvm(shop_jar):
    result = fresh_jvm('probe.Reflect', ['com.example.shop.orders.Cart', 'com.example.shop.orders.Till'],
                       str(shop_jar.join(JAR)))
    assert result.code == 0, result
    lines = result.output.splitlines()
    cart = lines.index('class com.example.shop.orders.Cart')
    till = lines.index('class com.example.shop.orders.Till')
    cart_annotations = lines[cart + 1:till]
    assert '  @org.springframework.stereotype.Component("")' in cart_annotations
    assert '  @fixtures.Tag("orders")' in cart_annotations
    # declaration order: @Component is written above @Tag
    assert cart_annotations.index('  @org.springframework.stereotype.Component("")') < \
        cart_annotations.index('  @fixtures.Tag("orders")')
    assert '  @org.springframework.stereotype.Component("till")' in lines[till + 1:]


@pytest.mark.e2e
def test_spring_scan_finds_the_python_components_and_calls_python(shop_jar):
    result = fresh_jvm('probe.SpringScan', ['com.example'], str(shop_jar.join(JAR)))
    assert result.code == 0, result
    lines = result.output.splitlines()
    assert 'bean cart com.example.shop.orders.Cart' in lines
    assert '  get() -> cart of 6 items, computed in Python' in lines
    assert 'bean till com.example.shop.orders.Till' in lines


@pytest.mark.e2e
def test_rebuilding_in_another_process_gives_the_same_bytes(built):
    first = built.join(JAR).read_binary()
    result = jython(['setup.py', 'bdist_jar'], cwd=str(built))
    assert result.code == 0, result
    assert built.join(JAR).read_binary() == first


def change_the_classes(project):
    write(project, {'shop/orders.py': """
        from java.lang import Object
        from clamp_annotations import clamp_base
        from org.springframework.stereotype import Component

        @Component('renamed')
        class Till(clamp_base('com.example'), Object):
            pass

        @Component
        class Added(clamp_base('com.example'), Object):
            pass
    """})


@pytest.mark.e2e
@pytest.mark.parametrize('variable', ['CLASSPATH', 'JYTHONPATH'])
def test_a_jar_built_before_on_the_path_gives_no_stale_classes(built, variable):
    old = str(built.join('old.jar'))
    built.join(JAR).copy(built.join('old.jar'))
    change_the_classes(built)
    paths = {'CLASSPATH': PROBE_CLASSPATH}
    paths[variable] = os.pathsep.join([old] + ([PROBE_CLASSPATH] if variable == 'CLASSPATH' else []))
    result = jython(['setup.py', 'bdist_jar'], cwd=str(built), env=paths)
    assert result.code == 0, result
    names = jar_names(str(built.join(JAR)))
    assert 'com/example/shop/orders/Added.class' in names
    assert 'com/example/shop/orders/Cart.class' not in names
    scan = fresh_jvm('probe.Reflect', ['com.example.shop.orders.Till'], str(built.join(JAR)))
    assert '  @org.springframework.stereotype.Component("renamed")' in scan.output.splitlines(), scan


def test_build_jar_is_bdist_jar_under_clamps_name_and_takes_an_output_path(project):
    assert build_here(project, ['build_jar', '--output', 'out/shop.jar']) is None
    assert 'com/example/shop/orders/Cart.class' in jar_names(str(project.join('out', 'shop.jar')))


@pytest.mark.e2e
def test_builds_at_once_into_one_place_each_succeed_and_leave_one_whole_jar(tmpdir):
    dist = str(tmpdir.join('dist'))
    projects = []
    for label in 'ab':
        directory = tmpdir.join(label)
        write_project(directory)
        write(directory, {'shop/label.py': 'LABEL = %r\n' % label})
        projects.append(directory)
    # two projects of one name and version into one --dist-dir, one of them built twice
    builds = [(projects[0], dist), (projects[1], dist), (projects[0], dist)]
    results = [None] * len(builds)

    def build(index, directory, target):
        results[index] = jython(['setup.py', 'bdist_jar', '--dist-dir', target], cwd=str(directory))
    threads = [threading.Thread(target=build, args=(index,) + b) for index, b in enumerate(builds)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [result.code for result in results] == [0, 0, 0], results
    assert os.listdir(dist) == ['shop-1.0.jar']
    archive = zipfile.ZipFile(os.path.join(dist, 'shop-1.0.jar'))
    try:
        assert archive.testzip() is None
        assert archive.read('shop/label.py') in ("LABEL = 'a'\n", "LABEL = 'b'\n")
    finally:
        archive.close()
    assert [name for name in os.listdir(str(projects[0].join('build'))) if name.startswith('bdist.jar')] == []
