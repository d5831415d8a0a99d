"""Round 16 (a new-user trial's article, which is dev 331): the month a cited document was issued
("Đề án 06 …, ban hành tháng 1/2022") gives no year to a meeting dated without one ("Sáng 28/6, …");
an event the text dates near the meeting still does. The texts are written for these tests: they
show the rule works, not that it generalizes."""

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
