#!/bin/sh
# bin/jython of the Jython installation that the build makes from jython-standalone.
# CLASSPATH is honoured, as by Jython's own launcher, so Java classes are importable.
home="$(cd "$(dirname "$0")/.." && pwd)"
exec "${JAVA:-java}" ${JAVA_OPTS:--Xss2m} -Dpython.home="$home" -Dpython.executable="$home/bin/jython" \
    -cp "$home/jython.jar${CLASSPATH:+:$CLASSPATH}" org.python.util.jython "$@"
