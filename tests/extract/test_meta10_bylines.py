"""Rules of round 10 for the byline and source lines of a news item: the outlet after the
reporter's name is the publisher (reporter-outlet). Items written for the test: they show the
rules work, not that they generalize."""

from __future__ import annotations

from dvtool.extract import extract_text

_ITEM = (
    "Huyện Tân Phú tổng kết công tác năm 2024\n\n"
    "Sáng 8/1/2025, UBND huyện Tân Phú tổng kết công tác năm 2024. Tham dự có lãnh đạo các phòng,"
    " ban của huyện.\n\n"
)


def _tail(line: str) -> tuple[str | None, str | None]:
    report = extract_text(_ITEM + line + "\n", "a.txt").value
    return report.author, report.publisher


def test_the_outlet_after_the_reporter_is_the_publisher() -> None:
    assert _tail("Nguyễn Hưng - Báo Quảng Nam") == ("Nguyễn Hưng", "Báo Quảng Nam")
    assert _tail("Huỳnh Dương – Đài truyền thanh huyện Châu Phú") == (
        "Huỳnh Dương",
        "Đài truyền thanh huyện Châu Phú",
    )


def test_another_body_after_the_reporter_is_only_the_reporters_unit() -> None:
    assert _tail("Lê Thắng - Hội Nông dân huyện") == ("Lê Thắng", None)
