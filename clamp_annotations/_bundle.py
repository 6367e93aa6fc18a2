"""What a single runnable jar holds besides the project: the Jython runtime and its standard library,
the Java classes and jars of the build's class path, and the project's installed Python
dependencies, merged as one class path would see them."""
import os
import re
import sys

from org.python.core import Py

from clamp_annotations import _jvm
from clamp_annotations._jar import content, same_content, zip_entries

# Signatures would not match the merged jar; manifests and module descriptors belong to one jar each.
_DROPPED = re.compile(r'^META-INF/(MANIFEST\.MF|INDEX\.LIST|[^/]*\.(SF|RSA|DSA|EC))$|(^|/)module-info\.class$',
                      re.IGNORECASE)
# Files that several jars contribute to and that are read line by line: they are concatenated.
_MERGED = re.compile(r'^META-INF/(services/.+|spring\.[a-z]+)$')


def jython_runtime():
    """The jar Jython runs from, and its standard library as ``Lib/`` entries if the jar lacks them."""
    jar = _jvm.location_of(Py)
    entries = zip_entries(jar)
    if 'Lib/os.py' not in entries:
        library = os.path.join(sys.prefix, 'Lib')
        site_packages = os.path.join(library, 'site-packages')
        entries.update((name, data) for name, data in directory_entries(library, 'Lib/').items()
                       if not os.path.join(library, name[len('Lib/'):]).startswith(site_packages))
    return jar, entries


def run_script(runpy):
    """The script a single jar runs: ``runpy``, else ``__run__.py`` if there is one, else None."""
    if runpy is None:
        return '__run__.py' if os.path.isfile('__run__.py') else None
    if not os.path.isfile(runpy):
        raise ValueError('--runpy: no such file %r' % runpy)
    return runpy


def directory_entries(directory, prefix, leave_out=()):
    """The files below ``directory`` as entries under ``prefix``, compiled Python and the files and
    directories ``leave_out`` (absolute paths) left out."""
    entries = {}
    for name, path in directory_files(directory, leave_out):
        with open(path, 'rb') as f:
            entries[prefix + name] = f.read()
    return entries


def directory_files(directory, leave_out=()):
    """``(name, path)`` of each file below ``directory``, in order, but compiled Python and those in or
    below ``leave_out``; the name is the path relative to ``directory``, with ``/``."""
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if os.path.abspath(os.path.join(root, d)) not in leave_out)
        for name in sorted(files):
            path = os.path.join(root, name)
            if not name.endswith(('$py.class', '.pyc', '.pyo')) and os.path.abspath(path) not in leave_out:
                yield os.path.relpath(path, directory).replace(os.sep, '/'), path


def classpath_entries(paths, exclude):
    """The contents of each jar or class directory in ``paths`` (but ``exclude``), first one first."""
    sources = []
    for path in paths:
        if not path or os.path.abspath(path) == exclude or not os.path.exists(path):
            continue
        if os.path.isdir(path):
            sources.append((path, directory_entries(path, '')))
        else:
            sources.append((path, zip_entries(path)))
    return sources


def dependency_entries(requirements, leave_out):
    """The Python modules of the installed distributions ``requirements`` need, as jar entries.

    ``leave_out`` names distributions to skip (those the jar carries another way).
    """
    import pkg_resources  # setuptools': here only, as builds without setuptools use this module too
    sources = []
    wanted = list(pkg_resources.parse_requirements(requirements))
    for dist in pkg_resources.working_set.resolve(wanted):
        if dist.key in leave_out:
            continue
        if dist.has_metadata('top_level.txt'):
            names = [n for n in dist.get_metadata_lines('top_level.txt') if n.strip()]
        else:
            names = [dist.project_name.replace('-', '_')]
        entries = {}
        for name in names:
            package = os.path.join(dist.location, name)
            if os.path.isdir(package):
                entries.update(directory_entries(package, name + '/'))
            elif os.path.isfile(package + '.py'):
                with open(package + '.py', 'rb') as f:
                    entries[name + '.py'] = f.read()
        sources.append((str(dist), entries))
    return sources


def merge(sources):
    """One set of entries from ``(label, entries)`` sources, the first source winning a name.

    Signature files, manifests and module descriptors are dropped; service and Spring registration
    files are concatenated. Returns the entries and the ``(name, label)`` pairs left out as
    duplicates.
    """
    merged, duplicates = {}, []
    for label, entries in sources:
        for name in sorted(entries):
            if _DROPPED.search(name):
                continue
            if name not in merged:
                merged[name] = entries[name]
            elif _MERGED.match(name):
                lines, more = content(merged[name]), content(entries[name])
                if more not in lines:
                    merged[name] = lines.rstrip('\n') + '\n' + more
            elif not same_content(merged[name], entries[name]):
                duplicates.append((name, label))
    return merged, duplicates
