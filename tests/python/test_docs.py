"""The manual's reference pages are complete and true: every message the code can stop with is in the
error reference (docs/errors.md), every public name and command in the API page (docs/api.md), the
Java versions in the installing page are the class files', and the README's links (which MkDocs does
not check) lead somewhere. They read the sources, so a message or a name added without its entry fails
here."""
import ast
import glob
import inspect
import io
import os
import re

import pytest
from java.lang import Class, Runnable, String
from java.lang.annotation import Annotation
from org.python.core import Py

import clamp_annotations
from clamp_annotations import _cli, _command, _jvm, clamp_base, commands, element

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PACKAGE = os.path.join(ROOT, 'clamp_annotations')


def _read(*path):
    with io.open(os.path.join(ROOT, *path), encoding='utf-8') as f:
        return f.read()


def _normalized(text):
    """A message with its placeholders (``%s`` in the code, ``<name>`` in the docs) as ``<>``, its
    white space as single spaces."""
    text = re.sub(r'%(\([a-z_]+\))?[-#0 +]*(\d+|\*)?(\.\d+)?[sdrifx]', '<>', text).replace('%%', '%')
    text = re.sub(r'<[^<>]+>', '<>', text)
    return re.sub(r'(<>)+', '<>', re.sub(r'\s+', ' ', text))


def _worded(template):
    """Whether a message template says something (two words), not only glues placeholders together."""
    return len(re.findall(r'[A-Za-z]{2,}', template.replace('<>', ' '))) >= 2


# Python: the exceptions and exits that carry a message to the user (a build's error: line included).
_RAISED = ('ClampError', 'AnnotationError', 'DistutilsError', 'DistutilsSetupError', 'DistutilsOptionError',
           'ValueError', 'IOError', 'exit')
# %-formatted strings of the package that are no messages of a failure: help, progress, file contents, patterns.
_NOT_MESSAGES = [
    ('_cli.py', 'jars and class directories that the modules import'),  # argparse help
    ('_cli.py', '%d Java classes'),  # what a build wrote
    ('_command.py', '%d Java classes'),
    ('_command.py', 'wrote %s'),
    ('_cli.py', 'single, runs'),  # the digest of a build's inputs
    ('_cli.py', 'SOURCE_DATE_EPOCH=%s'),
    ('_command.py', 'more jars'),  # option help
    ('_command.py', 'jars/%s.jar'),  # file names and contents
    ('_jvm.py', 'clamp-annotations-%s.jar'),
    ('_jar.py', 'Manifest-Version'),
    ('_project.py', 'Main-Class'),
    ('_jar.py', '%s: no local header'),  # a corrupt zip, as zipfile says it
    ('_modules.py', '(?:'),  # a regular expression
    ('_proxy.py', "'%s' object has no attribute"),  # Python's own AttributeError, as Python words it
    ('_build.py', '  %s: overrides'),  # bdist_jar --verbose
]


def _python_template(node):
    """The text of a string expression: literals as written, anything else as a placeholder."""
    if isinstance(node, ast.Str):
        return node.s
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod) and isinstance(node.left, ast.Str):
        return node.left.s
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _python_template(node.left) + _python_template(node.right)
    return '<>'


def python_messages():
    """(file, line, template) of each message of the package's sources: the arguments of a raise or
    exit (of AnnotationError: what was expected and given), and every %-formatted string."""
    found = set()  # a raise of a %-formatted string is found twice
    for path in sorted(glob.glob(os.path.join(PACKAGE, '*.py'))):
        name = os.path.basename(path)
        for node in ast.walk(ast.parse(_read('clamp_annotations', name), name)):
            texts = []
            if isinstance(node, ast.Call):
                called = getattr(node.func, 'id', getattr(node.func, 'attr', None))
                if called == 'AnnotationError':
                    texts = node.args[3:5]
                elif called in _RAISED and node.args:
                    texts = node.args[:1]
            elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod) and isinstance(node.left, ast.Str):
                texts = [node.left]
            for text in texts:
                template = _python_template(text)
                if _worded(_normalized(template)) and not any(
                        name == where and template.startswith(start) for where, start in _NOT_MESSAGES):
                    found.add((name, text.lineno, template))
    return sorted(found)


_JAVA_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_JAVA_CHAR = re.compile(r"'(?:[^'\\]|\\.)*'")
# Java: the exceptions whose messages reach the user, as a ClampError or AnnotationError (the Java half's
# rules) or as the Maven build's failure. Others (IllegalStateException) are broken invariants, not input.
_JAVA_RAISED = ('IllegalArgumentException', 'AnnotationValueException', 'Mismatch', 'MojoExecutionException',
                'MojoFailureException')


def _java_arguments(text, start):
    """The top-level arguments of the call whose '(' ends just before ``start``."""
    arguments, current, depth, i = [], [], 1, start
    while True:
        match = _JAVA_STRING.match(text, i) or _JAVA_CHAR.match(text, i)  # a ',' or ')' in quotes is text
        if match:
            current.append(match.group(0))
            i = match.end()
            continue
        c = text[i]
        if c in '([{':
            depth += 1
        elif c in ')]}':
            depth -= 1
            if not depth:
                return arguments + [''.join(current)]
        elif c == ',' and depth == 1:
            arguments.append(''.join(current))
            current = []
            i += 1
            continue
        current.append(c)
        i += 1


def _java_template(argument):
    """An argument's text: its string literals joined by + as written, any other term as a placeholder."""
    terms, current, depth = [], '', 0
    for piece in re.split(r'(%s)' % _JAVA_STRING.pattern, argument):
        if _JAVA_STRING.match(piece):
            current += piece
            continue
        for c in piece:
            depth += c in '([{'
            depth -= c in ')]}'
            if c == '+' and not depth:
                terms.append(current)
                current = ''
            else:
                current += c
    terms.append(current)
    return ''.join(_java_literal(term.strip()) for term in terms)


def _java_literal(term):
    match = _JAVA_STRING.match(term)
    return term[1:-1].decode('unicode_escape') if match and match.end() == len(term) else '<>'


def java_messages():
    """(file, line, template) of each argument with text of a ``new`` user-facing exception of the Java
    half and the Maven plugin."""
    found = []
    sources = sorted(glob.glob(os.path.join(ROOT, 'java', 'src', 'main', 'java', 'clampannotations', '*.java')) +
                     glob.glob(os.path.join(ROOT, 'maven', 'src', 'main', 'java', 'clampannotations', 'maven', '*.java')))
    for path in sources:
        with io.open(path, encoding='utf-8') as f:
            text = f.read()
        for match in re.finditer(r'\bnew (%s)\(' % '|'.join(_JAVA_RAISED), text):
            for argument in _java_arguments(text, match.end()):
                template = _java_template(argument)
                if _JAVA_STRING.search(argument) and _worded(_normalized(template)):
                    found.append((os.path.basename(path), text.count('\n', 0, match.start()) + 1, template))
    return found


@pytest.fixture(scope='module')
def messages():
    """The messages of the Python sources and of the Java ones, scanned once for the file's tests."""
    return python_messages(), java_messages()


def test_the_scans_find_the_messages_they_look_for(messages):
    python, java = messages
    assert ('_errors.py' not in [name for name, _, _ in python])
    templates = [_normalized(template) for _, _, template in python + java]
    assert 'clamp_base: package must be a Java package name such as "com.example", got <>' in templates
    assert '<>: <>' not in templates  # placeholders alone are no message
    assert 'the name <> is taken by the Java class Jython generates; choose another' in templates
    assert 'is not an element of it (elements: <>)' in templates  # a ?: between literals is one placeholder
    assert len(python) > 80 and len(java) > 30


def test_every_message_is_in_the_error_reference(messages):
    reference = _normalized(_read('docs', 'errors.md'))
    missing = ['%s:%d: %s' % (name, line, template) for name, line, template in messages[0] + messages[1]
               if _normalized(template) not in reference]
    assert missing == []


def _signature(obj, name):
    function = obj.__init__ if inspect.isclass(obj) else obj
    spec = inspect.getargspec(function)
    arguments = spec.args[1:] if inspect.isclass(obj) else spec.args
    defaults = [getattr(d, '__name__', repr(d)) for d in spec.defaults or ()]
    shown = arguments[:len(arguments) - len(defaults)] + [
        '%s=%s' % pair for pair in zip(arguments[len(arguments) - len(defaults):], defaults)]
    shown += ['*' + spec.varargs] if spec.varargs else []
    shown += ['**' + spec.keywords] if spec.keywords else []
    return '%s(%s)' % (name, ', '.join(shown))


def test_every_public_name_has_an_entry_with_its_signature():
    api = _read('docs', 'api.md')
    for name in clamp_annotations.__all__:
        assert '### `%s`\n\n`%s`\n' % (name, _signature(getattr(clamp_annotations, name), name)) in api


def _own_options(command):
    """The long options of a setuptools command that clamp_annotations gives it (not those of install, say)."""
    if not inspect.isclass(command):
        return []
    theirs = set(option for base in inspect.getmro(command) if not base.__module__.startswith('clamp_annotations')
                 for option in getattr(base, 'user_options', []))
    return [option[0].rstrip('=') for option in command.user_options if option not in theirs]


def test_every_command_and_its_options_have_an_entry():
    api = _read('docs', 'api.md')
    setup = _read('setup.py')
    entries = re.findall(r"'(\w+) = clamp_annotations\._command:(\w+)'", setup)
    assert sorted(entries) == [('bdist_jar', 'bdist_jar'), ('build_jar', 'build_jar'), ('clamp', 'clamp_command'),
                               ('clamp', 'validate_clamp'), ('singlejar', 'singlejar'),
                               ('singlejar', 'singlejar_script')]
    for command, name in entries:
        assert '### `%s`' % command in api
        for option in _own_options(getattr(_command, name)):
            assert '--' + option in api, option
    assert _signature(_command.validate_clamp, 'validate_clamp') in api
    for name in commands.__all__:
        assert '- `%s' % name in api
        if inspect.isfunction(getattr(commands, name)):
            assert '`%s`' % _signature(getattr(commands, name), name) in api
    build = _cli._parser()._subparsers._group_actions[0].choices['build']
    assert '### `jython -m clamp_annotations build`' in api
    for action in build._actions:
        for option in [] if action.dest == 'help' else action.option_strings:
            assert option in api, option


def _anchors(page):
    """The anchors of a page's headings, as GitHub and MkDocs make them."""
    return set(re.sub(r'[\s]+', '-', re.sub(r'[^\w\s-]', '', heading.strip().lower()))
               for heading in re.findall(r'(?m)^#+ (.*)$', _read(page)))


def test_the_readmes_links_lead_to_files_and_headings_of_the_repository():
    links = re.findall(r'\]\(([^)#]+)(?:#([^)]*))?\)', _read('README.md'))
    assert len(links) > 20
    assert [path for path, _ in links if not os.path.exists(os.path.join(ROOT, path))] == []
    assert [(path, anchor) for path, anchor in links if anchor and anchor not in _anchors(path)] == []


def _class_file_version(data):
    return (data[6] & 0xff) << 8 | data[7] & 0xff


def test_the_java_versions_the_installing_page_states_are_the_class_files_versions():
    installing = _read('docs', 'installing.md')
    assert 'What runs needs **Java 17 or\nnewer**' in installing
    assert 'are class-file version 61 (Java 17)' in installing
    assert "written at Jython's class-file version, 50 (Java 6), and annotation types declared\nin Python at 61" in installing
    runtime = Py.tojava(_jvm.ClampRuntime, Class)
    data = runtime.getResourceAsStream('ClampRuntime.class').readAllBytes()
    assert _class_file_version(data) == 61
    base = clamp_base('docs.versions')
    _jvm.ClassCapture.start()  # as a build does, to see the bytes generated
    try:
        class Versioned(base, Runnable):
            def run(self):
                pass

        class Marker(base, Annotation):
            value = element(String, default='')
    finally:
        captured = _jvm.ClassCapture.stop()
    assert sorted((c.javaName().rpartition('.')[2], _class_file_version(c.bytes())) for c in captured) == [
        ('Marker', 61), ('Versioned', 50)]
