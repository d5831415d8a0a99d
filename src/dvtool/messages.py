"""Warnings and notes returned as values beside a result; library code never prints."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Generic, Literal, TypeVar

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
        """A short place description: "line 12", "paragraph 4", "table 2"."""
        if self.line is not None:
            return f"line {self.line}"
        if self.paragraph is not None:
            return f"paragraph {self.paragraph}"
        if self.table is not None:
            return f"table {self.table}"
        return ""


@dataclass(frozen=True)
class Message:
    """A recoverable problem or a note: ``code`` is a stable machine-readable key."""

    code: str
    text: str
    severity: Severity = "warning"
    pointer: str | None = None
    location: Location | None = None

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


def warning(code: str, text: str, **where: object) -> Message:
    """Shorthand for a warning message."""
    return Message(code, text, "warning", **where)  # type: ignore[arg-type]


def info(code: str, text: str, **where: object) -> Message:
    """Shorthand for an informational note (shown with --verbose)."""
    return Message(code, text, "info", **where)  # type: ignore[arg-type]


def locate(locations: Mapping[str, Location], pointer: str) -> Location | None:
    """The location of ``pointer`` or of its nearest ancestor that has one."""
    while True:
        if pointer in locations:
            return locations[pointer]
        if not pointer:
            return None
        pointer = pointer.rsplit("/", 1)[0]
