"""The Python side of the Maven plugin's ``build`` goal: a project's Python source directories built as
``bdist_jar`` builds a project, without setuptools and without clamp_annotations' runtime, which the
application takes from the ``clamp-annotations`` dependency."""
import os
import shutil

from clamp_annotations import _bundle
from clamp_annotations._errors import ClampError
from clamp_annotations._modules import ProjectCopy
from clamp_annotations._project import project_entries


def build(modules, source_directories, work_directory):
    """The files to write into the project's classes, by path: the generated classes of ``modules``, and
    every file of ``source_directories`` with each module's ``$py.class``.

    The sources are laid out in ``work_directory/python`` and imported from there, as ``bdist_jar``
    imports its copy; errors name the files of ``source_directories``.
    """
    staging = os.path.join(os.path.abspath(work_directory), 'python')
    if os.path.isdir(staging):
        shutil.rmtree(staging)  # left by a build that was killed
    try:
        origins = _lay_out(source_directories, staging)
        files = dict((name, os.path.join(origins[name], name)) for name in origins if name.endswith('.py'))
        return project_entries(modules, ProjectCopy(staging, files), with_runtime=False)[0]
    finally:
        if os.path.isdir(staging):
            shutil.rmtree(staging)


def _lay_out(source_directories, staging):
    """Copies the files of ``source_directories`` into ``staging``; returns the directory of each file."""
    origins = {}
    for directory in source_directories:
        for name, data in sorted(_bundle.directory_entries(directory, '').items()):
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
