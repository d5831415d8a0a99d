"""Rule comrade_abbreviation (people9): "Đ/c", "đ/c" and "các đ/c", the usual abbreviation of
"đồng chí" in commune and district reports, are read wherever "đồng chí" is a cue: before a
chair, an attendee with titles, a remark's speaker. Sentences written for the test: they show
the rule works, not that it generalizes."""

from __future__ import annotations

from dvtool.extract import extract_text

HEAD = "Tổng kết công tác dân vận năm 2023\n\n"


def _report(body: str):  # type: ignore[no-untyped-def]
    return extract_text(HEAD + body + "\n\nThu Hà\n", "a.txt").value


def test_an_abbreviated_comrade_chairs() -> None:
    report = _report(
        "Ngày 20/12/2023, Ban Dân vận Huyện ủy tổ chức hội nghị tổng kết công tác dân vận năm 2023."
        " Đ/c Nguyễn Văn An - Phó Bí thư Thường trực Huyện ủy chủ trì hội nghị."
    )
    chairs = [(c.name, list(c.titles)) for c in report.chairs]
    assert chairs == [("Nguyễn Văn An", ["Phó Bí thư Thường trực Huyện ủy"])]


def test_abbreviated_comrades_are_people_with_titles() -> None:
    report = _report(
        "Ngày 20/12/2023, Mặt trận Tổ quốc xã Tân Lập tổ chức hội nghị tổng kết năm 2023."
        " Dự hội nghị có đ/c Hoàng Văn Bình – Bí thư Đảng ủy; Đ/c Trần Thị Cúc – Chủ tịch UBND xã"
        " cùng các vị Ủy viên UBMTTQ xã."
    )
    people = [(a.name, a.kind, list(a.titles)) for a in report.attendees if a.kind == "person"]
    assert people == [
        ("Hoàng Văn Bình", "person", ["Bí thư Đảng ủy"]),
        ("Trần Thị Cúc", "person", ["Chủ tịch UBND xã"]),
    ]


def test_abbreviated_comrades_in_the_plural_are_a_group() -> None:
    report = _report(
        "Ngày 20/12/2023, Đảng ủy xã Tân Lập tổ chức hội nghị tổng kết năm 2023."
        " Dự hội nghị có các đ/c trong Ban Thường vụ Đảng ủy xã."
    )
    assert [a.kind for a in report.attendees] == ["group"]
