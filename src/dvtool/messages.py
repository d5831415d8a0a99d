"""Warnings and notes returned as values beside a result; library code never prints."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Generic, Literal, TypeVar

from dvtool.i18n import Phrase, gettext

T = TypeVar("T")
U = TypeVar("U")
Severity = Literal["warning", "info"]


@dataclass(frozen=True)
class Location:
    """Where something sits in a source document.

    ``line`` for text formats, ``paragraph``/``table`` (1-based) for DOCX, and
    ``excerpt`` for the sentence a value was taken from (extraction provenance).
    """

    line: int | None = None
    paragraph: int | None = None
    table: int | None = None
    excerpt: str | None = None

    def describe(self) -> str:
        """A short place description for people: "line 12", "paragraph 4", "table 2" (translated)."""
        if self.line is not None:
            return gettext("line {number}").format(number=self.line)
        if self.paragraph is not None:
            return gettext("paragraph {number}").format(number=self.paragraph)
        if self.table is not None:
            return gettext("table {number}").format(number=self.table)
        return ""


@dataclass(frozen=True)
class Message:
    """A recoverable problem or a note: ``code`` is a stable machine-readable key.

    ``template`` is an English gettext msgid with ``{name}`` fields filled from ``args``:
    ``text`` is the English text (machine outputs), ``translated()`` the interface language's.
    """

    code: str
    template: str
    severity: Severity = "warning"
    pointer: str | None = None
    location: Location | None = None
    args: Mapping[str, object] = field(default_factory=dict, hash=False)
    plural: str | None = None  # the plural template, used when ``args["count"]`` is not 1

    @property
    def phrase(self) -> Phrase:
        return Phrase(self.template, self.args, self.plural)

    @property
    def text(self) -> str:
        """The English text, as machine outputs carry it."""
        return str(self.phrase)

    def translated(self) -> str:
        """The text in the interface language, for people."""
        return self.phrase.translated()

    @property
    def is_warning(self) -> bool:
        return self.severity == "warning"


@dataclass(frozen=True)
class Result(Generic[T]):
    """A value with the messages produced while computing it.

    ``locations`` maps JSON pointers of the value ("/results/3") to where they came from in
    the source, so later problems (validation) can point into the original file.
    """

    value: T
    messages: tuple[Message, ...] = ()
    locations: Mapping[str, Location] = field(default_factory=dict)

    def warnings(self) -> tuple[Message, ...]:
        return tuple(m for m in self.messages if m.is_warning)

    def with_messages(self, extra: Iterable[Message]) -> Result[T]:
        return Result(self.value, self.messages + tuple(extra), self.locations)

    def map(self, value: U) -> Result[U]:
        """The same messages and locations around another value."""
        return Result(value, self.messages, self.locations)


def warning(
    code: str,
    template: str,
    *,
    pointer: str | None = None,
    location: Location | None = None,
    plural: str | None = None,
    **args: object,
) -> Message:
    """Shorthand for a warning; ``template`` is an English msgid with ``{name}`` fields from ``args``.

    A counted warning gives ``plural`` (marked with N_) and ``count``.
    """
    return Message(code, template, "warning", pointer, location, args, plural)


def info(
    code: str,
    template: str,
    *,
    pointer: str | None = None,
    location: Location | None = None,
    plural: str | None = None,
    **args: object,
) -> Message:
    """Shorthand for an informational note (shown with --verbose); ``plural`` as for :func:`warning`."""
    return Message(code, template, "info", pointer, location, args, plural)


def locate(locations: Mapping[str, Location], pointer: str) -> Location | None:
    """The location of ``pointer`` or of its nearest ancestor that has one."""
    while True:
        if pointer in locations:
            return locations[pointer]
        if not pointer:
            return None
        pointer = pointer.rsplit("/", 1)[0]
