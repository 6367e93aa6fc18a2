#!/bin/sh
# bin/jython of the Jython installation that the build makes from jython-standalone.
# CLASSPATH is honoured, as by Jython's own launcher, so Java classes are importable.
# Most Jython runs here are short (builds, scripts, test programs): compiling with C1 only halves
# their CPU (jython setup.py bdist_jar: 6.5 s -> 3.3 s user, 3.9 s -> 2.8 s wall), and the serial
# collector, without G1's threads and barriers, takes a one-class build to 0.88x; JAVA_OPTS overrides.
# The class-data archive that archive-jython.sh makes, of the classes a one-class build loads, saves
# about a fifth of a start's CPU and a tenth of a build's (the JVM maps Jython's classes instead of
# loading and verifying them); a JVM that cannot use it, because jython.jar or the JDK changed, starts
# without it and says nothing.
# A build with nothing changed (jython -m clamp_annotations build) is told apart before Jython starts,
# by the installed clamp_annotations' clampannotations.BuildInputs in a JVM of its own: 0.1 s of CPU
# instead of Jython's start. When anything changed, it says nothing and Jython builds.
home="$(cd "$(dirname "$0")/.." && pwd)"
short_run="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
up_to_date() {
    shift 2
    for runtime in "$home"/Lib/site-packages/clamp_annotations/jars/clamp-annotations-*.jar; do
        [ -f "$runtime" ] && "${JAVA:-java}" ${JAVA_OPTS:-$short_run} \
            -Dpython.home="$home" -cp "$runtime" clampannotations.BuildInputs "$@" && return 0
    done
    return 1
}
[ "$1 $2 $3" = "-m clamp_annotations build" ] && up_to_date "$@" && exit 0
shared=""
[ -f "$home/jython.jsa" ] && shared="-XX:SharedArchiveFile=$home/jython.jsa -Xlog:cds*=off"
exec "${JAVA:-java}" ${JAVA_OPTS:--Xss2m $short_run} $shared -Dpython.home="$home" -Dpython.executable="$home/bin/jython" \
    -cp "$home/jython.jar${CLASSPATH:+:$CLASSPATH}" org.python.util.jython "$@"
