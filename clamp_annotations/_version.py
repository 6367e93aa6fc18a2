"""The version of clamp_annotations, written once: the package, setup.py, the Gradle build and the check
that one version runs (``_jvm``) read it here."""
__version__ = '0.1.0'
