"""The difficulties a sentence names by example: "Năm 2021, đối mặt với những khó khăn lớn như
tình hình dịch bệnh Covid-19 diễn biến phức tạp và sự bất lợi về thời tiết, … Đảng ủy xã đã …".
Each example joined by "và" is one limitation (GOLD.md: one item per shortcoming), not the whole
sentence. Rule named_difficulties (fig9)."""

from __future__ import annotations

import re

from dvtool.extract.cues import cues, has_diacritics
from dvtool.extract.figure_units import listed

_EXAMPLES_END = re.compile(r"[,;:.…!?(]")
_BEFORE_EXAMPLE = 3  # words between the difficulty noun and "như" ("khó khăn lớn như")
_EXAMPLE_WORDS = (2, 12)  # words of one named example
_MAX_EXAMPLES = 4


def named_difficulties(text: str) -> list[str]:
    """The examples after "<difficulty noun> [a few words] như", up to the clause's end, one per
    part joined by "và" (``and_words``); [] unless there are two to four of them, each a short
    phrase."""
    accented = has_diacritics(text)
    for name in cues().limitation_names.finditer(text):
        words = text[name.end :].split(" ", _BEFORE_EXAMPLE + 1)
        at = next(
            (
                k
                for k, w in enumerate(words[: _BEFORE_EXAMPLE + 1])
                if listed("difficulty_example_words", w, accented=accented)
            ),
            None,
        )
        if at is None:
            continue
        start = name.end + len(" ".join(words[: at + 1]))
        rest = text[start:].lstrip()
        listed_part = _EXAMPLES_END.split(rest, maxsplit=1)[0]
        parts = [p.strip() for p in _and_split(listed_part) if p.strip()]
        low, high = _EXAMPLE_WORDS
        if 2 <= len(parts) <= _MAX_EXAMPLES and all(low <= len(p.split()) <= high for p in parts):
            return parts
    return []


def _example_word(word: str, accented: bool) -> bool:
    return listed("difficulty_example_words", word, accented=accented)


def _and_split(text: str) -> list[str]:
    from dvtool.extract.function_words import function_words

    joins = "|".join(re.escape(w) for w in function_words().and_words if " " not in w)
    return re.split(rf"\s+(?:{joins})\s+", text) if joins else [text]
