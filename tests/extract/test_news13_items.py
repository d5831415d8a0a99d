"""Rules of round 13 for news items (a new user's trial on dev wave 13): the byline above a
page's comment counter, a byline of initials and a paper's code. Items written for the test: they
show the rules work, not that they generalize."""

from __future__ import annotations

from dvtool.extract import extract_text
from dvtool.model import Report

_HEADLINE = "Huyện Tân Phú tổng kết công tác năm 2024"
_ITEM = (
    f"{_HEADLINE}\n\n"
    "Sáng 8/1/2025, UBND huyện Tân Phú tổng kết công tác năm 2024. Tham dự có lãnh đạo các phòng,"
    " ban của huyện.\n\n"
    "Năm 2024, toàn huyện có thêm 2 xã đạt chuẩn nông thôn mới.\n\n"
)


def _report(text: str) -> Report:
    return extract_text(text, "a.txt").value


def test_a_comment_counter_ends_the_article_under_the_byline() -> None:
    report = _report(_ITEM + f"THANH HÀ\n\n(3) Bình luận\n\n{_HEADLINE}\n")
    assert (report.author, [r.text for r in report.results][-1:]) == (
        "THANH HÀ",
        ["Năm 2024, toàn huyện có thêm 2 xã đạt chuẩn nông thôn mới."],
    )


def test_a_count_after_the_comment_label_ends_the_article_too() -> None:
    assert _report(_ITEM + "Thanh Hà\n\nBình luận (0)\n\nTin khác của huyện\n").author == "Thanh Hà"


def test_initials_and_a_papers_code_are_the_author_and_the_publisher() -> None:
    report = _report(_ITEM + "LH.BĐN\n")
    assert (report.author, report.publisher) == ("LH", "BĐN")


def test_one_initial_before_a_name_stays_one_reporters_name() -> None:
    assert _report(_ITEM + "Q.VIỆT\n").author == "Q.VIỆT"
