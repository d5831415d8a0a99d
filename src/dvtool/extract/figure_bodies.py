"""The members a body is made of: "Ban Chấp hành … nhiệm kỳ 2025-2030 gồm 19 đồng chí; Ban
Thường vụ gồm 5 đồng chí". The count says how a committee elected at the meeting is composed,
no result of the period (GOLD.md: not listed); "đã bầu ra 09 đồng chí" reports the election
and stays. Rule body_members (fig9)."""

from __future__ import annotations

from dvtool.extract.cues import cues, has_diacritics
from dvtool.extract.figure_units import listed


def members_of_body(head: str, unit: str | None) -> bool:
    """True when ``unit`` counts members (``figure_member_units``: "đồng chí", "ủy viên") and
    the text before the number (``head``) ends with a word of composition (``figure_composed_words``:
    "gồm", "gồm có")."""
    if not unit:
        return False
    accented = has_diacritics(unit)
    head_words = " ".join(unit.split()[:2])
    if not listed("figure_member_units", head_words, accented=accented):
        return False  # looked up as words: most figures count no members (no pattern compiled)
    return cues().figure_composed_words.ends_with(head.rstrip()) is not None
