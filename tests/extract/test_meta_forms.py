"""Date, author and attendance forms of news items (issue 11, round 4): each test shows on
sentences written here that a rule works as meant, not that it generalizes (that is measured on
the real corpus)."""

from __future__ import annotations

from dvtool.extract import extract_text


def _report(text: str):  # type: ignore[no-untyped-def]
    return extract_text(text, "x.txt").value


def test_a_summary_paragraph_above_the_dated_lead_leaves_the_lead_its_date_and_chair() -> None:
    report = _report(
        "Huyện Kim Sơn tổng kết công tác văn hóa\n\n"
        "Năm qua, phong trào văn hóa của huyện có nhiều chuyển biến, đời sống tinh thần của người dân "
        "được nâng lên rõ rệt.\n\n"
        "Sáng 16/12, UBND huyện Kim Sơn tổ chức hội nghị tổng kết công tác văn hóa năm 2023. "
        "Đồng chí Đỗ Văn Tuấn, Phó Chủ tịch UBND huyện chủ trì hội nghị.\n\n"
        "Năm 2023, toàn huyện có 120 làng văn hóa.\n"
    )
    assert report.date == "2023-12-16"
    assert [c.name for c in report.chairs] == ["Đỗ Văn Tuấn"]
    # the summary stays in the body
    assert any("phong trào văn hóa" in r.text for r in report.results)


def test_a_long_first_paragraph_without_a_date_is_no_summary_above_a_lead() -> None:
    report = _report(
        "Huyện Kim Sơn tổng kết công tác văn hóa\n\n"
        "Năm qua, phong trào văn hóa của huyện có nhiều chuyển biến, đời sống tinh thần được nâng lên. "
        "Phong trào văn hóa được các xã quan tâm.\n\n"
        "Năm 2023, toàn huyện có 120 làng văn hóa.\n"
    )
    assert report.date is None


def test_a_part_of_the_year_named_with_its_year_dates_a_lead_without_one() -> None:
    lead = "Giao ban công tác\n\nChiều 16.7, Phòng Văn hóa huyện Kim Sơn tổ chức hội nghị giao ban.\n\n"
    report = _report(lead + "Tổng nguồn vốn tăng 98 tỷ đồng so với quý I.2018.\n")
    assert report.date == "2018-07-16"
    # a review of the last quarter held in January is in the next year
    report = _report(lead.replace("16.7", "10.1") + "Kết quả thi đua quý IV/2023 được công bố.\n")
    assert report.date == "2024-01-10"
    # a plan for the half starting next month is in the same year
    report = _report(lead.replace("16.7", "21.6") + "Hội triển khai nhiệm vụ 6 tháng cuối năm 2023.\n")
    assert report.date == "2023-06-21"


def test_a_deadline_gives_no_year_to_the_meeting() -> None:
    report = _report(
        "Giao ban công tác\n\nChiều 16.7, Phòng Văn hóa huyện Kim Sơn tổ chức hội nghị giao ban.\n\n"
        "Các xã hoàn thành trong quý II/2026.\n"
    )
    assert report.date is None


def test_thuc_hien_introduces_the_byline_above_the_page_widgets() -> None:
    report = _report(
        "Hội nghị giao ban công tác\n\n"
        "Sáng 5/3/2024, Phòng Văn hóa huyện Kim Sơn tổ chức hội nghị giao ban công tác quý I.\n\n"
        "Quý I, phòng đã tổ chức 14 buổi biểu diễn văn nghệ phục vụ nhân dân.\n\n"
        "Thực hiện: Vũ Quyên - Trọng Công\n\nvideo\n\nBình chọn\n\nTrung bình (0 Bình chọn)\n"
    )
    assert report.author == "Vũ Quyên - Trọng Công"


def test_this_morning_or_yesterday_is_dated_from_the_page() -> None:
    body = "tại hội trường, Phòng Văn hóa huyện Kim Sơn tổ chức hội nghị giao ban công tác quý I.\n"
    report = _report("Giao ban công tác\n\nCập nhật: 22/03/2024\n\nSáng nay, " + body)
    assert (report.date, report.time_of_day) == ("2024-03-22", "morning")
    report = _report("Giao ban công tác\n\nCập nhật: 01/01/2024\n\nChiều qua, " + body)
    assert (report.date, report.time_of_day) == ("2023-12-31", "afternoon")
    # with no page date the day stays unknown
    assert _report("Giao ban công tác\n\nSáng nay, " + body).date is None


def test_a_source_in_parentheses_with_a_date_dates_the_page() -> None:
    report = _report("(BVBNĐ-29/12/2017) Sáng nay, tại hội trường bệnh viện đã tổ chức hội nghị viên chức.\n")
    assert (report.date, report.publisher) == ("2017-12-29", "BVBNĐ")


def test_presence_with_su_co_mat_cua_lists_attendees() -> None:
    report = _report(
        "Họp Mặt trận xã\n\n"
        "Sáng 5/3/2024, Ủy ban MTTQ xã An Bình tổ chức cuộc họp. Chủ trì cuộc họp là ông Nguyễn Văn Dũng, "
        "Chủ tịch MTTQ xã, cùng với sự có mặt của các ngành, các đoàn thể và thành viên của Mặt trận.\n\n"
        "Năm 2023, Mặt trận xã vận động được 120 triệu đồng.\n"
    )
    assert [c.name for c in report.chairs] == ["Nguyễn Văn Dũng"]
    assert [a.name.casefold() for a in report.attendees] == [
        "các ngành, các đoàn thể",
        "thành viên của mặt trận",
    ]


def test_the_other_side_of_a_working_session_attends() -> None:
    report = _report(
        "Làm việc với Ngân hàng\n\n"
        "Chiều 16/11/2023, đồng chí Lê Văn Tiến, Phó Chủ tịch UBND tỉnh, chủ trì buổi làm việc với "
        "đại diện Ngân hàng Thế giới để đánh giá tiến độ dự án.\n\n"
        "Dự án đã giải ngân 120 tỷ đồng.\n"
    )
    assert [a.name.casefold() for a in report.attendees] == ["đại diện ngân hàng thế giới"]
    report = _report(
        "Đối thoại với thanh niên\n\n"
        "Sáng 24/3/2023, Bí thư Tỉnh ủy Lê Văn Tiến có buổi gặp gỡ, đối thoại với "
        "hơn 500 đoàn viên thanh niên.\n"
    )
    assert [a.name.casefold() for a in report.attendees] == ["hơn 500 đoàn viên thanh niên"]
    # "với đoàn": the delegation named before, nobody new
    report = _report(
        "Làm việc với đoàn\n\nSáng 5/4/2019, đồng chí Lê Văn Tiến chủ trì buổi làm việc với đoàn.\n"
    )
    assert not report.attendees
    # a meeting "with" a body: "… chủ trì cuộc họp với các thành viên hội đồng để xét …"
    report = _report(
        "Xét khen thưởng\n\nChiều 29/3/2022, ông Lê Văn Tiến chủ trì cuộc họp với các thành viên hội đồng "
        "để xét đề nghị khen thưởng.\n"
    )
    assert [a.name.casefold() for a in report.attendees] == ["các thành viên hội đồng"]


def test_a_sentence_opening_with_attending_names_who_attends_and_keeps_what_was_said() -> None:
    report = _report(
        "Đại hội Hội Cựu chiến binh phường\n\n"
        "Sáng 5/3/2022, Hội Cựu chiến binh phường An Bình tổ chức đại hội nhiệm kỳ 2022-2027.\n\n"
        "Về dự và phát biểu chỉ đạo đại hội đồng chí Trần Văn Tiến - Chủ tịch Hội Cựu chiến binh thị xã "
        "đề nghị Hội tiếp tục phát triển hội viên mới.\n"
    )
    assert [(a.name, a.titles) for a in report.attendees] == [
        ("Trần Văn Tiến", ("Chủ tịch Hội Cựu chiến binh thị xã",))
    ]
    assert any("phát triển hội viên mới" in t.text for t in report.tasks)


def test_a_portals_accessibility_bar_is_no_headline() -> None:
    report = _report(
        "A- A A+ | Tăng tương phản Giảm tương phản\n\n"
        "Tổ chức tiếp xúc cử tri sau kỳ họp thứ 6\n\n"
        "Ngày 17/7/2023, Tổ đại biểu HĐND tỉnh tổ chức tiếp xúc cử tri tại xã Long Sơn.\n"
    )
    assert (report.title, report.date) == ("Tổ chức tiếp xúc cử tri sau kỳ họp thứ 6", "2023-07-17")


def test_the_line_above_the_pages_date_line_is_the_headline_under_page_chrome() -> None:
    report = _report(
        "Đường dây nóng\n\nUBND HUYỆN\n\nTiếp công dân\n\n"
        "HĐND xã An Bình khóa XX họp kỳ thứ 8.\n"
        "Ngày đăng 21/06/2018 | 10:15\n\n"
        "Trong 2 ngày, 20 và 21 tháng 6, HĐND xã An Bình khóa XX đã tổ chức kỳ họp thứ 8, "
        "đánh giá kết quả 6 tháng đầu năm.\n"
    )
    assert (report.title, report.date) == ("HĐND xã An Bình khóa XX họp kỳ thứ 8", "2018-06-20")


def test_a_name_alone_under_the_headline_is_the_byline() -> None:
    body = (
        "Sáng 5/3/2024, Phòng Văn hóa huyện Kim Sơn tổ chức hội nghị giao ban công tác quý I.\n\n"
        "Quý I, phòng đã tổ chức 14 buổi biểu diễn văn nghệ phục vụ nhân dân.\n"
    )
    assert _report("Giao ban công tác quý I\n\nNgọc Anh\n\n" + body).author == "Ngọc Anh"
    assert _report("Giao ban công tác quý I\n\nT. Hằng |\n\n" + body).author == "T. Hằng"
    # a line that continues a headline in capitals is no byline
    assert _report("GIAO BAN CÔNG TÁC\n\nVÀ HỘI NGHỊ NGƯỜI LAO ĐỘNG NĂM 2025\n\n" + body).author is None


def test_a_doctors_degree_before_the_name_is_no_part_of_it() -> None:
    report = _report(
        "Hội nghị Đảng bộ Sở Y tế\n\n"
        "Sáng 5/3/2024, Đảng bộ Sở Y tế tổ chức hội nghị tổng kết công tác năm 2023. "
        "Dự và chủ trì Hội nghị có Bs.CKII Trần Văn Thuần - Bí thư Đảng ủy, Giám đốc Sở Y tế.\n"
    )
    assert [c.name for c in report.chairs] == ["Trần Văn Thuần"]


def test_minutes_attendance_list_drops_the_line_heading_a_company_and_the_honorifics_label() -> None:
    from dvtool.formats import ReadOptions
    from dvtool.readers.text import read

    text = (
        "CÔNG TY CỔ PHẦN MINH AN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "                                  Độc lập - Tự do - Hạnh phúc\n\n"
        "Hà Nội, ngày 11 tháng 04 năm 2016\n\n"
        "BIÊN BẢN HỌP\n\n"
        "Thời gian: 09 giờ 30 phút ngày 11 tháng 04 năm 2016\n\n"
        "Thành phần tham gia:\n\n"
        "1. Công ty cổ phần Minh An:\n\n"
        "- Ông: Tạ Văn Anh - Phó giám đốc kỹ thuật\n"
        "- Bà: Trần Thị Hoa – Nhân viên\n\n"
        "Nội dung cuộc họp:\n\n"
        "Rà soát các chức năng đã làm được.\n"
    )
    report = read(text.encode(), ReadOptions("x.txt")).value
    assert [a.name for a in report.attendees] == [
        "Tạ Văn Anh - Phó giám đốc kỹ thuật",
        "Trần Thị Hoa – Nhân viên",
    ]


def test_the_photographers_credit_after_the_reporters_is_no_part_of_the_byline() -> None:
    from dvtool.extract.bylines import _byline_parts

    assert _byline_parts("Tin: Ngọc Anh; Ảnh: Minh Đức") == ("Ngọc Anh", None)
    assert _byline_parts("Tin: Ngọc Anh, ảnh: Minh Đức") == ("Ngọc Anh", None)
    assert _byline_parts("Tin, ảnh: Ngọc Anh") == ("Ngọc Anh", None)


LEAD_BODY = (
    "Phòng Văn hóa huyện Kim Sơn tổ chức hội nghị giao ban công tác.\n\n"
    "Hội nghị đã nghe 11 ý kiến phát biểu.\n"
)


def test_a_clocked_stamp_with_a_two_digit_year_dates_the_page() -> None:
    report = _report("Giao ban công tác\n\n14/12/21 12:22 GMT+7\n\nSáng 14/12, " + LEAD_BODY)
    assert report.date == "2021-12-14"


def test_a_section_name_and_a_date_on_a_line_of_their_own_date_the_page() -> None:
    report = _report("Giao ban công tác\n\nChính trị 28-05-2024\n\nSáng 28.5, " + LEAD_BODY)
    assert report.date == "2024-05-28"


def test_a_quarter_named_in_the_lead_sentence_is_of_the_meetings_year() -> None:
    report = _report(
        "Giao ban công tác\n\nSáng 22-3, " + LEAD_BODY.replace("công tác.", "công tác quý I năm 2019.")
    )
    assert report.date == "2019-03-22"


def test_an_anniversary_span_gives_the_year() -> None:
    report = _report("Kỷ niệm ngày thành lập Hội (20.10.1930 – 2015)\n\nSáng 19.10, " + LEAD_BODY)
    assert report.date == "2015-10-19"
    report = _report("Kỷ niệm ngày thành lập Quân đội (22-12-1944/22-12-2023)\n\nChiều 21-12, " + LEAD_BODY)
    assert report.date == "2023-12-21"
    # a span whose last day is months away from the meeting gives nothing
    report = _report("Kỷ niệm ngày thành lập Quân đội (22-12-1944/22-12-2023)\n\nChiều 21-5, " + LEAD_BODY)
    assert report.date is None


def test_a_school_year_reviewed_in_autumn_is_in_its_second_year() -> None:
    report = _report(
        "Tổng kết công tác đội\n\nNgày 5-10, Hội đồng Đội tỉnh tổng kết công tác đội năm học 2017 – 2018.\n\n"
        "Năm học qua, 100% liên đội tổ chức sinh hoạt định kỳ.\n"
    )
    assert report.date == "2018-10-05"


def test_a_list_of_tags_at_the_end_is_no_byline_and_two_reporters_share_an_agency() -> None:
    tags = "\n\n".join(["Tổng Bí Thư", "Ngoại Giao", "Bản Sắc", "Trường Phái", "Kiên Cường", "Linh Hoạt"])
    report = _report(
        "Giao ban công tác\n\nSáng 5/3/2024, " + LEAD_BODY + "\nVăn Hiếu – Lại Hoa/VOV\n\n" + tags + "\n"
    )
    assert (report.author, report.publisher) == ("Văn Hiếu - Lại Hoa", "VOV")


def test_a_stored_month_label_before_the_text_is_a_year_source_only() -> None:
    report = _report(
        " date 2023-12 Trong 2 ngày (18 và 19/12), HĐND huyện Kbang đã tổ chức thành công Kỳ họp thứ 15.\n"
    )
    assert report.date == "2023-12-18"
    report = _report(
        " date 2022-06 (GLO)- Ngày 21-6, UBND huyện Kông Chro tổ chức hội nghị sơ kết 6 tháng đầu năm.\n"
    )
    assert (report.date, report.publisher) == ("2022-06-21", "GLO")
    # a label alone gives no day
    assert (
        _report(" date 2022-07 Tỉnh Đoàn Gia Lai vừa tổ chức Hội nghị Ban Chấp hành lần thứ 13.\n").date
        is None
    )


def test_a_reviewed_span_of_years_gives_its_last_year() -> None:
    title = "Sơ kết 10 năm xây dựng nền quốc phòng toàn dân\n\n"
    lead = (
        "UBND huyện tổ chức hội nghị sơ kết 10 năm xây dựng nền quốc phòng toàn dân, giai đoạn 2009 – 2019.\n"
    )
    assert _report(title + "Chiều 22/8, " + lead).date == "2019-08-22"
    assert _report(title + "Chiều 22/1, " + lead).date == "2020-01-22"


TAIL_BODY = (
    "Giao ban công tác quý I\n\n"
    "Sáng 5/3/2024, Phòng Văn hóa huyện Kim Sơn tổ chức hội nghị giao ban công tác quý I.\n\n"
    "Quý I, phòng đã tổ chức 14 buổi biểu diễn văn nghệ phục vụ nhân dân.\n\n"
)


def test_tail_forms_of_sources_and_bylines() -> None:
    report = _report(TAIL_BODY + "Báo Khánh Hòa\n")
    assert (report.author, report.publisher) == (None, "Báo Khánh Hòa")
    report = _report(
        TAIL_BODY + "Tin, ảnh: DUY THỈNH\n\n*Mời bạn đọc vào chuyên mục Quốc phòng xem các tin liên quan.\n"
    )
    assert report.author == "DUY THỈNH"
    assert _report(TAIL_BODY + "BBT.\n").author == "BBT"
    assert _report(TAIL_BODY + "Thân Thị Dũng, Ban KH – TH\n").author == "Thân Thị Dũng"


def test_attendance_after_du_phien_hop_co_keeps_the_groups_after_the_people() -> None:
    report = _report(
        "Phiên họp Thường trực HĐND tỉnh\n\n"
        "Sáng 5/3/2024, Thường trực HĐND tỉnh tổ chức phiên họp thường kỳ. "
        "Dự phiên họp có các đồng chí: Chá A Của, Phó Chủ tịch HĐND tỉnh; Nguyễn Thành Công, "
        "Phó Chủ tịch UBND tỉnh; lãnh đạo Ủy ban MTTQ Việt Nam tỉnh; đại diện các Ban của HĐND tỉnh.\n"
    )
    assert [a.name for a in report.attendees] == [
        "Chá A Của",
        "Nguyễn Thành Công",
        "Lãnh đạo Ủy ban MTTQ Việt Nam tỉnh",
        "Đại diện các Ban của HĐND tỉnh",
    ]
    report = _report(
        "Họp UBND huyện\n\nSáng 5/3/2024, UBND huyện họp thường kỳ. "
        "Dự chỉ đạo cuộc họp có đồng chí Nguyễn Ngọc Thiều, Chủ tịch UBND huyện.\n"
    )
    assert [a.name for a in report.attendees] == ["Nguyễn Ngọc Thiều"]


def test_a_table_of_goods_whose_type_column_reads_as_no_role_is_no_attendance_table() -> None:
    from dvtool.formats import ReadOptions
    from dvtool.readers.markdown import read as read_md

    text = (
        "# Biên bản thẩm định hồ sơ\n\n## Thành phần tham dự\n\n"
        "- Ông Trần Văn Trang, Phó Trưởng phòng Quản lý Công nghiệp\n\n"
        "## Kết quả\n\n"
        "| TT | Tên gọi và Mô tả | Số hiệu UN | Loại nhóm hàng |\n|---|---|---|---|\n"
        "| 1 | Argon, chất lỏng làm lạnh | 1951 | 2 (nhóm 2.2) |\n"
    )
    report = read_md(text.encode(), ReadOptions("x.md")).value
    # the one line of the list (a person with a title since rule minutes-attendee-lines), no goods
    assert [(a.name, a.titles) for a in report.attendees] == [
        ("Trần Văn Trang", ("Phó Trưởng phòng Quản lý Công nghiệp",))
    ]


def test_a_title_shared_by_several_people_after_va_cac_gives_each_a_person() -> None:
    from dvtool.extract.people import parse_people

    people = parse_people(
        "Bí thư Tỉnh uỷ, Chủ tịch HĐND tỉnh Nguyễn Thành Tâm và các Phó Chủ tịch HĐND tỉnh "
        "Nguyễn Đài Thy, Nguyễn Thanh Phong"
    )
    assert [(p.name, p.titles) for p in people] == [
        ("Nguyễn Thành Tâm", ("Bí thư Tỉnh uỷ, Chủ tịch HĐND tỉnh",)),
        ("Nguyễn Đài Thy", ("Phó Chủ tịch HĐND tỉnh",)),
        ("Nguyễn Thanh Phong", ("Phó Chủ tịch HĐND tỉnh",)),
    ]


def test_a_headline_closed_with_a_full_stop_above_a_lead_dated_mid_sentence_is_the_title() -> None:
    """Written for the test: the date of the lead stands after a clause of purpose."""
    text = (
        "Đảng ủy xã làm việc với chi ủy các thôn.\n\n"
        "Thực hiện Chương trình công tác năm 2024, chiều ngày 15/03/2024, Thường trực Đảng ủy xã đã có "
        "buổi làm việc với chi ủy các thôn.\n\nQuang cảnh buổi làm việc\n\n"
        "Năm 2023, các chi bộ đã kết nạp 12 đảng viên mới."
    )
    report = extract_text(text, "a.txt").value
    assert (report.title, report.date) == ("Đảng ủy xã làm việc với chi ủy các thôn", "2024-03-15")


def test_a_headline_in_capitals_goes_on_on_a_line_opening_with_and() -> None:
    """Written for the test: a headline in capitals broken before "VÀ"."""
    text = (
        "HỘI NGHỊ TỔNG KẾT CÔNG TÁC NĂM 2024\nVÀ HỘI NGHỊ NGƯỜI LAO ĐỘNG NĂM 2025\n\n"
        "Chiều 3/1/2025, Công ty tổ chức Hội nghị tổng kết công tác năm 2024 và Hội nghị người lao động.\n\n"
        "Năm 2024, Công ty đạt doanh thu 120 tỷ đồng."
    )
    title = extract_text(text, "a.txt").value.title
    assert title == "HỘI NGHỊ TỔNG KẾT CÔNG TÁC NĂM 2024 VÀ HỘI NGHỊ NGƯỜI LAO ĐỘNG NĂM 2025"


def test_a_site_name_over_its_address_at_the_top_is_the_publisher_not_the_title() -> None:
    """Written for the test: the portal's name, its address, then the headline."""
    text = (
        "Hội đồng nhân dân tỉnh Hòa Bình\n\nhttp://hdnd.hoabinh.gov.vn\n\n"
        "Thường trực HĐND huyện tiếp xúc cử tri chuyên đề\n\n"
        "Sáng 12/3/2024, Thường trực HĐND huyện tổ chức hội nghị tiếp xúc cử tri ngành giáo dục.\n\n"
        "Năm 2023, toàn huyện có 25 trường đạt chuẩn quốc gia."
    )
    report = extract_text(text, "a.txt").value
    assert (report.title, report.publisher) == (
        "Thường trực HĐND huyện tiếp xúc cử tri chuyên đề",
        "Hội đồng nhân dân tỉnh Hòa Bình",
    )


def test_a_comment_form_and_a_numbered_photo_are_no_results() -> None:
    # shows the rules work on a page written for this test, not that they generalize
    report = _report(
        "Tôn vinh 125 người hiến máu tiêu biểu\n\n"
        "Ngày 5/6/2024, Ban Chỉ đạo vận động hiến máu tỉnh tổ chức hội nghị tôn vinh.\n\n"
        "Tôn vinh 125 người hiến máu tiêu biểu - Ảnh 1.\n\n"
        "Năm 2023, toàn tỉnh tiếp nhận 8.500 đơn vị máu.\n\n"
        "Bạn còn 500/500 ký tự\n\n"
        "Bạn vui lòng nhập từ 5 ký tự trở lên !!!\n"
    )
    assert [f.value for r in report.results for f in r.figures] == [8500]
