from setuptools import setup

setup(
    name='identity',
    version='0.1.0',
    packages=['keystone'],
    clamp={'modules': ['keystone.drivers']},
)
