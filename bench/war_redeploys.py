"""What ten reloads of examples/keystone-war leave behind in a Tomcat 11, with clamp_annotations' clean-up
and without it: the same WAR, deployed with a context that tells Tomcat to skip the runtime's web
fragment, behaves as stock Jython does. Each in a Tomcat of its own. Not a test: it prints the figures,
and the rows of their targets in gradle bench's table (bench.TargetRow, which CLASSPATH must hold).

    jython bench/war_redeploys.py TOMCAT_TAR_GZ WAR JAVA WORK_DIRECTORY     (gradle benchWar)
"""
import os
import shutil
import sys

sys.path.append(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'examples', 'keystone-war'))
from tomcat import Tomcat  # noqa: E402 (the example's own driver of Tomcat)

from bench import TargetRow  # noqa: E402 (gradle bench's table; on CLASSPATH)

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
    """Deploys, reloads and measures; returns what stayed: the stopped contexts still in memory, the loaded
    classes and the Metaspace bytes gained, and one deployment's classes and Metaspace bytes."""
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
    return len(leaks), after[0] - one[0], after[1] - one[1], one[0] - empty[0], one[1] - empty[1]


def main(archive, war, java, work):
    if os.path.exists(work):
        shutil.rmtree(work)
    os.makedirs(work)
    config = os.path.join(work, 'without-cleanup.xml')
    with open(config, 'w') as f:
        f.write(WITHOUT_CLEANUP)
    stayed = []
    for name, context in [("with clamp_annotations' clean-up", None),
                          ('without it (the runtime\'s web fragment skipped: stock Jython)', config)]:
        tomcat = Tomcat(os.path.join(work, 'tomcat-%d' % (context is None)), archive, java)
        try:
            stayed.append(reloads(tomcat, war, context))
        finally:
            tomcat.stop()
        leaks, classes, metaspace, deployment_classes, deployment_metaspace = stayed[-1]
        print('%d reloads of keystone.war %s: %d stopped context(s) still in memory, loaded classes %+d, Metaspace '
              '%+d KiB (one deployment: %d classes, %d KiB)' % (RELOADS, name, leaks, classes, metaspace // 1024,
                                                                deployment_classes, deployment_metaspace // 1024))
    ours, stock = stayed
    # The targets: no context kept, and less than one deployment's worth of classes and Metaspace gained.
    TargetRow('WAR, %d reloads: stopped contexts kept' % RELOADS, 'contexts').ours(ours[0]).floor(
        'stock Jython', stock[0]).atMost(0)
    TargetRow('WAR, %d reloads: loaded classes gained' % RELOADS, 'classes').ours(ours[1]).floor(
        'one deployment', ours[3]).ratioAtMost(1.0)
    TargetRow('WAR, %d reloads: Metaspace gained' % RELOADS, 'KiB').ours(ours[2] // 1024).floor(
        'one deployment', ours[4] // 1024).ratioAtMost(1.0)


if __name__ == '__main__':
    main(*sys.argv[1:])
