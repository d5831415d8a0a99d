"""A page's own time stamps ("20/06/2019 - 07:47", "Thu Hằng 22/06/2023 08:00", "Ngày 09-11-2022",
"… (11/02/2020 18:26)" closing the headline): the page's date, a year source, never the lead."""

from __future__ import annotations

import datetime as _dt
import re

from dvtool.extract.bylines import _byline_parts
from dvtool.extract.cues import cues
from dvtool.extract.cueset import CueMatch
from dvtool.extract.dates import find_dates, is_real_date
from dvtool.extract.function_words import function_words
from dvtool.extract.state import _State


def _figures_only_stamp(text: str) -> bool:
    """ "15:44 28-12-2024 | :59": a short line of figures only, with a dated year, is the page's stamp."""
    if len(text) >= 50 or any(c.isalpha() for c in text):
        return False
    return any(d.year is not None for d in find_dates(text))


def _page_stamp(text: str) -> tuple[bool, str | None]:
    """Whether the line is a clocked page stamp, and the reporter it names ("Thu Hằng
    22/06/2023 08:00", "22/06/2023 | 08:00 | Thu Hằng"). "Ngày 22/06/2023 | 14:30", "14:30 ngày
    22/06/2023", "2023-06-22 14:30": a short line of a dated year and a clock, with at most the
    words of a time stamp ("ngày", "lúc"), page counters and a reporter's name beside it, is the
    page's stamp, not a lead."""
    if len(text) >= 80 or not _CLOCK_ANYWHERE.search(text):
        return False, None
    if not _iso_stamp(text) and not any(d.year is not None for d in find_dates(text)):
        return False, None
    author: str | None = None
    for part in re.split(r"\s+[|–-]\s+", text):
        rest = _SHORT_STAMP.sub(" ", _ISO_STAMP.sub(" ", part))
        for d in reversed(find_dates(rest)):
            rest = rest[: d.start] + " " + rest[d.end :]
        rest = _CLOCK_ANYWHERE.sub(" ", rest)
        words = re.sub(r"[^\w\s()./]+|\d+", " ", rest).strip()
        while words and (word := _stamp_word(words)) is not None:
            words = words[word.end :].strip()
        if not words or cues().noise_lines.at_start(part) is not None:
            continue
        byline = _byline_parts(words.strip(" ,"))
        if byline is None or byline[1] is not None or author is not None:
            return False, None  # "Ngày 22/06/2023 | 14:30 | Hội nghị …": more than a stamp
        author = byline[0]
    return True, author


def _stamp_word(words: str) -> CueMatch | None:
    """ "lúc", "ngày", "Thứ Năm" ("16:48, Thứ Năm, 25-1-2024"): a word a page's stamp holds."""
    return cues().stamp_words.at_start(words) or cues().weekday_names.at_start(words)


def title_stamp(st: _State) -> _dt.date | None:
    """ "Tổng kết … nội bộ (11/02/2020 18:26)": a page stamp closing the headline is the page's
    date; it is taken off the title."""
    m = re.search(r"\s*\(([^()]{8,40})\)\s*$", st.title or "")
    if m is None or not _page_stamp(m.group(1))[0]:
        m = _bare_stamp(st.title or "")
    if m is None:
        return None
    stamp = [d.iso() for d in find_dates(m.group(1)) if d.year is not None] or [_iso_stamp(m.group(1))]
    if not stamp[0]:
        return None
    st.title = (st.title or "")[: m.start()]
    return _dt.date.fromisoformat(str(stamp[0]))


_BARE_DATE = re.compile(r"\s+(\d{1,2}/\d{1,2}/\d{4})\s*$")


def _bare_stamp(title: str) -> re.Match[str] | None:
    """ "Sơ kết 6 tháng đầu năm Khối thi đua 8   18/7/2022": a full date after the headline's last
    word, not introduced by a day word or a time of day ("… ngày 18/7/2022", "… sáng 09/11/2018"
    name the meeting's day)."""
    m = _BARE_DATE.search(title)
    if m is None:
        return None
    before = title[: m.start()].rstrip()
    said = cues().date_intro_words.ends_with(before) is not None or any(
        phrases.ends_with(before) is not None for _, phrases in cues().time_of_day.items()
    )  # "… tại buổi giao ban sáng 09/11/2018": the meeting's day, part of the headline
    # "… từ ngày 10/6/2019 đến 14/6/2019": the end of a range the headline says
    last = before.rsplit(" ", 1)[-1].casefold()
    ranged = last in function_words().range_words or before.endswith(("-", "–"))
    return None if said or ranged else m


def _date_line(text: str) -> bool:
    """ "Ngày 09-11-2022", "(09/11/2022)": a line that is only a dated day (and a day word);
    "Chính trị 28-05-2024": or the page's section name of a few words before it, at its end."""
    dates = [d for d in find_dates(text) if d.year is not None]
    if len(text) >= 40 or len(dates) != 1:
        return False
    rest = (text[: dates[0].start] + " " + text[dates[0].end :]).strip(" ()[]-–|,.:")
    if not dates[0].time_of_day and not text[dates[0].end :].strip(" ()[]-–|,.") and _section_label(rest):
        return True
    word = cues().stamp_words.at_start(rest) if rest else None
    return not rest or (word is not None and not rest[word.end :].strip(" ()[]-–|,."))


MAX_SECTION_LABEL = 3


def _section_label(text: str) -> bool:
    """ "Chính trị", "Thời sự": a few words of letters, capitalised, naming a page's section."""
    words = text.split()
    return 0 < len(words) <= MAX_SECTION_LABEL and text[:1].isupper() and all(w.isalpha() for w in words)


def _iso_stamp(text: str) -> str | None:
    """The date of an ISO time stamp ("2023-06-22 14:30", "2023-06-22T14:30:00+07:00"), or of a
    clocked stamp with a two-digit year ("14/12/21 12:22 GMT+7": this century)."""
    m = _ISO_STAMP.search(text)
    short = _SHORT_STAMP.search(text) if m is None and _CLOCK_ANYWHERE.search(text) else None
    if short is not None:
        day, month, year = (int(g) for g in short.groups())
        year += CENTURY
    elif m is None:
        return None
    else:
        year, month, day = (int(g) for g in m.groups())
    return f"{year:04d}-{month:02d}-{day:02d}" if is_real_date(year, month, day) else None


_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:AM|PM|am|pm|SA|CH))?(?:\s*\(?GMT\s*[+-]\s*\d{1,2}\)?)?"
# "20/06/2019 - 07:47", "10/09/2025 8:47 AM", "08:15 (GMT+7) 12/07/2024": when the page was posted
_TIME_STAMP = re.compile(
    rf"^\s*(?:{_CLOCK}\s*[-–,|]?\s*)?\d{{1,2}}/\d{{1,2}}/\d{{4}}(?:\s*[-–,|]?\s*{_CLOCK})?\s*$"
)
_CLOCK_ANYWHERE = re.compile(
    rf"(?<![\d/.:]){_CLOCK}(?:\s*[+-]\d{{2}}:\d{{2}})?(?![\d:])"  # "14:35:54 +07:00" too
)
CENTURY = 2000
_SHORT_STAMP = re.compile(r"(?<![\d/.:])(\d{1,2})/(\d{1,2})/(\d{2})(?![\d/])")
_ISO_STAMP = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:T(?=\d))?(?!\d)")


MAX_AGGREGATOR_LINE = 40
_COUNT = re.compile(r"[\d.,:\s]*")


def aggregator_line(text: str) -> bool:
    """ "8 giờ trước", "2 đăng lại", "38 liên quan", "Gốc", "4 giờ trước liên quan": a line made
    only of an aggregator's relative time, counters and link to the original (``relative_stamps``,
    ``page_counters``) with numbers between them."""
    rest = text.strip()
    if len(rest) > MAX_AGGREGATOR_LINE:
        return False
    found = False
    while True:
        rest = rest[_COUNT.match(rest).end() :]  # type: ignore[union-attr]
        if not rest:
            return found
        word = cues().relative_stamps.at_start(rest) or cues().page_counters.at_start(rest)
        if word is None:
            return False
        rest, found = rest[word.end :], True
