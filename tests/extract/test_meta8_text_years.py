"""Rules of round 8 for the year of a meeting dated without one when neither the lead nor a
reporting period gives it: term-span (a span after "lần thứ I", "nhiệm kỳ" is a term, no
anniversary) and joined-spans (the year two spans of years meet in). Sentences written for the
test: they show the rules work, not that they generalize."""

from __future__ import annotations

from dvtool.extract import extract_text
from dvtool.extract.dates import DateMention
from dvtool.extract.lead_years import anniversary_year, joined_span_year

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


def test_a_body_without_a_year_leaves_the_date_out() -> None:
    assert (
        _date(
            "Sáng 2/11, tỉnh long trọng tổ chức Đại hội Thi đua yêu nước lần thứ I.",
            "Đại hội đã đánh giá kết quả phong trào thi đua và biểu dương các điển hình tiên tiến.",
        )
        is None
    )
