"""Rule spaced_dates (people9, on fig6's figure rule): after a day word or a time of day, a day
and month typed with a spaced dash ("Chiều 20 - 12", "ngày 20 - 12 - 2023") are a date, not an
organizer, while a range without a day word ("từ 3 - 5 lớp") stays none. Sentences written for
the test: they show the rule works, not that it generalizes."""

from __future__ import annotations

import pytest

from dvtool.extract import extract_text
from dvtool.extract.dates import find_dates


@pytest.mark.parametrize(
    ("text", "day", "month", "year", "time"),
    [
        ("Chiều 20 - 12, Ủy ban MTTQ huyện", 20, 12, None, "afternoon"),
        ("Sáng ngày 20 - 12 - 2023, Huyện ủy", 20, 12, 2023, "morning"),
        ("Chiều 2 -11, tại Sở Tư pháp", 2, 11, None, "afternoon"),
        ("Tối 5– 9, Đoàn thanh niên", 5, 9, None, "evening"),
    ],
)
def test_a_day_word_before_a_spaced_dash_gives_a_date(
    text: str, day: int, month: int, year: int | None, time: str | None
) -> None:
    [found] = find_dates(text)
    assert (found.day, found.month, found.year, found.time_of_day) == (day, month, year, time)


@pytest.mark.parametrize("text", ["từ 3 - 5 lớp học", "tỷ số 2 - 1 nghiêng về đội nhà", "ngày 20 - 12,5 ha"])
def test_a_spaced_dash_without_a_day_word_is_no_date(text: str) -> None:
    assert find_dates(text) == []


def test_the_spaced_date_of_a_lead_is_the_meeting_date_and_no_organizer() -> None:
    text = (
        "Ông Lê Văn Trí giữ chức Chủ tịch Ủy ban MTTQ huyện\n\nCập nhật: 20-12-2023 | 19:45:52\n\n"
        "Chiều 20 - 12, Ủy ban MTTQ huyện Bàu Bàng đã tổ chức hội nghị tổng kết công tác Mặt trận.\n\n"
        "Năm nay huyện xây dựng 12 mô hình.\n"
    )
    report = extract_text(text, "a.txt").value
    assert (report.date, report.time_of_day, report.organizers) == (
        "2023-12-20",
        "afternoon",
        ("Ủy ban MTTQ huyện Bàu Bàng",),
    )
