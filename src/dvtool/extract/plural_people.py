"""People named together after a plural honorific (rule plural-chairs): "các đồng chí A, B và C -
Phó Trưởng Ban …" is three people who share the title written once after the last name."""

from __future__ import annotations

import re
from functools import lru_cache

from dvtool.extract._text import looks_like_name
from dvtool.extract.cues import cues
from dvtool.extract.function_words import alternation, function_words


def plural_named(entry: str, dash: re.Pattern[str]) -> list[str] | None:
    """ "các đồng chí A, B và C - Phó Trưởng Ban …" -> "A - Phó Trưởng Ban …", "B - …", "C - …":
    a plural honorific, then a list of full names, then the title they share (after ``dash``, or
    none); None when the entry is anything else."""
    m = cues().plural_honorifics.at_start(entry)
    if m is None:
        return None
    rest = entry[m.end :].strip(" :,")
    found = dash.search(rest)
    listed, title = (rest[: found.start()], rest[found.end() :].strip()) if found else (rest, "")
    names = [n.strip() for n in _name_list_join().split(listed)]
    if len(names) < 2 or not all(looks_like_name(n) for n in names) or (found and not title):
        return None
    return [f"{n} - {title}" if title else n for n in names]


@lru_cache(maxsize=1)
def _name_list_join() -> re.Pattern[str]:
    """ "A, B và C": the joins between the names of a list."""
    return re.compile(rf"\s*,\s*|\s+{alternation(function_words().and_words)}\s+")
