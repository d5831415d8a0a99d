"""The application around the library: the command line, jobs over files, reporters, streams."""

from dvtool.dataclass_code import install

install()  # before the modules of a command define their dataclasses: their methods precompiled
