"""The visible DOCX layout shared by the DOCX writer and reader: labels, table headers, numbers.

Everything the model holds is written as text a person reads ("Thời gian: Sáng ngày 10 tháng
02 năm 2023", a table of figures under an item), and the reader parses the same text back, so a
report edited in Word converts back with the edit. The words of both sides come from one data
file (extract/layout_words.yaml, :func:`dvtool.extract.layout_words.layout_words`), which keeps
them in step; the time line is read back by the one date parser (:mod:`dvtool.extract.dates`).
Matching is done on folded text (:func:`dvtool.vntext.fold`), so a person may type the labels
without diacritics or in capitals.
"""

from __future__ import annotations

from dvtool.extract.layout_words import Columns, layout_words
from dvtool.model import Number, canonical_number
from dvtool.vntext import fold

ORGANIZER_SEPARATOR = "; "


def match_columns(header: list[str], columns: Columns) -> dict[str, int] | None:
    """Map field names to column indexes from a header row; None if it is not that table."""
    found: dict[str, int] = {}
    for index, cell in enumerate(header):
        key = fold(cell).strip(" .:")
        for name, cues in columns:
            if name in found:
                continue
            if any(_has_word(key, cue) for cue in cues):
                found[name] = index
                break
    return found


def _has_word(text: str, cue: str) -> bool:
    """Whether ``cue`` occurs in ``text`` with no ASCII letter right before or after it — what
    ``(?<![a-z])cue(?![a-z])`` finds, without compiling a pattern for every cue."""
    start = text.find(cue)
    while start >= 0:
        end = start + len(cue)
        before = text[start - 1] if start else ""
        after = text[end] if end < len(text) else ""
        if not "a" <= before <= "z" and not "a" <= after <= "z":
            return True
        start = text.find(cue, start + 1)
    return False


def role_kind(text: str) -> str | None:
    """The attendee kind (or "chair") a role cell names, or None."""
    key = fold(text)
    for kind, starts in layout_words().attendee_table.roles:
        if key.startswith(starts):
            return kind
    return None


# --- dates ------------------------------------------------------------------------------------


def format_time(date: str | None, time_of_day: str | None) -> str | None:
    """ "Sáng ngày 10 tháng 02 năm 2023": header-date style, leading 0 on days < 10 and months 1-2.
    Read back by :func:`dvtool.extract.dates.parse_time_line`."""
    words = layout_words().time_line
    parts: list[str] = []
    if time_of_day is not None:
        parts.append(words.word(time_of_day))
    if date is not None:
        year, month, day = (int(p) for p in date.split("-"))
        month_text = f"{month:02d}" if month <= 2 else str(month)
        parts.append(words.date.format(day=f"{day:02d}", month=month_text, year=f"{year:04d}"))
    elif parts:
        parts = [words.alone.format(time_of_day=parts[0].lower())]
    if not parts:
        return None
    text = " ".join(parts)
    return text[:1].upper() + text[1:]


# --- numbers ----------------------------------------------------------------------------------


def parse_number(text: str) -> Number | None:
    """A number in a table cell: the one Vietnamese number parser
    (:func:`dvtool.extract.numbers.parse_number`: "3.509" is 3509, "2,3" is 2.3, "1.234,5" is
    1234.5, "2.5" typed with a decimal point is 2.5), with a sign and spaces allowed."""
    from dvtool.extract.numbers import parse_number as parse_vietnamese

    cleaned = text.strip().replace("\u00a0", "").replace(" ", "")
    sign = -1 if cleaned[:1] in ("-", "−") else 1
    if cleaned[:1] in ("-", "−", "+"):
        cleaned = cleaned[1:]
    if not cleaned or not cleaned[0].isdigit() or cleaned.endswith("%"):
        return None
    number = parse_vietnamese(cleaned)
    return None if number is None else canonical_number(sign * number)


def parse_count(text: str) -> int | None:
    """A whole count from a table cell: empty or a dash is 0."""
    cleaned = text.strip()
    if cleaned in ("", "-", "–", "—", "0"):
        return 0
    number = parse_number(cleaned)
    return number if isinstance(number, int) else None


def roman(number: int) -> str:
    """Roman numerals for section numbering (1 -> I)."""
    values = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = ""
    for value, letters in values:
        while number >= value:
            out += letters
            number -= value
    return out
