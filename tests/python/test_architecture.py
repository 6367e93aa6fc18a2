"""docs/architecture.md names classes, functions and constants by linking them to their files: each such
name must be defined in the file it links to, so that the page's walks follow the code as it is."""
import ast
import os
import re

import pytest

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, os.pardir)
PAGE = os.path.join(ROOT, 'docs', 'architecture.md')

# [`Name.member`](../path): a name, linked to the file that defines it; a file's or package's own name links to it.
_LINK = re.compile(r'\[`([^`]+)`\]\(\.\./([^)#]+)\)')
_NAME = re.compile(r'^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$')


def links():
    with open(PAGE) as f:
        return sorted(set(_LINK.findall(f.read())))


def python_defines(source, dotted):
    """Whether the Python ``source`` defines ``dotted`` (``f``, ``Cls``, ``Cls.method``, ``NAME``): the
    first part at any depth (a class may be made inside a function), each next one in the body of the last."""
    parts = dotted.split('.')
    found = [node for node in ast.walk(ast.parse(source)) if _defines(node, parts[0])]
    for part in parts[1:]:
        found = [child for node in found for child in getattr(node, 'body', []) if _defines(child, part)]
    return bool(found)


def _defines(node, name):
    if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
        return node.name == name
    if isinstance(node, ast.Assign):
        return any(isinstance(target, ast.Name) and target.id == name for target in node.targets)
    return False


def java_defines(source, dotted):
    """Whether the Java ``source`` declares ``dotted``: a type (``Cls``, ``Cls.Nested``) and then a method,
    field or nested type of that name (textually: a declaration, not a use)."""
    types = dotted.split('.')
    is_type = types[-1][:1].isupper() and not types[-1].isupper()  # Cls, not CONSTANT or method
    member = None if len(types) == 1 or is_type else types.pop()
    for name in types:
        if not re.search(r'\b(class|interface|enum)\s+%s\b' % name, source):
            return False
    if member is None:
        return True
    method = (r'^\s+(?:(?:public|protected|private|static|final|abstract|synchronized)\s+)*[\w<>\[\], ?]+\s+%s\('
              % member)
    field = r'^\s+(?:(?:public|protected|private|static|final|volatile)\s+)+[\w<>\[\], ?]+\s+%s\s*[=;]' % member
    return bool(re.search(method, source, re.M) or re.search(field, source, re.M))


def test_the_page_links_to_names_in_files():
    assert len(links()) > 50


@pytest.mark.parametrize('name, path', links())
def test_every_name_the_page_links_is_defined_in_the_file_it_links_to(name, path):
    full = os.path.join(ROOT, path)
    assert os.path.isfile(full), path
    if name in (os.path.basename(path), os.path.basename(os.path.dirname(path))) or not _NAME.match(name):
        return  # the file itself, or its package
    with open(full) as f:
        source = f.read()
    defines = python_defines if path.endswith('.py') else java_defines
    assert defines(source, name), '%s is not defined in %s' % (name, path)


@pytest.mark.parametrize('name, path, defined', [
    ('ClampMaker.prepare', 'java/src/main/java/clampannotations/ClampMaker.java', True),
    ('ClampMaker.GENERATOR', 'java/src/main/java/clampannotations/ClampMaker.java', True),
    ('ClampMaker.GeneratorMethod', 'java/src/main/java/clampannotations/ClampMaker.java', True),
    ('ClampMaker.noSuchMethod', 'java/src/main/java/clampannotations/ClampMaker.java', False),
    ('ClampMaker.generator', 'java/src/main/java/clampannotations/ClampMaker.java', False),  # a use, not a declaration
    ('_TypedMethod.__get__', 'clamp_annotations/_proxy.py', True),
    ('_TypedMethod.attach', 'clamp_annotations/_proxy.py', False),
    ('attach', 'clamp_annotations/_proxy.py', False),
])
def test_a_name_is_found_where_it_is_defined_only(name, path, defined):
    with open(os.path.join(ROOT, path)) as f:
        source = f.read()
    assert (python_defines if path.endswith('.py') else java_defines)(source, name) == defined
