"""What a sentence read among a news item's tasks says that is no task: agreeing with a report
("… cơ bản nhất trí với báo cáo …"), or telling what happened at the event ("Dịp này, Bộ Y tế trao
tặng …", "Thứ trưởng thăm hỏi, tặng quà cho bệnh nhân …"); and a point or a piece that only
cites a document or names a topic. Every phrase comes from ``cues.yaml``."""

from __future__ import annotations

from dvtool.extract._text import asks
from dvtool.extract.cues import cues
from dvtool.extract.directions import agrees, first_request, higher_level
from dvtool.extract.plans import future_marker

_EVENT_REACH = 12  # words of a subject, with its occasion ("Dịp này, …"), before the act at the event


def no_task(text: str, *, prose: bool) -> bool:
    """Is this sentence, read while the tasks are open, no task? ``prose``: a sentence of an
    unheaded item's paragraph (not a point of a list, not under a heading). A question is none.
    """
    return agrees(text) or asks(text) or (prose and (tells_event(text) or asks_higher_level(text)))


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


def cites_document(text: str) -> bool:
    """ "Nghị định số 24/2026/NĐ-CP ngày 17/01/2026 của Chính phủ …": a point that names a
    document (a kind of document and its number) cites it; it asks nothing."""
    kind = cues().document_words.at_start(text)
    if kind is None:
        return False
    after = text[kind.end :].lstrip()
    return cues().number_labels.at_start(after) is not None or after[:1].isdigit()


def names_topic_only(piece: str) -> bool:
    """ "Về công tác quản lý", "Đối với hoạt động của HĐND huyện.": a topic (a line heading
    what follows, or a fragment of a list) with no clause after it, nothing to do in it; also
    "Đó là yêu cầu của đồng chí A …", which only says whose the directions before it were."""
    if cues().request_attributions.at_start(piece) is not None:
        return True
    if cues().topic_heads.at_start(piece) is None or any(mark in piece for mark in ",:;"):
        return False
    return not (
        cues().need_modals.contains(piece)
        or cues().task_verbs.contains(piece)
        or cues().direction_verbs.contains(piece)
        or cues().future_markers.contains(piece)
    )
