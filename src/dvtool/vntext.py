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
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.casefold()).strip()


def capitalize_first(text: str) -> str:
    """Upper-case the first letter only ("lãnh đạo tỉnh" -> "Lãnh đạo tỉnh")."""
    return text[:1].upper() + text[1:] if text else text
