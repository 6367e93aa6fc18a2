"""The decorators of the class statement being run, read from its source and evaluated ahead of Jython.

Jython runs a decorated class statement as: make the class (its metaclass makes the Java class), then
evaluate every decorator expression, then apply them (``CodeCompiler.visitClassDef``). A Java class
cannot change once defined, so to make it once, with every annotation of the statement, its metaclass
reads the decorators first, here. Only expressions that run no code of the program are evaluated:
names, attributes of modules, Java packages and Java classes, numbers, strings, lists and tuples,
operators on numbers, strings and their tuples and lists (not ``/``, whose meaning depends on the
module's ``__future__`` imports), and calls of Java annotation types with such arguments. Any other
decorator is skipped; Jython evaluates and applies every decorator afterwards, as always.
"""
from __future__ import absolute_import

import __builtin__
import operator
import os
import types

from java.lang import Class
from org.python.core import PyJavaPackage

from clamp_annotations._decorators import described
from clamp_annotations._frames import caller
from clamp_annotations._jython_files import CLASS_PATH, source_file

_ONLY_AST = 0x400  # _ast.PyCF_ONLY_AST: compile() gives the tree without _ast, which costs Jython up to a second
_PLAIN = (int, long, float, str, unicode)  # bool is an int

_classes = {}  # source file -> ((mtime, size), {line: (name, decorator nodes)} of its decorated class statements


def running(metaclass):
    """The frame whose code made ``metaclass`` run: the innermost frame outside clamp_annotations and the
    ``__new__`` methods of ``metaclass`` and its bases (a metaclass of the program's calls up to ours)."""
    frame = caller()
    while frame.f_code.co_name == '__new__' and frame.f_code in [
            new.__func__.func_code for new in [klass.__dict__.get('__new__') for klass in metaclass.__mro__]
            if isinstance(new, staticmethod)]:
        frame = frame.f_back
    return frame


def decorators(frame, name):
    """The decorators of the class statement of ``name`` that ``frame`` runs now, top to bottom: the value
    of each decorator expression, or None where it is not evaluated; none when ``frame`` runs no
    such statement that can be read (code without a source file, a class made by calling its metaclass)."""
    # Jython gives a decorated class statement the line of its first decorator.
    statement = _decorated_classes(_source(frame)).get(frame.f_lineno)
    if statement is None or statement[0] != name:
        return ()
    scopes = (frame.f_locals, frame.f_globals, vars(__builtin__))
    return [_ahead(node, scopes) for node in statement[1]]


def _source(frame):
    """The source file of the code ``frame`` runs. Code compiled for a jar names its file as on the class
    path (``__pyclasspath__/shop/orders.py``); where its module is run from a directory, the source is
    beside the module's file."""
    filename = frame.f_code.co_filename
    if not filename.startswith(CLASS_PATH):
        return filename
    beside = source_file(frame.f_globals.get('__file__') or '')
    return beside if beside.replace(os.sep, '/').endswith('/' + filename[len(CLASS_PATH):]) else None


def _decorated_classes(path):
    """``{line: (name, decorators)}`` of the decorated class statements in the file ``path``, read once
    per version of the file; empty if it cannot be read."""
    try:
        stat = os.stat(path)
    except (OSError, TypeError):  # no such file, or no path
        return {}
    stamp = (stat.st_mtime, stat.st_size)
    cached = _classes.get(path)
    if cached is None or cached[0] != stamp:
        found = {}
        try:
            with open(path) as f:
                _collect(compile(f.read(), path, 'exec', _ONLY_AST, True).body, found)
        except (IOError, SyntaxError):
            pass
        cached = _classes[path] = (stamp, found)
    return cached[1]


def _collect(statements, found):
    for statement in statements:
        if type(statement).__name__ == 'ClassDef' and statement.decorator_list:
            found[statement.lineno] = (statement.name, list(statement.decorator_list))
        if type(statement).__name__ == 'Exec':
            continue  # its body is the code it runs, an expression: exec(code, namespace) has a tuple
        for block in ('body', 'orelse', 'handlers', 'finalbody'):  # a class statement is in some statement's
            _collect(getattr(statement, block, None) or (), found)


class _NotAhead(Exception):
    """An expression that running it could have effects on the program, or that fails."""


def _ahead(node, scopes):
    try:
        return _value(node, scopes)
    except Exception:  # _NotAhead, or an error that Jython's own evaluation raises again, where it belongs
        return None


def _value(node, scopes):
    kind = type(node).__name__
    if kind not in _KINDS:
        raise _NotAhead(kind)
    return _KINDS[kind](node, scopes)


def _name(node, scopes):
    for scope in scopes:
        if node.id in scope:
            return scope[node.id]
    raise _NotAhead(node.id)


def _attribute(node, scopes):
    owner = _value(node.value, scopes)
    # No descriptor of the program's runs: a module's attributes are its dict's, a Java class's its statics.
    if type(owner) is not types.ModuleType and not isinstance(owner, (PyJavaPackage, Class)):
        raise _NotAhead(node.attr)
    return getattr(owner, node.attr)


def _call(node, scopes):
    annotation_type = _value(node.func, scopes)
    if not (isinstance(annotation_type, Class) and Class.isAnnotation(annotation_type)) or node.starargs or \
            node.kwargs:
        raise _NotAhead('call')
    return described(annotation_type, [_value(arg, scopes) for arg in node.args],
                     dict([(keyword.arg, _value(keyword.value, scopes)) for keyword in node.keywords]))


def _operation(function, *operands):
    if not all([_plain(operand) for operand in operands]):
        raise _NotAhead(function.__name__)  # an object of the program's may define the operator
    return function(*operands)


def _plain(value):
    return isinstance(value, _PLAIN) or isinstance(value, (list, tuple)) and all([_plain(item) for item in value])


_BINARY = {'Add': operator.add, 'Sub': operator.sub, 'Mult': operator.mul, 'Mod': operator.mod,
           'Pow': operator.pow, 'FloorDiv': operator.floordiv, 'LShift': operator.lshift,
           'RShift': operator.rshift, 'BitOr': operator.or_, 'BitXor': operator.xor, 'BitAnd': operator.and_}
_UNARY = {'UAdd': operator.pos, 'USub': operator.neg, 'Invert': operator.invert, 'Not': operator.not_}


def _binary(node, scopes):
    function = _BINARY.get(type(node.op).__name__)
    if function is None:
        raise _NotAhead(type(node.op).__name__)
    return _operation(function, _value(node.left, scopes), _value(node.right, scopes))


def _unary(node, scopes):
    return _operation(_UNARY[type(node.op).__name__], _value(node.operand, scopes))


_KINDS = {
    'Name': _name,
    'Attribute': _attribute,
    'Call': _call,
    'Num': lambda node, scopes: node.n,
    'Str': lambda node, scopes: node.s,
    'List': lambda node, scopes: [_value(item, scopes) for item in node.elts],
    'Tuple': lambda node, scopes: tuple([_value(item, scopes) for item in node.elts]),
    'BinOp': _binary,
    'UnaryOp': _unary,
}
