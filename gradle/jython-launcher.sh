#!/bin/sh
# bin/jython of the Jython installation that the build makes from jython-standalone.
# CLASSPATH is honoured, as by Jython's own launcher, so Java classes are importable.
# Most Jython runs here are short (builds, scripts, test programs): compiling with C1 only halves
# their CPU (jython setup.py bdist_jar: 6.5 s -> 3.3 s user, 3.9 s -> 2.8 s wall); JAVA_OPTS overrides.
# The class-data archive that install-jython.sh makes saves about a fifth of a start's CPU (the JVM
# maps Jython's classes instead of loading and verifying them); a JVM that cannot use it, because
# jython.jar or the JDK changed, starts without it and says nothing.
home="$(cd "$(dirname "$0")/.." && pwd)"
shared=""
[ -f "$home/jython.jsa" ] && shared="-XX:SharedArchiveFile=$home/jython.jsa -Xlog:cds*=off"
exec "${JAVA:-java}" ${JAVA_OPTS:--Xss2m -XX:TieredStopAtLevel=1} $shared -Dpython.home="$home" -Dpython.executable="$home/bin/jython" \
    -cp "$home/jython.jar${CLASSPATH:+:$CLASSPATH}" org.python.util.jython "$@"
