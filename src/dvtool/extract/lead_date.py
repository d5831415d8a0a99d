"""The meeting's date and the reviewed and planned years: the years the title, lead and body
name (the reporting year, the plan year), and the date of the lead with its year inferred."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Sequence
from functools import lru_cache

from dvtool.extract._text import split_sentences
from dvtool.extract.blocks import Block
from dvtool.extract.cues import cues, fold_aligned
from dvtool.extract.dates import DateMention, find_dates, infer_year, is_real_date, year_named_for
from dvtool.extract.function_words import alternation
from dvtool.extract.lead_years import (
    _compared,
    _document_date,
    _document_year,
    _long_range,
    _sentence_year,
    _timed_in_body,
    anniversary_year,
    congress_term_year,
    meeting_date,
    period_year,
    relative_day,
    text_year,
)
from dvtool.extract.state import _Source, _State
from dvtool.i18n import phrase
from dvtool.messages import info, warning
from dvtool.vntext import fold


@lru_cache(maxsize=1)
def _year_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """ "<plan cue> … năm 2024" and "<reporting cue> … năm 2023" on folded text; the cues are
    the plan_year_cues and reporting_year_cues lists of cues.yaml."""
    plan = "|".join(re.escape(fold(c)) for c in cues().plan_year_cues.phrases)
    report = "|".join(re.escape(fold(c)) for c in cues().reporting_year_cues.phrases)
    return (
        re.compile(rf"(?:{plan})(?:[^.;:]{{0,40}}?) nam (?:hoc )?(\d{{4}})(?!\d)"),
        re.compile(rf"(?:{report})([^.;:]{{0,60}}?) nam (?:hoc )?(\d{{4}})(?!\d)"),
    )


def title_years(title: str) -> tuple[int | None, int | None]:
    """The reporting and plan years a title names ("Tổng kết công tác dân vận năm 2023,
    phương hướng, nhiệm vụ năm 2024"), by the same patterns as the lead's."""
    folded = fold_aligned(title)
    plan, report = (p.search(folded) for p in _year_patterns())
    return (int(report.groups()[-1]) if report else None, int(plan.group(1)) if plan else None)


_LEADING_YEAR = re.compile(r"^(?:trong )?nam (?:hoc )?(\d{4})(?:\s*-\s*\d{4})?,")  # "Năm học 2018 - 2019, …"


@lru_cache(maxsize=1)
def _number_before() -> re.Pattern[str]:
    """ "số 12/BC, " before a date."""
    return re.compile(rf"{alternation(cues().number_labels.phrases)}\s+\S+\s*,?\s*$")


def _find_years(st: _State, lead: list[_Source], body: list[Block]) -> None:
    texts = [_Source(st.title, st.locations.get("/title"))] + lead
    texts += [_Source(b.text, b.location) for b in body]
    for src in texts:
        folded = fold_aligned(src.text)
        if st.plan_year is None:
            for m in _year_patterns()[0].finditer(folded):
                if _long_range(src.text, m):
                    continue  # "định hướng, nhiệm vụ … đến năm 2030": a horizon, not the plan year
                if cues().reporting_year_cues.ends_with(src.text[: m.start()].rstrip()) is not None:
                    continue  # "tổng kết nhiệm vụ quân sự - quốc phòng năm 2022": the year reviewed
                if not folded[max(0, m.start() - 10) : m.start()].endswith("thuc hien "):
                    st.plan_year = int(m.group(1))
                    st.partial_plan = cues().partial_period_cues.contains(m.group(0))
                    st.note("/plan_year", src)
                    break
        if st.reporting_year is None:
            m2 = next(
                (
                    m
                    for m in _year_patterns()[1].finditer(folded)
                    if not _compared(src.text, m) and not _document_year(src.text, m)
                ),
                None,
            ) or _reported_leading_year(src.text)
            if m2 and not _long_range(src.text, m2):
                st.reporting_year = int(m2.groups()[-1])
                st.note("/reporting_year", src)
                st.partial_period = cues().partial_period_cues.contains(m2.group(0))
    if st.plan_year is None:
        _plan_period_year(st, texts)
    if st.plan_year is None and st.reporting_year is not None and not st.partial_period:
        _plan_year_from_body(st, body, st.reporting_year)
    if st.plan_year is not None and st.reporting_year is not None and st.plan_year <= st.reporting_year:
        if st.plan_year == st.reporting_year:
            st.messages.append(
                info(
                    "plan-year",
                    "the plan year {year} is the reporting year; not kept",
                    pointer="/plan_year",
                    year=st.plan_year,
                )
            )
        st.plan_year = None
        st.locations.pop("/plan_year", None)


_OPENING_YEAR = re.compile(r"^\s*(?:nam )?(\d{4})(?!\d)")


def _reported_leading_year(text: str) -> re.Match[str] | None:
    """ "Năm 2023, Ban … đã …": the year a text opens with names the year reported on, unless a plan
    opens right after it ("Năm 2024, tập trung …": :func:`_planned_leading_year`)."""
    year = _LEADING_YEAR.search(fold_aligned(text))
    return year if year is not None and _planned_leading_year(text) is None else None


def _planned_leading_year(text: str) -> re.Match[str] | None:
    """ "Năm 2024, tập trung đẩy mạnh …", "Năm 2024, phấn đấu …": a year, then no subject but a
    plan's opener (imperative_openers, plan_statement_cues): the year planned."""
    year = _LEADING_YEAR.match(fold_aligned(text))
    rest = text[year.end() :].lstrip() if year is not None else ""
    plans = cues().imperative_openers.at_start(rest) or cues().plan_statement_cues.at_start(rest)
    return year if plans is not None else None


def _plan_period_year(st: _State, texts: list[_Source]) -> None:
    """ "Trong 6 tháng cuối năm 2024, …": a sentence that plans the rest of a year names it; so does
    "Năm 2024, tập trung …" (the whole year)."""
    for src in texts:
        planned = _planned_leading_year(src.text)
        if planned is not None:
            st.plan_year = int(planned.group(1))
            st.note("/plan_year", src)
            return
        opener = cues().plan_period_openers.at_start(src.text)
        year = _OPENING_YEAR.match(fold_aligned(src.text)[opener.end :]) if opener is not None else None
        if year is not None:
            st.plan_year = int(year.group(1))
            st.partial_plan = True
            st.note("/plan_year", src)
            return


def _plan_year_from_body(st: _State, body: list[Block], reporting_year: int) -> None:
    """ "Năm 2024, Tỉnh đoàn đặt mục tiêu …" after a report on 2023: the year after the
    reporting year, opening a sentence that states a plan, is the plan year."""
    for block in body:
        for sentence in split_sentences(block.text):
            m = _LEADING_YEAR.match(fold_aligned(sentence))
            if (
                m is not None
                and int(m.group(1)) == reporting_year + 1
                and cues().plan_statement_cues.contains(sentence[m.end() :])
            ):
                st.plan_year = reporting_year + 1
                st.note("/plan_year", _Source(sentence, block.location))
                return


# "59/KH-GS", "2872/QĐ-SCT", and the party's "05-NQ/TU", "01-KL/TW"
OPENING_BLOCKS = 6  # the lead's reach: a sapo, a caption and a subheading may stand above it
MAX_SUBHEADING = 120


def _dated_body_opening(body: Sequence[Block]) -> list[tuple[DateMention, _Source]]:
    """ "Ngày 1/11, tại Viện Huyết học …, chương trình … diễn ra …" under a sapo, a photo's caption
    and a subheading: with no lead found, the first paragraph that opens with its date dates the
    meeting, when it is the first or second of the body or opens a section under a subheading
    (not a dated sentence deep in the report)."""
    for i, block in enumerate(body[:OPENING_BLOCKS]):
        above = body[i - 1].text if i > 0 else ""
        opens = i <= 1 or (len(above) < MAX_SUBHEADING and not above.endswith((".", "!", "?", ":", ";")))
        sentence = next(iter(split_sentences(block.text)), "") if block.kind == "paragraph" and opens else ""
        for d in find_dates(sentence):
            intro = cues().date_intro_words.ends_with(sentence[: d.start])
            before = sentence[: intro.start] if intro is not None else sentence[: d.start]
            cited = _number_before().search(before) or _document_date(sentence, d)
            cited = cited or cues().future_markers.contains(before)  # "Đại hội sẽ kết thúc vào chiều 27/4"
            if (
                d.time_of_day or intro
            ) and not cited:  # not "Thông tư số 38/2025/TT-BCT ngày …", "số 02 ngày …"
                return [(d, _Source(block.text, block.location))]
    return []


def _names_partial_period(st: _State, lead: list[_Source]) -> bool:
    texts = [st.title or ""] + [s.text for s in lead]
    return any(cues().partial_period_cues.contains(t) for t in texts)


RESTATED_DAYS = 7  # a lead's date this near the day it names relative to the page's date states it


def _restates(told: tuple[DateMention, _Source], mention: DateMention, src: _Source) -> bool:
    """A date of the lead near the day its relative word names ("Sáng qua 29-5, …", "Chiều nay
    (29/5 )" on a page of 30/5): the meeting's date as the lead states it; a date far from it
    ("… đến ngày 31/12/2012, … đã thụ lý 182 vụ" on a page of 29/5/2013) is another day's."""
    day = told[0]
    year = mention.year if mention.year is not None else day.year
    if year is None or day.year is None or not is_real_date(year, mention.month, mention.day):
        return True
    apart = _dt.date(year, mention.month, mention.day) - _dt.date(day.year, day.month, day.day)
    return abs(apart.days) <= RESTATED_DAYS


def _lead_date(
    st: _State,
    lead: list[_Source],
    header: list[Block],
    page_date: _dt.date | None,
    body: Sequence[Block] = (),
) -> None:
    candidates: list[tuple[DateMention, _Source]] = []
    for block in header:
        for d in find_dates(block.text):
            candidates.append((d, _Source(block.text, block.location)))
    for src in lead:
        for d in find_dates(src.text):
            if not _number_before().search(src.text[: d.start]) and not _document_date(src.text, d):
                candidates.append((d, src))
    told = relative_day(lead, page_date)
    if told and not any(_restates(told[0], d, src) for d, src in candidates):
        # "Bộ Tư pháp hôm qua tổ chức Hội nghị …": the day the lead says first, on the page's date
        # (a later date, "… đến ngày 31/12/2012, … đã thụ lý 182 vụ", is another day)
        candidates = told
    if not candidates:
        candidates = _timed_in_body(body) or _dated_body_opening(body) or told
    if not candidates:
        return
    mention, src = meeting_date(candidates)
    partial = st.partial_period
    plan_year, reporting_year = st.plan_year, st.reporting_year
    if reporting_year is None and plan_year is not None and _names_partial_period(st, lead):
        # "triển khai nhiệm vụ 6 tháng cuối năm 2020": a mid-year meeting in that same year
        plan_year, reporting_year, partial = None, plan_year, True
    named = [st.title or ""] + [b.text for b in header] + [s.text for s in lead]
    named_year = year_named_for(mention, named) if mention.year is None else None
    if named_year is None and mention.year is None:
        # "… triển khai nhiệm vụ tháng 2/2018" further on, for "Ngày 7.2": the month's year
        named_year = year_named_for(mention, [b.text for b in body], spans=False)
    year, rule = infer_year(
        mention,
        page_date=page_date,
        named_year=named_year,
        # "6 tháng cuối năm 2020" after a half-year review names the meeting's own year
        plan_year=None if partial and reporting_year is not None else plan_year,
        reporting_year=reporting_year,
        reporting_whole_year=not partial,
        plan_whole_year=not st.partial_plan,
    )
    if year is None:
        named_in_lead = _sentence_year(src.text)
        if named_in_lead is not None:  # "Sáng ngày 27/11, … bình xét thi đua khen thưởng năm 2023"
            partial_year = cues().partial_period_cues.contains(src.text)  # "… quý I năm 2019"
            year, rule = infer_year(
                mention,
                reporting_year=named_in_lead,
                reporting_whole_year=not partial_year and not _prepares(src.text),
            )
    if year is None:  # "Ngày 2/11, … tổ chức Đại hội … nhiệm kỳ 2025-2030": the term it opens
        year = congress_term_year(src.text)
        rule = phrase("from the term the congress opens {year}", year=year)
    if year is None:  # "Chiều 16.7, … so với quý I.2018": the part of the year it reports on
        year = period_year(mention, [*named, *(b.text for b in body)])
        rule = phrase("from the part of the year {year} the text reports on", year=year)
    if year is None:  # "Sáng 19.10, … kỷ niệm … (20.10.1930 – 2015)"
        year = anniversary_year(mention, named)
        rule = phrase("from the anniversary {year}", year=year)
    if year is None:  # "… giai đoạn 2009 – 2019", then the body's terms, recent months, anniversaries
        year, rule = text_year(mention, named, [b.text for b in body])
    st.time_of_day = mention.time_of_day
    if st.time_of_day:
        st.note("/time_of_day", src)
    iso = mention.iso(year)
    if iso is None:
        st.messages.append(
            warning(
                "date-year", "a date without a year was found, and no year could be inferred", pointer="/date"
            )
        )
        return
    st.date = iso
    st.note("/date", src)
    if mention.year is None:
        st.messages.append(
            info(
                "date-year",
                "year of {day}/{month} taken {rule}",
                pointer="/date",
                day=mention.day,
                month=mention.month,
                rule=rule,
            )
        )


def _prepares(lead: str) -> bool:
    """ "… hội nghị triển khai công tác chuẩn bị tổ chức … năm 2025": the lead prepares an event of
    the year it names and reviews none ("tổng kết", "sơ kết")."""
    return cues().preparing_words.contains(lead) and not cues().review_words.contains(lead)
