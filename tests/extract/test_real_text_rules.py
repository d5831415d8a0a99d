"""Rules for real published reports (issue 11), each shown on sentences written for the test,
not copied from the corpus: directions in speeches, attendance sentences anywhere, shortcomings
inside results, bylines and source prefixes, the meeting date among other dates."""

from __future__ import annotations

from dvtool.extract import extract_text
from dvtool.extract.directions import directions

TITLE = "Huyện Yên Hòa sơ kết công tác 6 tháng đầu năm\n\n"
LEAD = (
    TITLE + "Sáng 8/7/2024, UBND huyện Yên Hòa tổ chức hội nghị sơ kết công tác 6 tháng đầu năm. "
    "Đồng chí Phan Văn Long, Chủ tịch UBND huyện chủ trì hội nghị.\n\n"
    "6 tháng đầu năm, toàn huyện trồng mới 120 ha rừng.\n\n"
)


# --- directions ------------------------------------------------------------------------


def test_each_semicolon_part_after_a_direction_verb_is_a_task() -> None:
    found = directions(
        "Kết luận buổi làm việc, đồng chí Phan Văn Long chỉ đạo các xã rà soát lại danh sách hộ nghèo; "
        "tập trung hướng dẫn người dân chuyển đổi cây trồng.",
        speech=False,
    )
    assert found == [
        "các xã rà soát lại danh sách hộ nghèo",
        "tập trung hướng dẫn người dân chuyển đổi cây trồng.",
    ]


def test_a_direction_already_carried_out_is_no_task() -> None:
    assert directions("Năm qua, Huyện ủy đã kịp thời chỉ đạo các xã hoàn thành kế hoạch.", speech=False) == []
    assert directions("Công tác lãnh đạo, chỉ đạo được tăng cường ở cơ sở.", speech=False) == []


def test_a_recommendation_to_a_higher_level_is_no_task() -> None:
    assert directions("Đồng chí đề nghị Chính phủ sớm ban hành hướng dẫn thi hành.", speech=True) == []


def test_what_must_be_done_is_a_task_in_a_speech_only() -> None:
    sentence = "Các phòng, ban cần chủ động bố trí kinh phí cho các công trình chuyển tiếp."
    assert directions(sentence, speech=True) == [sentence]
    assert directions(sentence, speech=False) == []


def test_a_closing_speech_gives_its_directions_as_tasks_and_stays_a_remark() -> None:
    report = extract_text(
        LEAD + "Phát biểu kết luận, đồng chí Phan Văn Long yêu cầu các xã khẩn trương thu hoạch lúa hè thu; "
        "chủ động phương án phòng chống lụt bão.\n",
        "x.txt",
    ).value
    assert [t.text for t in report.tasks] == [
        "Các xã khẩn trương thu hoạch lúa hè thu",
        "Chủ động phương án phòng chống lụt bão.",
    ]
    assert len(report.remarks) == 1


def test_a_sentence_announcing_the_tasks_of_the_rest_of_the_year_opens_them() -> None:
    report = extract_text(
        LEAD + "Từ nay đến cuối năm, huyện xác định ba nhóm nhiệm vụ trọng tâm.\n\n"
        "Trong đó, đẩy nhanh tiến độ xây dựng trường học vùng cao.\n",
        "x.txt",
    ).value
    assert [t.text for t in report.tasks] == ["Trong đó, đẩy nhanh tiến độ xây dựng trường học vùng cao."]


# --- attendees -------------------------------------------------------------------------


def test_an_attendance_sentence_later_in_the_body_is_read() -> None:
    report = extract_text(
        LEAD + "Quang cảnh hội nghị\n\n"
        "Tham dự buổi làm việc có lãnh đạo Sở Nông nghiệp; đại diện Hạt Kiểm lâm huyện.\n",
        "x.txt",
    ).value
    assert [a.name for a in report.attendees] == ["Lãnh đạo Sở Nông nghiệp", "Đại diện Hạt Kiểm lâm huyện"]


def test_attendees_named_before_tham_du_are_read() -> None:
    report = extract_text(LEAD + "Đại diện lãnh đạo Huyện ủy, Ban Dân vận Huyện ủy tham dự.\n", "x.txt").value
    assert report.attendees and "Huyện ủy" in report.attendees[0].name


def test_a_symbol_before_an_attendance_cue_does_not_hide_it() -> None:
    report = extract_text(
        LEAD + "\U0001f449 Dự hội nghị có đồng chí Đỗ Thị Lan – Phó Chủ tịch UBND huyện.\n", "x.txt"
    ).value
    assert [a.name for a in report.attendees] == ["Đỗ Thị Lan"]


# --- limitations -----------------------------------------------------------------------


def test_a_results_sentence_stating_a_difficulty_is_a_limitation() -> None:
    report = extract_text(LEAD + "Sản xuất vụ chiêm gặp nhiều khó khăn do hạn hán kéo dài.\n", "x.txt").value
    assert [x.text for x in report.limitations] == [
        "Sản xuất vụ chiêm gặp nhiều khó khăn do hạn hán kéo dài."
    ]


def test_a_meeting_pointing_out_shortcomings_states_none() -> None:
    report = extract_text(
        LEAD + "Hội nghị đã thẳng thắn chỉ ra những tồn tại, hạn chế trong chỉ đạo điều hành.\n", "x.txt"
    ).value
    assert report.limitations == ()


# --- figures ---------------------------------------------------------------------------


def test_a_number_without_a_unit_is_no_figure_of_a_prose_item() -> None:
    report = extract_text(LEAD + "Kết quả xếp hạng đạt 7, có 35 hộ thoát nghèo.\n", "x.txt").value
    assert [f.value for item in report.results for f in item.figures] == [120, 35]


# --- byline, source, title -------------------------------------------------------------


def test_a_byline_in_capitals_is_the_author_and_a_signer_title_is_not() -> None:
    assert extract_text(LEAD + "MINH TÂM\n", "x.txt").value.author == "MINH TÂM"
    assert extract_text(LEAD + "PHÓ CHỦ TỊCH\n", "x.txt").value.author is None


def test_a_byline_run_into_the_last_paragraph_is_the_author() -> None:
    report = extract_text(LEAD + "Hội nghị kết thúc cùng ngày. Tin, ảnh: LÊ VĂN AN\n", "x.txt").value
    assert report.author == "LÊ VĂN AN"


def test_two_reporters_joined_by_a_dash_are_one_byline() -> None:
    assert extract_text(LEAD + "Tác giả: Hà Vy - Quốc Bảo\n", "x.txt").value.author == "Hà Vy - Quốc Bảo"


def test_a_source_line_with_an_address_names_the_site() -> None:
    report = extract_text(LEAD + "Nguồn: https://www.tinyenhoa.vn/tin-tuc/so-ket\n", "x.txt").value
    assert report.publisher == "tinyenhoa.vn"


def test_a_source_prefix_before_the_dateline_is_the_publisher_and_not_the_lead() -> None:
    report = extract_text(
        TITLE + "(Tinyenhoa.vn) - Sáng 8/7/2024, UBND huyện Yên Hòa tổ chức hội nghị sơ kết công tác "
        "6 tháng đầu năm với sự có mặt của lãnh đạo các xã trong huyện.\n",
        "x.txt",
    ).value
    assert report.publisher == "Tinyenhoa.vn"
    assert report.date == "2024-07-08"
    capitals = extract_text(
        TITLE + "BYH – Sáng 8/7/2024, UBND huyện Yên Hòa tổ chức hội nghị sơ kết công tác 6 tháng đầu "
        "năm với sự có mặt của lãnh đạo các xã trong huyện.\n",
        "x.txt",
    ).value
    assert capitals.publisher == "BYH"


def test_a_short_line_after_the_body_has_begun_is_no_headline() -> None:
    body = "Sáng 8/7/2024, UBND huyện Yên Hòa tổ chức hội nghị sơ kết công tác 6 tháng đầu năm. " * 4
    report = extract_text(body + "\n\nMINH TÂM\n", "x.txt").value
    assert report.title != "MINH TÂM"
    assert report.author == "MINH TÂM"


# --- the meeting date ------------------------------------------------------------------


def test_a_posting_time_stamp_under_the_headline_is_not_the_meeting_date() -> None:
    report = extract_text(
        TITLE + "12/07/2024 - 08:15\n\nNgày 10/7/2024, UBND huyện Yên Hòa tổ chức hội nghị sơ kết.\n", "x.txt"
    ).value
    assert report.date == "2024-07-10"


def test_an_anniversary_in_parentheses_is_not_the_meeting_date() -> None:
    report = extract_text(
        TITLE + "Nhân kỷ niệm 50 năm thành lập (12/3/1974 – 12/3/2024), sáng ngày 10/3/2024, "
        "UBND huyện Yên Hòa tổ chức lễ kỷ niệm.\n",
        "x.txt",
    ).value
    assert report.date == "2024-03-10"


# --- second round: givers, continuations, chairs in the body, named awards ---------------


def test_a_body_directs_with_de_nghi_and_the_next_sentence_goes_on_with_it() -> None:
    report = extract_text(
        LEAD + "Về định hướng tháng tới, Ban Tuyên giáo Huyện ủy đề nghị các đài truyền thanh xã đổi mới "
        "nội dung. Trong đó tập trung tuyên truyền mùa khô; giới thiệu các mô hình kinh tế hay.\n",
        "x.txt",
    ).value
    assert [t.text for t in report.tasks] == [
        "Các đài truyền thanh xã đổi mới nội dung.",
        "Tập trung tuyên truyền mùa khô",
        "Giới thiệu các mô hình kinh tế hay.",
    ]


def test_a_body_reporting_what_it_directed_gives_no_task() -> None:
    report = extract_text(LEAD + "UBND huyện chỉ đạo các xã hoàn thành kế hoạch trồng rừng.\n", "x.txt").value
    assert report.tasks == ()


def test_a_chair_named_later_in_the_body_is_read() -> None:
    report = extract_text(
        TITLE + "Sáng 8/7/2024, Mặt trận xã Yên Hòa họp sơ kết 6 tháng đầu năm.\n\n"
        "Chủ trì cuộc họp là ông Trịnh Văn Quý – Chủ tịch Mặt trận xã.\n",
        "x.txt",
    ).value
    assert [c.name for c in report.chairs] == ["Trịnh Văn Quý"]


def test_a_chair_after_the_dateline_and_a_tense_word_is_read() -> None:
    report = extract_text(
        TITLE + "Ngày 8/7/2024, Chủ tịch UBND huyện Hồ Minh Đức đã chủ trì hội nghị sơ kết.\n", "x.txt"
    ).value
    assert [c.name for c in report.chairs] == ["Hồ Minh Đức"]


def test_a_dateline_after_a_dash_is_the_lead() -> None:
    report = extract_text(
        TITLE + "- Ngày 8/7/2024, tại hội trường huyện, UBND huyện Yên Hòa tổ chức hội nghị sơ kết. "
        "Phó Chủ tịch UBND huyện Lò Thị Mai chủ trì hội nghị.\n",
        "x.txt",
    ).value
    assert report.date == "2024-07-08"
    assert [c.name for c in report.chairs] == ["Lò Thị Mai"]


def test_a_named_award_keeps_its_name_and_counts_comrades_as_individuals() -> None:
    report = extract_text(
        LEAD + "Dịp này, Hội Cựu chiến binh huyện trao Kỷ niệm chương Vì sự nghiệp Cựu chiến binh năm 2024 "
        "cho 7 đồng chí.\n",
        "x.txt",
    ).value
    assert [(a.award, a.individuals) for a in report.awards] == [
        ("Kỷ niệm chương Vì sự nghiệp Cựu chiến binh", 7)
    ]


def test_short_lines_between_headline_and_lead_do_not_hide_the_lead() -> None:
    report = extract_text(
        TITLE + "Tin tức sự kiện\n\n"
        "Ngày 8 tháng 7 năm 2024, UBND huyện Yên Hòa tổ chức hội nghị sơ kết công tác 6 tháng đầu năm.\n",
        "x.txt",
    ).value
    assert report.date == "2024-07-08"


def test_the_date_of_a_cited_document_is_not_the_meeting_date() -> None:
    report = extract_text(
        TITLE + "Thực hiện Kế hoạch số 12/KH-UBND ngày 2/3/2024, sáng 8/7/2024 UBND huyện Yên Hòa tổ chức "
        "hội nghị sơ kết.\n",
        "x.txt",
    ).value
    assert report.date == "2024-07-08"


def test_a_meeting_on_the_rest_of_the_year_is_held_in_that_year() -> None:
    report = extract_text(
        "Huyện Yên Hòa triển khai nhiệm vụ 6 tháng cuối năm 2024\n\n"
        "Ngày 16-7, UBND huyện Yên Hòa tổ chức hội nghị triển khai nhiệm vụ 6 tháng cuối năm 2024.\n",
        "x.txt",
    ).value
    assert report.date == "2024-07-16"


def test_an_attendance_sentence_naming_the_ceremony_is_read() -> None:
    report = extract_text(
        LEAD + "Đến dự buổi lễ có đồng chí Đỗ Thị Lan – Phó Chủ tịch UBND huyện.\n", "x.txt"
    ).value
    assert [a.name for a in report.attendees] == ["Đỗ Thị Lan"]


def test_a_contrast_sentence_stating_a_shortcoming_before_a_must_is_a_limitation() -> None:
    report = extract_text(
        LEAD + "Tuy nhiên, việc cấp đổi sổ đỏ còn chậm, đòi hỏi phải có giải pháp mạnh hơn.\n", "x.txt"
    ).value
    assert [x.text for x in report.limitations] == [
        "Tuy nhiên, việc cấp đổi sổ đỏ còn chậm, đòi hỏi phải có giải pháp mạnh hơn."
    ]


def test_a_generic_head_before_a_colon_and_cung_split_attendance_entries() -> None:
    report = extract_text(
        LEAD + "Tham dự hội nghị còn có sự hiện diện của các khách mời: Thượng tá Vũ Văn Hòa – đại diện "
        "Bộ Chỉ huy Quân sự tỉnh, cùng các đồng chí trưởng thôn.\n",
        "x.txt",
    ).value
    names = [a.name for a in report.attendees]
    assert names[0].startswith("Thượng tá Vũ Văn Hòa") or names[0] == "Vũ Văn Hòa"
    assert names[-1] == "Các đồng chí trưởng thôn"


def test_a_results_sentence_about_the_meeting_itself_states_no_figures() -> None:
    report = extract_text(
        LEAD + "Hội nghị sẽ đánh giá công tác phối hợp của 12 xã, thị trấn.\n", "x.txt"
    ).value
    assert [f.value for item in report.results for f in item.figures] == [120]


def test_a_plan_stated_in_the_future_is_a_task_and_not_a_result() -> None:
    report = extract_text(LEAD + "Tới đây, huyện sẽ cử 30 cán bộ đi tập huấn.\n", "x.txt").value
    assert [t.text for t in report.tasks] == ["Tới đây, huyện sẽ cử 30 cán bộ đi tập huấn."]
    assert [f.value for item in report.results for f in item.figures] == [120]


def test_a_photo_caption_is_no_remark_and_a_title_before_the_name_is_no_speaker() -> None:
    report = extract_text(
        LEAD + "Phát biểu tại hội nghị, đồng chí Phó Chủ tịch UBND huyện Phan Văn Long khẳng định, "
        "huyện đã hoàn thành kế hoạch.\n\n"
        "Đồng chí Phan Văn Long phát biểu tại hội nghị. Ảnh: HT\n\n"
        "Đồng chí Phan Văn Long phát biểu kết luận hội nghị\n",
        "x.txt",
    ).value
    assert [r.speaker for r in report.remarks] == ["Phan Văn Long"]


def test_an_attendance_sentence_naming_an_award_is_read_as_attendance() -> None:
    report = extract_text(
        LEAD + "Dự hội nghị có lãnh đạo các xã; các cá nhân được UBND huyện tặng Giấy khen.\n", "x.txt"
    ).value
    assert [a.name for a in report.attendees][0] == "Lãnh đạo các xã"
    assert report.awards == ()
