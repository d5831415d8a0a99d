"""Titles without a portal's artefacts (misc11): a template's empty field printed as "null" before
the headline ("nullHội nghị …", a first line "null") is dropped, and a line wholly in parentheses
("(Quang cảnh hội nghị )", a photo's caption) is never the title. Pages written for these tests:
they show the rules work on them, not that they generalize (tests/eval measures that)."""

from __future__ import annotations

from dvtool.extract import extract_text
from dvtool.extract.captions import parenthesised
from dvtool.extract.zones import without_artefact

LEAD = (
    "Sáng 10/7, Ban Dân vận Huyện ủy tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2024"
    " tại hội trường Huyện ủy."
)
HEADLINE = "Hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2024"


def _title(text: str) -> str | None:
    return extract_text(text, "a.txt").value.title


def test_null_glued_before_the_headline_is_dropped() -> None:
    assert _title(f"null{HEADLINE}\n\n{LEAD}\n") == HEADLINE


def test_null_and_a_space_before_the_headline_is_dropped() -> None:
    assert _title(f"null {HEADLINE}\n\n{LEAD}\n") == HEADLINE


def test_a_line_null_above_the_headline_is_dropped() -> None:
    assert _title(f"null\n\n{HEADLINE}\n\n{LEAD}\n") == HEADLINE


def test_a_line_null_alone_is_no_title() -> None:
    report = extract_text(f"null\n\n{LEAD}\n", "a.txt").value
    assert report.title is not None and "null" not in report.title


def test_null_before_the_lead_leaks_into_no_result() -> None:
    report = extract_text(
        f"{HEADLINE}\n\nnull{LEAD}\n\nnullTrong 6 tháng, Ban đã vận động nhân dân hiến 5.000 m2 đất.\n",
        "a.txt",
    ).value
    assert [r.text for r in report.results] == ["Trong 6 tháng, Ban đã vận động nhân dân hiến 5.000 m2 đất."]


def test_a_word_that_only_starts_with_the_letters_is_kept() -> None:
    assert without_artefact("nullified") == "nullified"
    assert without_artefact("Null và Void") == "Null và Void"


WRAPPED = (
    "Ban Dân vận Huyện ủy vừa tổ chức hội nghị sơ kết công tác dân vận 6\n"
    "tháng đầu năm 2024 và triển khai nhiệm vụ 6 tháng cuối năm.\n"
    "(Quang cảnh hội nghị )\n"
    "Tham dự hội nghị có đồng chí Nguyễn Văn An, Phó Bí thư Thường trực\n"
    "Huyện ủy. Trong 6 tháng đầu năm, công tác dân vận đạt nhiều kết quả,\n"
    "đã vận động nhân dân hiến 5.000 m2 đất làm đường giao thông nông thôn.\n"
)


def test_a_caption_in_parentheses_on_a_wrapped_page_is_not_the_title() -> None:
    title = _title(WRAPPED)
    assert title is not None and not title.startswith("(")


def test_a_caption_in_parentheses_above_the_lead_is_not_the_title() -> None:
    title = _title(f"(Quang cảnh hội nghị )\n\n{LEAD}\n")
    assert title is not None and not title.startswith("(")


def test_a_caption_between_the_headline_and_the_lead_leaves_the_headline() -> None:
    assert _title(f"{HEADLINE}\n\n(Ảnh: Minh Hằng)\n\n{LEAD}\n") == HEADLINE


def test_only_a_line_wholly_in_parentheses_counts() -> None:
    assert parenthesised("(Quang cảnh hội nghị )")
    assert not parenthesised("(Quang cảnh) hội nghị (ảnh)")
    assert not parenthesised("Hội nghị sơ kết (lần thứ 2)")
