"""Round 12: photo captions of plain text that were read as results: one that names the place
with an abbreviation ("Lãnh đạo HĐND TP. Thái Nguyên phát biểu tại Hội nghị."), one whose act is a
report read out ("… thông qua báo cáo"), one that names one person before a dash and closes with
a stop ("Đ/c Nguyễn Văn A – Phó Chủ tịch UBND huyện trao tiền …."), and one a page broke over two
lines ("Đồng chí Nguyễn Văn A –" / "Chủ tịch UBND huyện, phát biểu tại hội nghị"). The sentences
are written for the test: they show the rules work, not that they generalize."""

from __future__ import annotations

import pytest

from dvtool.extract import extract_text
from dvtool.extract.captions import act_caption, speech_caption
from dvtool.model import Report

LEAD = (
    "Ngày 20/12/2023, Ban Dân vận Huyện ủy tổ chức hội nghị tổng kết công tác dân vận năm 2023. "
    "Đồng chí Nguyễn Văn An, Phó Bí thư Thường trực Huyện ủy chủ trì hội nghị."
)
RESULT = "Năm 2023, toàn huyện đã xây dựng 125 mô hình dân vận khéo."
OTHER = "Các cấp ủy đã tổ chức 45 cuộc đối thoại với nhân dân."


def _results(*paragraphs: str) -> list[str]:
    text = "\n\n".join(("Hội nghị tổng kết công tác dân vận năm 2023", LEAD, *paragraphs)) + "\n"
    report: Report = extract_text(text, "x.txt").value
    return [r.text for r in report.results]


@pytest.mark.parametrize(
    "caption",
    [
        "Lãnh đạo UBND TP. Tân An phát biểu tại hội nghị.",
        "Đ/c Trần Văn Bình - Phó Trưởng ban Dân vận Huyện ủy thông qua báo cáo",
        "Đồng chí Lê Thị Mai trình bày báo cáo tổng kết",
        "Đ/c Lê Văn Hùng – Phó Chủ tịch UBND huyện trao quà cho các hộ nghèo.",
        "Đồng chí Phạm Thị Lan - Bí thư Huyện ủy tặng hoa chúc mừng các mô hình dân vận khéo.",
    ],
)
def test_a_caption_line_is_no_result(caption: str) -> None:
    results = _results(RESULT, caption, OTHER)
    assert results == [RESULT, OTHER]


def test_a_caption_broken_over_two_lines_is_no_result() -> None:
    results = _results(
        RESULT, "Đồng chí Nguyễn Văn An –", "Phó Bí thư Thường trực Huyện ủy, phát biểu tại hội nghị", OTHER
    )
    assert results == [RESULT, OTHER]
    results = _results(
        RESULT, "Đồng chí Đại tá Lê Văn Hà,", "Phó Giám đốc Công an tỉnh phát biểu chỉ đạo hội nghị", OTHER
    )
    assert results == [RESULT, OTHER]


def test_a_line_ending_with_a_comma_above_a_result_stays() -> None:
    results = _results("Trong năm 2023,", OTHER)
    assert OTHER in results


@pytest.mark.parametrize(
    "sentence",
    [
        # a stop that ends a sentence, not an abbreviation's dot
        "Bí thư Huyện ủy phát biểu. Hội nghị kết thúc",
        # a plural subject, or a comma after the name: a sentence of the report
        "Các đồng chí lãnh đạo huyện – Ban Thường vụ trao quà cho các hộ nghèo.",
        "Đồng chí Lê Văn Hùng, Phó Chủ tịch UBND huyện trao quà cho các hộ nghèo.",
        # the report tells the act ("đã"), or goes on after it
        "Đồng chí Lê Văn Hùng – Phó Chủ tịch UBND huyện đã trao quà cho các hộ nghèo.",
        "Đồng chí Lê Văn Hùng – Phó Chủ tịch UBND huyện trao quà cho các hộ nghèo, đồng thời chúc Tết.",
        # a report passed without its subject: a subheading
        "Thông qua báo cáo tổng kết",
    ],
)
def test_a_sentence_of_the_report_is_no_caption(sentence: str) -> None:
    assert not act_caption(sentence)
    assert not speech_caption(sentence)
