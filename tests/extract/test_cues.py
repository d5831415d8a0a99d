"""cues.yaml loads, and every cue matches in every spelling an office may type."""

from __future__ import annotations

import unicodedata

import pytest

from dvtool.extract.cues import CueSet, cues, fold_aligned, load_cues_text, tone_key
from dvtool.vntext import fold

_OLD_TONE = {
    "oà": "òa",
    "oá": "óa",
    "oả": "ỏa",
    "oã": "õa",
    "oạ": "ọa",
    "uỳ": "ùy",
    "uý": "úy",
    "uỷ": "ủy",
    "uỹ": "ũy",
    "uỵ": "ụy",
    "oè": "òe",
    "oé": "óe",
    "oẻ": "ỏe",
    "oẽ": "õe",
    "oẹ": "ọe",
}


def _other_tone_placement(text: str) -> str:
    for new, old in _OLD_TONE.items():
        if new in text:
            return text.replace(new, old)
        if old in text:
            return text.replace(old, new)
    return text


def _all_cues() -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for name, cue_set in cues().sets.items():
        pairs.extend((name, p) for p in cue_set.phrases)
    for name, mapping in cues().maps.items():
        for key, cue_set in mapping.items():
            pairs.extend((f"{name}.{key}", p) for p in cue_set.phrases)
    return pairs


def test_the_cue_file_loads_as_named_lists() -> None:
    assert load_cues_text().strip()
    assert {"chair_cues", "attend_cues", "award_names", "figure_unit_stops"} <= set(cues().sets)
    assert all(cue_set.phrases for cue_set in cues().sets.values())


@pytest.mark.parametrize(("name", "phrase"), [p for p in _all_cues() if "*" not in p[1]])
def test_every_cue_matches_with_and_without_diacritics_in_any_case_and_tone_placement(
    name: str, phrase: str
) -> None:
    cue_set = _find(name)
    variants = {
        phrase,
        phrase.upper(),
        phrase.capitalize(),
        fold(phrase),
        unicodedata.normalize("NFC", _other_tone_placement(phrase)),
    }
    for variant in variants:
        text = f"xx {variant} yy"
        assert cue_set.contains(text), f"{name}: {variant!r} not matched"


def test_a_wildcard_cue_matches_any_few_words() -> None:
    assert cues()["attend_cues"].at_start("Về phía tỉnh có đồng chí Lê Văn Cường")
    assert cues()["attend_cues"].at_start("Ve phia Trung uong co dong chi")


def test_cues_match_whole_words_only() -> None:
    assert not cues()["award_verbs"].contains("bằng khen tặngxx")
    assert CueSet("t", ["hội"]).search("Hội nghị") is not None
    assert CueSet("t", ["hội"]).search("xã hội") is not None
    assert CueSet("t", ["hội"]).search("hộiđồng") is None


def test_accented_text_tells_apart_words_that_differ_only_in_tone() -> None:
    stops = CueSet("t", ["giảm", "đạt"])
    assert not stops.contains("cuộc giám sát")
    assert not stops.contains("m2 đất")
    assert stops.contains("cuoc giam sat")  # no diacritics: only folding is possible


def test_the_aligned_views_keep_offsets_and_agree_with_fold() -> None:
    text = "Ủy ban MTTQ tỉnh, HOÀ BÌNH, Đảng uỷ"
    assert len(fold_aligned(text)) == len(text) == len(tone_key(text))
    assert fold_aligned(text) == fold(text)
    assert tone_key("hoà uỷ") == tone_key("hòa ủy")


def _find(name: str) -> CueSet:
    if "." in name:
        top, key = name.split(".")
        return cues().map(top)[key]
    return cues()[name]
