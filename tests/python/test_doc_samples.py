"""Every code block of the manual (README.md, docs/**/*.md) is what its marker says (doc_samples.py):
Python runs in this process, XML names the coordinates and plugin parameters the project really has, an
excerpt is cut from its file. Fragments say why they do not run and are not tests."""
import imp
import os
import re
import sys
import traceback
import xml.etree.ElementTree as ElementTree
from StringIO import StringIO

import pytest
from java.lang import Throwable

from conftest import _within
from doc_samples import ROOT, blocks, grouped, samples

SAMPLES, PROBLEMS = samples()
# The examples' Java interfaces and classes, which samples import (demo.greeter.Greeter), found as
# Jython finds Java classes in a directory on sys.path.
EXAMPLE_CLASSES = os.environ['CLAMP_EXAMPLE_CLASSES'].split(os.pathsep)
RUNNABLE = [sample for sample in SAMPLES if sample.fragment is None]


def test_every_block_has_a_marker():
    assert not PROBLEMS, '\n'.join(PROBLEMS)


def test_the_manual_has_samples_that_run():
    """A page losing its blocks, or the extractor finding none, fails here: the floors are today's counts."""
    assert len(SAMPLES) >= 19 and len(RUNNABLE) >= 7, '%d samples, %d that run' % (len(SAMPLES), len(RUNNABLE))


@pytest.mark.parametrize('sample', RUNNABLE, ids=[sample.id for sample in RUNNABLE])
def test_sample(sample, tmpdir):
    for block in sample.blocks:
        if block.kind == 'excerpt':
            _check_excerpt(block)
        elif block.language == 'xml' and block.kind in (None, 'file'):
            _check_xml(block)
        elif block.language != 'python' and block.kind is None:
            pytest.fail('%r: a ```%s block is checked only as a file, an excerpt or a fragment'
                        % (block, block.language))
    if any(block.language == 'python' and block.kind in (None, 'file') for block in sample.blocks):
        _run_python(sample, tmpdir)


# A page as the docs write an error: set-up, the failing code and its exact error, then code that goes on
# with the names the set-up defined and what it prints.
ERROR_PAGE = """
<!-- sample: byte -->
```python
from java.lang import Object
from clamp_annotations import clamp_base
from fixtures import Limits

Base = clamp_base('com.example')
```

<!-- sample: byte -->
```python
@Limits(times=300)
class Retry(Base, Object):
    pass
```
<!-- sample: byte raises -->
```
AnnotationError: Retry: @fixtures.Limits(times=%s): element 'times' is a byte (-128..127), got %s
```

<!-- sample: byte -->
```python
print Base.__name__
```
<!-- sample: byte output -->
```
ClampBase
```
"""


def test_a_raises_or_output_block_follows_python_code():
    page = '<!-- sample: a fragment: shell -->\n```sh\nls\n```\n<!-- sample: b raises -->\n```\nE: e\n```\n'
    assert grouped(blocks('page.md', page)[0])[1] == ['page.md:6: a raises block follows no Python code of b']


@pytest.mark.parametrize('times, printing, said', [
    (300, 'Base.__name__', None),
    (301, 'Base.__name__', r"page.md:\d+ raised AnnotationError: .*times=300.*; page.md:\d+ says otherwise"),
    (300, 'Base.__name__ * 2', r"page.md:\d+ printed 'ClampBaseClampBase\\n'; page.md:\d+ says otherwise"),
])
def test_a_sample_shows_exactly_what_it_raises_and_prints(tmpdir, times, printing, said):
    page = (ERROR_PAGE % (times, times)).replace('print Base.__name__', 'print ' + printing)
    page_blocks, problems = blocks('page.md', page)
    (sample,), more_problems = grouped(page_blocks)
    assert problems + more_problems == []
    if said is None:
        _run_python(sample, tmpdir)
    else:
        with pytest.raises(AssertionError, match=said):
            _run_python(sample, tmpdir)


def test_a_sample_imports_its_own_files_where_a_test_left_a_module_of_their_name(tmpdir):
    page = ('<!-- sample: plain file: shop/plain.py -->\n```python\nVALUE = 1\n```\n'
            '<!-- sample: plain -->\n```python\nfrom shop.plain import VALUE\nprint VALUE\n```\n'
            '<!-- sample: plain output -->\n```\n1\n```\n')
    (sample,), _ = grouped(blocks('page.md', page)[0])
    left = sys.modules['shop'] = imp.new_module('shop')  # as a test's project left it, without shop.plain
    try:
        _run_python(sample, tmpdir)
        assert sys.modules['shop'] is left
    finally:
        del sys.modules['shop']


# --- Python: each block a module of its own, in this process ---

def _run_python(sample, directory):
    for block in sample.blocks:
        if block.kind == 'file':
            _write(directory, block.argument, block.text)
    # Modules of the sample's names that other tests of this process left imported would stand for its files.
    tops = set(re.split(r'[/.]', block.argument)[0] for block in sample.blocks if block.kind == 'file')
    shadowed = dict((name, sys.modules.pop(name)) for name in list(sys.modules) if name.split('.')[0] in tops)
    modules = set(sys.modules)
    sys.path[:0] = [str(directory)] + EXAMPLE_CLASSES
    namespace = {}  # what the sample's blocks defined so far, which the next one starts with
    try:
        for index, block in enumerate(sample.blocks):
            if block.language != 'python' or block.kind not in (None, 'file'):
                continue
            printed, raised = _execute(sample, block, directory, namespace)
            expected = dict((b.kind, b) for b in _following(sample.blocks, index))
            if 'raises' in expected:
                said = _described(raised[1]) if raised else 'nothing'
                assert said == expected['raises'].text.strip(), '%r raised %s; %r says otherwise' % (
                    block, said, expected['raises'])
            elif raised is not None:
                pytest.fail('%r raised:\n%s' % (block, ''.join(traceback.format_exception(*raised))))
            if 'output' in expected:
                assert printed.rstrip('\n') == expected['output'].text.rstrip('\n'), '%r printed %r; %r says otherwise' % (
                    block, printed, expected['output'])
    finally:
        for entry in [str(directory)] + EXAMPLE_CLASSES:
            sys.path.remove(entry)
        for name in set(sys.modules) - modules:
            if _within(getattr(sys.modules[name], '__file__', None), str(directory)):
                del sys.modules[name]
        sys.modules.update(shadowed)


def _following(blocks, index):
    """The raises and output blocks right after ``blocks[index]``."""
    found = []
    for block in blocks[index + 1:]:
        if block.kind not in ('raises', 'output'):
            break
        found.append(block)
    return found


def _execute(sample, block, directory, namespace):
    """Runs ``block``: a file of a module is imported, other code runs as a module of its own written
    to a file (so that a class statement's decorators are read from its source), starting with
    ``namespace``, which gets what it defines. Returns what it printed, and the exc_info of what it
    raised or None."""
    if block.kind == 'file':
        run = lambda: __import__(_module_name(block.argument))
    else:
        name = re.sub(r'\W', '_', sample.name) + '_%d' % block.line
        path = os.path.join(str(directory), name + '.py')
        _write(directory, name + '.py', block.text)
        module = imp.new_module(name)
        module.__file__ = path
        module.__dict__.update(namespace)
        sys.modules[name] = module
        code = compile(block.text, path, 'exec')

        def run():
            try:
                exec code in module.__dict__
            finally:
                namespace.update((k, v) for k, v in module.__dict__.items() if not k.startswith('__'))
    stdout, sys.stdout = sys.stdout, StringIO()
    try:
        run()
        raised = None
    except (Exception, Throwable):
        raised = sys.exc_info()
    finally:
        printed, sys.stdout = sys.stdout.getvalue(), stdout
    return printed, raised


def _described(exception):
    """``Name: message`` as a raises block writes it."""
    if isinstance(exception, Throwable):
        return '%s: %s' % (exception.getClass().getSimpleName(), exception.getMessage())
    return '%s: %s' % (type(exception).__name__, exception)


def _module_name(path):
    name = path[:-len('.py')].replace('/', '.')
    return name[:-len('.__init__')] if name.endswith('.__init__') else name


def _write(directory, path, text):
    """Writes ``text`` at ``path`` below ``directory``, each new package directory with an ``__init__.py``."""
    target = directory.join(path)
    target.write(text, ensure=True)
    parent = target.dirpath()
    while parent != directory:
        if path.endswith('.py') and not parent.join('__init__.py').check():
            parent.join('__init__.py').write('')
        parent = parent.dirpath()


# --- Excerpts: lines of a file of the repository, in its order ---

_COMMENT = {'python': r'(^|\s+)#.*$', 'java': r'(^|\s+)//.*$', 'xml': r'<!--.*?-->'}


def _check_excerpt(block):
    comment = _COMMENT.get(block.language, r'$^')

    def bare(line):
        return ' '.join(re.sub(r'\s*\.\.\.$', '', re.sub(comment, '', line)).split())
    with open(os.path.join(ROOT, block.argument)) as f:
        source = [bare(line) for line in f.read().split('\n')]
    position = 0
    for line in filter(None, map(bare, block.text.split('\n'))):
        assert line in source[position:], '%r: %r is not a line of %s after its line %d' % (
            block, line, block.argument, position)
        position = source.index(line, position) + 1


# --- XML: the coordinates of our artifacts and the plugin's parameters as the project has them ---

_POMS = ['examples/keystone-boot/pom.xml', 'examples/keystone-war/pom.xml',
         'examples/keystone-war/drivers/pom.xml', 'examples/keystone-war/webapp/pom.xml']
_OURS = ('dev.clampannotations', 'org.python', 'demo')  # the groups whose coordinates the docs must get right
_POM_NAMESPACE = re.compile(r'^\{[^}]*\}')
_PLUGIN_DESCRIPTOR = 'maven/src/main/resources/META-INF/maven/plugin.xml'


def _check_xml(block):
    root = ElementTree.fromstring('<sample>%s</sample>' % block.text)
    known = _known_coordinates()
    for element in root.iter():
        if _tag(element) in ('dependency', 'plugin', 'parent', 'project') and _child(element, 'groupId') in _OURS:
            coordinates = tuple(_child(element, name) for name in ('groupId', 'artifactId', 'version'))
            assert coordinates in known, '%r: %s is none of the examples\' %s' % (
                block, ':'.join(map(str, coordinates)),
                ', '.join(':'.join(c) for c in sorted(known) if c[0] == coordinates[0] and c[2]))
        if _tag(element) == 'plugin' and _child(element, 'artifactId') == 'clamp-annotations-maven-plugin':
            _check_plugin_use(block, element)


def _check_plugin_use(block, plugin):
    descriptor = ElementTree.parse(os.path.join(ROOT, _PLUGIN_DESCRIPTOR)).getroot()
    goals = set(mojo.findtext('goal') for mojo in descriptor.iter('mojo'))
    parameters = set(p.findtext('name') for p in descriptor.iter('parameter') if p.findtext('editable') == 'true')
    for goal in plugin.iter():
        if _tag(goal) == 'goal':
            assert goal.text in goals, '%r: the plugin has no goal %r, only %s' % (block, goal.text, sorted(goals))
    for configuration in plugin.iter():
        if _tag(configuration) == 'configuration':
            for parameter in configuration:
                assert _tag(parameter) in parameters, '%r: the plugin has no parameter <%s>, only %s' % (
                    block, _tag(parameter), sorted(parameters))


def _known_coordinates():
    """Every groupId:artifactId:version in the examples' POMs (a project's own, its dependencies' and
    plugins'), with their properties resolved, as the Maven tests build them."""
    roots = [ElementTree.parse(os.path.join(ROOT, pom)).getroot() for pom in _POMS]
    properties = {}
    for root in roots:
        for element in root.iter():
            if _tag(element) == 'properties':
                properties.update((_tag(p), p.text.strip()) for p in element)
    known = set()
    for root in roots:
        parent = [child for child in root if _tag(child) == 'parent']
        own = dict(properties, **{'project.version': _child(root, 'version') or _child(parent[0], 'version')})
        for element in root.iter():
            if _child(element, 'artifactId') is not None:
                known.add(tuple(re.sub(r'\$\{([^}]+)\}', lambda m: own[m.group(1)], _child(element, name) or '')
                                for name in ('groupId', 'artifactId', 'version')))
    return known


def _tag(element):
    return _POM_NAMESPACE.sub('', element.tag)


def _child(element, name):
    for child in element:
        if _tag(child) == name:
            return child.text.strip()
    return None
