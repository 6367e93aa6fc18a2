"""A project's jar entries, built without setuptools: its Python modules, each also precompiled, the
Java classes of its clamped modules and, for a jar that runs on its own, clamp_annotations' runtime.
``bdist_jar`` and the Maven plugin both build through it."""
import os
import re
import sys
from distutils import log  # the standard library's, which setuptools builds on

from java.lang import Throwable

from clamp_annotations import _bundle, _jvm
from clamp_annotations._build import compile_module, describe, generate_classes
from clamp_annotations._jar import zip_entries


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


def precompiled(entries):
    """``entries`` with each Python module's ``$py.class`` added, as Jython would compile it on import.

    A module Jython cannot compile (one whose code exceeds a JVM limit, say) stays source only.
    """
    result = dict(entries)
    for name, source in sorted(entries.items()):
        if name.endswith('.py') and name[:-3] + '$py.class' not in entries:
            try:
                compiled_name, compiled = compile_module(name, source)
            except (Exception, Throwable) as e:
                log.warn('left %s uncompiled: %s', name, e)
                continue
            result[compiled_name] = compiled
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


_GENERATOR = re.compile(
    r'^clampannotations/(MemberWriter|AnnotationWriter|AnnotationTypeWriter|InnerClasses|LambdaReturns)[$.]')
