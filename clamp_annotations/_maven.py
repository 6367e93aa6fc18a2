"""The Python side of the Maven plugin's ``build`` goal: a project's Python source directories built as
``bdist_jar`` builds a project, without setuptools and without clamp_annotations' runtime, which the
application takes from the ``clamp-annotations`` dependency."""
from clamp_annotations._project import directories_entries


def build(modules, source_directories, work_directory):
    """The files to write into the project's classes, by path: the generated classes of ``modules``, and
    every file of ``source_directories`` with each module's ``$py.class``."""
    return directories_entries(modules, source_directories, work_directory, with_runtime=False)[0]
