"""Round 16, from dev 521 (wave 20, a ward's portal): a difficulty conceded after the year a sentence
opens with ("Năm 2023 mặc dù có nhiều khó khăn, nhưng … đã hoàn thành xuất sắc …") is no
shortcoming; "UB." is an abbreviation, not a sentence's end; in an attendance list, a comma before
"trưởng các …", "các đồng chí …" or a crowd ("trên 100 đại biểu") starts another group; a portal's
"Viết bình luận" / "Xem thêm tin tức" end the article, so the byline above them is found. The
texts are written for these tests: they show the rules work, not that they generalize."""

from __future__ import annotations

from dvtool.extract import extract_text
from dvtool.model import Report

HEAD = (
    "Đảng bộ phường tổng kết công tác năm 2023\n\n"
    "Sáng 10/1/2024, Đảng ủy phường tổ chức hội nghị tổng kết công tác năm 2023.\n\n"
)


def _report(body: str) -> Report:
    return extract_text(HEAD + body, "x.txt").value


def test_a_difficulty_conceded_after_the_opening_year_is_no_shortcoming() -> None:
    body = (
        "Năm 2023 mặc dù có nhiều khó khăn, nhưng được sự quan tâm lãnh đạo của Quận ủy, Đảng bộ phường "
        "đã hoàn thành xuất sắc các nhiệm vụ chính trị của địa phương.\n"
    )
    assert _report(body).limitations == ()


def test_the_groups_of_an_attendance_list_split_at_their_heads() -> None:
    body = (
        "Tham dự hội nghị có các đồng chí lãnh đạo Đảng ủy, UBND, Thường trực UB. MTTQ phường, trưởng "
        "các ban ngành, đoàn thể, các đồng chí Bí thư chi bộ, trên 100 đại biểu đại diện các đảng viên.\n"
    )
    names = [a.name.casefold() for a in _report(body).attendees]
    assert names == [
        "các đồng chí lãnh đạo đảng ủy, ubnd, thường trực ub. mttq phường",
        "trưởng các ban ngành, đoàn thể",
        "các đồng chí bí thư chi bộ",
        "trên 100 đại biểu đại diện các đảng viên",
    ]


def test_a_byline_above_the_portals_comment_form_is_the_author() -> None:
    body = (
        "Năm 2023, Đảng bộ phường kết nạp 25 đảng viên mới.\n\n"
        "Thực hiện:\n\nLê Thương\n\nViết bình luận\n\nXem thêm tin tức\n"
    )
    report = _report(body)
    assert report.author == "Lê Thương"
    assert [item.text for item in report.results] == ["Năm 2023, Đảng bộ phường kết nạp 25 đảng viên mới."]
