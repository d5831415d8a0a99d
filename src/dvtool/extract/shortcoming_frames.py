"""Frames in which a shortcoming word states no shortcoming of the period: a condition ("Nếu
không đúng quy định, phải tháo dỡ ngay": rule conditional_shortcomings) and a resolve to face
difficulties ("dám đương đầu với khó khăn, thử thách": rule resolved_difficulties). Every phrase
comes from ``cues.yaml``. (fig9)"""

from __future__ import annotations

import re

from dvtool.extract.cues import CueMatch, cues, has_diacritics
from dvtool.extract.figure_units import listed

_CLAUSE_BREAK = re.compile(r"[,;:]")


def framed_only(text: str, found: CueMatch) -> bool:
    """True when the shortcoming word ``found`` in ``text`` sits in a condition or a resolve."""
    return _conditional(text, found) or _resolved(text, found)


def _conditional(text: str, found: CueMatch) -> bool:
    """The shortcoming word is in a clause that a condition opens ("Nếu …", "Trường hợp …",
    ``shortcoming_conditions``) with no clause break before it: what would be wrong, not what is."""
    head = text[: found.start]
    start = max((m.end() for m in re.finditer(r"[;.!?]", head)), default=0)
    clause = head[start:].lstrip(' “"(-')
    lead = cues().subjectless_connectives.at_start(clause)
    opening = clause[lead.end :].lstrip(" ,") if lead is not None else clause
    accented = has_diacritics(text)
    words = opening.split(" ", 2)
    for n in (2, 1):  # "nếu như", "nếu": looked up as words, no pattern compiled
        condition = " ".join(words[:n])
        if len(words) >= n and listed("shortcoming_conditions", condition, accented=accented):
            return _CLAUSE_BREAK.search(opening[len(condition) :]) is None
    return False


def _resolved(text: str, found: CueMatch) -> bool:
    """ "dám đương đầu với khó khăn", "sẵn sàng đối mặt với thử thách": a verb of facing after a
    word of resolve (``shortcoming_resolves``) is a motto or a pledge, no difficulty stated."""
    head = text[: found.start].rstrip()
    facing = cues().difficulty_predicates.ends_with(head)
    if facing is None:
        return False
    return cues().shortcoming_resolves.ends_with(head[: facing.start].rstrip()) is not None


def nominalized(text: str, verb_start: int) -> bool:
    """A verb right after a word that makes it a noun ("công tác", "việc": ``subject_nominalizers``)
    names the work that is the subject ("Công tác nắm bắt dư luận … còn chậm"), so a shortcoming
    after it is stated, not discussed. Rule grasp_difficulties (fig9)."""
    words = text[:verb_start].split()
    accented = has_diacritics(text)
    return any(
        len(words) >= n and listed("subject_nominalizers", " ".join(words[-n:]), accented=accented)
        for n in (1, 2)
    )
