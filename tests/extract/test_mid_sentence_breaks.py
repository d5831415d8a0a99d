"""A line that stops inside a sentence goes on in a next line opening with a number, whether or
not the text is wrapped at one width (trial 12). The texts are written for the test: they show
that the rule works on them, not that it generalizes."""

from __future__ import annotations

from dvtool.extract.blocks import text_paragraphs

TRIAL = (
    "Hội nghị tổng kết công tác năm 2023\n"
    "Ngày 10/01/2024, UBND xã A tổ chức hội nghị tổng kết công tác năm 2023.\n"
    "Trong năm, Uỷ ban nhân dân xã ban hành Quyết định số 40/QĐ-UBND ngày\n"
    "01/7/2023 về Quy chế làm việc của UBND xã.\n"
)


def _texts(text: str) -> list[str]:
    return [b.text for b in text_paragraphs(text)]


def test_a_date_broken_off_by_the_line_end_goes_on_in_its_sentence() -> None:
    assert _texts(TRIAL) == [
        "Hội nghị tổng kết công tác năm 2023",
        "Ngày 10/01/2024, UBND xã A tổ chức hội nghị tổng kết công tác năm 2023.",
        "Trong năm, Uỷ ban nhân dân xã ban hành Quyết định số 40/QĐ-UBND ngày 01/7/2023 về Quy chế "
        "làm việc của UBND xã.",
    ]


def test_a_year_after_a_comma_goes_on_too() -> None:
    first = "Sản xuất nông nghiệp: xã tập trung chỉ đạo thu hoạch lúa vụ mùa năm"
    text = f"{first}\n2025, triển khai sản xuất vụ đông xuân.\n"
    assert _texts(text) == [f"{first} 2025, triển khai sản xuất vụ đông xuân."]


def test_a_dateline_under_a_headline_stays_apart() -> None:
    headline = "Hội Nông dân tỉnh vinh dự đón nhận Huân chương Độc lập hạng Nhì của Chủ tịch nước"
    text = f"{headline}\n13/01/2023 10:34\n"
    assert len(_texts(text)) == 2


def test_a_numbered_row_stays_apart() -> None:
    text = "3 Thu cân đối từ hoạt động xuất khẩu, nhập khẩu\n4 Thu viện trợ\n"
    assert len(_texts(text)) == 2


def test_a_finished_sentence_or_a_short_title_is_not_continued() -> None:
    assert len(_texts("Xã đã hoàn thành kế hoạch.\n12 thôn đạt chuẩn nông thôn mới.\n")) == 2
    assert len(_texts("Báo cáo tổng kết công tác dân vận\n10 tháng qua, xã đã làm tốt.\n")) == 2
    assert len(_texts("Thành phần tham dự:\n25 đại biểu của xã.\n")) == 2
