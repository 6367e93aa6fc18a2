"""``jython -m clamp_annotations``: the command line (see ``_cli``)."""
import sys

# Jython's launcher turns its cache of compiled modules off under PYTHONDONTWRITEBYTECODE, which here
# only costs time: every run would compile again what the build imports from now on. The jar's
# $py.class files are written either way.
sys.dont_write_bytecode = False

from clamp_annotations._cli import main  # noqa: E402 (after the setting, which its imports use)

main()
