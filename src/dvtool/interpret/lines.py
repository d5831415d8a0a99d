"""Small readers shared by the structured stage and its table reader: typed lines, places,
speakers, chairs and award lines. What a phrase means comes from the prose stage's parsers and
the vocabulary; these functions only pick the right one."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from dvtool.document import Block, Cell
from dvtool.extract.layout_words import layout_words
from dvtool.i18n import N_, Phrase
from dvtool.messages import Location
from dvtool.model import Award, Figure, Person, Remark, TimeOfDay
from dvtool.vntext import fold

# A title (trích yếu) is a line or two with no closing period; otherwise it is body text.
MAX_TITLE = 250


def _lead_like(text: str) -> bool:
    """A sentence of body text rather than a title line."""
    return len(text) > MAX_TITLE or text.rstrip().endswith(".")


def _cell_text(cell: Cell | None) -> str:
    return cell.text.strip() if cell is not None else ""


def _at(row: tuple[Cell | None, ...], index: int) -> Cell | None:
    return row[index] if index < len(row) else None


def _is_header_block(rows: list[list[str]]) -> bool:
    """A table holding the Quốc hiệu or the party's line: the document's header."""
    text = fold(" ".join(t for row in rows[:3] for t in row))
    return any(mark in text for mark in layout_words().frame_lines.header_marks)


def _is_boilerplate(key: str) -> bool:
    """Quốc hiệu, Tiêu ngữ, "Số: ...", a place-and-date line, rules made of dashes or stars."""
    return (
        key.startswith(layout_words().frame_lines.folded)
        or _is_number_line(key)
        or not any(c.isalnum() for c in key)
        or _is_place_date(key)
    )


def _is_kind_line(key: str) -> bool:
    """A folded line that only names the document's kind ("bao cao", "bien ban")."""
    return key in layout_words().kind_lines


def _is_number_line(key: str) -> bool:
    """ "Số: 05/BC-SNV", "Số 07-HD/BDVTU" (folded): the document's number line."""
    return bool(_number_line().match(key))


@lru_cache(maxsize=1)
def _number_line() -> re.Pattern[str]:
    from dvtool.extract.cues import cues

    words = "|".join(re.escape(w) for w in cues().number_labels.folded)
    return re.compile(rf"^(?:{words})\s*:|^(?:{words})\s+\d")


def _is_place_date(key: str) -> bool:
    """ "Hà Nội, ngày 05 tháng 01 năm 2020" — the header's place and date line."""
    return bool(_place_date().search(key))


@lru_cache(maxsize=1)
def _place_date() -> re.Pattern[str]:
    """A place, a comma, then the date in the form dvtool writes it ("ngày … tháng … năm …")."""
    words = [
        r"\S+" if w.startswith("{") else re.escape(w) for w in fold(layout_words().time_line.date).split()
    ]
    return re.compile(r"^[^,]{1,40}, " + r"\s+".join(words) + "$")


def _time_of_day(value: str | None) -> TimeOfDay | None:
    if value == "morning":
        return "morning"
    if value == "afternoon":
        return "afternoon"
    if value == "evening":
        return "evening"
    return None


def _remark(p: Block, text: str, *, written_by_dvtool: bool = False) -> Remark:
    """ "**Speaker:** text" — the speaker is the bold lead ending in a colon."""
    prefix = p.hints.bold_prefix
    if prefix.endswith(":") and len(prefix) > 1 and p.text.startswith(prefix):
        rest = p.text[len(prefix) :].strip()
        if rest:
            return Remark(text=rest, speaker=prefix[:-1].strip())
    if prefix and p.text.startswith(prefix + ":"):  # "**Speaker**: text", as dvtool writes it
        rest = p.text[len(prefix) + 1 :].strip()
        if rest:
            return Remark(text=rest, speaker=prefix.strip())
    if written_by_dvtool:
        return Remark(text=text)
    from dvtool.extract.people import find_speaker  # "Đồng chí Trần Thị Lan đề nghị …"

    return Remark(text=text, speaker=find_speaker(text))


def _chairs_from_text(value: str) -> list[Person]:
    """ "đồng chí A - title, title; đồng chí B - title" as typed by people: the prose stage's
    people parser."""
    from dvtool.extract.people import parse_people

    return [Person(name=p.name, titles=p.titles) for p in parse_people(value)]


def _award_from_text(text: str) -> Award:
    """An award typed as a sentence ("Bằng khen của UBND tỉnh cho 6 tập thể …"): read by the
    prose stage's award parser; a line it cannot read is kept whole as the award's name."""
    from dvtool.extract.awards import parse_awards
    from dvtool.extract.cues import cues

    found = parse_awards(text)
    if len(found) == 1:
        return found[0]
    name = cues().award_names.at_start(text)
    if name is None:
        return Award(award=text)
    rest = text[name.end :].strip(" .")
    word = layout_words().giver_word
    giver = rest[len(word) :].strip() if rest.startswith(word + " ") else ""
    return Award(award=text[: name.end], giver=giver or None)


# Where dropped text was, in words (msgids): ``_ranges``'s unit, one place or several.
_RANGE_WORDS = {
    ("paragraph", False): N_("paragraph {numbers}"),
    ("paragraph", True): N_("paragraphs {numbers}"),
    ("line", False): N_("line {numbers}"),
    ("line", True): N_("lines {numbers}"),
}


def _ranges(indexes: Iterable[int], unit: str = "paragraph") -> Phrase:
    """ "paragraphs 3–5, 9" (``unit`` is "paragraph" or "line"), translated when shown."""
    spans: list[list[int]] = []
    for i in sorted(indexes):
        if spans and i == spans[-1][1] + 1:
            spans[-1][1] = i
        else:
            spans.append([i, i])
    text = ", ".join(f"{a}–{b}" if a != b else str(a) for a, b in spans)
    template = _RANGE_WORDS[unit, not (len(spans) == 1 and spans[0][0] == spans[0][1])]
    return Phrase(template, {"numbers": text})


MAX_HEADER_CELL = 40


def _header_rows(table: Block) -> int:
    """Rows that head a table: marked so by the format, or a first row of short labels
    without figures ("Chỉ tiêu | Kết quả") above further rows."""
    if table.header_rows:
        return table.header_rows
    if len(table.rows) < 2:
        return 0
    cells = [c.text for c in table.rows[0] if c is not None]
    looks = all(len(c) <= MAX_HEADER_CELL and not any(ch.isdigit() for ch in c) for c in cells)
    return 1 if cells and looks else 0


def _place(block: Block) -> Location:
    return block.location or Location()


def _number(block: Block) -> int:
    """A block's paragraph number (DOCX) or line (text formats), for "paragraphs 3–5"."""
    where = _place(block)
    return where.paragraph if where.paragraph is not None else where.line or 0


def _heading(block: Block) -> int | None:
    """A heading's level (0 for a Word Title), None for other blocks."""
    return block.level if block.kind == "heading" else None


def _figure_finder() -> Callable[[str], tuple[Figure, ...]]:
    """The prose figure finder, imported only when a human-written document needs it."""
    from dvtool.extract.numbers import find_figures

    return find_figures
