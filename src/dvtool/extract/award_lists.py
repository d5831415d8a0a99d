"""Awards a generic award announces and then lists by their recipients: "… công bố quyết định khen
thưởng cho 03 tập thể … gồm: Huyện Hội A nhận Cờ … của UBND tỉnh, huyện Hội B và C nhận Bằng
khen của Chủ tịch UBND tỉnh" is a Cờ for one collective and a Bằng khen for two."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from functools import lru_cache

from dvtool.extract._text import split_top_level
from dvtool.extract.award_recipients import RECIPIENT_COUNT, read_recipients
from dvtool.extract.cues import CueMatch, cues
from dvtool.extract.function_words import alternation, function_words
from dvtool.model import Award

Parse = Callable[[str], list[Award]]


def listed_awards(clause: str, parse: Parse) -> list[Award] | None:
    """The awards the list after a generic award's colon names, one per "<recipients> nhận
    <award>" piece, counted in the kind of recipients the head counts; None unless the pieces
    add up to the head's count (the list is then the head's whole award, split)."""
    generic = cues().generic_award_names.search(clause)
    colon = clause.find(":", generic.end) if generic is not None else -1
    if generic is None or colon < 0:
        return None
    head = clause[generic.end : colon]
    count = RECIPIENT_COUNT.search(head)
    collectives, individuals, _ = read_recipients(head[count.start() :]) if count is not None else (0, 0, [])
    noun = _recipient_noun(head[count.end() :]) if count is not None else None
    if noun is None or (collectives > 0) == (individuals > 0):
        return None
    awards: list[Award] = []
    for names, verb, rest in _pieces(clause[colon + 1 :]):
        found = parse(f"{len(names)} {noun} {verb} {rest}")
        if len(found) != 1:
            return None
        awards.append(dataclasses.replace(found[0], recipients=tuple(names)))
    total = sum(a.collectives + a.individuals for a in awards)
    return awards if awards and total == collectives + individuals else None


def _recipient_noun(text: str) -> str | None:
    """ "tập thể xuất sắc …" -> "tập thể": the noun that says what kind of recipients are counted."""
    stripped = text.strip()
    noun = cues().collective_nouns.at_start(stripped) or cues().individual_nouns.at_start(stripped)
    return stripped[noun.start : noun.end] if noun is not None else None


def _pieces(listed: str) -> list[tuple[list[str], str, str]]:
    """ "A nhận X của G, B và C nhận Y của H": (the recipients' names, the verb, the award and its
    giver) per piece; a comma before a verb joins names, one after the last award goes on with it."""
    pieces: list[tuple[list[str], str, str]] = []
    waiting: list[str] = []
    for part in split_top_level(listed.strip(" ./"), ","):
        verb = _receiving(part)
        if verb is None:
            waiting.append(part.strip())  # "A, B và C nhận …": a name before the verb
            continue
        names = [
            n.strip() for b in [*waiting, part[: verb.start]] for n in _and_split().split(b) if n.strip()
        ]
        pieces.append((names, part[verb.start : verb.end], part[verb.end :].strip()))
        waiting = []
    if waiting and pieces:
        names, verb_text, rest = pieces[-1]
        pieces[-1] = (names, verb_text, ", ".join([rest, *waiting]))
    return pieces


def _receiving(part: str) -> CueMatch | None:
    """The verb of receiving in a piece, when an award's name follows it."""
    verb = cues().award_receiving_verbs.search(part)
    if verb is None or verb.start == 0 or cues().award_names.search(part, verb.end) is None:
        return None
    return verb


@lru_cache(maxsize=1)
def _and_split() -> re.Pattern[str]:
    return re.compile(rf"\s+{alternation(function_words().and_words)}\s+")
