"""clamp_annotations where Java embeds Jython: JSR-223 engines and PythonInterpreter."""
import os

import pytest

from conftest import JAVA, JYTHON, PROBE_CLASSPATH, run, write

pytestmark = pytest.mark.e2e

HOME = os.path.dirname(os.path.dirname(JYTHON))  # the build's Jython installation, with clamp_annotations

SCRIPT = """
import sys
sys.path.insert(0, %r)
import clamp_annotations
import embedded
from java.lang import Class
from org.python.core import Py
java = Py.tojava(embedded.Greeter, Class)
print java.getName(), [a.annotationType().getSimpleName() for a in java.getAnnotations()
                       if 'python' not in a.annotationType().getName()]
print java.getMethod('greet', [Class.forName('java.lang.String')]).invoke(embedded.Greeter(), ['ada'])
"""


def test_every_way_java_embeds_jython_imports_clamp_annotations_and_makes_annotated_classes(tmpdir):
    write(tmpdir, {'embedded.py': """
        from java.lang import Object, String
        from clamp_annotations import clamp_base, java_method
        from org.springframework.stereotype import Component

        @Component('greeter')
        class Greeter(clamp_base('com.example'), Object):
            @java_method(String, who=String)
            def greet(self, who):
                return 'hello, %s' % who
    """})
    tmpdir.join('script.py').write(SCRIPT % str(tmpdir))
    result = run([JAVA, '-Dpython.home=' + HOME, '-cp', os.pathsep.join([os.path.join(HOME, 'jython.jar'),
                                                                          PROBE_CLASSPATH]),
                  'probe.Embedding', str(tmpdir.join('script.py'))])
    assert result.code == 0, result
    assert result.output.splitlines()[-9:] == [
        'jsr-223 engine 1', "com.example.embedded.Greeter [u'Component']", 'hello, ada',
        'jsr-223 engine 2', "com.example.embedded.Greeter [u'Component']", 'hello, ada',
        'PythonInterpreter', "com.example.embedded.Greeter [u'Component']", 'hello, ada'], result
