#!/bin/sh
# The class-data archive that bin/jython maps at start (see jython-launcher.sh): the classes that a
# one-class `jython -m clamp_annotations build` and `import setuptools` (bdist_jar, pip) load.
# It is a static archive (a training run's class list, then -Xshare:dump): JDK 17's dynamic one
# (-XX:ArchiveClassesAtExit) leaves out classes of class-file version 49, which are more than half
# of the Jython classes a build loads (its exposers).
# Usage: archive-jython.sh HOME, where HOME is a Jython installation with clamp_annotations installed.
set -eu
home=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rm -f "$home/jython.jsa"
mkdir -p "$work/src/training"
: > "$work/src/training/__init__.py"
cat > "$work/src/training/tasks.py" <<'PYTHON'
from java.lang import Deprecated, Runnable

from clamp_annotations import clamp_base

Base = clamp_base('training')


@Deprecated
class Task(Base, Runnable):
    def run(self):
        pass
PYTHON
train() {
    list=$1; shift
    (cd "$work" && CLASSPATH= JAVA_OPTS="-Xss2m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:DumpLoadedClassList=$list" \
        "$home/bin/jython" "$@" >"$work/training.log" 2>&1) || { cat "$work/training.log" >&2; exit 1; }
}
train "$work/build.classlist" -m clamp_annotations build -s src -o training.jar training.tasks
train "$work/setuptools.classlist" -c 'import setuptools'
cat "$work/build.classlist" "$work/setuptools.classlist" > "$work/classlist"
"${JAVA:-java}" -Xshare:dump -XX:SharedClassListFile="$work/classlist" -XX:SharedArchiveFile="$home/jython.jsa" \
    -cp "$home/jython.jar" >"$work/dump.log" 2>&1 || { cat "$work/dump.log" >&2; rm -f "$home/jython.jsa"; exit 1; }
