"""Frames in which a shortcoming word states no shortcoming of the period: a condition ("Nếu
không đúng quy định, phải tháo dỡ ngay": rule conditional_shortcomings). Every phrase comes from
``cues.yaml``. (fig9)"""

from __future__ import annotations

import re

from dvtool.extract.cues import CueMatch, cues

_CLAUSE_BREAK = re.compile(r"[,;:]")


def framed_only(text: str, found: CueMatch) -> bool:
    """True when the shortcoming word ``found`` in ``text`` sits in a condition."""
    return _conditional(text, found)


def _conditional(text: str, found: CueMatch) -> bool:
    """The shortcoming word is in a clause that a condition opens ("Nếu …", "Trường hợp …",
    ``shortcoming_conditions``) with no clause break before it: what would be wrong, not what is."""
    head = text[: found.start]
    start = max((m.end() for m in re.finditer(r"[;.!?]", head)), default=0)
    clause = head[start:].lstrip(' “"(-')
    lead = cues().subjectless_connectives.at_start(clause)
    opening = clause[lead.end :].lstrip(" ,") if lead is not None else clause
    condition = cues().shortcoming_conditions.at_start(opening)
    return condition is not None and _CLAUSE_BREAK.search(opening[condition.end :]) is None
