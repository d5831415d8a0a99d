"""Rule attained-after-contrast: a difficulty conceded at the head of a sentence ("Theo đó mặc
dù trong năm 2021 tình hình … luôn gặp nhiều những khó khăn, …; tuy nhiên, một số chỉ tiêu … đã
đạt và vượt kế hoạch …") whose contrast opens the main clause. Every phrase comes from
``cues.yaml``."""

from __future__ import annotations

import re

from dvtool.extract.cues import CueMatch, cues

_YEAR = re.compile(r"\s*(?:19|20)\d\d,?\s+")


def _after_opening_period(head: str) -> str:
    """The sentence after the period of a year it opens with ("Năm 2023", "Trong 6 tháng đầu năm
    2023,"), else the sentence."""
    period = cues().period_report_openers.at_start(head)
    year = _YEAR.match(head, period.end) if period is not None else None
    return head[year.end() :] if year is not None else head


def contrasted_main(text: str, found: CueMatch) -> str | None:
    """The main clause after the contrast that follows a conceded difficulty ``found``: the
    sentence opens with a concessive word ("mặc dù", "tuy"), after a connective at most ("Theo
    đó"), and the first contrast ("tuy nhiên", "song", "nhưng") comes after the difficulty. None
    when the sentence opens otherwise or no contrast follows; the caller judges the main clause
    (results keep the sentence a result, a shortcoming or a task keeps it one)."""
    c = cues()
    lead = c.subjectless_connectives.at_start(text)
    head_start = lead.end if lead is not None else 0
    head = text[head_start:].lstrip(" ,")
    head = _after_opening_period(head)  # "Năm 2023 mặc dù có nhiều khó khăn, nhưng …"
    if c.concessive_openers.at_start(head) is None or c.contrast_connectives.at_start(head) is not None:
        return None
    contrast = c.contrast_connectives.search(text)
    if contrast is None or contrast.start < found.end:
        return None
    return text[contrast.end :]
