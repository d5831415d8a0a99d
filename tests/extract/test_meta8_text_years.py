"""Rules of round 8 for the year of a meeting dated without one when neither the lead nor a
reporting period gives it: term-span (a span after "lần thứ I", "nhiệm kỳ" is a term, no
anniversary), joined-spans (the year two spans of years meet in) and recent-month (the year of
the latest month or day the text dates, up to half a year before the meeting). Sentences written
for the test: they show the rules work, not that they generalize."""

from __future__ import annotations

from dvtool.extract import extract_text
from dvtool.extract.dates import DateMention
from dvtool.extract.lead_years import anniversary_year, joined_span_year, recent_year

_HEAD = "Tỉnh tổ chức Đại hội Thi đua yêu nước\n"


def _date(*paragraphs: str) -> str | None:
    text = _HEAD + "\n".join(paragraphs) + "\nThu Hà\n"
    return extract_text(text, "a.txt").value.date


def _mention(day: int, month: int) -> DateMention:
    return DateMention(day, month, None, 0, 5)


def test_the_year_two_terms_meet_in_dates_a_congress() -> None:
    assert joined_span_year(["giai đoạn 2020 - 2025", "nhiệm kỳ 2025-2030"]) == 2025
    assert joined_span_year(["nhiệm kỳ 2025-2030"]) is None
    assert (
        _date(
            "Sáng 2/11, tỉnh long trọng tổ chức Đại hội Thi đua yêu nước lần thứ I, giai đoạn 2025-2030.",
            "Trong giai đoạn 2020-2025, phong trào thi đua đã đạt nhiều kết quả quan trọng.",
        )
        == "2025-11-02"
    )


def test_a_term_in_parentheses_is_no_anniversary() -> None:
    assert anniversary_year(_mention(2, 11), ["Đại hội Thi đua yêu nước lần thứ I (2025-2030)"]) is None
    assert anniversary_year(_mention(1, 11), ["kỷ niệm 50 năm thành lập Tập đoàn (1975-2025)"]) == 2025


def test_the_latest_dated_month_gives_the_year_up_to_half_a_year_after_it() -> None:
    assert recent_year(_mention(2, 11), ["hai công dân cứu người trong đợt lũ cuối tháng 10-2025"]) == 2025
    assert recent_year(_mention(2, 11), ["các hoạt động từ tháng 6, 7-2025"]) == 2025
    assert recent_year(_mention(2, 11), ["sơ tán dân trước 16 giờ ngày 5/11/2025"]) == 2025
    assert recent_year(_mention(2, 11), ["hoàn thành trước ngày 1/1/2026"]) is None
    assert recent_year(_mention(2, 11), ["bắt đầu từ tháng 3/2024"]) is None


def test_a_body_without_a_year_leaves_the_date_out() -> None:
    assert (
        _date(
            "Sáng 2/11, tỉnh long trọng tổ chức Đại hội Thi đua yêu nước lần thứ I.",
            "Đại hội đã đánh giá kết quả phong trào thi đua và biểu dương các điển hình tiên tiến.",
        )
        is None
    )
