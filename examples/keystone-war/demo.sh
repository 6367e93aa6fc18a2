#!/bin/sh
# gradle demo's run of the WAR: starts it in a Tomcat of its own (tomcat.sh), calls the token API through
# the Python controller and its Java twin, and stops Tomcat.
#   sh demo.sh TOMCAT_TAR_GZ WAR JAVA CLASSPATH   (CLASSPATH: demo.identity.KeystoneApi's classes)
set -eu
directory=$(mktemp -d)
trap 'kill "$tomcat" 2>/dev/null || true; wait "$tomcat" 2>/dev/null || true; rm -rf "$directory"' EXIT
TOMCAT_PASSWORD=$(od -An -N8 -tx8 /dev/urandom | tr -d ' ') sh "$(dirname "$0")/tomcat.sh" "$directory" "$1" "$2" &
tomcat=$!
log=$directory/base/logs/catalina.out
until grep -q 'Server startup in' "$log" 2>/dev/null; do
    kill -0 "$tomcat" 2>/dev/null || { cat "$log"; exit 1; }
    sleep 1
done
port=$(sed -n 's/.*Starting ProtocolHandler \["http-nio-127.0.0.1-auto-1-\([0-9]*\)"\].*/\1/p' "$log")
tokens=http://127.0.0.1:$port/$(basename "$2" .war)
"$3" -XX:TieredStopAtLevel=1 -cp "$4" demo.identity.KeystoneApi "$tokens/v3/auth/tokens" "$tokens/java/v3/auth/tokens"
