"""Praise given as the award itself: "Dịp này, phường Phú Định đã biểu dương 7 hộ gia đình và 21
cá nhân …", "Sở đã tuyên dương 51 tập thể và 190 cá nhân …": a verb of praise (``praise_verbs``)
right before a count of recipients, in a clause that names no other award, is the award."""

from __future__ import annotations

import re

from dvtool.extract.cues import CueMatch, cues, fold_aligned

_COUNT_AFTER = re.compile(r"\s+\d")


def praise_award(clause: str, pos: int = 0) -> CueMatch | None:
    """The verb of praise from ``pos`` that a count of recipients follows, else None."""
    folded = fold_aligned(clause)  # asked of every sentence: a plain look for the words first
    if not any(f in folded for f in cues().praise_verbs.folded):
        return None
    while (praise := cues().praise_verbs.search(clause, pos)) is not None:
        if _COUNT_AFTER.match(clause, praise.end) and not _named_event(clause[: praise.start]):
            return praise
        pos = praise.end
    return None


def _named_event(before: str) -> bool:
    """ "Sáng 27/5, Hội nghị biểu dương 260 người có uy tín …": the praise names the meeting the
    item reports (an event noun in capitals before it), no award handed out at it."""
    event = cues().event_nouns.ends_with(before.rstrip())
    return event is not None and before[event.start : event.start + 1].isupper()
