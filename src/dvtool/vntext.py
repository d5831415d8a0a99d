"""Vietnamese text helpers shared by every reader: accent folding and tone-placement tolerance."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lowercase, strip every diacritic, map đ to d and squeeze spaces.

    "Tồn tại, HẠN CHẾ" and "ton tai, han che" fold to the same key, and so do the old and new
    tone placements (hòa/hoà, ủy/uỷ), because the tone mark is dropped either way.
    """
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    stripped = decomposed if decomposed.isascii() else decomposed.translate(_WITHOUT_MARKS)
    return _SPACES.sub(" ", stripped.casefold()).strip()


class _MarksDropped(dict[int, int | None]):
    """A str.translate table that drops combining marks (``unicodedata.combining``), filled in
    as characters are met: a lookup in C per character instead of a Python call."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_WITHOUT_MARKS = _MarksDropped()


def capitalize_first(text: str) -> str:
    """Upper-case the first letter only ("lãnh đạo tỉnh" -> "Lãnh đạo tỉnh")."""
    return text[:1].upper() + text[1:] if text else text
