"""One error hierarchy; each fatal problem carries the exit code the CLI returns.

Exit codes (documented in the README and ``dvtool --help``):

* 0 — success
* 1 — a document is invalid (schema or semantic rules)
* 2 — usage error (bad option, refused output path)
* 3 — an input cannot be read or parsed, or an output cannot be written
* 4 — warnings were raised and ``--strict`` was given
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_USAGE = 2
EXIT_INPUT = 3
EXIT_STRICT = 4


class DvtoolError(Exception):
    """Base of every fatal dvtool error. ``source`` names the file (or ``<stdin>``)."""

    exit_code = EXIT_INPUT

    def __init__(self, message: str, source: str | None = None, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.source = source
        self.hint = hint

    def with_source(self, source: str) -> DvtoolError:
        """Attach the input's name if it is not known yet."""
        if self.source is None:
            self.source = source
        return self

    def __str__(self) -> str:
        return f"{self.source}: {self.message}" if self.source else self.message


class InvalidReportError(DvtoolError):
    """The document parsed, but it is not a valid report."""

    exit_code = EXIT_INVALID


class UsageError(DvtoolError):
    """The command line asks for something dvtool will not do."""

    exit_code = EXIT_USAGE


class InputError(DvtoolError):
    """An input cannot be read, decoded or parsed."""

    exit_code = EXIT_INPUT


class OutputError(DvtoolError):
    """An output cannot be written."""

    exit_code = EXIT_INPUT


class StrictError(DvtoolError):
    """Warnings were raised while ``--strict`` was in force."""

    exit_code = EXIT_STRICT
