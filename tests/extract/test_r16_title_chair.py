"""Round 16, dev 524 (wave 20, a VOV item): a headline that names the chair by position only
("Thủ tướng chủ trì Hội nghị …") over a text that names the person with that position ("… sau khi
Thủ tướng Chính phủ Nguyễn Xuân Phúc phát biểu khai mạc …"): that person chairs. Not a deputy of
the position, not a body, not when the text tells its own chair. The texts are written for these
tests: they show the rule works, not that it generalizes."""

from __future__ import annotations

from dvtool.extract import extract_text


def _chairs(headline: str, body: str) -> list[tuple[str, tuple[str, ...]]]:
    report = extract_text(f"{headline}\n\n{body}\n", "x.txt").value
    return [(c.name, tuple(c.titles)) for c in report.chairs]


LEAD = "Hội nghị Chính phủ với các địa phương khai mạc sáng 28/12/2020 với quy mô toàn quốc."
OPENING = (
    "Sau khi Phó Thủ tướng Trương Hòa Bình báo cáo, Thủ tướng Chính phủ Nguyễn Xuân Phúc phát biểu "
    "khai mạc hội nghị."
)


def test_the_person_a_headline_names_by_position_chairs() -> None:
    chairs = _chairs("Thủ tướng chủ trì Hội nghị Chính phủ với địa phương", f"{LEAD}\n\n{OPENING}")
    assert chairs == [("Nguyễn Xuân Phúc", ("Thủ tướng Chính phủ",))]


def test_a_deputy_of_the_position_is_not_the_chair() -> None:
    body = f"{LEAD}\n\nPhó Thủ tướng Trương Hòa Bình trình bày báo cáo tại hội nghị."
    assert _chairs("Thủ tướng chủ trì Hội nghị Chính phủ với địa phương", body) == []


def test_a_chair_the_text_tells_stays() -> None:
    body = f"Sáng 28/12/2020, Phó Thủ tướng Trương Hòa Bình chủ trì hội nghị.\n\n{OPENING}"
    assert [name for name, _ in _chairs("Thủ tướng chủ trì Hội nghị Chính phủ với địa phương", body)] == [
        "Trương Hòa Bình"
    ]


def test_a_body_in_the_headline_names_no_chair() -> None:
    assert _chairs("UBND tỉnh chủ trì hội nghị trực tuyến với các huyện", f"{LEAD}\n\n{OPENING}") == []
