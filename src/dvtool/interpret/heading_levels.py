"""The heading level of a paragraph in the structured stage.

A Word heading style or a Markdown/HTML heading gives its own level. Otherwise a short line is
a heading when plain text's rules say so (:func:`dvtool.extract.blocks.classify_line`), or when
it is bold, in capitals, or numbered and names a section: a Roman numeral is level 1, "2." level
2, "2.1." level 3, a letter level 3. A list item whose whole text names a section (Word's
automatic numbering) is a level-1 heading.
"""

from __future__ import annotations

import re
from typing import Protocol

from dvtool.document import Block
from dvtool.extract.blocks import classify_line
from dvtool.extract.cues import fold_aligned

MAX_HEADING_CHARS = 150

_NUMBER_MARK = re.compile(r"^\s*(?:(?:phan|muc|chuong)\s+)?([ivxlc]+|\d+(?:\.\d+)*|[a-z])\s*[.)\-:/]\s*")
_ROMAN = re.compile(r"^[IVXLC]+$")
_DIGITS = re.compile(r"^\s*\d{1,3}((?:\.\d{1,3})*)")


class Sections(Protocol):
    """What the level of a heading depends on in the reading so far."""

    styled: bool  # headings are marked by the format (styles): trust only those
    section: str | None

    def section_of(self, text: str) -> str | None: ...


def heading_level(reading: Sections, p: Block) -> int | None:
    """The heading level of a paragraph, or None when it is body text."""
    if p.kind == "heading" and p.level >= 1:
        return p.level
    if p.kind == "list_item":
        return 1 if not reading.styled and names_section_only(reading, p) else None
    if reading.styled or len(p.text) > MAX_HEADING_CHARS:
        return None
    line = classify_line(p.text)
    numbered = _NUMBER_MARK.match(fold_aligned(p.text))  # offsets are those of p.text
    if line.kind == "heading" and (reading.section is None or line.level > 1 or reading.section_of(p.text)):
        return _depth(p.text) if line.level == 2 else line.level
    letters = [c for c in p.text if c.isalpha()]
    upper = bool(letters) and all(c.isupper() for c in letters)
    if not (p.hints.bold or upper or (numbered and reading.section_of(p.text))):
        return None
    if numbered:
        mark = p.text[numbered.start(1) : numbered.end(1)]
        if _ROMAN.match(mark):
            return 1
        return _depth(p.text) if mark[0].isdigit() else 3
    return 1 if upper else 2


# The end of a list item that is a sentence, not the name of a section.
_SENTENCE_END = (".", ";", ",", "!", "?")
MAX_LISTED_HEADING_CHARS = 100


def names_section_only(reading: Sections, p: Block) -> bool:
    """A paragraph of Word's automatic numbering (a List Number style, ``w:numPr``) or of an
    ordered list whose whole text names a section ("Kết quả đạt được", "Tồn tại, hạn chế",
    "Nhiệm vụ năm 2025"): a heading whose number the list draws, read as the same heading typed
    "I. KẾT QUẢ ĐẠT ĐƯỢC" is (level 1). A list item that reads as a sentence is an entry."""
    text = p.text.strip()
    if not p.hints.numbered or not text or len(text) > MAX_LISTED_HEADING_CHARS:
        return False
    return not text.endswith(_SENTENCE_END) and reading.section_of(text) is not None


def numbered_level(text: str) -> tuple[int, int] | None:
    """The level of a short line that opens with a heading's number ("I. Sự phù hợp …" 1, "2." 2,
    "2.1." 3, "a)" 3) and where its words start, whatever it names; None for any other line."""
    numbered = _NUMBER_MARK.match(fold_aligned(text))
    if numbered is None or len(text) > MAX_HEADING_CHARS:
        return None
    mark = text[numbered.start(1) : numbered.end(1)]
    if _ROMAN.match(mark):
        return 1, numbered.end()
    return (_depth(text) if mark[0].isdigit() else 3), numbered.end()


def _depth(text: str) -> int:
    """A numbered line's level: "3." is 2, "3.1." and "3.1" 3, so "3.1. Đối với Đảng ủy …" under
    "3. Một số nhiệm vụ …" is a part of that section, not a section of its own."""
    digits = _DIGITS.match(text)
    return 2 + (digits.group(1).count(".") if digits else 0)
