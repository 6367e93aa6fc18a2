#!/bin/sh
# Makes a Jython installation with pip and setuptools (Jython's bundled wheels) and the pinned test
# requirements.
# --no-compile: pip cannot byte-compile modules over the JVM method size limit (wcwidth's tables).
# --timeout 15: should Jython's first HTTPS read from a host stall (see below), pip's retry works at
# once, so a short timeout saves minutes (pip's own is 15 s; this machine's setting is 180).
# Usage: install-jython.sh STANDALONE_JAR HOME REQUIREMENTS
# Its class-data archive is made once clamp_annotations is installed (archive-jython.sh).
# Idempotent: a step whose inputs have not changed since it last succeeded is skipped.
set -eu
jar=$1 home=$2 requirements=$3
stamp() { cksum "$@" | awk '{print $1}' | tr '\n' '.'; }

layout=$(stamp "$jar" "$0" "$(dirname "$0")/jython-launcher.sh")
if [ "$(cat "$home/.layout" 2>/dev/null)" != "$layout" ]; then
    rm -rf "$home"
    mkdir -p "$home/bin"
    (cd "$home" && jar xf "$jar" Lib)
    cp "$jar" "$home/jython.jar"
    cp "$(dirname "$0")/jython-launcher.sh" "$home/bin/jython"
    chmod 755 "$home/bin/jython"
    # What `jython -m ensurepip` installs, Jython's own pip and setuptools wheels, unpacked as pip
    # installs a pure-Python wheel, without their scripts (the build runs `jython -m pip`). ensurepip
    # ran pip from the wheel, compiling all of it in memory: 18 s.
    mkdir -p "$home/Lib/site-packages"
    for wheel in "$home"/Lib/ensurepip/_bundled/*.whl; do
        (cd "$home/Lib/site-packages" && jar xf "$wheel")
    done
    echo "$layout" > "$home/.layout"
fi

# pip runs with the JVM's full JIT, not the launcher's C1: Jython's ssl reads the system's CA
# certificates in Python, 23 s with C1 against 5 s; pip connects before that and its handshake, 23 s
# later, went unanswered until the read timeout (53 s in all now, against 85-111 s).
wanted=$(stamp "$requirements")
if [ "$(cat "$home/.requirements" 2>/dev/null)" != "$wanted" ]; then
    JAVA_OPTS=-Xss2m "$home/bin/jython" -m pip install --disable-pip-version-check --no-compile --timeout 15 -q \
        -r "$requirements"
    echo "$wanted" > "$home/.requirements"
fi
