"""The function words (``function_words.yaml``) loaded once into typed attributes, and the one
helper that turns a list of them into a regular-expression alternation."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from dvtool.extract._yamldata import check_declared, packaged_mapping, packaged_text

FUNCTION_WORDS_FILE = "function_words.yaml"


class FunctionWords:
    """Every entry of ``function_words.yaml`` as a typed attribute (words as written)."""

    and_words: tuple[str, ...]
    with_words: tuple[str, ...]
    approximate_words: tuple[str, ...]
    deputy_words: tuple[str, ...]
    person_joiners: tuple[str, ...]
    person_heads: tuple[str, ...]
    plural_words: tuple[str, ...]
    member_titles: tuple[str, ...]
    proxy_words: tuple[str, ...]
    passive_markers: tuple[str, ...]
    recipient_prepositions: tuple[str, ...]
    reason_prepositions: tuple[str, ...]
    giver_trailers: tuple[str, ...]
    location_prepositions: tuple[str, ...]
    meeting_nouns: tuple[str, ...]
    listing_verbs: tuple[str, ...]
    agent_words: tuple[str, ...]
    numerals: dict[str, int]
    ten_words: tuple[str, ...]
    tens_words: tuple[str, ...]
    percent_words: tuple[str, ...]
    period_units: tuple[str, ...]
    range_words: tuple[str, ...]

    def __init__(self, data: dict[str, Any]) -> None:
        check_declared(data, FunctionWords, FUNCTION_WORDS_FILE)
        for name, value in data.items():
            if isinstance(value, dict):
                setattr(self, name, {str(k): int(v) for k, v in value.items()})
            else:
                setattr(self, name, tuple(str(v) for v in value))


def alternation(words: tuple[str, ...], space: str = " ") -> str:
    """ "(?:và|cùng)": the words as a non-capturing group, in their order, each escaped; the
    spaces inside a phrase become ``space`` (r"\\s+" where any run of spaces may separate)."""
    return "(?:" + "|".join(space.join(re.escape(part) for part in w.split(" ")) for w in words) + ")"


def load_function_words_text() -> str:
    """The function words as shipped in the package."""
    return packaged_text(FUNCTION_WORDS_FILE)


@lru_cache(maxsize=1)
def function_words() -> FunctionWords:
    """The function words, loaded once per process."""
    return FunctionWords(packaged_mapping(FUNCTION_WORDS_FILE))
