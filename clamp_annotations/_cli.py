"""The command line, ``jython -m clamp_annotations build``: a project's jar built from directories of
Python sources as ``bdist_jar`` builds it, without setuptools, and left as it is when nothing it is made
from changed."""
import os
import shutil
import sys
import tempfile
from distutils import log  # the standard library's: what bdist_jar logs through, without setuptools

from org.python.core import Py

from clamp_annotations import _jvm
from clamp_annotations._version import __version__
from clamp_annotations._bundle import run_script
from clamp_annotations._jar import jar_manifest, output_problem, write_jar
from clamp_annotations._jvm import BuildInputs


def main(args=None):
    """Runs the command line ``args`` (``sys.argv``'s by default). A failed build exits as ``bdist_jar``
    does: status 1, with ``error: build: `` and bdist_jar's message."""
    arguments = sys.argv[1:] if args is None else list(args)
    options = _plain_build(arguments) or _parser().parse_args(arguments)
    if options.runpy and not options.single:
        _parser().error('--runpy: only a --single jar runs a script')
    if output_problem(options.output):
        sys.exit('error: %s' % output_problem(options.output))
    try:
        options.runpy = run_script(options.runpy) if options.single else None
    except ValueError as e:
        sys.exit('error: %s' % e)
    sources = [os.path.abspath(directory) for directory in options.source or [os.curdir]]
    for directory in sources:
        if not os.path.isdir(directory):
            sys.exit('error: build: the Python source directory %s does not exist' % directory)
    threshold = log.set_threshold(log.DEBUG if options.verbose else log.INFO)
    try:
        _build(options, sources, arguments)
    except Exception as e:
        sys.exit('error: build: %s' % e)
    finally:
        log.set_threshold(threshold)


# build's options as _plain_build reads them: {option: (attribute, value)}, where a value of None
# takes the next argument.
_PLAIN = {'-o': ('output', None), '--output': ('output', None), '-s': ('source', None), '--source': ('source', None),
          '--classpath': ('classpath', None), '-r': ('runpy', None), '--runpy': ('runpy', None),
          '--no-runtime': ('runtime', False), '--single': ('single', True), '-v': ('verbose', True),
          '--verbose': ('verbose', True)}


class _Options(object):
    """What argparse's parser returns, for the arguments that _plain_build reads."""

    def __init__(self, **values):
        self.__dict__.update(values)


def _plain_build(arguments):
    """The options of ``build ...`` as the parser reads them, for arguments written plainly: each option
    spelt in full, its value apart, once (``--source`` as often as wanted); values and modules not
    starting with ``-``; the modules in one run. None for any other command line, which the parser
    reads, or refuses, itself. Importing argparse costs a build 0.2 s of CPU (docs/benchmarks.md)."""
    if arguments[:1] != ['build']:
        return None
    values = dict(command='build', modules=[], output=None, source=None, classpath='', runtime=True, single=False,
                  runpy=None, verbose=False)
    given, rest = set(), arguments[1:]
    modules_done = False  # an option came after the modules: argparse takes no more of them
    while rest:
        argument = rest.pop(0)
        if not argument.startswith('-'):
            if modules_done:
                return None
            values['modules'].append(argument)
            continue
        if argument not in _PLAIN or _PLAIN[argument][0] in given - set(['source']):
            return None
        name, value = _PLAIN[argument]
        given.add(name)
        modules_done = bool(values['modules'])
        if value is None:
            if not rest or rest[0].startswith('-'):
                return None
            value = rest.pop(0)
        if name == 'source':
            value = (values['source'] or []) + [value]
        values[name] = value
    if not values['modules'] or values['output'] is None or values['single'] and not values['runtime']:
        return None
    return _Options(**values)


def _parser():
    import argparse  # only here: see _plain_build
    parser = argparse.ArgumentParser(prog='jython -m clamp_annotations',
                                     description='Java annotations on Python classes: builds without setuptools')
    commands = parser.add_subparsers(dest='command', metavar='COMMAND')
    build = commands.add_parser(
        'build', help='build a jar of clamped Java classes and the Python modules they run',
        description='Builds a jar as `jython setup.py bdist_jar` does, from every file of the source directories '
                    '(the jar and its record left out), without setuptools; when nothing it is made from changed '
                    'since it wrote the jar (the sources, the class path, the options, clamp_annotations and '
                    'Jython), it leaves the jar as it is and says so.')
    build.add_argument('modules', nargs='+', metavar='MODULE',
                       help='a module or package whose classes to clamp, as setup(clamp={"modules": [...]}) names them')
    build.add_argument('-o', '--output', required=True, metavar='JAR', help='the jar to write')
    build.add_argument('-s', '--source', action='append', metavar='DIR',
                       help='a directory of the Python modules and packages; may be given again [default: .]')
    build.add_argument('--classpath', default='', metavar='PATHS',
                       help='jars and class directories that the modules import Java classes from, besides CLASSPATH, '
                            'separated by %r' % os.pathsep)
    kind = build.add_mutually_exclusive_group()
    kind.add_argument('--no-runtime', dest='runtime', action='store_false',
                      help="leave out clamp_annotations' runtime, for an application that depends on the "
                           'clamp-annotations artifact (as the Maven plugin does)')
    kind.add_argument('--single', action='store_true',
                      help='build one jar that `java -jar` runs, as `setup.py singlejar` does: Jython, its standard '
                           'library, the class path and the project')
    build.add_argument('-r', '--runpy', metavar='PATH', help='the script a --single jar runs [default: __run__.py, '
                                                            'if there is one; otherwise the Jython command line]')
    build.add_argument('-v', '--verbose', action='store_true',
                       help='list each class, its annotations and the Java methods its methods override')
    return parser


def _build(options, sources, arguments):
    """Builds the jar ``options`` describe from ``sources``, unless the one there is built from the same;
    ``arguments``, the command line, is kept with the record of what the jar is built from."""
    output = os.path.abspath(options.output)
    leave_out = [output, BuildInputs.recordPath(output)]  # should the jar be written among the sources
    classpath = [path for path in options.classpath.split(os.pathsep) if path]
    inputs = BuildInputs(
        ['clamp_annotations %s' % __version__, ' '.join(options.modules),
         'runtime' if options.runtime else 'no runtime',
         'single, runs %s' % options.runpy if options.single else 'not single',
         'SOURCE_DATE_EPOCH=%s' % os.environ.get('SOURCE_DATE_EPOCH', '')],
        sources, leave_out,
        [path for variable in ('CLASSPATH', 'JYTHONPATH') for path in os.environ.get(variable, '').split(os.pathsep)
         if path] + classpath + _tools(options.single) + filter(None, [options.runpy]))
    if inputs.upToDate(output):
        log.info('%s is up to date: nothing it is built from changed', options.output)
        return
    # Imported only now: a build with nothing changed is spared importing the build (about a second of CPU).
    from clamp_annotations._project import directories_entries, single_jar_entries
    added = [path for path in classpath if path not in sys.path]
    sys.path.extend(added)  # where Jython imports Java classes from, as from CLASSPATH
    work = tempfile.mkdtemp(prefix='clamp-annotations.')
    try:
        entries, classes = directories_entries(options.modules, sources, work, options.runtime, leave_out)
        if options.single:
            entries = single_jar_entries([('the project', entries)], classpath, options.runpy)
            summary = '%d Java classes, %d entries, runs %s' % (classes, len(entries),
                                                              options.runpy or 'the Jython command line')
        else:
            entries['META-INF/MANIFEST.MF'] = jar_manifest()
            summary = '%d Java classes' % classes
        write_jar(output, entries)
    finally:
        shutil.rmtree(work)
        for path in added:
            sys.path.remove(path)
    # With the command, which the Jython launcher compares before Jython starts (see BuildInputs.main).
    inputs.record(output, BuildInputs.command(arguments, os.getcwd(), sys.prefix,
                                              [os.environ.get(name, '') for name in BuildInputs.environment()]))
    log.info('wrote %s (%s)', options.output, summary)


def _tools(single):
    """What builds the jar besides the sources: clamp_annotations (its package, and the installation whose
    Java half it uses) and Jython's jar; for a single jar, also the standard library it may take from
    Jython's installation."""
    package = os.path.dirname(os.path.abspath(_jvm.__file__))
    library = [os.path.join(sys.prefix, 'Lib')] if single else []
    return sorted(set([package, _jvm.installation() or package])) + [_jvm.location_of(Py)] + library
