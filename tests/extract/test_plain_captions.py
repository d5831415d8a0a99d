"""Rule plain-captions (ux10): photo captions in plain text (text saved from a news page) are
no results, awards or attendees, as an HTML <figcaption> is none. The sentences are written
for the test: they show the rule works, not that it generalizes."""

from __future__ import annotations

import pytest

from dvtool.extract import extract_text
from dvtool.extract.captions import act_caption, attendance_caption, is_credit, without_captions
from dvtool.model import Report

LEAD = (
    "Ngày 20/12/2023, Ban Dân vận Huyện ủy tổ chức hội nghị tổng kết công tác dân vận năm 2023. "
    "Đồng chí Nguyễn Văn An, Phó Bí thư Thường trực Huyện ủy chủ trì hội nghị."
)
RESULT = "Năm 2023, toàn huyện đã xây dựng 125 mô hình dân vận khéo."
OTHER = "Các cấp ủy đã tổ chức 45 cuộc đối thoại với nhân dân."


def _read(*paragraphs: str) -> Report:
    text = "\n\n".join(("Hội nghị tổng kết công tác dân vận năm 2023", LEAD, *paragraphs)) + "\n"
    return extract_text(text, "x.txt").value


def _results(report: Report) -> list[str]:
    return [r.text for r in report.results]


@pytest.mark.parametrize(
    "caption",
    [
        # an act of the event, no closing stop (the trial's Bàu Bàng page)
        "Lãnh đạo Ủy ban MTTQ tỉnh và huyện tặng hoa chúc mừng tân Chủ tịch Ủy ban MTTQ huyện",
        "Bà Trần Thị Hạnh, Phó Chủ tịch Ủy ban MTTQ tỉnh trao bằng khen cho các cá nhân xuất sắc",
        # who stands in the photo, without a name
        "Các đại biểu tham dự hội nghị.",
        "Đại biểu dự hội nghị",
        "Cán bộ, Nhân dân tham dự ngày hội",
        "Các đại biểu chụp ảnh lưu niệm.",
        # a credit after the caption's stop, and credits standing alone (held before this rule)
        "Đồng chí Nguyễn Văn An trao Bằng khen cho các tập thể. Ảnh: LK",
        "Ảnh: Minh Hằng",
        "(Ảnh: Thanh Khoa)",
        # a credit typed against the word before its dash
        "Hội nghị tổng kết phong trào của Hội Cựu chiến binh phường Cẩm Phô- Ảnh: Lê Hiền",
    ],
)
def test_a_caption_line_is_no_result_no_award_and_no_attendee(caption: str) -> None:
    report = _read(RESULT, caption, OTHER)
    assert _results(report) == [RESULT, OTHER]
    assert report.awards == ()
    assert report.attendees == ()


def test_a_short_act_above_a_credit_line_is_a_caption_and_a_result_above_one_stays() -> None:
    caption = "Đồng chí Nguyễn Văn An trao Giấy khen cho 10 tập thể có thành tích xuất sắc."
    report = _read(caption, "Ảnh: Minh Hằng", RESULT, "(Ảnh: Thanh Khoa)", OTHER)
    assert _results(report) == [RESULT, OTHER]
    assert report.awards == ()


def test_a_credit_in_parentheses_inside_a_paragraph_closes_the_caption_before_it() -> None:
    paragraph = (
        "Toàn huyện đã giải quyết 120 đơn thư của công dân. Đồng chí Nguyễn Văn An, Bí thư Huyện ủy "
        "trao quà cho các hộ nghèo. (Ảnh: Trọng Toàn) Về dân vận chính quyền, các xã đã tiếp 300 lượt "
        "công dân."
    )
    report = _read(paragraph)
    assert _results(report) == [
        "Toàn huyện đã giải quyết 120 đơn thư của công dân.",
        "Về dân vận chính quyền, các xã đã tiếp 300 lượt công dân.",
    ]


def test_a_credit_standing_as_a_sentence_is_dropped_and_the_rest_kept() -> None:
    assert without_captions(["Ảnh: lamdongtv.vn", RESULT]) == [RESULT]
    assert without_captions([RESULT, OTHER]) == [RESULT, OTHER]


@pytest.mark.parametrize(
    "line",
    [
        # a subheading naming the act without who did it
        "Trao 50 suất quà cho các hộ nghèo",
        # a named person at the meeting is attendance, not a caption
        "Đồng chí Nguyễn Văn An, Bí thư Huyện ủy tham dự hội nghị.",
        # punctuated sentences reporting results
        RESULT,
        "Các đại biểu đã thảo luận và thống nhất 12 giải pháp trọng tâm.",
    ],
)
def test_lines_that_are_no_captions(line: str) -> None:
    assert not act_caption(line) and not attendance_caption(line)


def test_what_a_credit_is() -> None:
    assert is_credit("Ảnh: Minh Hằng") and is_credit("(Ảnh: TTXVN)") and is_credit("Ảnh: lamdongtv.vn.")
    assert not is_credit("Ảnh hưởng của bão số 3 làm 12 hộ mất nhà.")
    assert not is_credit("Ảnh: " + "rất dài " * 10)


def test_a_sentence_cut_after_its_verb_is_no_caption() -> None:
    assert not act_caption("Nhân dịp này, UBND huyện đã tặng")
