"""Meta fields, round 7 (date, title, author, publisher, attendees, awards): forms on sentences
written for the tests. They show each rule reads its form as meant, not that it generalizes."""

from __future__ import annotations


def _report(text: str):  # type: ignore[no-untyped-def]
    from dvtool.extract import extract_text

    return extract_text(text, "a.txt").value


def test_a_body_paragraph_opening_with_its_day_dates_a_meeting_the_lead_does_not() -> None:
    text = (
        "Sở Y tế xác định 5 nhiệm vụ trọng tâm năm 2024\n\n"
        "Ngành y tế xác định 5 nhiệm vụ trọng tâm của năm tới. Theo đó, nhiệm vụ đầu tiên là nâng cao"
        " chất lượng khám chữa bệnh cho người dân trên địa bàn toàn tỉnh.\n\n"
        "Giám đốc Sở Y tế phát biểu khai mạc Hội nghị tổng kết công tác năm 2023 và triển khai"
        " nhiệm vụ năm 2024 của ngành Y tế tỉnh - Ảnh: Thu Hà\n\n"
        "Chiều 5/1, Sở Y tế tổ chức Hội nghị tổng kết công tác năm 2023.\n\n"
        "Thu Hà"
    )
    assert _report(text).date == "2024-01-05"


def test_a_dated_sentence_deep_in_the_body_does_not_date_the_meeting() -> None:
    text = (
        "Sở Y tế bàn giải pháp năm 2024\n\n"
        "Ngành y tế đã đạt nhiều kết quả trong năm 2023 về khám chữa bệnh.\n\n"
        "Năm nay, Sở tiếp tục nâng cao chất lượng.\n\n"
        "Bệnh viện tỉnh được đầu tư thêm 20 giường.\n\n"
        "Chiều 5/1, Bệnh viện tỉnh tiếp nhận thiết bị mới.\n\n"
        "Thu Hà"
    )
    assert _report(text).date is None


_BODY = (
    "Sáng 28/5, Sở Y tế tỉnh tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2023.\n\n"
    "Phát biểu tại hội nghị, đồng chí Giám đốc Sở đề nghị các đơn vị tiếp tục thực hiện tốt"
    " công tác khám chữa bệnh cho nhân dân trong thời gian tới và bảo đảm an toàn người bệnh"
)


def test_a_byline_run_into_the_last_sentence_after_an_ellipsis() -> None:
    assert _report(f"Sở Y tế sơ kết\n\n{_BODY}...PHƯỚC LỘC\n").author == "PHƯỚC LỘC"


def test_a_credited_byline_run_into_the_closing_mark() -> None:
    assert _report(f"Sở Y tế sơ kết\n\n{_BODY} …/.Tin, ảnh: L.Nguyễn\n").author == "L.Nguyễn"


def test_two_reporters_with_a_dash_typed_without_a_space_before_it() -> None:
    from dvtool.extract.bylines import _byline_parts

    assert _byline_parts("P.Nhài- Xuân Hiếu") == ("P.Nhài - Xuân Hiếu", None)
    assert _report(f"Sở Y tế sơ kết\n\n{_BODY}.Thu Hà- Minh Đức\n").author == "Thu Hà - Minh Đức"
