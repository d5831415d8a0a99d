"""Blocks: the unit every reader hands to extraction (a heading, a paragraph, a list item,
a table row), and the splitting of plain text into blocks."""

from __future__ import annotations

import re

from dvtool.document import Block, BlockKind
from dvtool.extract._text import clean, is_all_caps
from dvtool.messages import Location

__all__ = ["Block", "BlockKind", "classify_line", "strip_marker", "text_paragraphs", "text_to_blocks"]

# "-", "+", "•", "a)", "1.", "1)", and multi-level numbers "1.1.", "2.3.1" (never a figure)
_BULLET = re.compile(
    r"^\s*(?:[-–+•*·▪●○■□◦»>]|\(?[a-zđ]\)|\d{1,2}(?:\.\d{1,2})+\.?(?!\d)|\d{1,2}[.)](?!\d))\s+"
)
_ROMAN = re.compile(r"^\s*(?:phần\s+)?[IVXLC]+\s*[.\-–/)]\s*\S", re.IGNORECASE)
_SENTENCE_END = tuple(".:;!?…”\"'")


def text_to_blocks(text: str) -> list[Block]:
    """Split plain text into blocks and classify each (heading, list item, paragraph)."""
    return [classify_line(b.text, b.location) for b in text_paragraphs(text)]


def text_paragraphs(text: str) -> list[Block]:
    """Split plain text into paragraph blocks: one per paragraph or list line.

    A line that does not end a sentence is joined with the next one when that one starts in
    lower case (hard-wrapped paragraphs); blank lines always separate blocks.
    """
    blocks: list[Block] = []
    pending: list[str] = []
    start_line = 0
    for number, raw in enumerate(text.splitlines(), start=1):
        line = clean(raw)
        if not line:
            _flush(blocks, pending, start_line)
            pending = []
            continue
        if pending and _continues(pending[-1], line):
            pending.append(line)
            continue
        _flush(blocks, pending, start_line)
        pending = [line]
        start_line = number
    _flush(blocks, pending, start_line)
    return blocks


def _continues(previous: str, line: str) -> bool:
    return not previous.endswith(_SENTENCE_END) and line[:1].islower() and not _BULLET.match(line)


def _flush(blocks: list[Block], lines: list[str], line_number: int) -> None:
    if lines:
        blocks.append(Block(" ".join(lines), "paragraph", 0, Location(line=line_number)))


def classify_line(text: str, location: Location | None = None) -> Block:
    """A block for one line of plain text: heading, list item or paragraph."""
    if _ROMAN.match(text) and len(text) < 160 and not text.endswith((".", ";")):
        return Block(text, "heading", 1, location)
    bullet = _BULLET.match(text)
    if bullet:
        marker = bullet.group(0).strip()
        numbered = marker[:1].isdigit()
        if numbered and len(text) < 120 and not text.endswith(_SENTENCE_END):
            return Block(text, "heading", 2, location)
        return Block(text, "list_item", 1, location)
    if is_all_caps(text) and len(text) < 200:
        return Block(text, "heading", 1, location)
    return Block(text, "paragraph", 0, location)


def strip_marker(text: str) -> str:
    """The text of a list item without its bullet or number."""
    return _BULLET.sub("", text, count=1).strip()
