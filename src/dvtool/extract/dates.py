"""Dates in Vietnamese reports, and the rule that gives a year to a date written without one.

Recognised: "ngày 10 tháng 02 năm 2023", "10/02/2023", "10-2-2023", and, in a news lead,
"Sáng 10/02", "Chiều 29/11", "Tối 20/11", "ngày 10/02", "Sáng nay (25/4)". The word in front
gives the time of day (sáng = morning, chiều/trưa = afternoon, tối/đêm = evening).

A date without a year never gets an invented one. Its year is inferred, in this order:

1. the page's own publication date ("Cập nhật: 22/11/2023", "Thứ Sáu, 29/12/2023"): its
   year, or the year before when the meeting's day comes later in the year than the page's;
2. a year the title or lead gives the same month or day ("Giao ban báo chí tháng 6 năm
   2023" for "Sáng 1/6"; "(18/11/1930 – 18/11/2015)" for "Sáng 18/11"): the latest such year;
3. the plan year P the meeting deploys ("triển khai nhiệm vụ năm 2023"): such meetings are
   held from late P-1 to mid P, so months 1-6 give P and months 7-12 give P-1; a plan for
   part of the year ("nhiệm vụ 6 tháng cuối năm 2024", "quý IV năm 2024") is deployed within
   P, so it gives P;
4. the reporting year R it reviews: a whole-year review ("tổng kết năm 2023") held in
   January-March is in R+1; otherwise (a part of the year, "6 tháng đầu năm 2024") R;
5. otherwise the date stays null and a warning says so.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from dvtool.extract.cues import cues, fold_aligned
from dvtool.extract.function_words import alternation, function_words
from dvtool.i18n import Phrase, phrase

_FULL_WORDS = re.compile(r"ngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})(?!\d)")
_FULL_NUMERIC = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d/])")
_PARTIAL = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})(?![\d/-]|[.,]\d)")
# "Sáng ngày 22 tháng 6, …": a date in words without its year
_PARTIAL_WORDS = re.compile(r"ngay (\d{1,2}) thang (\d{1,2})(?!\d)(?! nam \d)")
# "Sáng 22 tháng 6, …", "Chiều thứ Hai, 22 tháng 6 năm 2023": a date in words after a time of
# day (or a weekday) instead of "ngày"
_DAY_MONTH_WORDS = re.compile(r"(?<![\d/.,])(\d{1,2}) thang (\d{1,2})(?!\d)(?: nam (\d{4})(?!\d))?")
_DAY_MONTH_YEAR = re.compile(r"(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)")
_MONTH_YEAR = re.compile(r"thang (\d{1,2})(?: nam |\s*/\s*)(\d{4})(?!\d)")
# "năm học 2022-2023": a school year, September to August
_SCHOOL_YEAR = re.compile(r"nam hoc (\d{4})\s*[-–]\s*(\d{4})(?!\d)")
SCHOOL_YEAR_START = 8
# "Chiều 20 - 12", "ngày 20 - 12 - 2023", "Chiều 2 -11": a day and month (and year) typed with a
# spaced dash; only after a day word or a time of day (rule spaced_dates). numbers.py imports
# SPACED_MONTH_AFTER so that such a day is no figure.
SPACED_MONTH_AFTER = re.compile(r"\s*[-–]\s*(?:0?[1-9]|1[0-2])(?![\d%,.]\d|\d|%)")
_SPACED = re.compile(
    r"(?<![\d/.,-])(\d{1,2})(?:\s+[-–]\s*|[-–]\s+)(\d{1,2})(?:\s*[-–]\s*(\d{4}))?(?![\d%]|[.,]\d)"
)


@lru_cache(maxsize=1)
def _day_list() -> re.Pattern[str]:
    """ "ngày 9,10/6/2020", "ngày 9-10/6", "ngày 9 và 10/6/2020", "hai ngày 23 và 24-1" on folded
    text: days of one month; the first day is the meeting's first."""
    words = function_words()
    joined = alternation(tuple(fold_aligned(w) for w in (*words.and_words, *words.range_words)))
    return re.compile(
        rf"(?<![\d/.,-])(\d{{1,2}})(?:\s*[,–-]\s*|\s+{joined}\s+)\d{{1,2}}"
        rf"(?:[/-](\d{{1,2}})(?:[/-](\d{{4}}))?(?![\d/-])|\s+thang\s+(\d{{1,2}})(?:\s+nam\s+(\d{{4}}))?(?!\d))"
    )


_PARTIAL_CUES = re.compile(
    r"(?:ngay|hom nay|sang|chieu|toi|trua|dem|nay|(?:hom|sang|chieu|toi|dem) qua)\s*\(?\s*$"
)
# "Trong 2 ngày, 20 và 21 tháng 6": a list of days may follow its day word after a comma
_LIST_CUES = re.compile(r"(?:ngay|hom nay|sang|chieu|toi|trua|dem|nay)\s*[(,]?\s*$")
# "Ngày 22.6", "sáng qua (30.5)": a dot between day and month only after a day word or a time of
# day, not after "nay" ("năm nay 2.5 …" is a number)
_DOTTED_CUES = re.compile(r"(?:ngay|sang|chieu|toi|trua|dem|(?:hom|sang|chieu|toi|dem) qua)\s*\(?\s*$")


def _dated_aside(folded: str, days: re.Match[str]) -> bool:
    """ "Sau hai ngày làm việc (11-12/10/2025), …": days with their month and year in parentheses
    of their own are dates without a cue."""
    year = days.group(3) or days.group(5)
    return (
        year is not None
        and folded[: days.start()].rstrip().endswith("(")
        and folded[days.end() :].lstrip()[:1] == ")"
    )


def _after_date_cue(text: str, folded: str, start: int, dotted: bool = False) -> bool:
    """A partial date counts after a day word or a time of day ("Sáng 22/6"), or after a day
    of the week ("Sáng thứ Hai (22/6)", "Chiều thứ Sáu, 22/6")."""
    before = folded[max(0, start - 16) : start]
    if (_DOTTED_CUES if dotted else _PARTIAL_CUES).search(before):
        return True
    end = start  # text[:start].rstrip(" ,("), without copying a long paragraph's head
    while end > 0 and text[end - 1] in " ,(":
        end -= 1
    return cues().weekday_names.ends_with(text, end) is not None


@dataclass(frozen=True)
class DateMention:
    """A date written in the text; ``year`` is None when the text gives none."""

    day: int
    month: int
    year: int | None
    start: int
    end: int
    time_of_day: str | None = None

    def iso(self, year: int | None = None) -> str | None:
        y = self.year if self.year is not None else year
        if y is None or not is_real_date(y, self.month, self.day):
            return None
        return f"{y:04d}-{self.month:02d}-{self.day:02d}"


def is_real_date(year: int, month: int, day: int) -> bool:
    try:
        _dt.date(year, month, day)
    except ValueError:
        return False
    return True


def find_dates(text: str) -> list[DateMention]:
    """Every date in ``text``, in order. Partial dates ("10/02") count only after a date cue."""
    folded = fold_aligned(text)
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for m in _FULL_WORDS.finditer(folded):
        found.append(_mention(folded, m.start(), m.end(), m.group(1), m.group(2), m.group(3)))
        taken.append(m.span())
    for m in _day_list().finditer(folded):
        if not _LIST_CUES.search(folded[max(0, m.start() - 16) : m.start()]) and not _dated_aside(folded, m):
            continue  # only after "ngày", "sáng" …: "2,5/10" elsewhere is no list of days
        if not _overlaps(m.span(), taken):
            month, year = (m.group(2), m.group(3)) if m.group(2) else (m.group(4), m.group(5))
            found.append(_mention(folded, m.start(), m.end(), m.group(1), month, year))
            taken.append(m.span())
    for m in _FULL_NUMERIC.finditer(text):
        if not _overlaps(m.span(), taken):
            found.append(_mention(folded, m.start(), m.end(), m.group(1), m.group(3), m.group(4)))
            taken.append(m.span())
    for m in _PARTIAL_WORDS.finditer(folded):
        if not _overlaps(m.span(), taken):
            found.append(_mention(folded, m.start(), m.end(), m.group(1), m.group(2), None))
            taken.append(m.span())
    for m in _DAY_MONTH_WORDS.finditer(folded):
        if not _overlaps(m.span(), taken) and _after_date_cue(text, folded, m.start(), dotted=True):
            found.append(_mention(folded, m.start(), m.end(), m.group(1), m.group(2), m.group(3)))
            taken.append(m.span())
    for m in _PARTIAL.finditer(text):
        if _overlaps(m.span(), taken) or not _after_date_cue(text, folded, m.start(), m.group(2) == "."):
            continue
        found.append(_mention(folded, m.start(), m.end(), m.group(1), m.group(3), None))
        taken.append(m.span())
    if " -" in text or "- " in text or "–" in text:  # rule spaced_dates: the cheap test first
        for m in _SPACED.finditer(text):
            if not _overlaps(m.span(), taken) and _after_date_cue(text, folded, m.start(), dotted=True):
                found.append(_mention(folded, m.start(), m.end(), m.group(1), m.group(2), m.group(3)))
    valid = sorted((d for d in found if 1 <= d.month <= 12 and 1 <= d.day <= 31), key=lambda d: d.start)
    return _range_years(folded, valid)


@lru_cache(maxsize=1)
def _range_gap() -> re.Pattern[str]:
    words = alternation(tuple(fold_aligned(w) for w in function_words().range_words))
    return re.compile(rf"\s*(?:{words}|[-–])\s*(?:ngay\s*)?$")


def _range_years(folded: str, dates: list[DateMention]) -> list[DateMention]:
    """ "Từ ngày 22/6 đến ngày 24/6/2023": the first day of a span takes the year of its last."""
    out = list(dates)
    for i, (first, last) in enumerate(zip(dates, dates[1:], strict=False)):
        if (
            first.year is None
            and last.year is not None
            and (first.month, first.day) <= (last.month, last.day)
            and _range_gap().match(folded[first.end : last.start])
        ):
            out[i] = replace(first, year=last.year)
    return out


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in taken)


def _mention(folded: str, start: int, end: int, day: str, month: str, year: str | None) -> DateMention:
    return DateMention(
        int(day), int(month), int(year) if year else None, start, end, _time_of_day(folded, start)
    )


def _time_of_day(folded: str, start: int) -> str | None:
    """ "Sáng", "Chiều nay (", "Tối ngày" right before the date."""
    head = folded[max(0, start - 30) : start]
    head = re.sub(r"(?:\s|\(|ngay|hom nay|nay)+$", "", head).rstrip()
    weekday = cues().weekday_names.ends_with(head.rstrip(" ,"))
    if weekday is not None:  # "Sáng thứ Hai (22/6)"
        head = head[: weekday.start].rstrip()
    words = head.split()
    if not words:
        return None
    last = words[-1].strip(",.;:")
    for name, cue_set in cues().time_of_day.items():
        if last in {p.split()[0] for p in cue_set.folded}:
            return name
    return None


def parse_time_line(text: str) -> tuple[str | None, str | None]:
    """(ISO date, time of day) of a time line: the "Thời gian:" value dvtool's Word layout writes
    (:func:`dvtool.readers.docx.layout.format_time`: "Sáng ngày 10 tháng 02 năm 2023", "Buổi
    chiều") or one people type ("chiều 10/2/2023", "2023-02-10").

    The dates are :func:`find_dates`'s (a date in words before one in figures, then an ISO
    date), with spaces squeezed as a person may type them; the time of day is the word the line
    opens with ("Buổi" of dvtool's "Buổi chiều" skipped), else the one before its date."""
    text = _SPACED_SEPARATOR.sub(r"\1", " ".join(text.split()))  # typed: "10 / 02 / 2023"
    key = fold_aligned(text)
    mentions = [d for d in find_dates(text) if d.year is not None]
    mentions.sort(key=lambda d: key[d.start].isdigit())  # "ngày … tháng …" first, stable
    opening = _opening_time_of_day(key)
    if mentions:
        first = mentions[0]
        return first.iso(), opening or first.time_of_day
    iso = _ISO.search(text)
    if iso is not None:
        year, month, day = (int(g) for g in iso.groups())
        date = f"{year:04d}-{month:02d}-{day:02d}" if is_real_date(year, month, day) else None
        return date, opening
    return None, opening


_SPACED_SEPARATOR = re.compile(r"(?<=\d) *([/.]) *(?=\d)")
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")


def _opening_time_of_day(key: str) -> str | None:
    """The time of day a folded line opens with ("sang", "buoi chieu")."""
    words = key.split()
    if words and words[0] in _alone_words():
        words = words[1:]
    first = words[0].strip(",.;:") if words else ""
    for name, cue_set in cues().time_of_day.items():
        if first in {p.split()[0] for p in cue_set.folded}:
            return name
    return None


@lru_cache(maxsize=1)
def _alone_words() -> frozenset[str]:
    """The word dvtool writes before a time of day without a date ("Buổi" of "Buổi chiều")."""
    from dvtool.extract.layout_words import layout_words
    from dvtool.vntext import fold

    alone = fold(layout_words().time_line.alone)
    return frozenset(w for w in alone.split() if "{" not in w)


def year_named_for(mention: DateMention, texts: list[str], spans: bool = True) -> int | None:
    """The latest year the texts give the mention's month ("tháng 6 năm 2023", "tháng
    6/2023"), the year of a school year the month falls in ("năm học 2022-2023": September to
    December in 2022, January to August in 2023; the second year for a review of it), or the
    later end of an anniversary span of its day and month ("18/11/1930 – 18/11/2015"; one such
    date alone may be the founding day); None when they give none."""
    years: list[int] = []
    span: set[int] = set()
    for text in texts:
        folded = fold_aligned(text)
        years += [int(m.group(2)) for m in _MONTH_YEAR.finditer(folded) if int(m.group(1)) == mention.month]
        span |= {
            int(m.group(3))
            for m in _DAY_MONTH_YEAR.finditer(text)
            if (int(m.group(1)), int(m.group(2))) == (mention.day, mention.month)
        }
        school = [(m, int(m.group(1)), int(m.group(2))) for m in _SCHOOL_YEAR.finditer(folded)]
        years += [
            first if mention.month >= SCHOOL_YEAR_START and not _reviewed(text, m) else second
            for m, first, second in school[:1]
        ]
    if spans and len(span) > 1:
        years.append(max(span))
    return max(years) if years else None


REVIEW_REACH = 60


def _reviewed(text: str, school_year: re.Match[str]) -> bool:
    """ "tổng kết công tác đội … năm học 2017 – 2018": a school year reviewed after its end, so
    an autumn meeting is in its second year."""
    return cues().reporting_year_cues.contains(
        text[max(0, school_year.start() - REVIEW_REACH) : school_year.start()]
    )


def infer_year(
    mention: DateMention,
    *,
    page_date: _dt.date | None = None,
    named_year: int | None = None,
    plan_year: int | None = None,
    reporting_year: int | None = None,
    reporting_whole_year: bool = True,
    plan_whole_year: bool = True,
) -> tuple[int | None, Phrase]:
    """The year of a date written without one, and the rule that gave it (see module doc).

    The rule is a phrase for people: ``str(rule)`` is English, ``rule.translated()`` translated.
    """
    if mention.year is not None:
        return mention.year, phrase("written in the text")
    if page_date is not None:
        # a day up to PAGE_SLACK days after the page's date is in its year: the page's label
        # may be a day behind the text ("01/11/2025" over "Chiều 2/11, …") or announce the day
        later = (mention.month, mention.day) > (page_date.month, page_date.day) and not (
            is_real_date(page_date.year, mention.month, mention.day)
            and (_dt.date(page_date.year, mention.month, mention.day) - page_date).days <= PAGE_SLACK
        )
        return page_date.year - (1 if later else 0), phrase(
            "from the page date {date}", date=page_date.isoformat()
        )
    if named_year is not None:
        return named_year, phrase(
            "from the year the text gives {month}", month=f"{mention.month}/{named_year}"
        )
    if plan_year is not None:
        # a plan for part of the year is deployed within it; a whole-year plan from late P-1
        year = plan_year if not plan_whole_year or mention.month <= 6 else plan_year - 1
        return year, phrase("from the plan year {year}", year=plan_year)
    if reporting_year is not None:
        year = reporting_year + 1 if reporting_whole_year and mention.month <= 3 else reporting_year
        return year, phrase("from the reporting year {year}", year=reporting_year)
    return None, phrase("no year in the text")


PAGE_SLACK = 7  # days
_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")


def parse_year(text: str) -> int | None:
    """The first four-digit year in ``text`` (a "Năm báo cáo:" value)."""
    match = _YEAR.search(text)
    return int(match.group(1)) if match else None
