"""Rules for news items of meetings that hold beyond the wording of the dev corpus (issue 11):
each on sentences written here for the purpose, in the patterns real reports share."""

from __future__ import annotations

from dvtool.extract import extract_text
from dvtool.extract.awards import parse_awards
from dvtool.extract.dates import DateMention, year_named_for
from dvtool.extract.directions import directions, higher_level, recommends, task_pieces

LEAD = (
    "Giao ban công tác quý I\n\n"
    "Sáng 5/3/2024, Phòng Văn hóa huyện Kim Sơn tổ chức hội nghị giao ban công tác quý I. "
    "Đồng chí Đỗ Văn Tuấn, Trưởng phòng chủ trì hội nghị.\n\n"
    "Quý I, phòng đã tổ chức 14 buổi biểu diễn văn nghệ phục vụ nhân dân.\n\n"
)


def _tasks(text: str) -> list[str]:
    return [t.text for t in extract_text(LEAD + text, "x.txt").value.tasks]


def _limitations(text: str) -> list[str]:
    return [t.text for t in extract_text(LEAD + text, "x.txt").value.limitations]


# tasks ----------------------------------------------------------------------------------


def test_dong_thoi_joins_two_tasks_in_one_direction() -> None:
    assert task_pieces("các xã rà soát hộ nghèo, đồng thời tiếp tục hỗ trợ vốn vay cho hộ cận nghèo") == [
        "các xã rà soát hộ nghèo",
        "tiếp tục hỗ trợ vốn vay cho hộ cận nghèo",
    ]
    # too short before "đồng thời" to be a task of its own: one piece
    assert task_pieces("rà soát, đồng thời báo cáo kết quả") == ["rà soát, đồng thời báo cáo kết quả"]


def test_a_plan_in_the_future_tense_gives_one_task_per_semicolon_part() -> None:
    tasks = _tasks("Quý II, phòng sẽ tổ chức liên hoan văn nghệ quần chúng; kiểm tra các điểm karaoke.\n")
    assert tasks == ["Quý II, phòng sẽ tổ chức liên hoan văn nghệ quần chúng", "Kiểm tra các điểm karaoke."]


def test_directions_joined_by_dong_thoi_in_a_closing_speech_are_two_tasks() -> None:
    tasks = _tasks(
        "Phát biểu kết luận, đồng chí Đỗ Văn Tuấn yêu cầu các nhà văn hóa mở cửa đúng giờ, "
        "đồng thời tăng cường kiểm tra các lễ hội.\n"
    )
    assert tasks == ["Các nhà văn hóa mở cửa đúng giờ", "Tăng cường kiểm tra các lễ hội."]


def test_a_recommendation_to_a_ministry_or_the_government_is_no_task() -> None:
    assert higher_level("Bộ Văn hóa, Thể thao và Du lịch hỗ trợ kinh phí")
    assert higher_level("các bộ, ngành Trung ương quan tâm")
    assert not higher_level("Bộ Chỉ huy Quân sự tỉnh tăng cường huấn luyện")
    assert not higher_level("bộ phận một cửa rút ngắn thời gian")
    assert recommends("Phòng sẽ kiến nghị Bộ Văn hóa cần bổ sung kinh phí")
    assert recommends("Huyện đề xuất với Chính phủ sớm ban hành hướng dẫn")
    assert not recommends("Các phòng cần nghiên cứu, đề xuất giải pháp tháo gỡ")
    assert directions("Đồng chí đề nghị Bộ Văn hóa sớm ban hành hướng dẫn chấm điểm", speech=True) == []
    assert directions("Phòng sẽ kiến nghị Bộ Văn hóa cần bổ sung kinh phí tu bổ di tích", speech=True) == []
    assert directions("Các phòng cần nghiên cứu, đề xuất giải pháp tháo gỡ", speech=True) == [
        "Các phòng cần nghiên cứu, đề xuất giải pháp tháo gỡ"
    ]


def test_a_plan_to_recommend_to_a_higher_level_is_no_task() -> None:
    assert _tasks("Huyện sẽ kiến nghị Bộ Văn hóa bổ sung kinh phí tu bổ đình làng.\n") == []


# limitations ----------------------------------------------------------------------------


def test_what_is_not_yet_done_or_still_wrong_is_a_limitation() -> None:
    found = _limitations(
        "Việc cập nhật dữ liệu di tích chưa thường xuyên. "
        "Hoạt động của một số câu lạc bộ còn nặng về hình thức. "
        "Tỷ lệ thôn đạt chuẩn văn hóa đạt 61%, thấp hơn so với mục tiêu đề ra.\n"
    )
    assert found == [
        "Việc cập nhật dữ liệu di tích chưa thường xuyên.",
        "Hoạt động của một số câu lạc bộ còn nặng về hình thức.",
        "Tỷ lệ thôn đạt chuẩn văn hóa đạt 61%, thấp hơn so với mục tiêu đề ra.",
    ]


def test_praise_with_chua_tung_co_and_a_recommendation_are_no_limitations() -> None:
    assert _limitations("Đây là kết quả chưa từng có của phong trào văn nghệ huyện.\n") == []
    assert _limitations("Trong khi chưa có hướng dẫn mới, đề nghị Bộ Văn hóa giải thích thống nhất.\n") == []


# dates ----------------------------------------------------------------------------------


def _mention(day: int, month: int) -> DateMention:
    return DateMention(day, month, None, 0, 0)


def test_a_year_the_title_gives_the_same_month_is_the_meetings_year() -> None:
    assert year_named_for(_mention(2, 9), ["Giao ban báo chí tháng 9 năm 2022"]) == 2022
    assert year_named_for(_mention(2, 9), ["Sơ kết công tác tháng 9/2022"]) == 2022
    assert year_named_for(_mention(2, 9), ["Giao ban báo chí tháng 8 năm 2022"]) is None


def test_an_anniversary_span_gives_its_later_year_and_a_founding_day_alone_gives_none() -> None:
    assert year_named_for(_mention(3, 2), ["kỷ niệm 94 năm (3/2/1930-3/2/2024)"]) == 2024
    assert year_named_for(_mention(3, 2), ["Đảng được thành lập ngày 3/2/1930"]) is None


def test_the_month_in_the_headline_gives_the_year_of_a_dateline_without_one() -> None:
    report = extract_text(
        "Giao ban báo chí tháng 9 năm 2022\n\n"
        "Sáng 2/9, Ban Tuyên giáo tổ chức giao ban báo chí. Báo cáo nêu định hướng phát triển "
        "tỉnh đến năm 2030.\n",
        "x.txt",
    ).value
    assert report.date == "2022-09-02"


def test_a_long_range_horizon_is_not_the_plan_year() -> None:
    report = extract_text(
        "Hội nghị học tập nghị quyết\n\n"
        "Huyện ủy tổ chức hội nghị học tập Nghị quyết về phương hướng, nhiệm vụ phát triển tỉnh "
        "đến năm 2030. Hội nghị diễn ra trong hai ngày.\n",
        "x.txt",
    ).value
    assert report.plan_year is None


# byline and awards ----------------------------------------------------------------------


def test_a_byline_closed_with_a_full_stop_is_the_author() -> None:
    report = extract_text(LEAD + "Hội nghị kết thúc cùng ngày.\n\nThu Trang.\n", "x.txt").value
    assert report.author == "Thu Trang"


def test_a_count_of_collectives_and_individuals_together_is_neither() -> None:
    (award,) = parse_awards("UBND huyện tặng Giấy khen cho 46 tập thể, cá nhân có thành tích xuất sắc.")
    assert (award.award, award.collectives, award.individuals) == ("Giấy khen", 0, 0)
    (counted,) = parse_awards("UBND huyện tặng Giấy khen cho 6 tập thể và 40 cá nhân.")
    assert (counted.collectives, counted.individuals) == (6, 40)


def test_an_uncounted_mention_of_an_award_counted_elsewhere_is_dropped() -> None:
    report = extract_text(
        LEAD + "Phòng Văn hóa tặng giấy khen tập thể và cá nhân tiêu biểu\n\n"
        "Dịp này, Phòng Văn hóa tặng giấy khen cho 2 tập thể và 9 cá nhân có thành tích xuất sắc.\n",
        "x.txt",
    ).value
    assert [(a.collectives, a.individuals) for a in report.awards] == [(2, 9)]


# attendees ------------------------------------------------------------------------------


def test_a_comma_before_lanh_dao_starts_a_new_group_but_a_persons_titles_stay_whole() -> None:
    from dvtool.extract.people import attendance_entries

    groups = attendance_entries("các đồng chí trong Thường trực Huyện ủy, lãnh đạo các phòng, ban của huyện")
    assert [g[0] for g in groups] == [
        "Các đồng chí trong Thường trực Huyện ủy",
        "Lãnh đạo các phòng, ban của huyện",
    ]
    person = attendance_entries("đồng chí Lê Văn Nam, Phó Chủ tịch UBND huyện, lãnh đạo Ban Chỉ đạo")
    assert person[0][0] == "Lê Văn Nam"


def test_the_sentence_opening_the_tasks_with_what_must_be_done_gives_one_task_per_part() -> None:
    tasks = _tasks(
        "Thời gian tới, phòng cần kiểm tra các lễ hội; hướng dẫn các thôn xây dựng hương ước; "
        "tổ chức hội diễn văn nghệ quần chúng.\n"
    )
    assert tasks == [
        "Thời gian tới, phòng cần kiểm tra các lễ hội",
        "Hướng dẫn các thôn xây dựng hương ước",
        "Tổ chức hội diễn văn nghệ quần chúng.",
    ]


def test_a_shortcoming_stated_with_con_mot_so_van_de_is_a_limitation() -> None:
    assert _limitations("Công tác quản lý di tích còn một số vấn đề cần khắc phục.\n") == [
        "Công tác quản lý di tích còn một số vấn đề cần khắc phục."
    ]


def test_a_posting_stamp_with_am_pm_or_gmt_is_no_meeting_date() -> None:
    for stamp in ("03/04/2024 9:05 AM", "09:05 (GMT+7) 03/04/2024"):
        report = extract_text(
            f"Giao ban quý I\n\n{stamp}\n\nTrong quý I, phòng đã tổ chức 14 buổi biểu diễn.\n", "x.txt"
        ).value
        assert report.date is None


def test_a_sentence_opening_with_what_to_do_goes_on_with_the_speech_before() -> None:
    tasks = _tasks(
        "Kết luận hội nghị, đồng chí Đỗ Văn Tuấn đề nghị các xã bảo vệ tốt các di tích.\n\n"
        "Tăng cường kiểm tra hoạt động kinh doanh dịch vụ văn hóa.\n"
    )
    assert tasks == [
        "Các xã bảo vệ tốt các di tích.",
        "Tăng cường kiểm tra hoạt động kinh doanh dịch vụ văn hóa.",
    ]


def test_in_a_one_paragraph_item_a_later_sentence_naming_to_chuc_is_body_not_lead() -> None:
    report = extract_text(
        "Hội nghị quân sự\n\n"
        "Sáng 4/6/2024, Bộ CHQS tỉnh tổ chức hội nghị sơ kết. Đồng chí Lê Văn Minh chủ trì hội nghị. "
        "Năm nay, đơn vị đã huấn luyện 1.200 chiến sĩ. Đồng chí Lê Văn Minh yêu cầu các cấp ủy, "
        "tổ chức đảng quán triệt nghị quyết của cấp trên.\n",
        "x.txt",
    ).value
    assert [t.text for t in report.tasks] == ["Các cấp ủy, tổ chức đảng quán triệt nghị quyết của cấp trên."]


def test_solutions_listed_after_a_colon_are_tasks_but_solutions_carried_out_are_not() -> None:
    from dvtool.extract.directions import listed_solutions

    proposed = (
        "Các xã đề xuất một số giải pháp, như: trùng tu đình làng; mở lớp dạy hát chèo; lập quỹ bảo tồn"
    )
    assert listed_solutions(proposed) == ["trùng tu đình làng", "mở lớp dạy hát chèo", "lập quỹ bảo tồn"]
    assert (
        listed_solutions("Các xã đã thực hiện các giải pháp: trùng tu đình làng; mở lớp dạy hát chèo") == []
    )
    assert listed_solutions("Kết quả các giải pháp: trùng tu 3 đình làng; mở 5 lớp dạy hát chèo") == []
    assert listed_solutions("Các xã đề xuất giải pháp: trùng tu đình làng") == []


def test_a_leader_stating_a_shortcoming_gives_a_limitation_and_a_direction_about_one_does_not() -> None:
    from dvtool.extract.speech_shortcomings import speech_shortcomings

    assert speech_shortcomings("Đồng chí nhấn mạnh, việc bảo tồn di tích còn chậm.") == [
        "Đồng chí nhấn mạnh, việc bảo tồn di tích còn chậm."
    ]
    assert speech_shortcomings(
        "Đồng chí nhấn mạnh, trong bối cảnh nguồn lực còn hạn chế, phòng cần ưu tiên các di tích xuống cấp."
    ) == ["trong bối cảnh nguồn lực còn hạn chế"]
    assert speech_shortcomings("Đồng chí yêu cầu các xã khắc phục những hạn chế còn chậm.") == []
    report = extract_text(
        LEAD + "Phát biểu kết luận, đồng chí Đỗ Văn Tuấn nhấn mạnh, trong bối cảnh nguồn lực còn hạn chế, "
        "phòng cần ưu tiên các di tích xuống cấp.\n",
        "x.txt",
    ).value
    assert [t.text for t in report.limitations] == ["Trong bối cảnh nguồn lực còn hạn chế"]
    assert [t.text for t in report.tasks] == [
        "Phát biểu kết luận, đồng chí Đỗ Văn Tuấn nhấn mạnh, trong bối cảnh nguồn lực còn hạn chế, "
        "phòng cần ưu tiên các di tích xuống cấp."
    ]


def test_what_the_delegates_will_hear_at_the_meeting_is_its_agenda_not_a_task() -> None:
    assert _tasks("Các đại biểu dự hội nghị sẽ được nghe 6 báo cáo chuyên đề.\n") == []
    assert _tasks("Phòng sẽ mở 2 lớp tập huấn cho cán bộ văn hóa xã.\n") == [
        "Phòng sẽ mở 2 lớp tập huấn cho cán bộ văn hóa xã."
    ]
