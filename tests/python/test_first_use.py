"""The first objects of clamped classes, created by many threads at once in fresh JVMs, as a web
application's first concurrent requests create them: every JVM makes them all.

Jython's static initialisers depend on each other in cycles, so two threads that enter them by two
classes at once can wait for each other forever. Before every generated constructor and method passed
one start-up gate, a constructor read ``Py.EmptyObjects`` while another thread started Jython, and the
JVM hung: in 19 of 24 runs of this probe (16 threads, three classes, four JVMs at a time), at least two
in each four. So RUNS JVMs, which must all finish, find such a deadlock every time; the probe reports
one within seconds (FirstUse.STILL_SECONDS)."""
import threading

import pytest

from conftest import build_here, fresh_jvm, write

pytestmark = pytest.mark.e2e

RUNS = 4
THREADS = 16
CLASSES = [
    'com.example.racer.Typed=t',  # a typed constructor (a String)
    'com.example.racer.Plain',  # Jython's constructor, with no arguments
    'com.example.racer.Sized=4',  # Jython's constructor with an int, which it makes a Python int
]
SETUP = """
    from setuptools import setup
    setup(name='racer', version='1.0', py_modules=['racer'], clamp={'modules': ['racer']})
"""
RACER = """
    from java.lang import Object, String
    from java.util import ArrayList

    from clamp_annotations import clamp_base, java_constructor

    Base = clamp_base('com.example')


    class Plain(Base, Object):
        pass


    class Sized(Base, ArrayList):
        pass


    class Typed(Base, Object):
        @java_constructor(name=String)
        def __init__(self, name):
            self.name = name
"""


@pytest.fixture(scope='module')
def jar(tmpdir_factory):
    project = tmpdir_factory.mktemp('racer')
    write(project, {'setup.py': SETUP, 'racer.py': RACER})
    assert build_here(project) is None
    return str(project.join('dist', 'racer-1.0.jar'))


def test_first_objects_created_by_many_threads_at_once_in_fresh_jvms(jar):
    results = [None] * RUNS

    def race(index):
        results[index] = fresh_jvm('probe.FirstUse', [str(THREADS)] + CLASSES, jar)
    threads = [threading.Thread(target=race, args=(index,)) for index in range(RUNS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for result in results:
        assert result.code == 0, result
        assert result.output.splitlines() == [
            'com.example.racer.Plain: 5 objects',
            'com.example.racer.Sized: 5 objects',
            'com.example.racer.Typed: 6 objects',
        ], result
