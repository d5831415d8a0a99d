"""Rule period-reports (ext15): on a page a crawler joined into one paragraph, a sentence that
opens with the period under review and reports what was done ("Trong năm 2023, Công an huyện đã
…") opens a paragraph of results of its own, so a speech's remark ends before it (it ran to the
end of the article, dev 480). The sentences are made up for the test; the shape follows dev 480."""

from __future__ import annotations

import pytest

from dvtool.extract import extract_text
from dvtool.extract.openers import reports_period

SPEECH = (
    "Phát biểu tại hội nghị, Thiếu tướng Nguyễn Văn An biểu dương thành tích của Công an các huyện; "
    "đồng thời yêu cầu Công an các huyện tiếp tục phát huy những kết quả đạt được trong phong trào. "
)
DIRECTION = "Do vậy, các đơn vị cần đổi mới hình thức và nâng cao chất lượng xây dựng phong trào toàn dân. "
REPORT = (
    "Trong năm 2023, Công an các huyện đã tham mưu cho cấp ủy lãnh đạo toàn diện các mặt công tác. "
    "Công an các huyện đã phát hiện, bắt giữ 205 vụ, 344 đối tượng mua bán trái phép chất ma túy."
)


def test_a_period_report_after_a_speech_on_a_joined_page_is_no_part_of_the_remark() -> None:
    lead = "Ngày 20/5/2024, Công an tỉnh tổ chức hội nghị sơ kết phong trào thi đua."
    opening = "Hội nghị có sự tham dự của hơn 200 chiến sĩ công an tiêu biểu của 10 huyện. "
    page = opening + SPEECH + DIRECTION * 16 + REPORT
    assert len(page) > 1500  # a joined page
    report = extract_text(f"Hội nghị sơ kết phong trào thi đua\n{lead}\n{page}\n", "x.txt").value
    assert report.remarks and "Trong năm 2023" not in report.remarks[-1].text
    assert any(r.text.startswith("Trong năm 2023") for r in report.results)


@pytest.mark.parametrize(
    ("sentence", "reports"),
    [
        ("Trong năm 2023, Công an các huyện đã tham mưu cho cấp ủy.", True),
        ("6 tháng đầu năm 2024, toàn tỉnh đã thu 200 tỷ đồng.", True),
        ("Từ đầu năm đến nay, toàn huyện đã có 120 hộ thoát nghèo.", True),
        ("Năm 2024, các đơn vị cần tập trung thực hiện tốt phong trào.", False),  # a direction
        ("Trong năm qua, toàn tỉnh đã làm tốt công tác này.", False),  # no period named
    ],
)
def test_a_sentence_reporting_a_named_period(sentence: str, reports: bool) -> None:
    assert reports_period(sentence) is reports
