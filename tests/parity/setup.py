from setuptools import setup

setup(name='shopapp', version='1.0', packages=['shopapp'], package_data={'shopapp': ['*.properties']},
      clamp={'modules': ['shopapp.parts', 'shopapp.wiring', 'shopapp.advised', 'shopapp.errors', 'shopapp.report',
                         'shopapp.overloads', 'shopapp.lambdas', 'shopapp.proxied', 'shopapp.rethrown']})
