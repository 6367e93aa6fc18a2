from setuptools import setup

setup(
    name='keystone-web',
    version='0.1.0',
    # The identity example's Python drivers, and this example's Spring MVC controller.
    packages=['keystone', 'keystone_web'],
    package_dir={'keystone': '../identity/keystone'},
    clamp={'modules': ['keystone.drivers', 'keystone_web.tokens']},
)
