"""The next period and a meeting's own schedule in a news item: "Sang năm 2021, Hội … phấn
đấu …" opens the tasks; "Theo đó kỳ họp dự kiến được tổ chức vào …" is no task. Every phrase
comes from ``cues.yaml``."""

from __future__ import annotations

import re

from dvtool.extract.cues import CueMatch, cues

_SUBJECT_WORDS = 16  # words after a meeting's name that may still belong to it ("kỳ họp thứ nhất HĐND huyện")
_YEAR = re.compile(r"\s*(\d{4})\b")
_MEASURE_REACH = 3  # words after "có công suất" in which its amount begins


def opens_next_year(text: str, reporting_year: int | None) -> bool:
    """ "Sang năm 2021, …" after a review of 2020 opens the tasks; "Bước sang năm 2020, dịch
    bệnh …" inside that review does not. With no year named, or none under review, it does."""
    opener = cues().next_year_openers.at_start(text)
    if opener is None:
        return False
    year = _YEAR.match(text[opener.end :])
    return year is None or reporting_year is None or int(year.group(1)) > reporting_year


def meeting_scheduled(before: str) -> bool:
    """ "Theo đó kỳ họp dự kiến được tổ chức vào ngày …", "Hội nghị sẽ diễn ra …": a meeting is
    the subject of "sẽ" / "dự kiến" (at most a connective before it, no clause between): its own
    schedule, not a task."""
    events = list(cues().event_nouns.finditer(before))
    if not events:
        return False
    event = events[-1]
    lead = before[: event.start].strip(" ,")
    if lead and not cues().subjectless_connectives.matches_whole(lead):
        return False  # "Sau hội nghị, các xã sẽ …": the meeting is not the subject
    between = before[event.end :]
    return "," not in between and len(between.split()) <= _SUBJECT_WORDS


def future_marker(text: str, start: int = 0) -> CueMatch | None:
    """The first "sẽ" or "dự kiến" of ``text`` from ``start`` that marks the future, not the end of
    another word ("đã phân công người trang trí sạch sẽ …" plans nothing)."""
    found = cues().future_markers.search(text, start)
    while found is not None and not in_future(text, found):
        found = cues().future_markers.search(text, found.end)
    return found


def in_future(text: str, marker: CueMatch) -> bool:
    """Is the modal or marker at ``marker`` a word of its own ("sẽ"), not the end of a compound
    ("sạch sẽ")?"""
    return cues().future_compounds.ends_with(text[: marker.start].rstrip()) is None


def describes_facility(before: str) -> bool:
    """ "Nhà máy sản xuất alumin có công suất 650.000 tấn/năm, mục tiêu của nhà máy sẽ …": the
    words before a "sẽ" state a facility's capacity or a project's size with its amount; the
    sentence describes the facility, what it will do is its owner's plan, no task."""
    for measure in cues().facility_measures.finditer(before):
        if any(ch.isdigit() for ch in " ".join(before[measure.end :].split()[:_MEASURE_REACH])):
            return True
    return False
