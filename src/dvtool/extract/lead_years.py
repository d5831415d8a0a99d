"""Which years and dates of a lead are the meeting's: not a horizon ("đến năm 2030"), not a year
compared with ("so với năm 2022"), not a resolution's year or a cited document's date; the one
year a lead sentence gives its event; a timed date early in the body when the lead has none."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Sequence

from dvtool.extract._text import in_parentheses, split_sentences
from dvtool.extract.blocks import Block
from dvtool.extract.cues import cues, fold_aligned
from dvtool.extract.cueset import CueMatch, CueSet
from dvtool.extract.dates import DateMention, find_dates, is_real_date
from dvtool.extract.state import _Source
from dvtool.i18n import Phrase, phrase


def _document_year(text: str, year: re.Match[str]) -> bool:
    """ "… thực hiện Nghị quyết Đại hội … năm 2020": the year of a resolution, or of the congress
    that passed it; not the year of a congress the sentence holds ("… tổ chức Đại hội … năm 2025")."""
    at = year.start(len(year.groups()))
    window = max(0, at - DOCUMENT_REACH)
    if cues().document_year_words.contains(text[window:at]):
        return True
    congress = next(reversed(list(cues().congress_nouns.finditer(text[window:at]))), None)
    if congress is None:  # no congress either
        return False
    # "… Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII, năm 2020": the congress of a resolution
    return cues().document_year_words.ends_with(text[: window + congress.start].rstrip()) is not None


DOCUMENT_REACH = 40


def _compared(text: str, year: re.Match[str]) -> bool:
    """The year of "… tăng 5% so với năm 2022", "cùng kỳ năm 2022": a year compared with."""
    before = text[: year.end(len(year.groups())) - 4].rstrip()
    return cues().comparison_year_words.ends_with(before) is not None


def _long_range(text: str, year: re.Match[str]) -> bool:
    """The year of a "… đến năm 2030" / "tầm nhìn đến năm 2045": a long-range horizon."""
    before = text[: year.start(len(year.groups()))].rstrip()
    return cues().horizon_year_words.ends_with(before) is not None


# "59/KH-GS", also typed with spaces round its dash and a note after it: "05/2008/CT - BCA (X11)"
_DOC_CODE_BEFORE = re.compile(
    r"\d+[/-][\w/.-]*[A-Z][\w/.-]*(?:\s+-\s+[A-Z][\w/.-]*)?(?:\s*\([^()]{1,12}\))?\s*,?\s*$"
)


def _document_date(text: str, mention: DateMention) -> bool:
    """ "Kế hoạch số 59/KH-GS ngày 12/3/2024", "Nghị quyết số 05-NQ/TU ngày 5/3/2023": the date
    of a document the text cites."""
    before = text[: mention.start]
    intro = cues().date_intro_words.ends_with(before)
    if intro is not None:
        before = before[: intro.start]
    return _DOC_CODE_BEFORE.search(before) is not None


CONGRESS_TERM_REACH = 80
_TERM_SPAN = re.compile(r"\s*:?\s*\(?\s*((?:19|20)\d\d)\s*[–—-]\s*((?:19|20)\d\d)(?!\d)")


def congress_term_year(text: str) -> int | None:
    """ "Sáng 2/11, Đoàn … tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030": a congress the
    sentence names with its term (or its "giai đoạn") opens that term, in the span's first year.
    None when the sentence names no congress with a term, or congresses of several terms."""
    years: set[int] = set()
    for congress in cues().congress_nouns.finditer(text):
        reach = text[congress.end : congress.end + CONGRESS_TERM_REACH]
        for term in cues().term_span_words.finditer(reach):
            span = _TERM_SPAN.match(reach, term.end)
            if span is not None and int(span.group(1)) < int(span.group(2)):
                years.add(int(span.group(1)))
                break
    return years.pop() if len(years) == 1 else None


BODY_DATE_BLOCKS = 3
_YEAR_OF = re.compile(r"(?<!\w)nam (\d{4})(?!\d)")


def _sentence_year(text: str) -> int | None:
    """The one year the lead sentence gives its event ("… hội nghị bình xét thi đua năm 2023"),
    not a horizon ("đến năm 2030") nor a year compared with; None when it gives none or several."""
    folded = fold_aligned(text)
    years = {
        int(m.group(1))
        for m in _YEAR_OF.finditer(folded)
        if not _long_range(text, m) and not _compared(text, m) and not _document_year(text, m)
    }
    years |= {int(m.group(1)) for m in _NAMED_EDITION.finditer(text)}  # "'Liên hoan Chèo toàn quốc 2025'"
    return years.pop() if len(years) == 1 else None


# an event named with its edition's year, the year closing the quoted name
_NAMED_EDITION = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)\s*['\"”’»]")


def _timed_in_body(body: Sequence[Block]) -> list[tuple[DateMention, _Source]]:
    """ "- Vào lúc 15h chiều ngày 24/05/2018, Hội đồng … bắt đầu làm việc": with no date in the
    lead, a full date given a time of day in the first paragraphs of the body is the meeting's."""
    for block in body[:BODY_DATE_BLOCKS]:
        for d in find_dates(block.text):
            if d.year is not None and d.time_of_day and not _document_date(block.text, d):
                return [(d, _Source(block.text, block.location))]
    for block in body[:BODY_DATE_BLOCKS]:
        opening = next(iter(find_dates(block.text)), None)
        if opening is not None and opening.time_of_day and opening.start <= OPENING_REACH:
            return [(opening, _Source(block.text, block.location))]  # "Chiều 4/1, Bộ … tổ chức …"
    return []


# a paragraph that opens with its date ("Chiều 4/1, …", "Sáng thứ Hai (22/6), …")
OPENING_REACH = 20


# a part of a year starting up to this many months after the meeting is the one it plans
# ("Ngày 21/6, … triển khai nhiệm vụ 6 tháng cuối năm 2023"), not one it reviews a year later
PLAN_AHEAD = 2
_PERIOD_YEAR = re.compile(r"\s*(?:nam\s+|[/.-]\s*)(\d{4})(?!\d)")


def period_year(mention: DateMention, texts: Sequence[str]) -> int | None:
    """The year of a meeting dated without one, from the first part of a year the text names with
    its year ("… so với quý I.2018", "thi đua quý II/2021", "6 tháng đầu năm 2024"): that year,
    or the next when the meeting is dated well before the part begins (a review of quý IV in
    January), not up to :data:`PLAN_AHEAD` months before it (a plan for it); not a deadline
    ("hoàn thành trong quý II/2026") nor a year compared with ("cùng kỳ năm 2023"). None when none."""
    for text in texts:
        folded = fold_aligned(text)
        found: list[tuple[int, int]] = []  # (position, year)
        for start_month, phrases in cues().period_starts.items():
            for m in phrases.finditer(text):
                year = _PERIOD_YEAR.match(folded, m.end)
                if year is None or _long_range(text, year) or _compared(text, year):
                    continue
                if cues().deadline_words.ends_with(text[: m.start].rstrip()) is not None:
                    continue
                later = mention.month < int(start_month) - PLAN_AHEAD
                found.append((m.start, int(year.group(1)) + (1 if later else 0)))
        if found:
            return min(found)[1]
    return None


RELATIVE_AT = 20


def relative_day(lead: Sequence[_Source], page_date: _dt.date | None) -> list[tuple[DateMention, _Source]]:
    """ "Sáng nay, tại hội trường bệnh viện đã tổ chức …" on a page dated 29/12/2017: with no
    date in the lead, the day its first sentence names relative to the page's date."""
    if page_date is None or not lead:
        return []
    src = lead[0]
    for key, phrases in cues().relative_days.items():
        m = phrases.search(src.text[: RELATIVE_AT + 20])
        if m is None or m.start > RELATIVE_AT:
            m = _set_off(phrases, src.text) or _before_meeting_verb(phrases, src.text)
        if m is None:
            continue
        day = page_date - _dt.timedelta(days=1 if key == YESTERDAY else 0)
        first = fold_aligned(m.cue).split()[0]
        times = cues().time_of_day.items()
        tod = next((n for n, c in times if first in {p.split()[0] for p in c.folded}), None)
        return [(DateMention(day.day, day.month, day.year, m.start, m.end, tod), src)]
    return []


YESTERDAY = "yesterday"
SET_OFF_REACH = 240  # characters of the lead in which a relative day set off by commas is its day


def _before_meeting_verb(phrases: CueSet, text: str) -> CueMatch | None:
    """ "Ban soạn thảo Dự án Luật … Công chứng hôm qua họp phiên thứ 4 …": a relative day right
    before the verb of the meeting, after a subject of any length, in the lead's first sentence."""
    first = split_sentences(text[:SET_OFF_REACH])[:1]
    for m in phrases.finditer(first[0] if first else ""):
        if cues().meeting_verbs.at_start(text[m.end :].lstrip()) is not None:
            return m
    return None


def _set_off(phrases: CueSet, text: str) -> CueMatch | None:
    """ "Nhằm ghi nhận sự đóng góp …, sáng nay, cục thuế TP. Hồ Chí Minh đã tổ chức Hội nghị …": a
    relative day between commas after an opening phrase, before the lead's first sentence ends."""
    for m in phrases.finditer(text[:SET_OFF_REACH]):
        if text[: m.start].rstrip().endswith(",") and text[m.end :].lstrip().startswith(","):
            return m
    return None


def meeting_date(candidates: list[tuple[DateMention, _Source]]) -> tuple[DateMention, _Source]:
    """The meeting date among the lead's dates: not one inside parentheses (an anniversary
    "(22/12/1944 – 22/12/2020)"); a date the text introduces with a day word or a time of day
    ("Ngày 19/12/2020, …", "Sáng 1/6, …") before a bare one (a page's time stamp)."""
    outside = [c for c in candidates if not in_parentheses(c[1].text, c[0].start)] or candidates
    introduced = [
        c for c in outside if c[0].time_of_day or cues().date_intro_words.ends_with(c[1].text[: c[0].start])
    ]
    return (introduced or outside)[0]


# "(20.10.1930 – 2015)", "(22-12-1944/22-12-2023)", "(1930 - 2020)": an anniversary's span
_SPAN = re.compile(r"\(\s*[\d./-]*?(\d{4})\s*[–—/-]\s*(?:(\d{1,2})[./-](\d{1,2})[./-])?(\d{4})\s*\)")
NEAR_ANNIVERSARY = 45  # days
TERM_REACH = 20


def anniversary_year(mention: DateMention, texts: Sequence[str]) -> int | None:
    """ "Sáng 19.10, … Lễ kỷ niệm … (20.10.1930 – 2015)", "Chiều 21-12, … kỷ niệm 79 năm …
    (22-12-1944/22-12-2023)": a meeting dated without a year, held for an anniversary whose span
    the text gives, is in the span's last year (when that year's date is given, within
    :data:`NEAR_ANNIVERSARY` days of the meeting's day). None when no text gives one."""
    for text in texts:
        for m in _SPAN.finditer(text):
            first, last = int(m.group(1)), int(m.group(4))
            if last <= first or cues().term_span_words.contains(
                text[max(0, m.start() - TERM_REACH) : m.start()]
            ):
                continue  # "Đại hội … lần thứ I (2025-2030)": a term, no anniversary
            if m.group(2) is None:
                return last
            day, month = int(m.group(2)), int(m.group(3))
            if not (is_real_date(last, month, day) and is_real_date(last, mention.month, mention.day)):
                continue
            gap = _dt.date(last, mention.month, mention.day) - _dt.date(last, month, day)
            if abs(gap.days) <= NEAR_ANNIVERSARY:
                return last
    return None


_REVIEWED_SPAN = re.compile(r"(\d{4})\s*[–—-]\s*(\d{4})(?!\d)")
SPAN_REACH = 80
EARLY_MONTHS = 3


def reviewed_span_year(mention: DateMention, texts: Sequence[str]) -> int | None:
    """ "Chiều 22/8, … sơ kết 10 năm xây dựng nền quốc phòng toàn dân, giai đoạn 2009 – 2019": a
    meeting dated without a year that reviews a span of years is held in its last year (in the
    next when held in January to March). None when no reviewing sentence names a span."""
    for text in texts:
        for review in cues().reporting_year_cues.finditer(text):
            span = _REVIEWED_SPAN.search(text, review.end, review.end + SPAN_REACH)
            if span is not None and int(span.group(1)) < int(span.group(2)):
                return int(span.group(2)) + (1 if mention.month <= EARLY_MONTHS else 0)
    return None


def text_year(mention: DateMention, named: Sequence[str], body: Sequence[str]) -> tuple[int | None, Phrase]:
    """The year of a meeting dated without one that neither its lead nor its reporting period
    gives: a span of years reviewed in the lead (:func:`reviewed_span_year`), then the year the
    text's spans of years meet in (:func:`joined_span_year`), the year of the latest month the
    text dates (:func:`recent_year`)."""
    year = reviewed_span_year(mention, named)
    if year is not None:
        return year, phrase("from the reporting year {year}", year=year)
    texts = [*named, *body]
    year = joined_span_year(texts)
    if year is not None:
        return year, phrase("from the reporting year {year}", year=year)
    year = recent_year(mention, texts)
    return year, phrase("from the year the text gives {month}", month=f"{mention.month}/{year}")


_YEAR_SPAN = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)\s*[–—-]\s*((?:19|20)\d\d)(?![\d/-]|\.\d)")


def joined_span_year(texts: Sequence[str]) -> int | None:
    """ "… thi đua yêu nước giai đoạn 2020 - 2025 …" and "… Đại hội … giai đoạn 2025-2030": the
    one year that ends a span of years the text names and begins another is the meeting's (a
    congress closing a term and opening the next). None when no two spans meet, or several do."""
    starts: set[int] = set()
    ends: set[int] = set()
    for text in texts:
        for m in _YEAR_SPAN.finditer(text):
            first, last = int(m.group(1)), int(m.group(2))
            if first < last:
                starts.add(first)
                ends.add(last)
    met = starts & ends
    return met.pop() if len(met) == 1 else None


# "tháng 10-2025", "tháng 5/2025", "tháng 6, 7-2025", "tháng 3 năm 2025" (folded)
_MONTH_OF_YEAR = re.compile(r"thang (?:\d{1,2}\s*(?:,|va|-)\s*)*(\d{1,2})\s*(?:nam |[/.-]\s*)(\d{4})(?!\d)")
# "Đề án 06 …, ban hành tháng 1/2022": the issue of a document the text cites, no event near the
# meeting (its year is no meeting's year)
_ISSUED = re.compile(r"ban hanh(?: vao| tu)?(?: ngay)?\s*$")
RECENT_DAYS = 183  # half a year before the meeting
AHEAD_DAYS = 7


def recent_year(mention: DateMention, texts: Sequence[str]) -> int | None:
    """ "Ngày 2-11, … cứu người trong đợt lũ lịch sử cuối tháng 10-2025": the year of the latest
    day or month the text dates with its year, when the meeting's day falls up to half a year
    after it (or :data:`AHEAD_DAYS` before it: "sơ tán trước 16 giờ ngày 5/11/2025"). None when
    the text dates none, or its latest date is further from the meeting (a deadline next year,
    a plan)."""
    dated: list[tuple[int, int, int]] = []
    for text in texts:
        folded = fold_aligned(text)
        dated += [
            (int(m.group(2)), int(m.group(1)), 1)
            for m in _MONTH_OF_YEAR.finditer(folded)
            if not _ISSUED.search(folded, 0, m.start())
        ]
        # not a cited document's date ("Nghị quyết số 04-NQ/HU ngày 15.4.2012", "… ban hành ngày …")
        dated += [
            (d.year, d.month, d.day)
            for d in find_dates(text)
            if d.year is not None and not _document_date(text, d) and not _ISSUED.search(folded, 0, d.start)
        ]
    real = [d for d in dated if is_real_date(*d)]
    if not real:
        return None
    year, month, day = max(real)
    if not is_real_date(year, mention.month, mention.day):
        return None
    gap = (_dt.date(year, mention.month, mention.day) - _dt.date(year, month, day)).days
    return year if -AHEAD_DAYS <= gap <= RECENT_DAYS else None
