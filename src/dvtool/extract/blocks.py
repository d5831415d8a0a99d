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
_CLAUSE_END = tuple(";:")


def text_to_blocks(text: str) -> list[Block]:
    """Split plain text into blocks and classify each (heading, list item, paragraph)."""
    return [classify_line(b.text, b.location) for b in text_paragraphs(text)]


def text_paragraphs(text: str) -> list[Block]:
    """Split plain text into paragraph blocks: one per paragraph or list line.

    A line that does not end a sentence is joined with the next one when that one starts in
    lower case (hard-wrapped paragraphs), or in a number going on in a lower-case word when the
    line stops inside a sentence ("… ngày" / "01/7/2023 về …"); blank lines always separate
    blocks. In a text that is hard-wrapped at a fixed width (pasted from a PDF or an e-mail), a
    line break is no paragraph break, so a next line in upper case or a digit continues the
    sentence too, unless it is a list item, a heading or a "Label:" line, is indented further
    (a first-line indent), or the line before is a short title line.
    """
    raws = text.splitlines()
    lines = [clean(raw) for raw in raws]
    indents = [len(raw.expandtabs(8)) - len(raw.expandtabs(8).lstrip()) for raw in raws]
    width = _wrap_width(lines)
    page_breaks = _page_breaks(lines)
    blocks: list[Block] = []
    pending: list[str] = []
    start_line = 0
    for number, line in enumerate(lines, start=1):
        if number - 1 in page_breaks:
            continue
        indented = number > 1 and indents[number - 1] > indents[number - 2] + 1
        if not line:
            _flush(blocks, pending, start_line)
            pending = []
            continue
        if pending and _continues(pending, line, width if not indented else 0):
            pending.append(line)
            continue
        _flush(blocks, pending, start_line)
        pending = [line]
        start_line = number
    _flush(blocks, pending, start_line)
    return blocks


# A text is hard-wrapped when most of its lines fill one width (within this share of it) and
# most of those full lines stop in the middle of a sentence. In text taken from a PDF, short lines
# (a header, the last line of each item, a signature) can outnumber the full ones; there it is
# enough that this share of all lines fill the width in the middle of a sentence.
_WRAP_TOLERANCE = 0.2
_WRAP_BROKEN_SHARE = 0.3
_WRAP_MIN_WIDTH = 30
_WRAP_MIN_LINES = 4
# A line of marks only ("-----", "*", "* * *") or a code fence ("```text"): a separator, no text.
_SEPARATOR = re.compile(r"^(?:[-–—─_=*~.•· ]{3,}|\*|(?:`{3,}|~{3,})[\w+-]*)$")
# A line ending in a number and a line going on in a dash and a number: "từ ngày 15" / "– 17/10".
_RANGE_START = re.compile(r"\w \d{1,4}$")
_RANGE_END = re.compile(r"^[-–—]\s?\d")
# "Thời gian: …", "Chủ trì: …": a line opening with a short label of up to four words.
_LABEL = re.compile(r"^[^\W\d_]+(?: [^\W\d_]+){0,3}\s?:(?:\s|$)")
_INNER_PUNCTUATION = tuple(",;:")
# A title line is shorter than this share of the width (a full line is a broken sentence).
_TITLE_SHARE = 0.9
# In a wrapped text, a line shorter than this share of the width was ended by its writer.
_SHORT_SHARE = 0.6
# A line of this many characters is more than a title, in a text not wrapped at one width.
_LONG_LINE = 60


def _wrap_width(lines: list[str]) -> int:
    """The width a text is hard-wrapped at, or 0 when its line breaks are its own."""
    texts = [line for line in lines if line]
    if len(texts) < _WRAP_MIN_LINES:
        return 0
    lengths = sorted(len(line) for line in texts)
    width = lengths[(len(lengths) * 3) // 4]
    if width < _WRAP_MIN_WIDTH:
        return 0
    full = [line for line in texts if abs(len(line) - width) <= width * _WRAP_TOLERANCE]
    longer = [line for line in texts if len(line) > width * (1 + _WRAP_TOLERANCE)]
    broken = [line for line in full if not line.endswith(_SENTENCE_END)]
    filled = 2 * len(full) >= len(texts) or len(broken) >= _WRAP_BROKEN_SHARE * len(texts)
    wrapped = filled and 2 * len(broken) > len(full) and 10 * len(longer) <= len(texts)
    return width if wrapped else 0


_PAGE_NUMBER = re.compile(r"^\d{1,3}$")


def _page_breaks(lines: list[str]) -> set[int]:
    """The lines of a page break inside a sentence, in text taken from a PDF: the page number
    alone on its line and the blank lines around it, between a line that does not end a
    sentence and one that goes on in lower case ("… hoặc kiến nghị cơ quan có" / "6" /
    "thẩm quyền đối với …")."""
    breaks: set[int] = set()
    for i, line in enumerate(lines):
        if not _PAGE_NUMBER.match(line):
            continue
        before = next((j for j in range(i - 1, -1, -1) if lines[j]), None)
        after = next((k for k in range(i + 1, len(lines)) if lines[k]), None)
        if before is None or after is None or lines[before].endswith(_SENTENCE_END):
            continue
        if lines[after][:1].islower():
            breaks.update(range(before + 1, after))
    return breaks


def is_separator(line: str) -> bool:
    """A line of marks only ("-----", "*", "* * *", "───") or a code fence ("```text"): it
    separates, it is no text."""
    return _SEPARATOR.match(line.strip()) is not None


def _continues(pending: list[str], line: str, width: int) -> bool:
    """Does ``line`` continue the paragraph whose lines so far are ``pending``?"""
    previous = pending[-1]
    if is_separator(line) or is_separator(previous):
        return False
    if width and _RANGE_END.match(line) and _RANGE_START.search(previous):
        # "… khám tuyển từ ngày 15" / "– 17/10/2025 trên địa bàn xã.": a full line stopping at
        # a number goes on in the end of its range, not in a dash item.
        return len(previous) >= width * _TITLE_SHARE
    if _BULLET.match(line):
        return False
    if previous.endswith(_SENTENCE_END):
        # In a text wrapped at one width, a line ending at ";" or ":" and going on in lower case
        # is one clause broken by the wrap ("…Tỉnh ủy;" / "đồng chí B - …"), not a list.
        return bool(width) and previous.endswith(_CLAUSE_END) and line[:1].islower()
    if line[:1].islower():
        return True
    if not width and line[:1].isdigit():
        # "… ban hành Quyết định số 40/QĐ-UBND ngày" / "01/7/2023 về …": a sentence broken
        # in its middle goes on, whether or not the whole text is wrapped at one width.
        # The number goes on in a lower-case word: not a dateline ("13/01/2023 10:34") nor a
        # numbered row ("4 Thu viện trợ").
        words = line.split()
        goes_on = len(words) > 1 and words[1][:1].islower()
        return goes_on and _broken_mid_sentence(pending) and classify_line(line).kind == "paragraph"
    if not width or not line[:1].isalnum() or _LABEL.match(line):
        return False
    if (
        len(pending) == 1
        and len(previous) < width * _SHORT_SHARE
        and (" " in previous or not any(c.isalpha() for c in previous))
    ):
        # a line alone, of words or a date, ending far short of the width was ended by its writer
        # ("Số 12/BC", "24/09/2021"); a lone word ("Nguyễn" / "Thị Lan") is a name stacked on two
        # lines. The short last line of a paragraph whose writer left out the full stop ("… với
        # niềm tin của cấp trên và Nhân dân") goes on as before: the sentence after it was read
        # with it, and read alone it is split into pieces of a closing call that are no tasks.
        return False
    if classify_line(line).kind == "heading":
        return False
    if len(pending) == 1 and classify_line(previous).kind == "heading" and line.endswith(":"):
        # "4.3. Kết quả … cho người dân tại" / "Trung tâm … 10/10/2025:": a numbered heading
        # wrapped over two lines. Joined, it is too long and ends in a colon, so it would read as
        # a point, not a heading, and the section before it would take its paragraphs.
        return False
    if classify_line(pending[0]).kind == "heading" and len(previous) < width * _TITLE_SHARE:
        return False  # a numbered line as wide as the text is a point broken by the wrap
    return not (len(pending) == 1 and _title_line(previous, width))


def _broken_mid_sentence(pending: list[str]) -> bool:
    """Do the lines so far stop inside a sentence: the last one ends on a lower-case word or a
    comma, and they are no heading and no lone title line (one of those has a comma inside, or
    is long, or they are several lines)?"""
    previous = pending[-1]
    if not (previous[-1:].islower() or previous.endswith(",")):
        return False
    if classify_line(pending[0]).kind == "heading":
        return False
    inner = any(mark in previous[:-1] for mark in _INNER_PUNCTUATION)
    return len(pending) > 1 or inner or len(previous) >= _LONG_LINE


def _title_line(line: str, width: int) -> bool:
    """A short line of several words with no punctuation inside: a title or a byline."""
    short = len(line) < width * _TITLE_SHARE
    return short and len(line.split()) >= 3 and not any(mark in line for mark in _INNER_PUNCTUATION)


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
