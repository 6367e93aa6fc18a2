"""A project's jar entries, built without setuptools: its Python modules, each also precompiled, the
Java classes of its clamped modules and, for a jar that runs on its own, clamp_annotations' runtime (or
Jython and the class path too: a single jar).
``bdist_jar``, the Maven plugin and the command line all build through it."""
import os
import re
import shutil
import sys
from distutils import log  # the standard library's, which setuptools builds on

from java.lang import Throwable

from clamp_annotations import _bundle, _jvm
from clamp_annotations._build import describe, generate_classes
from clamp_annotations._compiled import compiled
from clamp_annotations._errors import ClampError
from clamp_annotations._jar import jar_manifest, zip_entries
from clamp_annotations._jython_files import compiled_file
from clamp_annotations._modules import ProjectCopy


def project_entries(modules, project, with_runtime=True):
    """The jar entries of the project whose copy is ``project`` (a ``_modules.ProjectCopy``): generated
    classes, its Python and (``with_runtime``) clamp_annotations's runtime, each module also
    precompiled; and how many classes were generated.

    Each module of the project is compiled once: the jar's compiled file is written next to the
    source, where the import that makes the Java classes loads it instead of compiling again.
    """
    sources = project.directory
    sys.path.insert(0, sources)
    try:
        runtime_entries = runtime() if with_runtime else {}
        entries = precompiled(_bundle.directory_entries(sources, ''))
        for name, data in entries.items():
            if name.endswith('$py.class'):
                with open(os.path.join(sources, name), 'wb') as f:
                    f.write(data)
        classes = generate_classes(modules, project)
    finally:
        sys.path.remove(sources)
    entries.update(precompiled(runtime_entries))
    for generated in classes:
        entries[generated.entry] = generated.data
        for line in describe(generated):
            log.debug(line)
    return entries, len(classes)


def directories_entries(modules, source_directories, work_directory, with_runtime, leave_out=()):
    """``project_entries`` of the project whose Python is every file of ``source_directories`` (but the files
    and directories ``leave_out``), where the build needs no setuptools.

    The sources are laid out in ``work_directory/python`` and imported from there, as ``bdist_jar``
    imports its copy; errors name the files of ``source_directories``.
    """
    staging = os.path.join(os.path.abspath(work_directory), 'python')
    if os.path.isdir(staging):
        shutil.rmtree(staging)  # left by a build that was killed
    try:
        origins = _lay_out(source_directories, staging, leave_out)
        files = dict((name, os.path.join(origins[name], name)) for name in origins if name.endswith('.py'))
        return project_entries(modules, ProjectCopy(staging, files), with_runtime)
    finally:
        if os.path.isdir(staging):
            shutil.rmtree(staging)


def _lay_out(source_directories, staging, leave_out):
    """Copies the files of ``source_directories`` into ``staging``; returns the directory of each file."""
    origins = {}
    for directory in source_directories:
        for name, data in sorted(_bundle.directory_entries(directory, '', leave_out).items()):
            if name in origins:
                raise ClampError('%s is in two Python source directories, %s and %s: keep one'
                                 % (name, origins[name], directory))
            origins[name] = directory
            path = os.path.join(staging, name)
            if not os.path.isdir(os.path.dirname(path)):
                os.makedirs(os.path.dirname(path))
            with open(path, 'wb') as f:
                f.write(data)
    return origins


def single_jar_entries(sources, classpath, runpy):
    """The entries of a runnable jar: ``sources``, then ``classpath`` and CLASSPATH, then Jython."""
    runtime_jar, runtime = _bundle.jython_runtime()
    class_path = classpath + os.environ.get('CLASSPATH', '').split(os.pathsep)
    if runpy:
        with open(runpy, 'rb') as f:
            sources = [('the run script', precompiled({'__run__.py': f.read()}))] + sources
    entries, duplicates = _bundle.merge(sources + _bundle.classpath_entries(class_path, exclude=runtime_jar)
                                        + [(runtime_jar, runtime)])
    for name, source in duplicates:
        log.debug('left out %s of %s: an earlier source has it', name, source)
    main = 'org.python.util.JarRunner' if runpy else 'org.python.util.jython'
    entries['META-INF/MANIFEST.MF'] = jar_manifest('Main-Class: %s\r\n' % main)
    return entries


def precompiled(entries):
    """``entries`` with each Python module's ``$py.class`` added, as Jython would compile it on import.

    A module Jython cannot compile (one whose code exceeds a JVM limit, say) stays source only.
    """
    result = dict(entries)
    for name, source in sorted(entries.items()):
        if name.endswith('.py') and compiled_file(name) not in entries:
            try:
                compiled_name, data = compiled(name, source)
            except (Exception, Throwable) as e:
                log.warn('left %s uncompiled: %s', name, e)
                continue
            result[compiled_name] = data
    return result


def runtime():
    """clamp_annotations itself, which the clamped modules import again when Java creates them: its
    Python and its Java classes but the generator's."""
    runtime_jar = _jvm.runtime_jar()  # in jars/ of the installation, or an error that says why not
    package = os.path.dirname(os.path.dirname(runtime_jar))
    entries = dict((name, data) for name, data in
                   _bundle.directory_entries(package, 'clamp_annotations/').items() if name.endswith('.py'))
    # The web fragment makes a servlet container clean Jython up when the application stops.
    entries.update((name, data) for name, data in zip_entries(runtime_jar).items()
                   if (name.endswith('.class') and not _GENERATOR.match(name))
                   or name == 'META-INF/web-fragment.xml')
    return entries


def generator():
    """The Java classes only a build takes, which use ASM (``clampannotations.MemberWriter`` says more)."""
    return dict((name, data) for name, data in zip_entries(_jvm.runtime_jar()).items() if _GENERATOR.match(name))


_GENERATOR = re.compile(r'^clampannotations/(%s)[$.]' % '|'.join(_jvm.ClampMaker.GENERATOR))
