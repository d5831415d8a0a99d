"""People named together after a plural honorific (rule plural-chairs): "các đồng chí A, B và C -
Phó Trưởng Ban …" is three people who share the title written once after the last name; "các đồng
chí A, B, Phó Trưởng Ban …" (the title after a comma, rule plural-comma-title) reads the same."""

from __future__ import annotations

import re
from functools import lru_cache

from dvtool.extract._text import looks_like_name, split_top_level
from dvtool.extract.cues import cues
from dvtool.extract.function_words import alternation, function_words


def plural_named(entry: str, dash: re.Pattern[str]) -> list[str] | None:
    """ "các đồng chí A, B và C - Phó Trưởng Ban …" -> "A - Phó Trưởng Ban …", "B - …", "C - …":
    a plural honorific, then a list of full names, then the title they share (after ``dash``, or
    after a comma, or none); None when the entry is anything else."""
    m = cues().plural_honorifics.at_start(entry)
    if m is None:
        return None
    rest = entry[m.end :].strip(" :,")
    found = dash.search(rest)
    listed, title = (rest[: found.start()], rest[found.end() :].strip()) if found else _comma_title(rest)
    names = [n.strip() for n in _name_list_join().split(listed)]
    if len(names) < 2 or not all(looks_like_name(n) for n in names) or (found and not title):
        return None
    return [f"{n} - {title}" if title else n for n in names]


def _comma_title(rest: str) -> tuple[str, str]:
    """ "A, B, Phó Trưởng Ban Dân vận Tỉnh ủy" -> ("A, B", "Phó Trưởng Ban Dân vận Tỉnh ủy"): the
    names, and the title after the last of them when one follows a comma (capitalised, no name
    itself: "A, B, lãnh đạo các sở" names a group, and is left whole)."""
    pieces = split_top_level(rest, ",")
    for i, piece in enumerate(pieces[1:], start=1):
        names = [n.strip() for n in _name_list_join().split(piece)]
        if all(looks_like_name(n) for n in names):
            continue
        titles = [p.strip() for p in pieces[i:]]
        if not titles[0][:1].isupper() or any(looks_like_name(t) for t in titles):
            break  # "A, B, Phó Bí thư, C, Phó Trưởng Ban": each person has a title of their own
        return ", ".join(pieces[:i]), ", ".join(titles)
    return rest, ""


@lru_cache(maxsize=1)
def _name_list_join() -> re.Pattern[str]:
    """ "A, B và C": the joins between the names of a list."""
    return re.compile(rf"\s*,\s*|\s+{alternation(function_words().and_words)}\s+")
