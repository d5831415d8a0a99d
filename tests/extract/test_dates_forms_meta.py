"""Date forms a news lead writes (issue 11, round 4): the tests show the parser reads them as
meant; no dev document has them, so they say nothing of how often they help."""

from __future__ import annotations

from dvtool.extract.dates import find_dates


def _dates(text: str) -> list[tuple[int, int, int | None, str | None]]:
    return [(d.day, d.month, d.year, d.time_of_day) for d in find_dates(text)]


def test_a_date_in_words_after_a_time_of_day_or_a_weekday() -> None:
    assert _dates("Sáng 22 tháng 6, UBND huyện tổ chức hội nghị") == [(22, 6, None, "morning")]
    assert _dates("Chiều thứ Hai, 22 tháng 6 năm 2023, Sở Y tế họp") == [(22, 6, 2023, "afternoon")]
    # a count of months is no date
    assert _dates("trong 6 tháng 7 xã đạt chuẩn") == []


def test_yesterday_before_a_date() -> None:
    assert _dates("Hôm qua (22/6), Sở Y tế tổ chức hội nghị") == [(22, 6, None, None)]
    assert _dates("Chiều qua 22/6, Sở Y tế tổ chức hội nghị")[0][:2] == (22, 6)
    assert _dates("tăng qua 2/3 số xã") == []


def test_the_first_day_of_a_span_takes_the_year_of_its_last() -> None:
    assert _dates("Từ ngày 22/6 đến ngày 24/6/2023, Sở Y tế")[0] == (22, 6, 2023, None)
    assert _dates("Từ ngày 22 đến 23/6, Sở Y tế") == [(22, 6, None, None)]
    # two dates of different months keep their own years
    assert _dates("ngày 30/12 đến ngày 2/1/2024")[0][2] is None
