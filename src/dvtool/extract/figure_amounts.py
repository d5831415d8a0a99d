"""An amount of money written in two scale words ("1 tỷ 700 triệu đồng", "3 triệu 500 nghìn
đồng"): one figure in the larger scale (1,7 tỷ đồng; GOLD.md keeps the scale word in the unit).
Rule compound_amounts (fig12); the scale words and their exponents are
``figure_compound_scales`` in cues.yaml."""

from __future__ import annotations

from dvtool.extract.cues import cues
from dvtool.model import Number, canonical_number


def _scale_at(text: str, pos: int) -> tuple[int, int] | None:
    """The exponent and end of the scale word ("tỷ" 9, "triệu" 6, "nghìn" 3) after ``pos``."""
    if text[pos : pos + 1] != " ":
        return None
    for exponent, words in cues().figure_compound_scales.items():
        m = words.match_at(text, pos + 1)
        if m is not None and not text[m.end : m.end + 1].isalnum():
            return int(exponent), m.end
    return None


def compound_amount(
    text: str, big: tuple[int, Number], small: tuple[int, int, Number]
) -> tuple[Number, str, int] | None:
    """The number ending at ``big[0]`` (value ``big[1]``) and the one at ``small[0]:small[1]``
    (value ``small[2]``) as one amount: "2 tỷ 285 triệu đồng" is 2.285. Returns its value, the
    larger scale word, and the length of the smaller one, which opens the unit read after the
    second number; None unless a scale word follows each number, nothing else stands between
    them, and the second is less than one of the larger scale ("12 tỷ 2.500 triệu" stays two)."""
    big_end, big_value = big
    small_start, small_end, small_value = small
    first, second = _scale_at(text, big_end), _scale_at(text, small_end)
    if first is None or second is None or text[first[1] : small_start].strip():
        return None
    step = 10 ** (first[0] - second[0])
    if step <= 1 or not 0 < small_value < step:
        return None
    word = text[big_end + 1 : first[1]]
    return canonical_number(big_value + small_value / step), word, second[1] - small_end - 1
