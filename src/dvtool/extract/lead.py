"""The lead (first paragraphs): date and time of day, location, organizers, chairs, attendees;
and the reviewed and planned years."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from dvtool.extract import people as _people
from dvtool.extract._text import split_sentences
from dvtool.extract.attendance import (
    attendance_cue,
    read_attendance_cue,
    read_counterparts,
    read_subject_attendance,
)
from dvtool.extract.attendance import read_attendees as _read_attendees
from dvtool.extract.blocks import Block
from dvtool.extract.cues import CueMatch, cues, fold_aligned
from dvtool.extract.dates import DateMention, find_dates, infer_year, year_named_for
from dvtool.extract.function_words import alternation, function_words
from dvtool.extract.lead_years import (
    _compared,
    _document_date,
    _document_year,
    _long_range,
    _sentence_year,
    _timed_in_body,
    anniversary_year,
    meeting_date,
    period_year,
    relative_day,
    text_year,
)
from dvtool.extract.sapo import also_body, dated_opening, sapo
from dvtool.extract.state import _Source, _State
from dvtool.i18n import phrase
from dvtool.messages import info, warning
from dvtool.model import Attendee
from dvtool.vntext import fold


@lru_cache(maxsize=1)
def _year_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """ "<plan cue> … năm 2024" and "<reporting cue> … năm 2023" on folded text; the cues are
    the plan_year_cues and reporting_year_cues lists of cues.yaml."""
    plan = "|".join(re.escape(fold(c)) for c in cues().plan_year_cues.phrases)
    report = "|".join(re.escape(fold(c)) for c in cues().reporting_year_cues.phrases)
    return (
        re.compile(rf"(?:{plan})(?:[^.;:]{{0,40}}?) nam (\d{{4}})(?!\d)"),
        re.compile(rf"(?:{report})([^.;:]{{0,60}}?) nam (\d{{4}})(?!\d)"),
    )


def title_years(title: str) -> tuple[int | None, int | None]:
    """The reporting and plan years a title names ("Tổng kết công tác dân vận năm 2023,
    phương hướng, nhiệm vụ năm 2024"), by the same patterns as the lead's."""
    folded = fold_aligned(title)
    plan, report = (p.search(folded) for p in _year_patterns())
    return (int(report.groups()[-1]) if report else None, int(plan.group(1)) if plan else None)


_LEADING_YEAR = re.compile(r"^(?:trong )?nam (\d{4}),")


@lru_cache(maxsize=1)
def _location() -> re.Pattern[str]:
    """ "… tại Hội trường UBND huyện": the place after its preposition."""
    return re.compile(
        rf"(?:^|,\s*|\s){alternation(function_words().location_prepositions)}\s+([^,.;]+)", re.IGNORECASE
    )


@dataclass(frozen=True)
class _LeadPatterns:
    place_first: re.Pattern[str]  # "tại Hội trường UBND huyện, "
    body_join: re.Pattern[str]  # "A và B", "A, B"
    meeting_noun: re.Pattern[str]  # "Hội nghị …"
    listing_verb: re.Pattern[str]  # "có …", "gồm …"
    number_before: re.Pattern[str]  # "số 12/BC, " before a date
    agent: re.Pattern[str]  # " do " before the one who leads
    with_start: re.Pattern[str]  # ", cùng với " before the members of a delegation


@lru_cache(maxsize=1)
def _lead_patterns() -> _LeadPatterns:
    words = function_words()
    return _LeadPatterns(
        place_first=re.compile(rf"^{alternation(words.location_prepositions)}\s+[^,]+,\s*", re.IGNORECASE),
        body_join=re.compile(rf"\s+{alternation(words.and_words)}\s+|,\s+"),
        meeting_noun=re.compile(rf"^{alternation(words.meeting_nouns)}\s*", re.IGNORECASE),
        listing_verb=re.compile(rf"^{alternation(words.listing_verbs)}\s+", re.IGNORECASE),
        number_before=re.compile(rf"{alternation(cues().number_labels.phrases)}\s+\S+\s*,?\s*$"),
        agent=re.compile(rf"(?:^|\s){alternation(words.agent_words)}\s+", re.IGNORECASE),
        with_start=re.compile(rf"^\s*,?\s*{alternation(words.with_words)}\s+", re.IGNORECASE),
    )


# ---------------------------------------------------------------------------------------
# the lead


def _take_lead(blocks: list[Block], st: _State) -> tuple[list[_Source], list[Block]]:
    lead: list[_Source] = []
    rest: list[Block] = []
    i = start = _skip_to_lead(blocks)
    summary = sapo(blocks, start)
    while i < len(blocks) and blocks[i].kind == "paragraph":
        if cues().remark_cues.at_start(blocks[i].text) is not None:
            break  # "Kết luận hội nghị, đồng chí … nhấn mạnh trong năm 2022, …": a speech, no lead
        sentences = [_Source(s, blocks[i].location) for s in split_sentences(blocks[i].text)]
        if not any(_is_lead_sentence(s.text, first=(i == start)) for s in sentences):
            break
        lead.extend(sentences)
        rest.extend(_body_sentences(sentences, first=(i == start)))
        i += 1
    for sentence in lead:
        _read_lead_sentence(sentence, st)
    if summary:  # the body reads on as it would without a lead: the lead only dates and seats it
        return lead, summary + blocks[start:]
    return lead, rest + blocks[i:]


LEAD_REACH = 6


def _skip_to_lead(blocks: list[Block]) -> int:
    """Short lines between the headline and the lead (a repeated headline, a view count, a
    section name) are page chrome: the lead is the first paragraph that reads as one."""
    for i, block in enumerate(blocks[:LEAD_REACH]):
        if block.kind == "paragraph" and any(
            _is_lead_sentence(s, first=True) for s in split_sentences(block.text)
        ):
            chrome = blocks[:i]
            if all(len(b.text) < 120 and not b.text.endswith((".", ":")) for b in chrome):
                return i
            if sapo(blocks, i) and dated_opening(blocks[i].text):
                return i
            return 0
    return 0


def _body_sentences(sentences: list[_Source], first: bool) -> Iterator[Block]:
    """Sentences of a lead paragraph that report content ("Toàn huyện có 25/30 xã …"), not
    the meeting itself ("Hội nghị được kết nối trực tuyến …"), go on to the body; so does one that
    also states a shortcoming or a share reached (:func:`dvtool.extract.sapo.also_body`)."""
    opening = first  # a date or "tổ chức" marks the lead only until the report moves on
    for s in sentences:
        content = not _is_lead_sentence(s.text, opening) and not cues().event_nouns.at_start(s.text)
        if content or also_body(s.text):
            opening = opening and not content  # "… các cấp ủy, tổ chức đảng …" later on is no lead
            yield Block(s.text, "paragraph", 0, s.location)


def _is_lead_sentence(text: str, first: bool) -> bool:
    if cues().chair_cues.contains(text) or cues().attend_cues.at_start(text):
        return True
    if _delegation_head(text) is not None:
        return True
    return first and (bool(find_dates(text)) or cues().organize_verbs.contains(text))


def _read_lead_sentence(src: _Source, st: _State) -> None:
    text = src.text
    attend = attendance_cue(text, 40)
    if attend is not None and attend.start < 40:
        read_attendance_cue(text, attend, src, st)
        return
    if attend is not None:  # "… tổ chức Hội nghị …, với sự tham dự của …": the rest is read too
        read_attendance_cue(text, attend, src, st)
        text = text[: attend.start]
    if read_subject_attendance(text, src, st):
        return
    read_counterparts(text, src, st)
    chair = cues().chair_cues.search(text)
    if chair is not None and not st.chairs:
        _read_chairs(text, chair, src, st)
    elif chair is None and not st.chairs:
        _read_delegation(text, src, st)
    organize = cues().organize_verbs.search(text)
    if organize is not None and not st.organizers and (chair is None or organize.start < chair.start):
        _read_organizers(text, organize, src, st)
    if st.location is None and organize is not None:
        _read_location(text, src, st)


def _read_organizers(text: str, organize: CueMatch, src: _Source, st: _State) -> None:
    subject = text[: organize.start]
    dates = find_dates(subject)
    if dates:
        subject = subject[dates[-1].end :]
        subject = re.sub(r"^\s*\)?\s*,?\s*", "", subject)
    subject = _lead_patterns().place_first.sub("", subject.strip())
    by = re.search(r"(?:^|\s)do\s+(.+)$", subject)
    if by:
        subject = by.group(1)
    words = subject.strip(" ,").split()
    trailers = {fold(w) for w in cues().organizer_trailers.phrases}
    while words and fold(words[-1]) in trailers:
        words.pop()
    subject = " ".join(words)
    if not subject or not (subject[0].isupper() or cues().org_heads.at_start(subject)):
        return
    for name in _split_bodies(subject):
        st.organizers.append(name)
        st.note(f"/organizers/{len(st.organizers) - 1}", src)


def _split_bodies(text: str) -> list[str]:
    """ "A và B", "A, B" where B starts like the name of a body."""
    parts: list[str] = []
    start = 0
    for m in _lead_patterns().body_join.finditer(text):
        if cues().org_heads.at_start(text[m.end() :]) and text[m.end() : m.end() + 1].isupper():
            if _balanced(text[start : m.start()]):
                parts.append(text[start : m.start()].strip())
                start = m.end()
    parts.append(text[start:].strip())
    return [p for p in parts if p]


def _balanced(text: str) -> bool:
    return text.count("(") == text.count(")")


def _read_location(text: str, src: _Source, st: _State) -> None:
    for m in _location().finditer(text):
        place = m.group(1).strip()
        if cues().location_heads.at_start(place):
            st.location = place
            st.note("/location", src)
            return


def _chair_subject(before: str) -> str:
    """ "Ngày 12/4, Chủ tịch UBND tỉnh Nguyễn Văn A đã" -> "Chủ tịch UBND tỉnh Nguyễn Văn A":
    the words before the chair verb without the dateline and the tense words."""
    dates = find_dates(before)
    if dates:
        before = re.sub(r"^\s*\)?\s*,?\s*", "", before[dates[-1].end :])
    words = before.strip(" ,").split()
    trailers = {fold(w) for w in cues().organizer_trailers.phrases}
    while words and fold(words[-1]) in trailers:
        words.pop()
    return " ".join(words).strip(" ,")


def _read_chairs(text: str, chair: CueMatch, src: _Source, st: _State) -> None:
    before = _people.last_subject(_chair_subject(text[: chair.start]))
    after = text[chair.end :].strip(" .")
    by = re.search(r"(?:^|\s)do\s+(.+)$", before)
    if by:
        before = by.group(1)
    persons = _people.parse_people(before) if before else []
    if not persons:
        after = _lead_patterns().meeting_noun.sub("", after)
        after = _lead_patterns().listing_verb.sub("", after.strip(" :"))
        persons = _people.parse_people(_people.presided_by(after))
    for person in persons:
        st.chairs.append(person)
        st.note(f"/chairs/{len(st.chairs) - 1}", src)


def _delegation_head(text: str) -> tuple[_people.NamedPerson, int] | None:
    """ "Đoàn giám sát … do đồng chí A, Phó Chủ tịch HĐND huyện làm trưởng đoàn …": the one who
    leads the delegation, and where the words after "trưởng đoàn" begin."""
    head = cues().delegation_heads.search(text)
    if head is None:
        title = cues().delegation_titles.search(text)
        if (
            title is None
            or not text[: title.start].rstrip().endswith(",")
            or not _title_ends(text, title.end)
        ):
            return None
        head = title
    agents = list(_lead_patterns().agent.finditer(text, 0, head.start))
    if not agents:
        return None
    leader = text[agents[-1].end() : head.start].strip(" ,")
    if cues().honorifics.at_start(leader) is None and not leader[:1].isupper():
        return None
    persons = _people.parse_people(leader)
    return (persons[0], head.end) if len(persons) == 1 else None


def _title_ends(text: str, end: int) -> bool:
    """ "…, trưởng đoàn cùng …", "…, trưởng đoàn đã …": the bare title is the whole role here
    (not "…, tổ trưởng tổ dân phố số 3")."""
    after = text[end:].lstrip()
    return (
        not after
        or after[0] in ",.;"
        or _lead_patterns().with_start.match(after) is not None
        or cues().delegation_activities.at_start(after) is not None
    )


def _read_delegation(text: str, src: _Source, st: _State) -> None:
    """The leader of a delegation chairs; the members named after him ("… trưởng đoàn cùng các
    đồng chí B, …; đồng chí C, … làm việc với …") attend."""
    found = _delegation_head(text)
    if found is None:
        return
    leader, end = found
    st.chairs.append(leader)
    st.note(f"/chairs/{len(st.chairs) - 1}", src)
    joined = _lead_patterns().with_start.match(text[end:])
    if joined is None:
        return
    members = text[end + joined.end() :]
    for activity in cues().delegation_activities.finditer(members):
        if members[activity.start : activity.start + 1].islower():
            _read_members(members[: activity.start].strip(" ,"), src, st)
            return


def _read_members(text: str, src: _Source, st: _State) -> None:
    """ "các đồng chí B, Phó Trưởng Ban …; đồng chí C, …": each person with titles."""
    persons = _people.parse_people(text) if cues().honorifics.at_start(text) else []
    if not persons:
        _read_attendees(text, src, st)
        return
    for person in persons:
        st.attendees.append(Attendee(person.name, "person", person.titles))
        st.note(f"/attendees/{len(st.attendees) - 1}", src)


# ---------------------------------------------------------------------------------------
# years and the date


def _find_years(st: _State, lead: list[_Source], body: list[Block]) -> None:
    texts = [_Source(st.title, st.locations.get("/title"))] + lead
    texts += [_Source(b.text, b.location) for b in body]
    for src in texts:
        folded = fold_aligned(src.text)
        if st.plan_year is None:
            for m in _year_patterns()[0].finditer(folded):
                if _long_range(src.text, m):
                    continue  # "định hướng, nhiệm vụ … đến năm 2030": a horizon, not the plan year
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
            ) or _LEADING_YEAR.search(folded)
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


def _plan_period_year(st: _State, texts: list[_Source]) -> None:
    """ "Trong 6 tháng cuối năm 2024, …": a sentence that plans the rest of a year names it."""
    for src in texts:
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
def _names_partial_period(st: _State, lead: list[_Source]) -> bool:
    texts = [st.title or ""] + [s.text for s in lead]
    return any(cues().partial_period_cues.contains(t) for t in texts)


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
            if not _lead_patterns().number_before.search(src.text[: d.start]) and not _document_date(
                src.text, d
            ):
                candidates.append((d, src))
    if not candidates:
        candidates = _timed_in_body(body) or relative_day(lead, page_date)
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
                mention, reporting_year=named_in_lead, reporting_whole_year=not partial_year
            )
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
