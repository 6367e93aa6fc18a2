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


def directory_entries(directory, prefix):
    """The files below ``directory`` as entries under ``prefix``, compiled Python left out."""
    entries = {}
    for root, dirs, files in os.walk(directory):
        dirs.sort()
        for name in files:
            if name.endswith(('$py.class', '.pyc', '.pyo')):
                continue
            path = os.path.join(root, name)
            with open(path, 'rb') as f:
                entries[prefix + os.path.relpath(path, directory).replace(os.sep, '/')] = f.read()
    return entries


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
