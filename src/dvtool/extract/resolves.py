"""Directions phrased as a resolve: "Ông … khẳng định bằng mọi cách không để xảy ra dịch cúm gia
cầm …", "… quyết tâm không để dịch lây lan …". In a leader's speech the resolve commits those
the leader directs as "phải" does, so it is a task; after "đã" it reports what was done.
Every phrase comes from ``cues.yaml``."""

from __future__ import annotations

from dvtool.extract.conjecture import conjectures
from dvtool.extract.cues import cues
from dvtool.extract.tense import reports_in

_REPORT_WINDOW = 3  # words before the resolve in which "đã", "được" … make it a report


def resolved(sentence: str) -> str:
    """The resolve a speech sentence states, from its phrase on ("bằng mọi cách không để xảy ra
    …"); "" when it states none, reports one ("đã kiên quyết không để …") or supposes one ("Nếu
    …")."""
    phrase = cues().resolve_phrases.search(sentence)
    if phrase is None or reports_in(sentence[: phrase.start], last=_REPORT_WINDOW):
        return ""
    if conjectures(sentence, lines=False):
        return ""
    return sentence[phrase.start :]
