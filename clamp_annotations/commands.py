"""jythontools clamp 0.4's ``clamp.commands``, for projects moving over with their imports changed
only: ``from clamp_annotations.commands import clamp_command`` where they had ``from clamp.commands
import clamp_command``. Everything here is a name clamp gave to a part of clamp_annotations."""
from clamp_annotations._command import build_jar, clamp_command, singlejar, singlejar_script, validate_clamp

__all__ = ['build_jar_command', 'clamp_command', 'parse_clamp_keyword', 'singlejar_command',
           'singlejar_script_command']

build_jar_command = build_jar
parse_clamp_keyword = validate_clamp
singlejar_command = singlejar
singlejar_script_command = singlejar_script
