"""What a sentence read among a news item's tasks says that is no task: agreeing with a report
("… cơ bản nhất trí với báo cáo …"), or telling what happened at the event ("Dịp này, Bộ Y tế trao
tặng …", "Thứ trưởng thăm hỏi, tặng quà cho bệnh nhân …"). Every phrase comes from ``cues.yaml``."""

from __future__ import annotations

from dvtool.extract.cues import cues
from dvtool.extract.directions import agrees, first_request, higher_level
from dvtool.extract.plans import future_marker

_EVENT_REACH = 12  # words of a subject, with its occasion ("Dịp này, …"), before the act at the event


def no_task(text: str, *, prose: bool) -> bool:
    """Is this sentence, read while the tasks are open, no task? ``prose``: a sentence of an
    unheaded item's paragraph (not a point of a list, not under a heading)."""
    return agrees(text) or (prose and (tells_event(text) or asks_higher_level(text)))


def asks_higher_level(text: str) -> bool:
    """ "Tại buổi làm việc, lãnh đạo UBND TP Huế kiến nghị Bộ Y tế quan tâm, hỗ trợ thêm …": a
    recommendation to a level above the meeting's, read while a news item's tasks are open, is
    no task of the meeting's own (a direction verb to a ministry, "Bộ … chủ trì, phối hợp với các
    bộ …", may still be one)."""
    first = first_request(text)
    return (
        first is not None
        and cues().recommendation_verbs.at_start(text[first.start :]) is not None
        and higher_level(text[first.end :])
    )


def tells_event(text: str) -> bool:
    """ "Dịp này, Bộ Y tế trao tặng cho Quỹ phòng chống thiên tai 50 triệu đồng": a subject and
    then an act of the event itself (a gift, a visit), with no direction, modal of need or
    future in the sentence, reports what was done there; "Bộ trưởng trao quà và yêu cầu …" and
    "Tỉnh sẽ tặng …" are not."""
    act = cues().event_acts.search(text)
    if act is None:
        return False
    before = text[: act.start]
    return (
        bool(before.strip(" ,"))
        and len(before.split()) <= _EVENT_REACH
        and not cues().task_verbs.contains(before)
        and not cues().direction_verbs.contains(text)
        and not cues().need_modals.contains(text)
        and future_marker(text) is None
    )
