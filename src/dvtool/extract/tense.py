"""Words that report what was done ("đã", "đang", "vừa", "được" … of cues.yaml
``report_markers``): a clause holding one tells what happened, not what is to be done."""

from __future__ import annotations

import re
from collections.abc import Collection

from dvtool.extract.cues import cues

WORDS = re.compile(r"[^\W\d_]+")


def reports_in(text: str, *, last: int | None = None, besides: Collection[str] = ()) -> bool:
    """Is any word of ``text`` (of its ``last`` words) "đã", "đang" … — other than ``besides``?"""
    words = WORDS.findall(text)
    return any(_report_marker(w) and w.lower() not in besides for w in words[-last if last else 0 :])


def _report_marker(word: str) -> bool:
    """ "đã", "đang" … as the whole word, tones told apart ("Đảng" is not "đang")."""
    found = cues().report_markers.match_at(word, 0)
    return found is not None and found.end == len(word)
