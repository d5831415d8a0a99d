"""Round 12: a rank before a name with its titles after commas is one person; a paragraph that
repeats the headline read from the line above it (a page's subtitle line, "… Điện Biên Phủ
(07/05/1954 – 07/5/2019)") is no lead, and its dates are not the meeting's. Written for these
tests: they show the rules work, not that they generalize."""

from __future__ import annotations

from dvtool.extract import extract_text

HEADLINE = "Ban Chỉ huy quân sự huyện Đắk Lập phát động thi đua chào mừng chiến thắng Điện Biên Phủ"


def test_a_repeated_headline_with_an_anniversary_span_does_not_date_the_meeting() -> None:
    report = extract_text(
        HEADLINE + "\n" + HEADLINE + " (07/05/1954 – 07/5/2019)\n"
        "Sáng 29/3/2019, Ban Chỉ huy quân sự huyện Đắk Lập tổ chức Lễ phát động đợt thi đua cao điểm.\n"
        "Thời gian tổ chức đợt thi đua trong vòng 30 ngày.\n",
        "x.txt",
    ).value
    assert (report.date, report.time_of_day) == ("2019-03-29", "morning")
    assert not any(r.text.startswith(HEADLINE) for r in report.results)


def test_a_lead_that_opens_like_a_headline_taken_from_it_is_still_the_lead() -> None:
    lead = HEADLINE + " vào sáng 29/3/2019 tại hội trường huyện."
    report = extract_text(lead + "\n" + "Thời gian tổ chức đợt thi đua trong vòng 30 ngày.\n", "x.txt").value
    assert report.date == "2019-03-29"


def test_a_rank_before_a_name_with_comma_titles_is_one_person_who_attends_and_chairs() -> None:
    from dvtool.extract.people import attendance_entries

    entry = "Đại tá Đinh Văn Khoa, Ủy viên Ban Thường vụ Tỉnh ủy, Giám đốc Công an tỉnh"
    assert attendance_entries(entry) == [
        ("Đinh Văn Khoa", "person", ("Đại tá", "Ủy viên Ban Thường vụ Tỉnh ủy", "Giám đốc Công an tỉnh"))
    ]
    report = extract_text(
        "Công an tỉnh tổng kết đợt cao điểm\n\n"
        "Sáng 10/3/2022, Công an tỉnh tổ chức hội nghị tổng kết đợt cao điểm. Dự và chủ trì hội "
        "nghị có " + entry + ".\n\nĐợt cao điểm, Công an tỉnh đã bắt giữ 120 đối tượng.\n",
        "x.txt",
    ).value
    assert [c.name for c in report.chairs] == ["Đinh Văn Khoa"]
    assert [a.name for a in report.attendees] == ["Đinh Văn Khoa"]
