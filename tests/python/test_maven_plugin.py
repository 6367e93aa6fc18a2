"""The Maven plugin's build goal on a small Maven project (no Java sources): what it writes into
target/classes, that it does nothing when nothing changed, its errors as Maven reports them, and the JVM
of its own it builds in (options, class-data archive, the same bytes as in Maven's JVM); the cds goal's
errors (test_keystone_boot.py runs it on a Spring Boot application)."""
import os
import re
import textwrap
import zipfile

import pytest

from conftest import mvn_without_jython, write

pytestmark = pytest.mark.e2e

VERSION = '0.1.0'
GOAL = 'dev.clampannotations:clamp-annotations-maven-plugin:%s:build' % VERSION
CDS_GOAL = GOAL.replace(':build', ':cds')
POM = """
    <project xmlns="http://maven.apache.org/POM/4.0.0">
        <modelVersion>4.0.0</modelVersion>
        <groupId>test</groupId>
        <artifactId>shop</artifactId>
        <version>1.0</version>
        <dependencies>
            <dependency>
                <groupId>org.python</groupId>
                <artifactId>jython-standalone</artifactId>
                <version>2.7.4</version>
            </dependency>
            <dependency>
                <groupId>dev.clampannotations</groupId>
                <artifactId>clamp-annotations</artifactId>
                <version>%(version)s</version>
            </dependency>%(dependencies)s
        </dependencies>
        <build>
            <plugins>
                <plugin>
                    <groupId>dev.clampannotations</groupId>
                    <artifactId>clamp-annotations-maven-plugin</artifactId>
                    <version>%(version)s</version>
                    <configuration>
                        <modules>%(modules)s</modules>
                    </configuration>
                </plugin>
            </plugins>
        </build>
    </project>
"""
ORDERS = textwrap.dedent("""
    from java.lang import Object
    from java.util.function import Supplier

    from clamp_annotations import clamp_base

    Base = clamp_base('com.example')


    class Cart(Base, Supplier):
        def get(self):
            return 'cart'
""")


def pom(modules, dependencies=''):
    return POM % {'version': VERSION, 'modules': ''.join('<module>%s</module>' % m for m in modules),
                  'dependencies': dependencies}


def shop(directory, modules=('shop.orders',), orders=ORDERS):
    write(directory, {
        'pom.xml': pom(modules),
        'src/main/python/shop/__init__.py': '',
        'src/main/python/shop/orders.py': orders,
    })


def build(directory, *options):
    """Runs the goal alone (no lifecycle: nothing else to build here)."""
    return mvn_without_jython([GOAL] + list(options), cwd=str(directory))


def build_jvm(result):
    """The command line of the forked build's JVM, as the goal logs it in Maven's debug output (-X)."""
    return re.search(r'\[DEBUG\] clamp-annotations: build JVM: (.*)', result.output).group(1)


def classes(directory):
    root = str(directory.join('target', 'classes'))
    return sorted(os.path.relpath(os.path.join(d, f), root) for d, _, files in os.walk(root) for f in files)


def failure(directory, message, goal=GOAL):
    """What Maven says of the goal failing with ``message``, each further line after Maven's prefix."""
    return ('[ERROR] Failed to execute goal %s (default-cli) on project shop: clamp-annotations: %s'
            % (goal, message.format(sources=directory.join('src', 'main', 'python')).replace('\n', '\n[ERROR] ')))


def test_the_classes_and_modules_are_written_and_a_build_with_nothing_changed_starts_no_jython(tmpdir):
    shop(tmpdir)
    result = build(tmpdir)
    assert result.code == 0, result
    assert '[INFO] clamp-annotations: 1 Java classes and 2 Python files into %s' % tmpdir.join(
        'target', 'classes') in result.output, result
    assert classes(tmpdir) == ['com/example/shop/orders/Cart.class', 'shop/__init__$py.class', 'shop/__init__.py',
                               'shop/orders$py.class', 'shop/orders.py']
    again = build(tmpdir)
    assert again.code == 0, again
    assert '[INFO] clamp-annotations: nothing changed, 5 files in %s are up to date' % tmpdir.join(
        'target', 'classes') in again.output, again


def test_the_build_runs_in_a_jvm_of_its_own_with_c1_the_serial_collector_and_a_shared_class_data_archive(tmpdir):
    shop(tmpdir)
    archives = tmpdir.join('archives')
    first = build(tmpdir, '-X', '-Dclamp-annotations.archiveDirectory=%s' % archives)
    assert first.code == 0, first
    archive, = archives.listdir()
    assert re.match(r'\S+/java -Xss2m -XX:TieredStopAtLevel=1 -XX:\+UseSerialGC -XX:DumpLoadedClassList=%s -cp \S+'
                    r'clamp-annotations-maven-plugin-%s.jar\S* clampannotations.maven.ForkedBuild ' % (
                        re.escape(str(tmpdir.join('target', 'clamp-annotations', 'fork.classlist'))), VERSION),
                    build_jvm(first)), first
    assert '[INFO] clamp-annotations: class-data archive of the build JVM written: %s' % archive in first.output
    made = archive.mtime()
    # Another project (a changed one is built again) maps the archive the first made; a broken one is ignored.
    write(tmpdir, {'src/main/python/shop/orders.py': ORDERS.replace('Cart', 'Basket')})
    again = build(tmpdir, '-X', '-Dclamp-annotations.archiveDirectory=%s' % archives)
    assert again.code == 0, again
    assert ' -XX:+UseSerialGC -XX:SharedArchiveFile=%s -Xlog:cds*=off -cp ' % archive in build_jvm(again), again
    assert 'class-data archive' not in again.output, again
    assert archives.listdir() == [archive] and archive.mtime() == made
    archive.write('not an archive')
    write(tmpdir, {'src/main/python/shop/orders.py': ORDERS})
    broken = build(tmpdir, '-Dclamp-annotations.archiveDirectory=%s' % archives)
    assert broken.code == 0, broken
    assert 'com/example/shop/orders/Cart.class' in classes(tmpdir)


def test_jvm_arguments_are_the_options_of_the_build_jvm(tmpdir):
    shop(tmpdir)
    result = build(tmpdir, '-Dclamp-annotations.jvmArguments=-Xss2m -XX:+NoSuchOption')
    assert result.code == 1, result
    assert re.search(r'\[ERROR\] Failed to execute goal %s \(default-cli\) on project shop: clamp-annotations: `\S+/java '
                     r'-Xss2m -XX:\+NoSuchOption .* -cp .*` failed \(exit 1\) in %s:\n\[ERROR\] Unrecognized VM option '
                     r"'NoSuchOption'" % (re.escape(GOAL), re.escape(str(tmpdir.join('target', 'clamp-annotations')))),
                     result.output), result


def test_the_build_in_a_jvm_of_its_own_writes_the_bytes_that_the_build_in_mavens_jvm_writes(tmpdir):
    forked, in_maven = tmpdir.join('forked'), tmpdir.join('in-maven')
    for directory, options in ((forked, []), (in_maven, ['-Dclamp-annotations.fork=false'])):
        shop(directory)
        result = build(directory, *options)
        assert result.code == 0, result
    assert classes(forked) == classes(in_maven)
    for name in classes(forked):
        assert forked.join('target', 'classes', name).read_binary() == in_maven.join(
            'target', 'classes', name).read_binary(), name


def test_a_changed_module_is_built_again_and_what_it_no_longer_makes_is_removed(tmpdir):
    shop(tmpdir)
    assert build(tmpdir).code == 0
    write(tmpdir, {'src/main/python/shop/orders.py': ORDERS.replace('Cart', 'Basket')})
    result = build(tmpdir)
    assert result.code == 0, result
    assert classes(tmpdir) == ['com/example/shop/orders/Basket.class', 'shop/__init__$py.class',
                               'shop/__init__.py', 'shop/orders$py.class', 'shop/orders.py']


def test_a_module_that_fails_to_import_fails_the_build_naming_the_file_and_line(tmpdir):
    shop(tmpdir, orders=ORDERS + '\nCart.size = undefined\n')
    result = build(tmpdir)
    assert result.code == 1, result
    assert failure(tmpdir, "cannot import clamped module 'shop.orders': NameError: name 'undefined' is not "
                           'defined\n  File "{sources}/shop/orders.py", line 13, in <module>') in result.output, result


def test_a_refusal_of_the_build_fails_the_maven_build_with_its_message(tmpdir):
    shop(tmpdir)
    write(tmpdir, {'src/main/python/shop/orders.py': ORDERS + '\n\nclass Cart(Base, Supplier):\n    pass\n'})
    result = build(tmpdir)
    assert result.code == 1, result
    assert failure(tmpdir, 'module shop.orders defines clamped class Cart twice (lines 9 and 14): the last would '
                           'replace the Java class of the others; rename all but one') in result.output, result


def test_a_project_builds_against_the_python_classes_of_another_projects_jar(tmpdir):
    shop(tmpdir.join('shop'))
    assert build(tmpdir.join('shop')).code == 0
    jar = tmpdir.join('shop-1.0.jar')
    archive = zipfile.ZipFile(str(jar), 'w')
    try:
        for name in classes(tmpdir.join('shop')):
            archive.write(str(tmpdir.join('shop', 'target', 'classes', name)), name)
    finally:
        archive.close()
    web = tmpdir.join('web')
    write(web, {
        'pom.xml': pom(['web'], """
            <dependency>
                <groupId>test</groupId>
                <artifactId>shop-drivers</artifactId>
                <version>1.0</version>
                <scope>system</scope>
                <systemPath>%s</systemPath>
            </dependency>""" % jar),
        'src/main/python/web.py': """
            from java.util.function import Supplier

            from clamp_annotations import clamp_base
            from shop.orders import Cart

            class Front(clamp_base('com.example'), Supplier):
                def get(self):
                    return 'front of the ' + Cart().get()
        """,
    })
    result = build(web)
    assert result.code == 0, result
    assert classes(web) == ['com/example/web/Front.class', 'web$py.class', 'web.py']


def test_a_file_in_two_python_source_directories_fails_the_build_naming_both(tmpdir):
    shop(tmpdir)
    more = tmpdir.join('more')
    write(more, {'shop/__init__.py': ''})
    pom_text = tmpdir.join('pom.xml').read().replace('<modules>', '<pythonSourceDirectories><d>src/main/python</d>'
                                                     '<d>more</d></pythonSourceDirectories><modules>')
    tmpdir.join('pom.xml').write(pom_text)
    result = build(tmpdir)
    assert result.code == 1, result
    assert failure(tmpdir, 'shop/__init__.py is in two Python source directories, {sources} and %s: keep one'
                   % more) in result.output, result


def test_a_missing_python_source_directory_fails_the_build_by_name(tmpdir):
    write(tmpdir, {'pom.xml': pom(['shop.orders'])})
    result = build(tmpdir)
    assert result.code == 1, result
    assert failure(tmpdir, 'the Python source directory {sources} does not exist') in result.output, result


def test_the_cds_goal_without_spring_boots_jar_fails_the_build_naming_the_jar(tmpdir):
    shop(tmpdir)
    result = mvn_without_jython([CDS_GOAL], cwd=str(tmpdir))
    assert result.code == 1, result
    assert failure(tmpdir, "cds needs Spring Boot's executable jar %s, which is not there: bind the goal after "
                           'spring-boot:repackage (phase package)' % tmpdir.join('target', 'shop-1.0.jar'),
                   CDS_GOAL) in result.output, result


def test_the_cds_goal_on_a_jar_that_boots_tools_cannot_extract_fails_the_build_with_what_java_said(tmpdir):
    shop(tmpdir)
    jar = tmpdir.join('target', 'shop-1.0.jar')
    jar.dirpath().ensure(dir=True)
    zipfile.ZipFile(str(jar), 'w').close()  # a jar without Boot's launcher, nor a Main-Class
    result = mvn_without_jython([CDS_GOAL], cwd=str(tmpdir))
    assert result.code == 1, result
    assert re.search(r'\[ERROR\] Failed to execute goal %s \(default-cli\) on project shop: clamp-annotations: `\S+/java '
                     r'-Djarmode=tools -jar %s extract --destination %s` failed \(exit 1\) in %s:\n\[ERROR\] '
                     r'(Error: Invalid or corrupt jarfile|no main manifest attribute, in) %s' % tuple(
                         re.escape(str(p)) for p in (CDS_GOAL, jar, tmpdir.join('target', 'cds'), tmpdir.join('target'),
                                                     jar)), result.output), result
