"""Round 11: a lead that says the day relative to the page's date ("Bộ Tư pháp hôm qua tổ chức
…") is dated by it, not by a date of its results far from that day ("… đến ngày 31/12/2012, …");
a date that restates the relative day ("Sáng qua 29-5, …") still dates it. Pages written for
the test: they show the rule works, not that it generalizes."""

from __future__ import annotations

from dvtool.extract import extract_text

_TAIL = "\nNGỌC HÀ\n29/05/13 12:12 GMT+7\nXã hội\nBồi thường,Luật,Thi hành\nPháp Luật VN\n"


def _date(lead: str) -> str | None:
    text = "Sơ kết 3 năm thi hành Luật Trách nhiệm bồi thường của Nhà nước\n" + lead + _TAIL
    return extract_text(text, "a.txt").value.date


def test_yesterday_on_the_page_date_beats_a_later_cut_off_date() -> None:
    lead = (
        "Bộ Tư pháp hôm qua tổ chức Hội nghị sơ kết 3 năm thi hành Luật. Từ khi Luật có hiệu lực đến"
        " ngày 31/12/2012, các cơ quan đã thụ lý 182 vụ việc."
    )
    assert _date(lead) == "2013-05-28"


def test_a_date_that_restates_the_relative_day_still_dates_it() -> None:
    lead = "Sáng qua 27-5, Bộ Tư pháp tổ chức Hội nghị sơ kết 3 năm thi hành Luật."
    assert _date(lead) == "2013-05-27"


def test_a_relative_day_set_off_by_commas_after_an_opening_phrase() -> None:
    lead = (
        "Nhằm ghi nhận sự đóng góp của các tổ chức và cá nhân, sáng nay, Bộ Tư pháp đã tổ chức Hội nghị"
        " sơ kết 3 năm thi hành Luật."
    )
    assert _date(lead) == "2013-05-29"


def test_a_relative_day_inside_a_clause_is_not_the_meetings() -> None:
    lead = (
        "Bộ Tư pháp tổ chức Hội nghị sơ kết 3 năm thi hành Luật, các tỉnh đã gửi báo cáo hôm nay và tuần"
        " trước."
    )
    assert _date(lead) is None
