"""Rule wrapped-number-line (off10, round 10): in text taken from a PDF, a line that opens with a
number followed by a comma or semicolon ("2026, bảo đảm …") goes on with the line above it when
that one ends in a word or a dash. Lines written for the test: they show the rule works, not
that it generalizes."""

from __future__ import annotations

from dvtool.extract.blocks import text_paragraphs


def test_a_year_after_a_wrapped_line_goes_on_with_it() -> None:
    text = (
        "- Tập trung chỉ đạo triển khai đồng bộ các nhiệm vụ chính trị ngay từ đầu năm\n"
        "2026, bảo đảm thông suốt, hiệu quả.\n"
        "- Tăng cường công tác nắm tình hình tư tưởng."
    )
    blocks = text_paragraphs(text)
    assert [b.text for b in blocks] == [
        "- Tập trung chỉ đạo triển khai đồng bộ các nhiệm vụ chính trị ngay từ đầu năm 2026,"
        " bảo đảm thông suốt, hiệu quả.",
        "- Tăng cường công tác nắm tình hình tư tưởng.",
    ]


def test_a_term_broken_after_its_dash_goes_on() -> None:
    blocks = text_paragraphs("Đại hội Đảng bộ xã nhiệm kỳ 2025 –\n2030; tuyên truyền các sự kiện.")
    assert len(blocks) == 1


def test_a_count_after_a_time_stamp_starts_its_own_line() -> None:
    blocks = text_paragraphs("Thứ 2, 13/11/2023 | 10:01:00\n12,636 lượt xem")
    assert len(blocks) == 2


def test_a_line_after_a_finished_sentence_starts_its_own_paragraph() -> None:
    blocks = text_paragraphs("Hội nghị kết thúc.\n2026, năm của chuyển đổi số.")
    assert len(blocks) == 2
