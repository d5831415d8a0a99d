"""Directions a leader gives in a speech or a conclusion, one task per direction.

"Đồng chí … chỉ đạo UBND thành phố quyết liệt hơn nữa …; tập trung đối thoại …" holds two
tasks: the ";" parts after the direction verb. In a speech, a sentence that states what must
or will be done ("… cần …", "… sẽ …") is a task as well. A verb just after "đã" or inside a
noun phrase ("công tác lãnh đạo, chỉ đạo") reports what was done, and a direction to a higher
level ("đề nghị Chính phủ …") is a recommendation; neither is a task. Every phrase comes from
``cues.yaml``.
"""

from __future__ import annotations

import re

from dvtool.extract._text import split_top_level
from dvtool.extract.cues import CueMatch, cues

MIN_WORDS = 3
_BLOCK_WINDOW = 3  # words before the verb in which "đã", "được" … make it a report


def directions(sentence: str, *, speech: bool) -> list[str]:
    """The tasks a sentence gives, one per direction; [] when it gives none.

    ``speech``: the sentence belongs to a leader's speech or conclusion, where "cần", "phải"
    and "sẽ" also state tasks.
    """
    verb = _direction_verb(sentence)
    if verb is not None and (speech or _given_by_someone(sentence[: verb.start], verb.cue)):
        rest = sentence[verb.end :].lstrip(" ,:")
        if cues().higher_levels.at_start(rest) is not None:
            return []
        return _pieces(rest)
    if speech:
        modal = cues().task_modals.search(sentence)
        if modal is not None and not reported(sentence[: modal.start]):
            return _pieces(sentence)
    return []


def _given_by_someone(before: str, verb: str) -> bool:
    """Outside a speech a direction needs its giver: a person ("đồng chí …", "Chủ tịch …")
    before the verb, a body or its leaders with a verb bodies direct with ("Ban Tuyên giáo
    đề nghị …"), or nothing at all ("Đề nghị các đơn vị …")."""
    if not before.strip(" ,"):
        return True
    if cues().honorifics.contains(before) or cues().signer_titles.contains(before):
        return True
    body = cues().org_heads.contains(before) or cues().group_heads.contains(before)
    return body and cues().body_direction_verbs.matches_whole(verb)


def continues_direction(sentence: str) -> list[str]:
    """The directions of a sentence that goes on with the one before ("Trong đó tập trung A; B")."""
    lead = cues().direction_continuations.at_start(sentence)
    if lead is None:
        return []
    return _pieces(sentence[lead.end :].lstrip(" ,:"))


def _direction_verb(sentence: str) -> CueMatch | None:
    for verb in cues().direction_verbs.finditer(sentence):
        if cues().noun_followers.at_start(sentence[verb.end :]) is not None:
            continue  # "chỉ đạo của …" is a noun
        if not _blocked(sentence[: verb.start]):
            return verb
    return None


def _blocked(before: str) -> bool:
    return reported(before) or cues().direction_blockers.ends_with(before.rstrip(" ,")) is not None


def reported(before: str) -> bool:
    """ "đã", "được" … among the last few words: what was done, not what is to be done."""
    words = re.findall(r"[^\W\d_]+", before)
    return any(cues().report_markers.matches_whole(w) for w in words[-_BLOCK_WINDOW:])


def _pieces(text: str) -> list[str]:
    return [p for p in split_top_level(text, ";") if len(p.split()) >= MIN_WORDS]
