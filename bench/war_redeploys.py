"""What ten reloads of examples/keystone-war leave behind in a Tomcat 11, with clamp_annotations' clean-up
and without it: the same WAR, deployed with a context that tells Tomcat to skip the runtime's web
fragment, behaves as stock Jython does. Each in a Tomcat of its own. Not a test: it prints the figures.

    jython bench/war_redeploys.py TOMCAT_TAR_GZ WAR JAVA WORK_DIRECTORY     (gradle benchWar)
"""
import os
import shutil
import sys

sys.path.append(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'examples', 'keystone-war'))
from tomcat import Tomcat  # noqa: E402 (the example's own driver of Tomcat)

RELOADS = 10
ALICE = ('{"auth": {"identity": {"methods": ["password"], "password": {"user": {"name": "alice", '
         '"domain": {"id": "default"}, "password": "secret"}}}, "scope": {"project": {"name": "demo"}}}}')
WITHOUT_CLEANUP = """<Context>
    <JarScanner>
        <JarScanFilter defaultTldScan="true" tldSkip="jython-standalone-*.jar" defaultPluggabilityScan="true"
                       pluggabilitySkip="jython-standalone-*.jar,clamp-annotations-*.jar"/>
    </JarScanner>
</Context>
"""


def reloads(tomcat, war, config):
    """Deploys, reloads and measures; returns the line that says what stayed."""
    empty = tomcat.collect()
    query = {'path': '/keystone', 'war': 'file:' + war}
    if config:
        query['config'] = 'file:' + config
    tomcat.manager('text/deploy', **query)
    one = tomcat.collect()
    for _ in range(RELOADS):
        tomcat.manager('text/reload', path='/keystone')
        status = tomcat.send('POST', '/keystone/v3/auth/tokens', ALICE)[0]
        assert status == 201, status
    leaks = tomcat.leaks()
    after = tomcat.collect()
    return ('%d stopped context(s) still in memory, loaded classes %+d, Metaspace %+d KiB (one deployment: '
            '%d classes, %d KiB)' % (len(leaks), after[0] - one[0], (after[1] - one[1]) // 1024,
                                     one[0] - empty[0], (one[1] - empty[1]) // 1024))


def main(archive, war, java, work):
    if os.path.exists(work):
        shutil.rmtree(work)
    os.makedirs(work)
    config = os.path.join(work, 'without-cleanup.xml')
    with open(config, 'w') as f:
        f.write(WITHOUT_CLEANUP)
    for name, context in [("with clamp_annotations' clean-up", None),
                          ('without it (the runtime\'s web fragment skipped: stock Jython)', config)]:
        tomcat = Tomcat(os.path.join(work, 'tomcat-%d' % (context is None)), archive, java)
        try:
            print('%d reloads of keystone.war %s: %s' % (RELOADS, name, reloads(tomcat, war, context)))
        finally:
            tomcat.stop()


if __name__ == '__main__':
    main(*sys.argv[1:])
