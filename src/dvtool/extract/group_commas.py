"""The groups of an attendance phrase split at a comma: "các đồng chí trong Ban Thường vụ, lãnh
đạo các phòng" is two groups, a person's titles stay whole."""

from __future__ import annotations

import re

from dvtool.extract._text import looks_like_name
from dvtool.extract.cues import cues
from dvtool.extract.function_words import function_words

_COMMA = re.compile(r",\s+")


def starts_with_single_honorific(text: str) -> bool:
    m = cues().honorifics.at_start(text)
    return m is not None and not text[m.start : m.end].casefold().startswith(function_words().plural_words)


def split_group_commas(text: str) -> list[str]:
    """ "các đồng chí trong Ban Thường vụ, lãnh đạo các phòng": in a group, a comma before
    "lãnh đạo", "đại diện" … starts another group (a person's titles are not split)."""
    head = text.strip()
    if not cues().group_heads.at_start(head) or starts_with_single_honorific(head):
        return [text]
    parts: list[str] = []
    start = 0
    for m in _COMMA.finditer(text):
        after = text[m.end() :]
        if m.start() > start and (cues().comma_group_heads.at_start(after) or _crowd(after)):
            parts.append(text[start : m.start()])
            start = m.end()
    parts.append(text[start:])
    return parts


def _crowd(text: str) -> bool:
    """ "trên 100 đại biểu …": an approximate count opens a crowd of its own ("Đại diện 14 trường
    học, 55 khu phố": a bare count goes on with the head before it)."""
    words = text.split(maxsplit=2)
    return (
        len(words) == 3 and words[0].casefold() in function_words().approximate_words and words[1].isdigit()
    )


def full_name(text: str) -> bool:
    """A person's full name, not a body's that is written like one: "Sở Công Thương", "Cục Thuế
    Khánh Hòa" open with the head word of a body; "Đoàn Văn Thắng" is a name (cues.yaml
    surname_heads: a body's head word that is also a family name)."""
    return looks_like_name(text) and not _body_head(text)


def dashed_person(piece: str, dash: re.Pattern[str]) -> bool:
    """ "bà A – Phó Chủ tịch …": a person before a dash, not a body's name typed with one ("Sở Kế
    hoạch- Đầu tư")."""
    return dash.search(piece) is not None and not _body_head(piece.strip())


def _body_head(text: str) -> bool:
    head = cues().org_heads.at_start(text)
    return head is not None and not cues().surname_heads.matches_whole(head.cue)


MAX_NAME_WORDS = 4


def name_length(run: list[str]) -> int:
    """How many of the capitalised words ending a title are the name: "… thành phố Hà Nội Nguyễn
    Thế Thảo" -> 3: from the first family name (cues.yaml family_names) among the last four words
    that leaves a name of at least two; the last four words when none is, the run when short."""
    if len(run) <= MAX_NAME_WORDS - 1:
        return len(run)
    last = run[-MAX_NAME_WORDS:]
    for at, word in enumerate(last[:-1]):
        if cues().family_names.matches_whole(word):
            return len(last) - at
    return len(last)
