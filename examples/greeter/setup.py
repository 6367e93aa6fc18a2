from setuptools import setup

setup(
    name='greeter',
    version='0.1.0',
    py_modules=['greeter'],
    clamp={'modules': ['greeter']},
)
