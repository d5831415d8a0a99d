"""Rule semicolon_shortcomings (lim10): a news sentence stating shortcomings is one limitation per
";" part when every part states one. Sentences written for these tests: they show the rule works
on them, not that it generalizes (tests/eval measures that)."""

from __future__ import annotations

from dvtool.extract.semicolon_shortcomings import prose_shortcomings


def test_every_part_stating_a_shortcoming_is_one_item() -> None:
    text = "Một số cơ quan được đề nghị giám định trả lời trễ; trình độ tay nghề của người lao động thấp."
    assert prose_shortcomings(text) == [
        "Một số cơ quan được đề nghị giám định trả lời trễ",
        "trình độ tay nghề của người lao động thấp.",
    ]


def test_a_part_that_states_nothing_wanting_keeps_the_sentence_whole() -> None:
    text = "Tỷ lệ giải ngân vốn đầu tư còn thấp; tỉnh đã tổ chức nhiều đoàn kiểm tra tại cơ sở."
    assert prose_shortcomings(text) == [text]


def test_a_part_that_is_a_task_keeps_the_sentence_whole() -> None:
    text = "Xử lý nghiêm các xe chở quá tải; phát động không uống rượu bia khi lái xe."
    assert prose_shortcomings(text) == [text]
