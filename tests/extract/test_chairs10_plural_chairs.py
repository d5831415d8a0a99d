"""Rule plural-chairs (chairs10): "các đồng chí A, B, C - Phó Trưởng Ban …" names one chair per
name, each with the title written once after the last name; no name and no "các đồng chí"
stays inside a title. Sentences written for the test: they show the rule works, not that it
generalizes."""

from __future__ import annotations

from dvtool.extract import extract_text
from dvtool.extract.people import parse_people

HEAD = "Sơ kết công tác dân vận 6 tháng đầu năm 2024\n\n"


def _chairs(lead: str) -> list[tuple[str, list[str]]]:
    report = extract_text(HEAD + lead + "\n\nThu Hà\n", "a.txt").value
    return [(c.name, list(c.titles)) for c in report.chairs]


def test_plural_comrades_after_a_chair_share_the_last_title() -> None:
    chairs = _chairs(
        "Sáng 10/7, Ban Dân vận Tỉnh ủy tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm"
        " 2024. Hội nghị do đồng chí Trần Văn Hùng - Phó Bí thư Tỉnh ủy, Trưởng Ban Dân vận Tỉnh"
        " ủy; các đồng chí Lê Thị Hoa, Đỗ Minh Khang, Vũ Đức Long - Phó Trưởng Ban Dân vận Tỉnh"
        " ủy chủ trì."
    )
    assert chairs == [
        ("Trần Văn Hùng", ["Phó Bí thư Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"]),
        ("Lê Thị Hoa", ["Phó Trưởng Ban Dân vận Tỉnh ủy"]),
        ("Đỗ Minh Khang", ["Phó Trưởng Ban Dân vận Tỉnh ủy"]),
        ("Vũ Đức Long", ["Phó Trưởng Ban Dân vận Tỉnh ủy"]),
    ]


def test_a_list_joined_by_and_under_an_abbreviated_plural() -> None:
    people = parse_people("các đ/c Hà Văn Nam và Phan Thị Lan – Phó Chủ tịch UBND huyện")
    assert [(p.name, list(p.titles)) for p in people] == [
        ("Hà Văn Nam", ["Phó Chủ tịch UBND huyện"]),
        ("Phan Thị Lan", ["Phó Chủ tịch UBND huyện"]),
    ]


def test_plural_comrades_without_a_title_are_names_alone() -> None:
    people = parse_people("các đồng chí Hà Văn Nam, Phan Thị Lan")
    assert [(p.name, list(p.titles)) for p in people] == [("Hà Văn Nam", []), ("Phan Thị Lan", [])]


def test_a_plural_group_with_its_own_title_is_left_alone() -> None:
    people = parse_people("các đồng chí Phó Chủ tịch UBND huyện Hà Văn Nam, Phan Thị Lan")
    assert all("các đồng chí" not in t for p in people for t in p.titles)
