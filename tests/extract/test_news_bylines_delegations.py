"""Rules for news items from many publishers (issue 11, the fresh news items): bylines and page
chrome, delegations and their leaders, lists of attending bodies, dates of a run of days, and
spelled numbers. Each on sentences written here, in the patterns real reports share."""

from __future__ import annotations

from dvtool.extract import extract_text
from dvtool.extract.dates import find_dates
from dvtool.extract.numbers import find_figures
from dvtool.extract.people import attendance_entries
from dvtool.model import Report

BODY = (
    "Sáng 13/3/2023, Hội Nông dân huyện Yên Thành tổ chức hội nghị sơ kết quý I.\n\n"
    "Quý I, Hội đã kết nạp 215 hội viên mới và vận động 1.200 hộ đăng ký danh hiệu sản xuất giỏi.\n\n"
)


def _read(text: str) -> Report:
    return extract_text(text, "x.txt").value


def _attendees(report: Report) -> list[str]:
    return [a.name for a in report.attendees]


def _result_texts(report: Report) -> list[str]:
    return [r.text for r in report.results]


# spelled numbers ------------------------------------------------------------------------


def test_a_capitalised_name_is_no_spelled_number() -> None:
    text = "Tham dự có Ủy ban Mặt trận Tổ quốc Việt Nam huyện và đại diện năm xã."
    assert [(f.value, f.text) for f in find_figures(text)] == [(5, "năm xã")]


def test_a_number_word_without_its_diacritics_is_no_number_in_a_text_with_them() -> None:
    assert [f.value for f in find_figures("Đoàn đã đến Nam huyện Tuy Phước và ba xã miền núi.")] == [3]
    # a text typed without diacritics still reads its spelled numbers
    assert [f.value for f in find_figures("Da co nam xa dat chuan nong thon moi")] == [5]


def test_a_spelled_number_opening_a_sentence_still_counts() -> None:
    values = [f.value for f in find_figures("Cả huyện có 12 xã đạt chuẩn. Hai cá nhân được khen thưởng.")]
    assert values == [12, 2]


# bylines and page chrome ------------------------------------------------------------------


def test_the_author_on_the_posting_date_line() -> None:
    report = _read(
        "Hội Nông dân huyện sơ kết quý I\n\nNgày đăng bài: 14/3/2023 | Tác giả: Minh Ngọc\n\n" + BODY
    )
    assert report.author == "Minh Ngọc"
    assert report.date == "2023-03-13"


def test_a_lone_pv_line_at_the_end_is_the_byline() -> None:
    report = _read("Hội Nông dân huyện sơ kết quý I\n\n" + BODY + "PV\n")
    assert report.author == "PV"


def test_a_person_after_nguon_tin_is_the_author_a_body_the_publisher() -> None:
    person = _read("Hội Nông dân huyện sơ kết quý I\n\n" + BODY + "Nguồn tin: Hoài Thu\n")
    assert (person.author, person.publisher) == ("Hoài Thu", None)
    body = _read("Hội Nông dân huyện sơ kết quý I\n\n" + BODY + "Nguồn tin: Báo Nghệ An\n")
    assert (body.author, body.publisher) == (None, "Báo Nghệ An")


def test_the_unit_after_a_reporters_name_is_not_the_publisher() -> None:
    report = _read("Hội Nông dân huyện sơ kết quý I\n\n" + BODY + "Hoàng Minh - Hội Nông dân huyện\n")
    assert (report.author, report.publisher) == ("Hoàng Minh", None)
    wire = _read("Hội Nông dân huyện sơ kết quý I\n\n" + BODY + "Hoàng Minh (TTXVN)\n")
    assert (wire.author, wire.publisher) == ("Hoàng Minh", "TTXVN")


def test_the_comment_form_after_the_byline_ends_the_article() -> None:
    report = _read(
        "Hội Nông dân huyện sơ kết quý I\n\n"
        + BODY
        + "Hoài Thu\n\nBình luận\n\nVui lòng nhập bình luận có dấu, tối thiểu 10 chữ\n\nGửi\n"
    )
    assert report.author == "Hoài Thu"


def test_a_line_of_figures_under_the_headline_is_the_pages_stamp() -> None:
    report = _read(
        "Hội Nông dân huyện sơ kết quý I\n\n09:12 14-03-2023 | :41\n\n"
        "Sáng 13/3, Hội Nông dân huyện Yên Thành tổ chức hội nghị sơ kết quý I.\n\n"
        "Quý I, Hội đã kết nạp 215 hội viên mới.\n"
    )
    assert report.date == "2023-03-13"


def test_the_date_line_nearest_the_article_wins_over_the_pages_clock() -> None:
    report = _read(
        "Thứ 2, 20/11/2023, 08:15[GMT+7]\n\nHội Nông dân huyện sơ kết quý I\n\n"
        "Thứ 5, 16/3/2022 | 10:20:05\n\n"
        "Sáng 13/3, Hội Nông dân huyện Yên Thành tổ chức hội nghị sơ kết quý I.\n\n"
        "Quý I, Hội đã kết nạp 215 hội viên mới.\n"
    )
    assert report.title == "Hội Nông dân huyện sơ kết quý I"
    assert report.date == "2022-03-13"


def test_a_view_counter_is_no_figure() -> None:
    report = _read("Hội Nông dân huyện sơ kết quý I\n\n1.204 lượt xem\n\n" + BODY)
    values = [f.value for r in report.results for f in r.figures]
    assert 1204 not in values and 215 in values


def test_a_headline_broken_over_two_lines_is_one_title() -> None:
    report = _read("Đoàn giám sát của HĐND huyện\n\nlàm việc tại xã Lăng Thành\n\n" + BODY)
    assert report.title == "Đoàn giám sát của HĐND huyện làm việc tại xã Lăng Thành"


def test_photo_captions_are_no_results() -> None:
    report = _read(
        "Hội Nông dân huyện sơ kết quý I\n\n"
        + BODY
        + "Quang cảnh hội nghị\n\nĐại biểu thảo luận tại hội nghị (ảnh: Hoài Thu)\n\n"
        + "Trong quý, Hội đã phối hợp mở 6 lớp tập huấn kỹ thuật.\n"
    )
    texts = _result_texts(report)
    assert not any("Quang cảnh" in t or "ảnh:" in t for t in texts)
    assert any("6 lớp tập huấn" in t for t in texts)


# attendance -------------------------------------------------------------------------------


def test_a_list_of_bodies_gives_one_group_per_comma_part() -> None:
    names = [
        name
        for name, _, _ in attendance_entries(
            "Ủy ban MTTQ huyện, các thành viên Thường trực HĐND, lãnh đạo hai Ban HĐND, "
            "Văn phòng HĐND và UBND huyện."
        )
    ]
    assert names == [
        "Ủy ban MTTQ huyện",
        "Các thành viên Thường trực HĐND",
        "Lãnh đạo hai Ban HĐND",
        "Văn phòng HĐND và UBND huyện",
    ]


def test_an_enumeration_inside_a_group_and_a_person_with_titles_stay_whole() -> None:
    assert [n for n, _, _ in attendance_entries("lãnh đạo các sở, ban, ngành cấp tỉnh, huyện")] == [
        "Lãnh đạo các sở, ban, ngành cấp tỉnh, huyện"
    ]
    assert [n for n, _, _ in attendance_entries("lãnh đạo các Sở: Tài chính, Nội vụ, Tư pháp")] == [
        "Lãnh đạo các Sở: Tài chính, Nội vụ, Tư pháp"
    ]
    person = attendance_entries("đồng chí Lê Văn Hòa, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh")
    assert [(n, k) for n, k, _ in person] == [("Lê Văn Hòa", "person")]


def test_an_attendance_sentence_read_twice_lists_each_group_once() -> None:
    report = _read(
        "Hội Nông dân huyện sơ kết quý I\n\n"
        "Sáng 13/3/2023, Hội Nông dân huyện tổ chức hội nghị sơ kết công tác quý đầu năm. "
        "Cùng tham dự có đại diện lãnh đạo các phòng, ban của huyện và 60 hội viên.\n\n"
        "Quý I, Hội đã kết nạp 215 hội viên mới.\n"
    )
    names = _attendees(report)
    assert len(names) == len(set(names)) == 2


# delegations ------------------------------------------------------------------------------


def test_the_leader_of_a_delegation_chairs_it() -> None:
    report = _read(
        "HĐND huyện giám sát tại xã Lăng Thành\n\n"
        "Trong các ngày 14, 15/7/2022, Đoàn giám sát của HĐND huyện do bà Lê Thị Mai, "
        "Phó Chủ tịch HĐND huyện làm trưởng đoàn đã giám sát việc giải quyết kiến nghị của cử tri.\n\n"
        "Đến nay đã giải quyết 42 kiến nghị.\n"
    )
    assert [c.name for c in report.chairs] == ["Lê Thị Mai"]
    assert report.date == "2022-07-14"


def test_the_members_named_after_the_leader_attend() -> None:
    report = _read(
        "Đoàn giám sát làm việc tại huyện Kỳ Sơn\n\n"
        "Thực hiện Kế hoạch số 25/KH-HĐND ngày 02/4/2021 của Thường trực HĐND tỉnh về giám sát.\n\n"
        "Ngày 12/4/2021, Đoàn giám sát của HĐND tỉnh do đồng chí Trần Văn Long, Trưởng Ban Pháp chế "
        "HĐND tỉnh, trưởng đoàn cùng các đồng chí Hà Thị Lan, Phó Trưởng Ban Dân tộc HĐND tỉnh; "
        "đồng chí Vi Văn Sơn, Chuyên viên Văn phòng HĐND tỉnh làm việc với UBND huyện Kỳ Sơn.\n\n"
        "Đến nay, huyện đã giải quyết 18 kiến nghị.\n"
    )
    assert [c.name for c in report.chairs] == ["Trần Văn Long"]
    assert _attendees(report) == ["Hà Thị Lan", "Vi Văn Sơn"]
    assert report.date == "2021-04-12"  # not the date of the plan the first sentence cites


def test_a_deputy_head_is_no_delegation_leader() -> None:
    report = _read(
        "Đoàn công tác làm việc tại xã\n\n"
        "Ngày 12/4/2021, đoàn công tác của huyện, Phó trưởng đoàn là ông Vi Văn Sơn, "
        "đã làm việc tại xã Mường Lống.\n\n"
        "Đến nay, xã đã giải quyết 18 kiến nghị.\n"
    )
    assert report.chairs == ()


# dates and years ----------------------------------------------------------------------------


def test_a_run_of_days_dates_the_meeting_by_its_first_day() -> None:
    assert [(d.day, d.month, d.year) for d in find_dates("Trong các ngày 9,10/6/2020 Đoàn")] == [(9, 6, 2020)]
    assert [(d.day, d.month, d.year) for d in find_dates("ngày 9 và 10/6/2020")] == [(9, 6, 2020)]
    assert [(d.day, d.month, d.year) for d in find_dates("Sáng ngày 9-10/6, đoàn")] == [(9, 6, None)]
    # "2,5/10" after no day word is no run of days
    assert [d.day for d in find_dates("tỷ lệ đạt 2,5/10 điểm")] == []


def test_the_rest_of_the_year_planned_in_the_body_names_a_mid_year_meetings_year() -> None:
    report = _read(
        "Hội nghị sơ kết 6 tháng\n\n"
        "Ngày 28/6, Hội Cựu chiến binh tỉnh tổ chức hội nghị sơ kết công tác hội 6 tháng đầu năm, "
        "triển khai nhiệm vụ 6 tháng cuối năm.\n\n"
        "Sáu tháng qua, Hội đã xây mới 12 nhà nghĩa tình đồng đội.\n\n"
        "Trong 6 tháng cuối năm 2024, Hội tập trung tổ chức tốt đại hội thi đua các cấp.\n"
    )
    assert report.date == "2024-06-28"


def test_the_one_who_leads_the_delegation_chairs_it() -> None:
    report = _read(
        "HĐND tỉnh khảo sát tại huyện Tân Biên\n\n"
        "Ngày 5/4/2022, ông Trần Văn Nam - Phó Chủ tịch HĐND tỉnh đã dẫn đầu Đoàn công tác HĐND tỉnh "
        "khảo sát hoạt động của HĐND cấp xã trên địa bàn huyện Tân Biên.\n\n"
        "Huyện đã tổ chức 24 kỳ họp HĐND cấp xã.\n"
    )
    assert [c.name for c in report.chairs] == ["Trần Văn Nam"]
    # "dẫn đầu toàn tỉnh" ranks a place, it leads no delegation
    ranked = _read(
        "Huyện sơ kết quý I\n\nNgày 5/4/2022, UBND huyện tổ chức sơ kết quý I năm 2022.\n\n"
        "Huyện dẫn đầu toàn tỉnh về thu ngân sách với 120 tỷ đồng.\n"
    )
    assert ranked.chairs == ()


def test_a_plural_honorific_before_a_group_names_no_person() -> None:
    names = [
        n
        for n, _, _ in attendance_entries(
            "các đồng chí đại diện Thường trực Huyện ủy, Thường trực UBND huyện, lãnh đạo các phòng, ban"
        )
    ]
    assert names == [
        "Các đồng chí đại diện Thường trực Huyện ủy",
        "Thường trực UBND huyện",
        "Lãnh đạo các phòng, ban",
    ]


def test_full_body_names_after_a_group_head_are_groups_of_their_own() -> None:
    names = [
        n
        for n, _, _ in attendance_entries(
            "đại diện lãnh đạo Ban Dân vận Tỉnh ủy, Bộ Chỉ huy Quân sự tỉnh, Ban Tuyên giáo Tỉnh ủy"
        )
    ]
    assert names == [
        "Đại diện lãnh đạo Ban Dân vận Tỉnh ủy",
        "Bộ Chỉ huy Quân sự tỉnh",
        "Ban Tuyên giáo Tỉnh ủy",
    ]
    # bare abbreviations share the head and the complement: one group
    shared = [n for n, _, _ in attendance_entries("lãnh đạo Đảng ủy, UBND, MTTQ của các xã, thị trấn")]
    assert shared == ["Lãnh đạo Đảng ủy, UBND, MTTQ của các xã, thị trấn"]


def test_a_comma_before_a_group_head_splits_a_group_after_cung() -> None:
    names = [
        n
        for n, _, _ in attendance_entries(
            "đại diện Ban Dân vận Huyện ủy cùng các đồng chí nguyên là lãnh đạo Mặt trận huyện, "
            "lãnh đạo các xã, thị trấn"
        )
    ]
    assert names[-1] == "Lãnh đạo các xã, thị trấn"


def test_a_title_that_names_another_group_leads_no_delegation() -> None:
    report = _read(
        "Phường ra quân vệ sinh môi trường\n\n"
        "Ngày 12/4/2021, theo thông tin do ông Vi Văn Sơn, tổ trưởng tổ dân phố số 3 cung cấp, "
        "phường đã ra quân thu gom rác thải.\n\n"
        "Đã thu gom 12 tấn rác thải.\n"
    )
    assert report.chairs == ()


def test_a_photo_credit_glued_into_a_crawled_body_keeps_the_body() -> None:
    """Rule caption_sentences (fig5): "Ảnh: …" after the last full stop of a paragraph of many
    sentences is a credit a crawl glued into the body, not a caption of the whole paragraph."""
    glued = (
        "Đại biểu thảo luận về công tác hội. Ảnh: nongdan.vn Theo báo cáo, trong quý I Hội đã mở 6 lớp"
        " tập huấn kỹ thuật. Hội cũng vận động 300 hộ tham gia tổ hợp tác. Ảnh: nongdan.vn Theo Minh Anh\n"
    )
    values = [
        f.value
        for r in _read("Hội Nông dân huyện sơ kết quý I\n\n" + BODY + glued).results
        for f in r.figures
    ]
    assert 6 in values and 300 in values
    caption = "Chủ tịch Hội trao giấy khen cho 12 hội viên. Ảnh: Minh Anh\n\n"
    later = "Trong quý, Hội đã phối hợp mở 6 lớp tập huấn kỹ thuật.\n"
    texts = _result_texts(_read("Hội Nông dân huyện sơ kết quý I\n\n" + BODY + caption + later))
    assert not any("giấy khen" in t for t in texts)  # a short caption under a photo still is one
