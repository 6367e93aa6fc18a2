"""clamp_annotations: Java annotations on Python classes, for Jython 2.7.

Install with Jython's pip from the source distribution that ``gradle pythonSdist`` builds (it
carries the Java half as jars); see README.md.
"""
import os
import re

from setuptools import setup

HERE = os.path.dirname(os.path.abspath(__file__))
JARS = os.path.join(HERE, 'clamp_annotations', 'jars')

if not os.path.isdir(JARS) or not [n for n in os.listdir(JARS) if n.endswith('.jar')]:
    raise SystemExit(
        'clamp_annotations/jars/ is missing: the Java half is built by Gradle. Run `gradle pythonSdist` '
        'and install build/python-dist/clamp_annotations-<version>.tar.gz instead of this directory.')

with open(os.path.join(HERE, 'clamp_annotations', '_version.py')) as f:
    VERSION = re.search(r"^__version__ = '([^']+)'", f.read(), re.M).group(1)

setup(
    name='clamp_annotations',
    version=VERSION,
    description='Java annotations on Python classes: Jython classes as Spring beans and JUnit tests',
    long_description=open(os.path.join(HERE, 'README.md')).read(),
    author='The clamp_annotations developers',
    author_email='clamp-annotations@users.noreply.invalid',
    url='https://pypi.org/project/clamp_annotations/',
    license='Apache-2.0',
    packages=['clamp_annotations'],
    package_data={'clamp_annotations': ['jars/*.jar']},
    zip_safe=False,
    python_requires='>=2.7, <3',
    entry_points={
        'distutils.commands': ['bdist_jar = clamp_annotations._command:bdist_jar',
                               'build_jar = clamp_annotations._command:build_jar',
                               'clamp = clamp_annotations._command:clamp_command',
                               'singlejar = clamp_annotations._command:singlejar'],
        'distutils.setup_keywords': ['clamp = clamp_annotations._command:validate_clamp'],
        'console_scripts': ['singlejar = clamp_annotations._command:singlejar_script'],
    },
    classifiers=[
        'Programming Language :: Python :: 2.7',
        'Programming Language :: Python :: Implementation :: Jython',
        'Programming Language :: Java',
    ],
)
