"""A shortcoming stated while a news item's tasks are open: "Một số đơn vị tỷ lệ TTHC áp dụng
theo cơ chế một cửa còn thấp." after a sentence that opened the tasks is a limitation, not a task,
when nothing in it asks, directs or plans. Rule shortcoming_among_tasks (lim10). Every phrase
comes from ``cues.yaml``."""

from __future__ import annotations

import re

from dvtool.extract._text import split_top_level
from dvtool.extract.cues import cues, has_diacritics
from dvtool.extract.directions import first_request
from dvtool.extract.figure_units import listed
from dvtool.extract.plans import future_marker
from dvtool.extract.shortcomings import opens_as_task, states_shortcoming

# "(ii) Khai thác không đúng nội dung giấy phép": an inline list's points, parts of the task they follow
_INLINE_POINT = re.compile(r"\((?:[ivx]{1,4}|\d{1,2})\)\s")


def shortcoming_among_tasks(text: str) -> bool:
    """True when ``text`` states a shortcoming and has no modal of need or future ("cần", "phải",
    "sẽ"), no direction or recommendation verb, and does not open with a verb of a task stated
    without its subject ("Tăng cường …", "Đẩy nhanh …"); nor when it opens with a condition
    ("Trường hợp … chưa thể … thì …") or holds the points of an inline list ("(ii) …")."""
    c = cues()
    if _INLINE_POINT.search(text) is not None or _conditioned(text):
        return False
    if opens_as_task(text):
        return False
    if (
        c.task_modals.contains(text)
        or c.direction_verbs.contains(text)
        or c.body_direction_verbs.contains(text)
        or c.recommendation_verbs.contains(text)
        or future_marker(text) is not None
    ):
        return False
    return states_shortcoming(text)


def between_directions(rest: str) -> list[str]:
    """ "đề nghị Hội … rà soát …; tỷ lệ nông dân tham gia BHYT còn thấp; Cần nâng cao …": the ";"
    parts of a direction's text after the first (which says who is directed) that state a
    shortcoming and ask nothing; the leader names what falls short between the directions, a
    limitation, no task."""
    return [p.strip() for p in split_top_level(rest, ";")[1:] if shortcoming_among_tasks(p)]


def stated_between_directions(sentence: str) -> list[str]:
    """:func:`between_directions` of the text after the sentence's first direction verb."""
    verb = first_request(sentence)
    return between_directions(sentence[verb.end :]) if verb is not None else []


def _conditioned(text: str) -> bool:
    """The sentence opens with a condition (``shortcoming_conditions``: "Nếu …", "Trường hợp …")."""
    words = text.lstrip(' “"(-').split(" ", 2)
    accented = has_diacritics(text)
    return any(
        len(words) >= n and listed("shortcoming_conditions", " ".join(words[:n]), accented=accented)
        for n in (1, 2)
    )
