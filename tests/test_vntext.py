"""vntext.fold drops combining marks through a str.translate table: the same key as dropping
every character unicodedata.combining names, one by one (the implementation before)."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import example, given, settings
from hypothesis import strategies as st

from dvtool.vntext import fold
from tests.strategies import ALPHABET


def _fold_by_characters(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", stripped.casefold()).strip()


@settings(max_examples=500)
@given(st.one_of(st.text(), st.text(alphabet=ALPHABET + "\u0300\u0301\u0303\u0309\u0323\u20dd")))
@example("Tồn tại, HẠN CHẾ  Ủy ban\u00a0hoà")
@example("ﬁ ǅ ẞ ⅷ Ⅻ ῼ")
def test_fold_is_the_character_by_character_fold(text: str) -> None:
    assert fold(text) == _fold_by_characters(text)


def test_every_character_folds_as_before() -> None:
    for code in range(0x110000):
        if 0xD800 <= code < 0xE000:
            continue
        assert fold(chr(code)) == _fold_by_characters(chr(code)), hex(code)
