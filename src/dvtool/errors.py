"""One error hierarchy; each fatal problem carries the exit code the CLI returns.

Exit codes (documented in the README and ``dvtool --help``):

* 0 — success
* 1 — a document is invalid (schema or semantic rules), or no report was found in it
* 2 — usage error (bad option, refused output path)
* 3 — an input cannot be read or parsed, or an output cannot be written
* 4 — warnings were raised and ``--strict`` was given
"""

from __future__ import annotations

from dvtool.i18n import Phrase, gettext

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_USAGE = 2
EXIT_INPUT = 3
EXIT_STRICT = 4


class DvtoolError(Exception):
    """Base of every fatal dvtool error. ``source`` names the file (or ``<stdin>``).

    ``message`` and ``hint`` are English gettext msgids whose ``{name}`` fields are filled from
    ``args``: ``.message``/``.hint`` are English (machine outputs, logs), ``display()`` is the
    line a person reads, in the interface language.
    """

    exit_code = EXIT_INPUT

    def __init__(
        self, message: str, source: str | None = None, hint: str | None = None, **args: object
    ) -> None:
        self.phrase = Phrase(message, args)
        self.hint_phrase = Phrase(hint, args) if hint else None
        super().__init__(str(self.phrase))
        self.message = str(self.phrase)
        self.source = source
        self.hint = str(self.hint_phrase) if self.hint_phrase else None

    @classmethod
    def from_phrase(
        cls, phrase: Phrase, source: str | None = None, hint: Phrase | None = None
    ) -> DvtoolError:
        """The error for a message (and hint) already made as phrases elsewhere."""
        error = cls(phrase.template, source, None, **phrase.args)
        error.hint_phrase = hint
        error.hint = str(hint) if hint else None
        return error

    def with_source(self, source: str) -> DvtoolError:
        """Attach the input's name if it is not known yet."""
        if self.source is None:
            self.source = source
        return self

    def __str__(self) -> str:
        return f"{self.source}: {self.message}" if self.source else self.message

    def line(self) -> str:
        """``SOURCE: message (hint: ...)`` in English, as machine outputs carry it."""
        return str(self) + (f" (hint: {self.hint})" if self.hint else "")

    def display(self) -> str:
        """``SOURCE: message (hint: ...)`` in the interface language."""
        text = self.phrase.translated()
        text = f"{self.source}: {text}" if self.source else text
        if self.hint_phrase:
            text += " " + gettext("(hint: {hint})").format(hint=self.hint_phrase.translated())
        return text


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
