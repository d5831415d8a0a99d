"""A clause broken by a hard wrap after ";" or ":" (trial 10). The texts are written for the
test: they show that the rule works on them, not that it generalizes."""

from __future__ import annotations

import textwrap

from dvtool.extract.blocks import text_paragraphs

SENTENCE = (
    "Tham dự Hội nghị tại điểm cầu tỉnh có đồng chí Trần Đình Văn - Phó Bí thư Thường trực Tỉnh ủy; "
    "đồng chí Phạm Thị Phúc - Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy; các đồng chí lãnh đạo "
    "Ban Dân vận Tỉnh ủy và đại diện các sở, ngành, đoàn thể của tỉnh cùng cán bộ, công chức của Ban."
)


def test_a_semicolon_at_a_wrapped_line_end_does_not_end_the_paragraph() -> None:
    wrapped = "\n".join(textwrap.wrap(SENTENCE, 50))
    assert any(line.endswith("Tỉnh ủy;") for line in wrapped.splitlines())  # the case under test
    assert [b.text for b in text_paragraphs(wrapped)] == [SENTENCE]


def test_lines_of_a_list_ending_in_semicolons_stay_apart_when_the_text_is_not_wrapped() -> None:
    text = "Nơi nhận:\nnhư trên;\nthường trực Huyện ủy;\nlưu văn phòng.\n"
    assert [b.text for b in text_paragraphs(text)] == [
        "Nơi nhận:",
        "như trên;",
        "thường trực Huyện ủy;",
        "lưu văn phòng.",
    ]
