"""Bylines in forms beyond "Huyền Trang" and "Tin, ảnh: Quốc Việt": a reporter and the agency
after a slash, two reporters or a reporter and a unit after a comma, a source given as a
domain, and page keywords after the byline.

The lines are written for these rules: the tests show each rule works, not that it
generalizes (that is measured on the real documents of tests/eval/real)."""

from __future__ import annotations

import pytest

from dvtool.extract import extract_text

BODY = (
    "Hội Nông dân tỉnh sơ kết công tác 6 tháng\n\n"
    "Sáng 21/6/2023, Hội Nông dân tỉnh tổ chức hội nghị sơ kết công tác 6 tháng đầu năm. "
    "Hội nghị có 100 đại biểu tham dự.\n\n"
    "Năm qua, các cấp hội đã vận động 120 hộ vay vốn với tổng dư nợ 15 tỷ đồng.\n\n"
)


@pytest.mark.parametrize(
    ("tail", "author", "publisher"),
    [
        ("Ngọc Anh/VOV", "Ngọc Anh", "VOV"),
        ("Minh Hiếu/TTXVN", "Minh Hiếu", "TTXVN"),
        ("Lê Hằng, Cảnh Toàn", "Lê Hằng, Cảnh Toàn", None),
        ("Lê Văn An, Trung tâm Văn hóa huyện", "Lê Văn An", None),
        ("Thu Hằng - Báo Nam Định", "Thu Hằng", None),
        ("Theo baonamdinh.vn", None, "baonamdinh.vn"),
        ("Thu Hằng\n\nTừ khóa: hội nông dân, sơ kết", "Thu Hằng", None),
        ("Quốc Huy - Thành Long (CTV)", "Quốc Huy - Thành Long", None),
    ],
)
def test_the_byline_gives_the_author_and_the_source(
    tail: str, author: str | None, publisher: str | None
) -> None:
    report = extract_text(BODY + tail, "a.txt").value
    assert (report.author, report.publisher) == (author, publisher)


def test_a_name_and_a_title_after_a_comma_is_no_byline() -> None:
    report = extract_text(BODY + "Nguyễn Văn An, Chủ tịch Hội Nông dân tỉnh", "a.txt").value
    assert report.author is None
