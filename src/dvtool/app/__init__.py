"""The application around the library: the command line, jobs over files, reporters, streams."""

from dvtool import dataclass_code, regex_code

# Before the modules of a command define their dataclasses and compile their patterns: both
# taken from what the build step compiled (scripts/precompile.py).
dataclass_code.install()
regex_code.install()
