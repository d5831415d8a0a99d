"""Round 16, the year of a meeting dated without one. A new-user trial's article (dev 331): the
month a cited document was issued ("Đề án 06 …, ban hành tháng 1/2022") gives it no year ("Sáng
28/6, …"); an event the text dates near the meeting still does. Dev 523: a lead that prepares an
event of the year it names ("Ngày 04/02, … hội nghị triển khai công tác chuẩn bị tổ chức … Lễ giao
nhận quân năm 2025") is in that year, while a review of a year held early in the next is a year
later. The texts are written for these tests: they show the rules work, not that they generalize."""

from __future__ import annotations

import pytest

from dvtool.extract import extract_text

LEAD = (
    "Thủ tướng: Hà Nội phải tiên phong trong chuyển đổi số\n\n"
    "Sáng 28/6, UBND TP Hà Nội tổ chức hội nghị sơ kết 6 tháng đầu năm thực hiện Đề án 06.\n\n"
)


@pytest.mark.parametrize(
    "cited",
    [
        "Đề án 06 về phát triển ứng dụng dữ liệu dân cư, ban hành tháng 1/2022, đã đạt nhiều kết quả.",
        "Đề án 06 về phát triển ứng dụng dữ liệu dân cư, ban hành ngày 6/1/2022, đã đạt nhiều kết quả.",
    ],
)
def test_the_issue_of_a_cited_document_gives_no_year(cited: str) -> None:
    result = extract_text(LEAD + cited + "\n", "x.txt")
    assert result.value.date is None
    assert any(m.pointer == "/date" and m.is_warning for m in result.messages)


def test_an_event_dated_near_the_meeting_still_gives_its_year() -> None:
    event = "Trận lũ cuối tháng 5/2024 đã làm hư hại nhiều trụ sở, đã được khắc phục.\n"
    assert extract_text(LEAD + event, "x.txt").value.date == "2024-06-28"


def _date(lead: str) -> str | None:
    return extract_text(f"Hội nghị của huyện\n\n{lead}\n", "x.txt").value.date


def test_a_lead_preparing_an_event_of_the_year_it_names_is_in_that_year() -> None:
    lead = (
        "Ngày 04/02, UBND huyện Tân Phú Đông tổ chức hội nghị triển khai công tác chuẩn bị tổ chức "
        "Hội trại tòng quân và Lễ giao nhận quân năm 2025."
    )
    assert _date(lead) == "2025-02-04"


def test_a_review_of_the_year_it_names_early_in_the_next_is_a_year_later() -> None:
    lead = "Ngày 15/1, UBND huyện Tân Phú Đông tổ chức hội nghị tổng kết công tác quân sự năm 2024."
    assert _date(lead) == "2025-01-15"
