#!/bin/sh
# Runs WARs in a standalone Tomcat of their own, on loopback only:
#   TOMCAT_PASSWORD=... sh tomcat.sh DIRECTORY TOMCAT_TAR_GZ [WAR...]
# lays Tomcat out in DIRECTORY, the distribution (org.apache.tomcat:tomcat, .tar.gz) in home/ and the
# server in base/: one HTTP connector on a free port of 127.0.0.1 (Tomcat's log names it:
# `Starting ProtocolHandler ["http-nio-127.0.0.1-auto-1-PORT"]`), no shutdown port, the manager
# application with the user `clamp` of the roles manager-script and manager-jmx, and each WAR in
# webapps/. Then runs `catalina.sh run` in its place (stop it with SIGTERM); the log is base/logs/catalina.out.
set -eu
directory=$1
archive=$2
shift 2
home=$directory/home
base=$directory/base
mkdir -p "$home" "$base/logs" "$base/temp" "$base/work" "$base/webapps"
tar -xzf "$archive" -C "$home" --strip-components=1
cp -r "$home/conf" "$base/conf"
cp -r "$home/webapps/manager" "$base/webapps/manager"
cat > "$base/conf/server.xml" <<XML
<Server port="-1">
  <Listener className="org.apache.catalina.core.JreMemoryLeakPreventionListener"/>
  <Listener className="org.apache.catalina.core.ThreadLocalLeakPreventionListener"/>
  <GlobalNamingResources>
    <Resource name="UserDatabase" auth="Container" type="org.apache.catalina.UserDatabase"
              factory="org.apache.catalina.users.MemoryUserDatabaseFactory" pathname="conf/tomcat-users.xml"/>
  </GlobalNamingResources>
  <Service name="Catalina">
    <Connector address="127.0.0.1" port="0" protocol="HTTP/1.1"/>
    <Engine name="Catalina" defaultHost="localhost">
      <Realm className="org.apache.catalina.realm.UserDatabaseRealm" resourceName="UserDatabase"/>
      <Host name="localhost" appBase="webapps" autoDeploy="false"/>
    </Engine>
  </Service>
</Server>
XML
cat > "$base/conf/tomcat-users.xml" <<XML
<tomcat-users>
  <role rolename="manager-script"/>
  <role rolename="manager-jmx"/>
  <user username="clamp" password="$TOMCAT_PASSWORD" roles="manager-script,manager-jmx"/>
</tomcat-users>
XML
for war in "$@"; do
    cp "$war" "$base/webapps/"
done
export CATALINA_HOME="$home" CATALINA_BASE="$base"
exec "$home/bin/catalina.sh" run > "$base/logs/catalina.out" 2>&1
