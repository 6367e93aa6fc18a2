"""The Java classes that reached Python before clamp_annotations' hooks did (``_jvm.imported_classes``)."""
import sys
import types

import java.util.concurrent
from java.lang import Class, String
from java.util import ArrayList

from clamp_annotations import _jvm


def _scoped(values):
    """A module whose namespace is a mapping but no dict, as a JSR-223 engine's scope is."""
    class Scoped(object):
        __dict__ = property(lambda self: _Scope(values))
    return Scoped()


class _Scope(object):

    def __init__(self, values):
        self.values = values

    def __iter__(self):
        return iter(self.values)

    def __getitem__(self, key):
        return self.values[key]


def _found_with(modules):
    """The names of the classes found with ``modules`` as ``sys.modules``."""
    saved = dict(sys.modules)
    sys.modules.clear()
    try:
        sys.modules.update(modules)
        found = list(_jvm.imported_classes())
    finally:
        sys.modules.clear()
        sys.modules.update(saved)
    return [Class.getName(java_class) for java_class in found]


def _module(name, **values):
    module = types.ModuleType(name)
    module.__dict__.update(values)
    return module


def test_classes_in_module_namespaces_of_any_mapping_are_found_and_other_values_are_not():
    found = _found_with({'plain': _module('plain', String=String, number=1, text='java.lang.Object'),
                         'scoped': _scoped({'List': ArrayList, 'name': 'scoped'}), 'placeholder': None})
    assert sorted(found) == ['java.lang.String', 'java.util.ArrayList']


def test_classes_reached_through_a_java_package_are_found_once_per_package():
    java.util.concurrent.TimeUnit  # in the package's __dict__ only
    found = _found_with({'one': _module('one', concurrent=java.util.concurrent),
                         'two': _module('two', also=java.util.concurrent)})
    assert found.count('java.util.concurrent.TimeUnit') == 1
    assert 'java.util.concurrent.TimeUnit' not in _found_with({'one': _module('one')})
