"""The wheel `gradle pythonWheel` builds: Jython 2.7.4's pip 19.1 installs it, and what it installs
builds a project's jar, as the source distribution's installation does."""
import os

import pytest

from conftest import JYTHON, PROBE_CLASSPATH, jar_names, run, write_project

pytestmark = pytest.mark.e2e

WHEEL = os.environ['CLAMP_WHEEL']


def test_jythons_pip_installs_the_wheel_and_the_installed_package_builds_a_jar(tmpdir):
    target = str(tmpdir.join('site'))
    installed = run([JYTHON, '-m', 'pip', 'install', '--disable-pip-version-check', '--no-index', '--no-deps',
                     '--target', target, WHEEL])
    assert installed.code == 0, installed
    assert sorted(os.listdir(os.path.join(target, 'clamp_annotations', 'jars'))) == [
        'asm-9.8.jar', 'asm-tree-9.8.jar', 'clamp-annotations-0.1.0.jar']
    project = tmpdir.join('project')
    write_project(project)
    built = run([JYTHON, '-c', 'import clamp_annotations, sys; print(clamp_annotations.__file__); '
                 'sys.argv = ["setup.py", "-q", "bdist_jar"]; execfile("setup.py")'],
                cwd=str(project), env={'CLASSPATH': PROBE_CLASSPATH, 'JYTHONPATH': target})
    assert built.code == 0 and built.output.startswith(os.path.join(target, 'clamp_annotations')), built
    assert 'com/example/shop/orders/Cart.class' in jar_names(str(project.join('dist', 'shop-1.0.jar')))
