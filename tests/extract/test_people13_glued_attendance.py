"""Rule glued_after_quote (people13): a full stop right after a closing quotation mark or bracket
ends a sentence when a lower-case word is glued to it ("… “Luyện quân - Lập công”.về dự có …"),
so the attendance that sentence opens is read; a capitalised word glued there is left as the page
has it (narrowed at merge: cutting "”.Từ" lost a shortcoming and two directions of dev 209).
Sentences written for the test: they show the rule works, not that it generalizes."""

from __future__ import annotations

from dvtool.extract import extract_text
from dvtool.extract._text import split_sentences


def test_a_stop_after_a_closing_quote_ends_a_sentence_glued_to_the_next() -> None:
    text = "Lễ phát động có chủ đề “Thi đua - Lập công”.về dự có đồng chí Lê Văn Hải, Bí thư Đảng ủy xã."
    assert split_sentences(text) == [
        "Lễ phát động có chủ đề “Thi đua - Lập công”.",
        "về dự có đồng chí Lê Văn Hải, Bí thư Đảng ủy xã.",
    ]


def test_a_capital_glued_after_a_closing_quote_is_left_as_it_is() -> None:
    # after a closing quotation mark the page's own text is kept (dev 209); after a closing
    # bracket a capitalised sentence starts anew (round 14, dev 491)
    text = "Phong trào mang tên “Dân vận khéo”.Tuy nhiên, chi còn chậm."
    assert split_sentences(text) == [text]
    bracketed = "Thu ngân sách đạt 120 tỷ đồng (vượt 5%).Tuy nhiên, chi còn chậm."
    assert split_sentences(bracketed) == [
        "Thu ngân sách đạt 120 tỷ đồng (vượt 5%).",
        "Tuy nhiên, chi còn chậm.",
    ]


def test_a_dotted_abbreviation_inside_brackets_is_no_sentence_end() -> None:
    assert split_sentences("Đoàn làm việc tại trụ sở (TP.HCM) và thăm 3 xã.") == [
        "Đoàn làm việc tại trụ sở (TP.HCM) và thăm 3 xã."
    ]


def test_the_attendance_after_a_glued_quote_is_read() -> None:
    text = (
        "Huyện đoàn phát động tháng thanh niên\n\n"
        "Sáng 2-3, Huyện đoàn tổ chức lễ phát động tháng thanh niên với chủ đề “Tuổi trẻ xung kích”.về dự có"
        " đ/c Lê Văn Hải, Phó Bí thư huyện ủy; đ/c Trần Thị Lan, Phó Chủ tịch UBND huyện.\n"
    )
    attendees = extract_text(text, "a.txt").value.attendees
    assert [a.name for a in attendees] == ["Lê Văn Hải", "Trần Thị Lan"]
