"""Long paragraphs and lines read as short ones do: the helpers that look back from a position
(the word before a dot, the cue a text ends with, the authority at a line's end) give the same
answers whatever stands before."""

from __future__ import annotations

import re

import pytest

from dvtool.extract._text import _word_before, split_sentences
from dvtool.extract.cues import CueMatch, CueSet
from dvtool.interpret import official_lines as ol

_SENTENCE = "Đoàn công tác do PGS.TS. Nguyễn Văn An dẫn đầu đã làm việc tại TP. Hồ Chí Minh."


def test_a_long_paragraph_splits_at_each_sentence_end_and_not_after_titles() -> None:
    paragraph = " ".join([_SENTENCE] * 300)
    assert split_sentences(paragraph) == [_SENTENCE] * 300


@pytest.mark.parametrize(
    "before",
    ["", "TP", "x TP", "PGS.TS", "a_b", "Bs.CKII", "TP\n", "TP\n\n", "2.500", "(TP", "ở  TP", "Hồ\u0301"],
)
def test_the_word_before_a_dot_is_what_the_old_search_found(before: str) -> None:
    found = re.search(r"([\w.]+)$", before)
    assert _word_before(before + ".", len(before)) == (found.group(1) if found else "")


_DAYS = CueSet("days", ["thứ hai", "hai " + "b" * 56])


def test_a_cue_at_the_end_of_a_long_text_has_offsets_in_the_whole_text() -> None:
    short = "Sáng thứ Hai"
    filler = "Hội nghị tổng kết công tác năm, " * 100
    found = _DAYS.ends_with(short)
    assert found is not None
    assert _DAYS.ends_with(filler + short + "  ") == CueMatch(
        found.start + len(filler), found.end + len(filler), found.cue
    )


def test_the_view_of_a_long_text_is_still_chosen_by_the_whole_text() -> None:
    tail = "x " * 40 + "thu hai"
    assert _DAYS.ends_with(tail) is not None  # unaccented text: matched folded
    assert _DAYS.ends_with("Hội nghị " + tail) is None  # accented text: tones told apart


def test_a_cue_that_fills_the_searched_tail_still_needs_a_word_boundary_before_it() -> None:
    cue = "hai " + "b" * 56  # 60 characters: it starts where the searched tail starts
    assert _DAYS.ends_with("Hội nghị thứ " + cue) is not None
    assert _DAYS.ends_with("Hội nghị thứ" + cue) is None


def test_an_authority_after_a_long_recipient_line_is_split_off() -> None:
    line = "- " + "Sở Xây dựng, Sở Tài chính, " * 40 + "UBND các huyện; KT. GIÁM ĐỐC"
    assert ol.split_signature_line(line) == (line[: -len("KT. GIÁM ĐỐC")].strip(), "KT. GIÁM ĐỐC")


def test_a_name_or_a_signature_note_after_a_long_recipient_line_is_split_off() -> None:
    head = "- " + "Sở Xây dựng, Sở Tài chính, " * 40 + "UBND các huyện."
    assert ol.split_signature_line(head + " Nguyễn Văn An") == (head, "Nguyễn Văn An")
    assert ol.split_signature_line(head + " (đã ký)") == (head, "(đã ký)")
    assert ol.split_signature_line(head + " các xã, thị trấn") == (head + " các xã, thị trấn", "")
