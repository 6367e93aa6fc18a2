"""Writes the jars of the Maven artifacts (gradle mavenJars), reproducibly: the runtime, which is
clamp_annotations as bdist_jar puts it into a jar, and the Maven plugin: its classes and the generator.

    jython gradle/maven-jars.py OUTPUT_DIRECTORY PLUGIN_CLASSES...   (the staged package on JYTHONPATH)
"""
import os
import sys

from clamp_annotations import __version__, _bundle
from clamp_annotations._jar import jar_manifest, write_jar
from clamp_annotations._project import generator, precompiled, runtime


def main(output, plugin_classes):
    runtime_entries = precompiled(runtime())
    runtime_entries['META-INF/MANIFEST.MF'] = jar_manifest()
    write_jar(os.path.join(output, 'clamp-annotations-%s.jar' % __version__), runtime_entries)
    plugin_entries = generator()
    plugin_entries['META-INF/MANIFEST.MF'] = jar_manifest()
    for directory in plugin_classes:
        plugin_entries.update(_bundle.directory_entries(directory, ''))
    write_jar(os.path.join(output, 'clamp-annotations-maven-plugin-%s.jar' % __version__), plugin_entries)


if __name__ == '__main__':
    main(sys.argv[1], [d for d in sys.argv[2:] if os.path.isdir(d)])
