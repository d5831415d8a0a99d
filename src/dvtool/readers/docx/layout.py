"""The visible DOCX layout shared by the DOCX writer and reader: labels, table headers, numbers.

Everything the model holds is written as text a person reads ("Thời gian: Sáng ngày 10 tháng
02 năm 2023", a table of figures under an item), and the reader parses the same text back, so a
report edited in Word converts back with the edit. Keeping the vocabulary in one module keeps
the two sides in step. Matching is done on folded text (:func:`dvtool.vntext.fold`), so a person
may type the labels without diacritics or in capitals.
"""

from __future__ import annotations

import re

from dvtool.model import Number, canonical_number
from dvtool.vntext import fold

# --- labelled lines under the title -------------------------------------------------------

LABEL_TIME = "Thời gian"
LABEL_LOCATION = "Địa điểm"
LABEL_ORGANIZERS = "Đơn vị tổ chức"
LABEL_REPORTING_YEAR = "Năm báo cáo"
LABEL_PLAN_YEAR = "Năm kế hoạch"
LABEL_AUTHOR = "Người viết"
LABEL_PUBLISHER = "Cơ quan ban hành"
LABEL_CHAIRS = "Chủ trì"

# folded label -> field. Several spellings people use for the same field.
LABELS: dict[str, str] = {
    "thoi gian": "time",
    "thoi gian bat dau": "time",
    "ngay": "time",
    "ngay hop": "time",
    "dia diem": "location",
    "don vi to chuc": "organizers",
    "co quan to chuc": "organizers",
    "don vi chu tri": "organizers",
    "nam bao cao": "reporting_year",
    "ky bao cao": "reporting_year",
    "nam ke hoach": "plan_year",
    "nguoi viet": "author",
    "tac gia": "author",
    "nguoi bao cao": "author",
    "co quan ban hanh": "publisher",
    "don vi ban hanh": "publisher",
    "chu tri": "chairs",
    "chu toa": "chairs",
    "chu tri (chu toa)": "chairs",
}

ORGANIZER_SEPARATOR = "; "

# --- time of day ----------------------------------------------------------------------------

TIME_WORDS: dict[str, str] = {"morning": "Sáng", "afternoon": "Chiều", "evening": "Tối"}
_TIME_FROM_WORD: dict[str, str] = {"sang": "morning", "chieu": "afternoon", "toi": "evening"}

# --- tables -----------------------------------------------------------------------------------

# attendance table: chairs first, then attendees; the role column tells them apart
ATTENDEE_HEADER = ("STT", "Họ tên, cơ quan, thành phần", "Chức vụ", "Vai trò")
ROLE_CHAIR = "Chủ trì"
KIND_WORDS: dict[str, str] = {
    "person": "Cá nhân",
    "organization": "Cơ quan, đơn vị",
    "group": "Nhóm đại biểu",
}

AWARD_HEADER = (
    "STT",
    "Hình thức",
    "Cấp khen",
    "Tập thể",
    "Cá nhân",
    "Đơn vị, cá nhân được khen",
    "Thành tích",
)

FIGURE_HEADER = ("Số liệu", "Giá trị", "Tổng số", "Đơn vị")

QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
TIEU_NGU = "Độc lập - Tự do - Hạnh phúc"

# Folded header words that identify a column. Checked in order: the first cue contained in a
# header cell wins, so the longer, more specific phrases come first.
AWARD_COLUMNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("index", ("stt", "so tt", "tt")),
    ("recipients", ("duoc khen", "nguoi nhan", "don vi nhan", "danh sach", "recipients")),
    ("collectives", ("tap the", "collectives")),
    ("individuals", ("ca nhan", "individuals")),
    ("giver", ("cap khen", "co quan khen", "nguoi ky", "giver", "cap")),
    ("reason", ("thanh tich", "ly do", "noi dung", "reason")),
    ("award", ("hinh thuc", "danh hieu", "loai khen", "khen thuong", "award")),
)
ATTENDEE_COLUMNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("index", ("stt", "so tt", "tt")),
    ("titles", ("chuc vu", "chuc danh", "titles")),
    ("role", ("vai tro", "loai", "role", "kind")),
    ("name", ("ho ten", "ho va ten", "ten", "co quan", "thanh phan", "dai bieu", "name")),
)
FIGURE_COLUMNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("text", ("so lieu", "nguyen van", "text")),
    ("value", ("gia tri", "value")),
    ("total", ("tong so", "total")),
    ("unit", ("don vi", "unit")),
)


def match_columns(
    header: list[str], columns: tuple[tuple[str, tuple[str, ...]], ...]
) -> dict[str, int] | None:
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
    if key.startswith(("chu tri", "chu toa", "dong chu tri")):
        return "chair"
    if key.startswith(("ca nhan", "person", "dong chi", "ong", "ba")):
        return "person"
    if key.startswith(("co quan", "don vi", "to chuc", "organization")):
        return "organization"
    if key.startswith(("nhom", "thanh phan", "dai bieu", "group")):
        return "group"
    return None


# --- dates ------------------------------------------------------------------------------------


def format_time(date: str | None, time_of_day: str | None) -> str | None:
    """ "Sáng ngày 10 tháng 02 năm 2023": header-date style, leading 0 on days < 10 and months 1-2."""
    parts: list[str] = []
    if time_of_day is not None:
        parts.append(TIME_WORDS[time_of_day])
    if date is not None:
        year, month, day = (int(p) for p in date.split("-"))
        month_text = f"{month:02d}" if month <= 2 else str(month)
        parts.append(f"ngày {day:02d} tháng {month_text} năm {year:04d}")
    elif parts:
        parts = ["Buổi " + parts[0].lower()]
    if not parts:
        return None
    text = " ".join(parts)
    return text[:1].upper() + text[1:]


_LONG_DATE = re.compile(r"ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})")
_SHORT_DATE = re.compile(r"(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)")
_ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_TIME_WORD = re.compile(r"^(?:buoi\s+)?(sang|chieu|toi)\b")


def parse_time(text: str) -> tuple[str | None, str | None]:
    """(ISO date, time of day) from "Sáng ngày 10 tháng 02 năm 2023", "chiều 10/2/2023", ..."""
    key = fold(text)
    word = _TIME_WORD.search(key)
    time_of_day = _TIME_FROM_WORD[word.group(1)] if word else None
    date: str | None = None
    long = _LONG_DATE.search(key)
    short = _SHORT_DATE.search(key)
    iso = _ISO_DATE.search(key)
    if long:
        day, month, year = (int(g) for g in long.groups())
    elif short:
        day, month, year = (int(g) for g in short.groups())
    elif iso:
        year, month, day = (int(g) for g in iso.groups())
    else:
        return None, time_of_day
    date = iso_date(year, month, day)
    return date, time_of_day


def iso_date(year: int, month: int, day: int) -> str | None:
    """YYYY-MM-DD, or None for a day that is not in the calendar."""
    import datetime

    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")


def parse_year(text: str) -> int | None:
    """The first four-digit year in ``text``."""
    match = _YEAR.search(text)
    return int(match.group(1)) if match else None


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
