from setuptools import setup

setup(
    name='identity',
    version='0.1.0',
    packages=['keystone'],
    package_dir={'': 'python'},  # the directory the Spring Boot example's Maven build takes them from too
    clamp={'modules': ['keystone.drivers']},
)
