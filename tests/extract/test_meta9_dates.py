"""Rules of round 9 for the date of a meeting: a congress the lead sentence holds gives its year
(congress-year), not a resolution's. Sentences written for the test: they show the rules work,
not that they generalize."""

from __future__ import annotations

from dvtool.extract import extract_text
from dvtool.extract.dates import find_dates
from dvtool.extract.lead_years import congress_term_year

_HEAD = "Phường tổ chức Đại hội Thể dục thể thao\n"


def _date(*paragraphs: str) -> str | None:
    text = _HEAD + "\n".join(paragraphs) + "\nThu Hà\n"
    return extract_text(text, "a.txt").value.date


def test_the_year_of_a_congress_the_lead_holds_dates_it() -> None:
    assert (
        _date("Sáng 9-11, xã Tân Phú tổ chức khai mạc Đại hội Thể dục thể thao lần thứ I, năm 2025.")
        == "2025-11-09"
    )


def test_the_year_of_a_resolutions_congress_does_not() -> None:
    assert (
        _date(
            "Sáng 9-11, Huyện ủy tổ chức hội nghị sơ kết thực hiện Nghị quyết Đại hội Đảng bộ"
            " huyện lần thứ XX, năm 2020."
        )
        is None
    )


def test_a_congress_opens_its_term_in_the_first_year() -> None:
    assert (
        congress_term_year("Sáng 2/11, Hội tổ chức Đại hội đại biểu lần thứ III, nhiệm kỳ 2025 - 2030.")
        == 2025
    )
    assert (
        _date(
            "Chiều 5-10, Đoàn thanh niên xã Tân Phú tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2022-2027."
        )
        == "2022-10-05"
    )


def test_no_term_year_without_a_congress_or_with_two_terms() -> None:
    assert congress_term_year("Sáng 2/11, Huyện ủy tổ chức hội nghị giữa nhiệm kỳ 2020-2025.") is None
    assert (
        congress_term_year("Đại hội nhiệm kỳ 2025-2030 chào mừng Đại hội Đảng bộ tỉnh nhiệm kỳ 2026-2031.")
        is None
    )


def test_a_dated_paragraph_after_an_undated_lead_dates_the_meeting() -> None:
    assert (
        _date(
            "Hướng tới Đại hội Thể dục thể thao tỉnh năm 2026, xã Tân Phú tổ chức giải bóng đá thanh niên.",
            "Ngày 9-11, UBND xã Tân Phú tổ chức lễ khai mạc giải bóng đá thanh niên năm 2025.",
            "Giải có 12 đội tham gia.",
        )
        == "2025-11-09"
    )


def test_a_dated_paragraph_after_a_dated_lead_is_no_lead() -> None:
    assert (
        _date(
            "Sáng 9-11-2025, xã Tân Phú tổ chức giải bóng đá thanh niên.",
            "Ngày 12-11-2025, các đội thi đấu vòng bảng.",
        )
        == "2025-11-09"
    )


def test_days_with_their_year_in_parentheses_are_a_date() -> None:
    assert (
        find_dates("Sau hai ngày làm việc (11-12/10/2025), Đại hội đã thành công.")[0].iso() == "2025-10-11"
    )
    assert find_dates("Tỷ lệ (2,5/10) được giữ.") == []
    assert (
        _date(
            "Sau hai ngày làm việc (11-12/10/2025) khẩn trương, Đại hội Đoàn phường lần thứ I đã thành công."
        )
        == "2025-10-11"
    )


def test_a_cited_documents_date_gives_no_year() -> None:
    assert (
        _date(
            "Sáng 30.8, Huyện ủy tổ chức Lễ trao Huy hiệu Đảng cho 37 đảng viên.",
            "Dịp này, Huyện ủy sơ kết thực hiện Nghị quyết số 04-NQ/HU ngày 15.4.2012 về hạ tầng.",
        )
        is None
    )
    assert _date(
        "Sáng 30.8, Huyện ủy tổ chức Lễ trao Huy hiệu Đảng.", "Đợt trao ngày 15.8.2012 đã xong."
    ) == ("2012-08-30")


def test_an_event_named_with_its_years_edition_dates_the_meeting() -> None:
    assert (
        _date("Tối 2/11, Sở Văn hóa tổ chức bế mạc và trao giải 'Liên hoan Chèo toàn quốc 2025'.")
        == "2025-11-02"
    )
    assert _date("Tối 2/11, Sở Văn hóa tổ chức bế mạc liên hoan chèo, có 2025 khán giả.") is None


def test_with_no_lead_the_first_paragraph_opening_with_its_date_dates_the_meeting() -> None:
    assert (
        _date(
            "180 gương mặt tiêu biểu hội tụ trong chương trình gặp mặt, cùng sẻ chia hành trình hiến máu.",
            "Lãnh đạo Viện trao giấy khen cho những đại biểu xuất sắc trong hiến tiểu cầu năm 2025.",
            "Tri ân những người hiến máu",
            "Ngày 1/11/2025, tại Viện Huyết học, chương trình gặp mặt người hiến tiểu cầu diễn ra ấm áp.",
        )
        == "2025-11-01"
    )


def test_a_cited_or_future_date_of_the_body_does_not() -> None:
    assert (
        _date(
            "Căn cứ Thông tư số 38/2025/TT-BCT ngày 19/6/2025 của Bộ Công Thương về hàng hóa nguy hiểm.",
            "Hồ sơ nộp kèm Đơn đề nghị số 02 ngày 20/7/2026 của Chi nhánh.",
            "Đại hội sẽ bế mạc vào ngày 27/4/2025.",
        )
        is None
    )
