"""Rule attained-after-contrast: a difficulty conceded at the head of a sentence ("Theo đó mặc
dù trong năm 2021 tình hình … luôn gặp nhiều những khó khăn, …; tuy nhiên, một số chỉ tiêu … đã
đạt và vượt kế hoạch …") whose contrast opens the main clause. Every phrase comes from
``cues.yaml``."""

from __future__ import annotations

import re

from dvtool.extract.cues import CueMatch, cues

# the year a sentence opens with, before its concession ("Năm 2023", "Trong năm 2023,")
_YEAR_HEAD = re.compile(r"(?:[Tt]rong )?[Nn]ăm (?:19|20)\d\d,?\s+")


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
    year = _YEAR_HEAD.match(head)  # "Năm 2023 mặc dù có nhiều khó khăn, nhưng …"
    head = head[year.end() :] if year is not None else head
    if c.concessive_openers.at_start(head) is None or c.contrast_connectives.at_start(head) is not None:
        return None
    contrast = c.contrast_connectives.search(text)
    if contrast is None or contrast.start < found.end:
        return None
    return text[contrast.end :]
