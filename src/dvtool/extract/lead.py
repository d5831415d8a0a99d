"""The lead (first paragraphs): location, organizers, chairs, attendees; its date and the reviewed
and planned years are read in :mod:`dvtool.extract.lead_date`."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from dvtool.extract import people as _people
from dvtool.extract._text import opens_with_name, split_sentences
from dvtool.extract.assignments import assigns_lead
from dvtool.extract.attendance import (
    attendance_cue,
    read_attendance_cue,
    read_counterparts,
    read_subject_attendance,
    read_visitors,
)
from dvtool.extract.attendance import read_attendees as _read_attendees
from dvtool.extract.blocks import Block
from dvtool.extract.credits import credited_caption
from dvtool.extract.cues import CueMatch, cues, fold_aligned
from dvtool.extract.dates import find_dates
from dvtool.extract.fragments import clean_name, without_lead_clause, without_trailers
from dvtool.extract.function_words import alternation, function_words
from dvtool.extract.lead_date import _LEADING_YEAR, _find_years, _lead_date, title_years
from dvtool.extract.numbers import find_figures
from dvtool.extract.person_names import NamedPerson
from dvtool.extract.sapo import also_body, dated_opening, sapo
from dvtool.extract.state import _Source, _State
from dvtool.messages import warning
from dvtool.model import Attendee
from dvtool.vntext import fold

__all__ = ["_LEADING_YEAR", "_find_years", "_lead_date", "title_years"]


@lru_cache(maxsize=1)
def _location() -> re.Pattern[str]:
    """ "… tại Hội trường UBND huyện": the place after its preposition."""
    return re.compile(
        rf"(?:^|,\s*|\s){alternation(function_words().location_prepositions)}\s+([^,;]+?)(?=[,;]|\.\s|\.$|$)",
        re.IGNORECASE,
    )


@dataclass(frozen=True)
class _LeadPatterns:
    place_first: re.Pattern[str]  # "tại Hội trường UBND huyện, "
    body_join: re.Pattern[str]  # "A và B", "A, B"
    meeting_noun: re.Pattern[str]  # "Hội nghị …"
    listing_verb: re.Pattern[str]  # "có …", "gồm …"
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
        agent=re.compile(rf"(?:^|\s){alternation(words.agent_words)}\s+", re.IGNORECASE),
        with_start=re.compile(rf"^\s*,?\s*{alternation(words.with_words)}\s+", re.IGNORECASE),
    )


# ---------------------------------------------------------------------------------------
# the lead


def _take_lead(blocks: list[Block], st: _State) -> tuple[list[_Source], list[Block]]:
    lead: list[_Source] = []
    rest: list[Block] = []
    while blocks and _repeats_title(blocks[0], st):
        blocks = blocks[1:]  # the headline again, with the page's additions: no lead
    i = start = _skip_to_lead(blocks)
    summary = sapo(blocks, start)
    opening = start  # the lead's first paragraph, below a photo's caption
    while i < len(blocks) and blocks[i].kind == "paragraph":
        if cues().remark_cues.at_start(blocks[i].text) is not None:
            break  # "Kết luận hội nghị, đồng chí … nhấn mạnh trong năm 2022, …": a speech, no lead
        if credited_caption(blocks[i].text):
            rest.append(blocks[i])  # a photo above or between the lead's paragraphs: the lead goes on
            opening += 1 if i == opening else 0
            i += 1
            continue
        sentences = [_Source(s, blocks[i].location) for s in split_sentences(blocks[i].text)]
        first = i == opening or (i == opening + 1 and _dated_after_undated(lead, blocks[i].text))
        if not any(_is_lead_sentence(s.text, first=first) for s in sentences):
            break
        lead.extend(sentences)
        rest.extend(_body_sentences(sentences, first=first))
        i += 1
    for sentence in lead:
        _read_lead_sentence(sentence, st)
    if summary:  # the body reads on as it would without a lead: the lead only dates and seats it
        return lead, summary + blocks[start:]
    _warn_unread_counts(lead, rest, st)
    return lead, rest + blocks[i:]


_TITLE_KEPT = 40  # characters of the headline a repeat must start with (a lead rarely does)
_TITLE_TAIL = 10  # characters at its end a repeat may change (a closing quote, a stop)


def _repeats_title(block: Block, st: _State) -> bool:
    """ "Ban chỉ huy … tổ chức lễ phát động thi đua … Điện Biên Phủ (07/05/1954 – 07/5/2019)" under
    the same headline: a paragraph that opens with the whole headline, read from a line of its
    own above it, repeats it (a page's subtitle line); its dates are the headline's."""
    title, where = st.title, st.locations.get("/title")
    if not title or len(title) < _TITLE_KEPT or where is None or block.location is None:
        return False
    if where.line is None or block.location.line is None or where.line >= block.location.line:
        return False  # the title read from this paragraph (a page without a headline)
    text = block.text
    head = _letters(title)
    return _letters(text).startswith(head[: max(_TITLE_KEPT, len(head) - _TITLE_TAIL)])


def _letters(text: str) -> str:
    return "".join(c for c in fold(text) if c.isalnum())


def _warn_unread_counts(lead: list[_Source], passed: list[Block], st: _State) -> None:
    """ "Năm 2023, Ban … tổ chức hội nghị tuyên truyền cho 1.500 lượt người" opening a report typed
    without headings: read as a meeting's lead, not in the body, its counts are kept nowhere; an
    undated lead sentence that states figures is named in a warning, not dropped in silence."""
    if any(find_dates(s.text) for s in lead):
        return  # a dated lead: a meeting's, whose figures (delegates, terms) are no results
    kept = {b.text for b in passed}
    for sentence in lead:
        text = sentence.text
        if text in kept or _about_meeting(text) or not find_figures(text):
            continue
        st.messages.append(
            warning(
                "lead-figures",
                "read as the meeting's lead, not as a result; its figures are not kept: {sentence}",
                pointer="/results",
                location=sentence.location,
                sentence=sentence.text[:LEAD_EXCERPT],
            )
        )


def _about_meeting(text: str) -> bool:
    """ "Dự hội nghị có hơn 100 hội viên …", "Hội nghị được tổ chức trực tuyến đến 9 điểm cầu": who
    chairs or attends the meeting, or the meeting itself."""
    return (
        cues().chair_cues.contains(text)
        or cues().attend_cues.contains(text)
        or cues().event_nouns.at_start(text) is not None
    )


LEAD_EXCERPT = 120
LEAD_REACH = 6


def _dated_after_undated(lead: list[_Source], text: str) -> bool:
    """ "Hướng tới Đại hội …, phường … tổ chức Đại hội …" then "Ngày 2-11, UBND phường … tổ chức
    lễ khai mạc …": a lead paragraph that dates nothing, followed by one that opens with the date,
    leads with it."""
    return dated_opening(text) and not any(find_dates(s.text) for s in lead)


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
        if content or also_body(s.text) or (opening and _organizes_work(s.text)):
            opening = opening and not content  # "… các cấp ủy, tổ chức đảng …" later on is no lead
            yield Block(s.text, "paragraph", 0, s.location)


def _is_lead_sentence(text: str, first: bool) -> bool:
    if chair_cue(text) is not None or cues().attend_cues.at_start(text):
        return True
    if _delegation_head(text) is not None:
        return True
    return first and (bool(find_dates(text)) or _organizes(text))


def _organizes_work(text: str) -> bool:
    """ "Năm 2023, Ban … đã phối hợp tổ chức tuyên truyền … cho 1.500 lượt người": an undated lead
    sentence that organises no meeting (no event noun in the words after the verb, none opening
    it) reports work done; it seats the lead and is read in the body too."""
    organize = cues().organize_verbs.search(text)
    if organize is None or find_dates(text) or _about_meeting(text):
        return False
    after = " ".join(text[organize.end :].split()[:EVENT_REACH])
    return not cues().event_nouns.contains(after)  # "tổ chức thành công hội nghị …": a meeting


EVENT_REACH = 4  # the words after the verb where the meeting it organises is named


def _organizes(text: str) -> bool:
    """ "Ban Dân vận Huyện ủy tổ chức hội nghị …" opens a meeting; "Năm 2023, Ban … đã tham mưu tổ
    chức 12 hội nghị tuyên truyền …" counts what was organised: a result the body reads."""
    organize = cues().organize_verbs.search(text)
    return organize is not None and not _people.starts_with_count(text[organize.end :].lstrip())


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
    read_visitors(text, src, st)
    chair = chair_cue(text)
    if chair is not None and not st.chairs:
        _read_chairs(text, chair, src, st)
    elif chair is None and not st.chairs:
        _read_delegation(text, src, st)
    organize = _organize_verb(text)
    led = cues().chair_cues.search(text)  # also a lead role assigned: the organizers stand before it
    if organize is not None and not st.organizers and (led is None or organize.start < led.start):
        _read_organizers(text, organize, src, st)
    held = organize is not None or cues().meeting_verbs.contains(text) or chair is not None
    if st.location is None and held:  # "… tổ chức …", "… họp …", "… chủ trì …": the meeting's own place
        _read_location(text, src, st)


def chair_cue(text: str) -> CueMatch | None:
    """The first "chủ trì" of ``text`` that names who chairs the meeting, not the lead role a
    body is assigned in the work ("… giao Hiệp hội … chủ trì và phối hợp …")."""
    return next((c for c in cues().chair_cues.finditer(text) if not assigns_lead(text, c)), None)


def _organize_verb(text: str) -> CueMatch | None:
    """The first organizing verb of a lead sentence; a capitalised one inside it is part of a
    body's name ("Đoàn khảo sát của Ban Tổ chức Trung ương …"), no verb."""
    for found in cues().organize_verbs.finditer(text):
        if found.start == 0 or not text[found.start].isupper():
            return found
    return None


def _read_organizers(text: str, organize: CueMatch, src: _Source, st: _State) -> None:
    subject = text[: organize.start]
    dates = find_dates(subject)
    if dates:
        subject = subject[dates[-1].end :]
        subject = re.sub(r"^\s*\)?\s*,?\s*", "", subject)
    subject = _lead_patterns().place_first.sub("", subject.strip())
    year = _LEADING_YEAR.match(fold_aligned(subject))
    subject = subject[year.end() :].strip() if year is not None else subject  # "Năm 2023, Ban …"
    by = re.search(r"(?:^|\s)do\s+(.+)$", subject)
    if by:
        subject = by.group(1)
    passive = cues().passive_markers.search(subject)
    if passive is not None and passive.start > 0:  # "Đề án … được HLHPN huyện tổ chức thực hiện"
        subject = subject[passive.end :]
    subject = without_trailers(subject.strip(" ,"))
    if not subject or not (subject[0].isupper() or cues().org_heads.at_start(subject)):
        return
    for body in _split_bodies(subject):
        name = clean_name(body)
        if name is None:
            continue  # "Hôm nay, tại hội nghị …": a circumstance, no body
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
    """ "tại Hội trường UBND huyện", "tại Hà Nội", "tại thành phố Vinh": the first place after "tại"
    that a venue word, a unit of the country or a capitalised name opens."""
    for m in _location().finditer(text):
        place = _place_words(m.group(1).strip())
        if place.endswith(")") and "(" not in place:
            place = place[:-1].rstrip()  # "(tại xã Đắk Drô)"
        if len(place) < 3:
            continue  # "tại TP. HCM" cut at its dot
        unit = cues().place_units.at_start(place)
        in_unit = unit is not None and place[unit.end :].lstrip()[:1].isupper()  # not "tỉnh ta"
        named = opens_with_name(place) or in_unit
        if cues().location_heads.at_start(place) or (named and len(place.split()) <= _PLACE_WORDS):
            st.location = place
            st.note("/location", src)
            return


_PLACE_WORDS = 8


def _place_words(place: str) -> str:
    """The place up to a verb or a purpose that goes on after it ("Sri Lanka đã chủ trì …", "Quảng
    Ninh để chuẩn bị …", "Thành phố Hồ Chí Minh (JCCH) tổ chức …")."""
    stops = [
        m.start
        for m in (
            cues().name_clause_stops.search(place),
            cues().organize_verbs.search(place),
            cues().place_stops.search(place),
        )
        if m is not None
    ]
    return place[: min(stops)].strip(" ,") if stops else place


def _chair_subject(before: str) -> str:
    """ "Ngày 12/4, Chủ tịch UBND tỉnh Nguyễn Văn A đã" -> "Chủ tịch UBND tỉnh Nguyễn Văn A":
    the words before the chair verb without the dateline and the tense words."""
    dates = find_dates(before)
    if dates:
        before = re.sub(r"^\s*\)?\s*,?\s*", "", before[dates[-1].end :])
    return without_trailers(without_lead_clause(before.strip(" ,"))).strip(" ,")  # not "tại Đà Nẵng, …"


def _read_chairs(text: str, chair: CueMatch, src: _Source, st: _State) -> None:
    if _another_year(text[: chair.start], st.date):
        return  # "Đặc biệt, ngày 27/2/1947, …, dưới sự chủ trì của …": an event of the past
    before = _people.last_subject(_chair_subject(text[: chair.start]))
    after = text[chair.end :].strip(" .")
    by = re.search(r"(?:^|\s)do\s+(.+)$", before)
    if by:
        before = by.group(1)
    persons = _people.parse_people(before) if before else []
    if not persons:
        after = _lead_patterns().meeting_noun.sub("", after)
        after = _lead_patterns().listing_verb.sub("", after.strip(" :"))
        spoke = cues().speech_verbs.search(after)
        if spoke is not None and (
            after[: spoke.start].rstrip().endswith(",") or after[spoke.end :].startswith(":")
        ):
            after = after[: spoke.start].strip(" ,")  # "Chủ trì hội nghị, Đại tướng A, …, chỉ đạo: …"
        persons = _people.parse_people(_people.presided_by(after))
    for person in persons:
        st.chairs.append(person)
        st.note(f"/chairs/{len(st.chairs) - 1}", src)


def _another_year(before: str, date: str | None) -> bool:
    """The words before a chair verb date their event in a year other than the meeting's."""
    years = {d.year for d in find_dates(before) if d.year is not None}
    return date is not None and bool(years) and int(date[:4]) not in years


def _delegation_head(text: str) -> tuple[NamedPerson, int] | None:
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
