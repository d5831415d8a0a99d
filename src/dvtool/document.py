"""The document every free-form reader produces: a small typed tree, no report heuristics.

Readers of text, HTML, Markdown and DOCX turn bytes into a :class:`Document`; one interpreter
(:mod:`dvtool.interpret`) turns a Document into a report, the same way for every format. A reader
says only what the bytes say: this is a heading of level 2, a list item with marker "-", a bold
paragraph, a centred one in Word's "Title" style, a table with these cells. What a block *means*
(a section, a date, a figure) is decided by the interpreter.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from dvtool.messages import Location, Message

BlockKind = Literal["heading", "paragraph", "list_item", "table_row", "table"]
SpanStyle = Literal["plain", "bold", "italic"]
Origin = Literal["text", "html", "md", "docx"]


@dataclass(frozen=True)
class Span:
    """A piece of inline text with its emphasis (Markdown ``**x**`` / ``*x*``, Word bold runs)."""

    text: str
    style: SpanStyle = "plain"


@dataclass(frozen=True)
class Hints:
    """What a careful reader sees besides the words: emphasis, alignment, the Word style."""

    bold: bool = False  # every character is bold
    bold_prefix: str = ""  # the text of the leading bold runs
    centered: bool = False
    style: str = ""  # the Word style name
    styled_heading: bool = False  # level comes from a heading style or outline level
    numbered: bool = False  # Word list numbering, a list style, or an ordered Markdown list
    starts_list: bool = False  # the first item of a Markdown list
    element: str = ""  # a block the model has no place for: "code block", "block quote", "HTML"
    page_header: bool = False  # from Word's page header (printed on top of the page), not the body


@dataclass(frozen=True)
class Cell:
    """The paragraphs of one table cell; ``continued`` for the lower parts of a vertical merge."""

    paragraphs: tuple[str, ...]
    continued: bool = False

    @property
    def text(self) -> str:
        return "\n".join(p for p in self.paragraphs if p)


Row = tuple[Cell | None, ...]  # None where a horizontally merged cell already appeared


@dataclass(frozen=True)
class Block:
    """One block: its text, kind, level and place; list items hold their nested blocks.

    ``level`` is the heading level (0 for a Word "Title") or the list depth (1 = top level).
    """

    text: str
    kind: BlockKind = "paragraph"
    level: int = 0
    location: Location | None = None
    marker: str = ""  # a list item's bullet or number as typed ("-", "1.", "a)")
    hints: Hints = Hints()
    spans: tuple[Span, ...] = ()  # inline emphasis, when the format has it
    children: tuple[Block, ...] = ()  # a list item's further paragraphs and nested lists
    rows: tuple[Row, ...] = ()  # a table's grid
    row_locations: tuple[Location, ...] = ()  # where each row is, when the format says
    header_rows: int = 0  # rows the format marks as the table's header


@dataclass(frozen=True)
class FrontMatter:
    """A Markdown file's YAML front matter: the mapping and the line of every value."""

    data: dict[str, Any] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Document:
    """A document as read: front matter (if any), blocks, and the reader's own warnings.

    ``written_by_dvtool`` is set by a reader that recognises dvtool's own output (a DOCX that
    defines dvtool's "Table Text" style); ``origin`` names the format, for messages only.
    """

    blocks: tuple[Block, ...]
    meta: FrontMatter | None = None
    messages: tuple[Message, ...] = ()
    origin: Origin = "text"
    written_by_dvtool: bool = False
    title_hint: str = ""  # an HTML <title>
    source: str = "<stdin>"
    frame_title: str = ""  # the kind line and trích yếu of the official frame taken off the body
