"""The ";" parts of a news sentence that states shortcomings: "Các cơ quan được ủy thác … trả lời
trễ; một vài trường hợp CQĐT và VKS chưa có sự thống nhất …", "Phổ biến tình trạng thiếu hụt …;
trình độ văn hóa và tay nghề lao động thấp" are one limitation per part (GOLD.md: one item per
shortcoming) when every part states one, in the wide sense: a marker ("còn", "chưa"), a predicate
("thấp", "xuống cấp"), a phrase ("đáng quan ngại") or a negated clause. Rule semicolon_shortcomings
(lim10). Every phrase comes from ``cues.yaml``."""

from __future__ import annotations

from dvtool.extract._text import split_top_level
from dvtool.extract.cues import cues
from dvtool.extract.shortcoming_examples import named_difficulties
from dvtool.extract.shortcomings import (
    negated_clause,
    opens_as_task,
    split_clauses,
    split_shortcomings,
    stated_phrase,
)


def prose_shortcomings(text: str) -> list[str]:
    """The limitations of ``text`` read in a news item's prose: one per ";" part when every part
    states a shortcoming, else :func:`split_shortcomings`."""
    parts = [p for p in split_top_level(text, ";") if p.strip()]
    if len(parts) < 2 or named_difficulties(text) or not all(_states(p) for p in parts):
        return split_shortcomings(text)
    return [c for p in parts for c in split_clauses(p)]


def _states(part: str) -> bool:
    """The part states a shortcoming, and is no task stated without its subject ("phát động …")."""
    if opens_as_task(part.lstrip()):
        return False
    c = cues()
    return (
        c.shortcoming_markers.contains(part)
        or c.shortcoming_part_words.contains(part)
        or c.shortcoming_predicates.contains(part)
        or stated_phrase(part) is not None
        or negated_clause(part) is not None
    )
