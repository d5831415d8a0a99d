"""Tasks of issue 11, round 9 (tasks8): classes of sentences a news item reads as tasks or not.
Every sentence is written for these tests: they show each rule works, not that it generalizes."""

from __future__ import annotations

from tests.extract.news_item import tasks_after_lead as _tasks

from dvtool.extract.among_tasks import asks_higher_level
from dvtool.extract.conjecture import forecasts
from dvtool.extract.directions import continues_direction, directions
from dvtool.extract.set_tasks import (
    focus_tasks,
    habitual,
    heads_planned_list,
    named_task,
    names_directions_set,
    national_giver,
    needed_list,
    planned_pieces,
    subheading_like,
)
from dvtool.extract.task_split import enumerated_tasks, quantified_targets

# something that happens after "sẽ" (a contest, an event held, weather coming) is no plan --------


def test_a_contest_or_an_event_held_after_sẽ_is_no_task() -> None:
    assert _tasks("Khoảng 300 vận động viên của 20 thôn sẽ cùng tranh tài ở 6 môn thể thao.\n") == []
    assert forecasts("Giải bóng đá thanh niên của xã dự kiến sẽ diễn ra vào tháng 5.")


def test_weather_coming_after_sẽ_is_no_task() -> None:
    assert _tasks("Theo dự báo, đêm nay áp thấp nhiệt đới sẽ đi vào Biển Đông.\n") == []
    assert forecasts("Cơn bão sẽ ảnh hưởng trực tiếp đến các xã ven biển của huyện.")


def test_work_after_sẽ_is_still_a_plan() -> None:
    assert not forecasts("Thời gian tới, Hội sẽ tổ chức giải thi đấu cầu lông cho hội viên.")
    assert _tasks("Thời gian tới, Hội sẽ cùng xã tổ chức giải thi đấu cầu lông cho hội viên.\n") == [
        "Thời gian tới, Hội sẽ cùng xã tổ chức giải thi đấu cầu lông cho hội viên."
    ]


# a target a body named in full sets itself, or a number targeted ---------------------------------


def test_a_target_of_a_body_named_in_full_is_a_task() -> None:
    tasks = _tasks(
        "Nhiệm kỳ 2025-2030, Hội Cựu chiến binh xã Tân Lập phấn đấu mỗi năm kết nạp 30 hội viên mới.\n"
    )
    assert tasks == [
        "Nhiệm kỳ 2025-2030, Hội Cựu chiến binh xã Tân Lập phấn đấu mỗi năm kết nạp 30 hội viên mới."
    ]


def test_a_number_targeted_is_a_task() -> None:
    assert _tasks("Hằng năm, phấn đấu 50 hội viên được tập huấn kỹ thuật chăn nuôi.\n") == [
        "Hằng năm, phấn đấu 50 hội viên được tập huấn kỹ thuật chăn nuôi."
    ]


def test_a_long_clause_that_names_no_body_sets_no_target() -> None:
    assert (
        _tasks("Các thế hệ đoàn viên, thanh niên của xã qua nhiều năm cùng phấn đấu cho lý tưởng của Đảng.\n")
        == []
    )


# tasks a body sets itself and lists after "gồm", "như" ------------------------------------------


def test_tasks_a_body_sets_and_lists_are_one_task_per_item() -> None:
    tasks = _tasks(
        "Năm 2025, Hội đề ra 5 nhiệm vụ trọng tâm, gồm: tổ chức tập huấn kỹ thuật cho hội viên, "
        "phát triển mô hình kinh tế tập thể, xây dựng quỹ hỗ trợ nông dân.\n"
    )
    assert tasks == [
        "Tổ chức tập huấn kỹ thuật cho hội viên",
        "Phát triển mô hình kinh tế tập thể",
        "Xây dựng quỹ hỗ trợ nông dân.",
    ]


def test_tasks_set_in_the_past_or_not_listed_are_none() -> None:
    assert (
        _tasks("Năm 2024, Hội đã đề ra 5 nhiệm vụ trọng tâm, gồm: tổ chức tập huấn, phát triển mô hình.\n")
        == []
    )
    assert _tasks("Ban Thường vụ Hội đề ra 5 nhiệm vụ trọng tâm để ký giao ước thi đua.\n") == []


# the work named as the task that matters most ("nhiệm vụ đột phá … là: …") ----------------------


def test_the_work_named_as_the_key_task_is_a_task() -> None:
    tasks = _tasks(
        "Đại hội đã thông qua 10 chỉ tiêu nhiệm kỳ 2025-2030; nhiệm vụ đột phá trong nhiệm kỳ là: "
        "Xây dựng chi hội nông dân nghề nghiệp ở mỗi thôn.\n"
    )
    assert tasks == ["Xây dựng chi hội nông dân nghề nghiệp ở mỗi thôn."]
    assert named_task("Theo đó, nhiệm vụ hàng đầu là tiếp tục củng cố tổ chức Hội.") != ""


def test_a_key_task_reported_or_named_by_a_noun_is_none() -> None:
    assert named_task("Nhiệm vụ trọng tâm đã triển khai năm qua là xây dựng mô hình mới.") == ""
    assert named_task("Nhiệm vụ đột phá của Hội là công tác chuyển đổi số.") == ""


# a head naming the solutions to carry out, then its points ("Một là, …") -------------------------


def test_points_after_a_head_of_planned_solutions_are_tasks() -> None:
    tasks = _tasks(
        "Bám sát chỉ đạo của Tỉnh ủy, Hội sẽ tập trung thực hiện hai nhóm giải pháp sau đây:\n\n"
        "Một là, củng cố tổ chức Hội ở các thôn.\n\n"
        "Hai là, đẩy mạnh phong trào nông dân sản xuất, kinh doanh giỏi.\n"
    )
    assert tasks == [
        "Củng cố tổ chức Hội ở các thôn.",
        "Đẩy mạnh phong trào nông dân sản xuất, kinh doanh giỏi.",
    ]
    assert heads_planned_list("Ban Chấp hành sẽ thực hiện các giải pháp như sau:")


def test_a_head_of_solutions_carried_out_opens_no_tasks() -> None:
    assert not heads_planned_list("Năm qua, Hội đã thực hiện các giải pháp sau:")
    assert not heads_planned_list("Hội sẽ thực hiện nhiều giải pháp.")


# work agreed for the coming period ("hai bên thống nhất thời gian tới tập trung …") --------------


def test_work_agreed_for_the_coming_period_is_a_task() -> None:
    assert _tasks(
        "Hai bên thống nhất thời gian tới tăng cường trao đổi kinh nghiệm xây dựng tổ chức Hội.\n"
    ) == ["Tăng cường trao đổi kinh nghiệm xây dựng tổ chức Hội."]


# a direction verb after an adverb of habit reports what is done as a rule ------------------------


def test_a_direction_given_as_a_rule_is_reported() -> None:
    assert (
        _tasks(
            "Phát biểu tại hội nghị, Chủ tịch UBND xã nhấn mạnh, Đảng ủy, UBND xã luôn quan tâm và chỉ "
            "đạo phát triển phong trào thể dục, thể thao của xã.\n"
        )
        == []
    )
    assert habitual("Lãnh đạo Sở thường xuyên")


def test_a_habit_asked_for_is_still_a_direction() -> None:
    assert not habitual("Đề nghị các cấp ủy cần thường xuyên")
    assert not habitual("Chủ tịch UBND xã")


def test_key_orientations_listed_after_a_colon_are_tasks() -> None:
    tasks = _tasks(
        "Hướng tới giai đoạn mới, Hội xác định tập trung vào ba định hướng trọng tâm: củng cố tổ chức "
        "Hội ở cơ sở; phát triển kinh tế tập thể; đồng thời nâng cao chất lượng hoạt động của chi hội.\n"
    )
    assert tasks == [
        "Củng cố tổ chức Hội ở cơ sở",
        "Phát triển kinh tế tập thể",
        "Đồng thời nâng cao chất lượng hoạt động của chi hội.",
    ]


def test_cụ_thể_hóa_opens_no_enumeration() -> None:
    text = (
        "Hội tiếp tục thực hiện đồng bộ các giải pháp, cụ thể hóa các nghị quyết của Đảng, đẩy mạnh "
        "cải cách hành chính, phát triển kinh tế tập thể"
    )
    assert enumerated_tasks(text) == [text]
    assert enumerated_tasks("Hội tập trung các giải pháp cụ thể: củng cố tổ chức, phát triển hội viên") == [
        "củng cố tổ chức",
        "phát triển hội viên",
    ]


# a list of quantified targets is one task per target ---------------------------------------------


def test_a_list_of_quantified_targets_is_one_task_per_target() -> None:
    text = (
        "Tăng trưởng GRDP bình quân 8%/năm, thu nhập bình quân đầu người đạt 90 triệu đồng, tỷ lệ hộ "
        "nghèo giảm còn 2% và có 500 doanh nghiệp mới thành lập"
    )
    assert quantified_targets(text) == [
        "Tăng trưởng GRDP bình quân 8%/năm",
        "thu nhập bình quân đầu người đạt 90 triệu đồng",
        "tỷ lệ hộ nghèo giảm còn 2%",
        "có 500 doanh nghiệp mới thành lập",
    ]


def test_a_task_with_one_quantity_or_with_years_only_stays_one() -> None:
    text = "Tham dự kỳ họp thường lệ giữa năm 2022, kỳ họp thứ 7 HĐND huyện khóa XX, nhiệm kỳ 2021 - 2026"
    assert quantified_targets(text) == [text]
    text = "Tăng cường tuyên truyền, vận động, phấn đấu 100% hộ dân tham gia bảo hiểm y tế"
    assert quantified_targets(text) == [text]


# a recommendation to a higher level read while the tasks are open --------------------------------


def test_a_recommendation_to_a_ministry_among_the_tasks_is_none() -> None:
    tasks = _tasks(
        "Thời gian tới, huyện sẽ tổ chức tổng vệ sinh môi trường toàn huyện.\n\n"
        "Tại buổi làm việc, lãnh đạo huyện kiến nghị Bộ Y tế hỗ trợ thêm hóa chất khử khuẩn.\n"
    )
    assert tasks == ["Thời gian tới, huyện sẽ tổ chức tổng vệ sinh môi trường toàn huyện."]
    assert not asks_higher_level("Bộ GD-ĐT chủ trì, phối hợp với các bộ, ngành triển khai Kết luận 91.")


# a subheading between paragraphs while the tasks are open ---------------------------------------


def test_a_subheading_among_the_tasks_is_no_task() -> None:
    tasks = _tasks(
        "Thời gian tới, huyện sẽ tổ chức tổng vệ sinh môi trường toàn huyện.\n\n"
        "Chủ động phòng chống dịch bệnh sau mưa lũ\n\n"
        "Chủ tịch UBND huyện yêu cầu các xã tăng cường giám sát dịch bệnh.\n"
    )
    assert tasks == [
        "Thời gian tới, huyện sẽ tổ chức tổng vệ sinh môi trường toàn huyện.",
        "Các xã tăng cường giám sát dịch bệnh.",
    ]
    assert not subheading_like("Tăng cường giám sát dịch bệnh; bảo đảm đủ thuốc")


# the focus named right after a meeting set its directions ----------------------------------------


def test_the_focus_named_after_directions_set_is_the_tasks() -> None:
    tasks = _tasks(
        "Đại hội cũng đã đề ra phương hướng, nhiệm vụ nhiệm kỳ 2025-2030. Trọng tâm là xây dựng tổ "
        "chức Hội vững mạnh; đẩy mạnh phong trào nông dân thi đua sản xuất giỏi.\n"
    )
    assert tasks == ["Xây dựng tổ chức Hội vững mạnh", "Đẩy mạnh phong trào nông dân thi đua sản xuất giỏi."]
    assert names_directions_set("Hội nghị đã xác định các nhiệm vụ trọng tâm năm 2025.")
    assert focus_tasks("Trọng tâm là công tác tuyên truyền.") == []


def test_a_sentence_about_the_act_itself_goes_on_with_no_direction() -> None:
    assert (
        continues_direction("Việc hoàn thành đợt ra quân là bước khởi đầu để huyện tổ chức chiến dịch.") == []
    )
    assert continues_direction("Các xã tổ chức ra quân vệ sinh môi trường.") != []


# a leader who "directs" the meeting attends it ---------------------------------------------------


def test_directing_the_meeting_itself_is_attending_it() -> None:
    assert (
        _tasks(
            "Đồng chí Nguyễn Văn An, Chủ tịch Hội Nông dân tỉnh dự và chỉ đạo Đại hội đại biểu "
            "Hội Nông dân xã.\n"
        )
        == []
    )
    assert directions("Đồng chí Nguyễn Văn An chỉ đạo tổ chức tốt Hội nghị tổng kết năm.", speech=False) != []


# the tasks a head names as needed, listed after "cụ thể:" -----------------------------------------


def test_tasks_named_as_needed_and_listed_are_one_per_item() -> None:
    pieces = needed_list(
        "Đồng chí Chủ tịch Hội nhấn mạnh một số nhiệm vụ mà chi hội cần thực hiện trong năm 2025, cụ thể: "
        "phát triển 20 hội viên mới, duy trì các mô hình kinh tế hiệu quả, xây dựng quỹ hội."
    )
    assert pieces == [
        "phát triển 20 hội viên mới",
        "duy trì các mô hình kinh tế hiệu quả",
        "xây dựng quỹ hội",
    ]


def test_tasks_done_or_named_without_need_are_no_list() -> None:
    assert (
        needed_list(
            "Năm qua, chi hội đã hoàn thành các nhiệm vụ cần thiết, cụ thể: kết nạp, duy trì, xây dựng."
        )
        == []
    )
    assert (
        needed_list(
            "Chi hội thực hiện tốt nhiệm vụ, cụ thể: kết nạp hội viên, duy trì mô hình, xây dựng quỹ."
        )
        == []
    )


# the part of a plan sentence that reports what was done --------------------------------------------


def test_a_reported_part_before_the_plan_is_no_task() -> None:
    text = (
        "Tại buổi tiếp xúc, lãnh đạo huyện đã trực tiếp lắng nghe ý kiến của cử tri; đồng thời tiếp thu, "
        "tổng hợp các kiến nghị và sẽ trả lời tại kỳ họp tới."
    )
    assert _tasks(text + "\n") == ["Đồng thời tiếp thu, tổng hợp các kiến nghị và sẽ trả lời tại kỳ họp tới."]
    plan = "Hội đã tổng kết năm 2024; Hội sẽ tổ chức đại hội vào tháng 5."
    assert planned_pieces(plan, plan.find("sẽ")) == ["Hội sẽ tổ chức đại hội vào tháng 5."]


# a caption that ends with a photo credit after a dash --------------------------------------------


def test_a_caption_with_a_dashed_credit_lets_the_directions_go_on() -> None:
    tasks = _tasks(
        "Phát biểu tại hội nghị, Chủ tịch UBND huyện yêu cầu các xã tăng cường giám sát dịch bệnh.\n\n"
        "Chủ tịch UBND huyện tặng quà các gia đình hoàn cảnh khó khăn - Ảnh: N.L\n\n"
        "Đẩy mạnh tuyên truyền, hướng dẫn người dân vệ sinh môi trường.\n"
    )
    assert tasks == [
        "Các xã tăng cường giám sát dịch bệnh.",
        "Đẩy mạnh tuyên truyền, hướng dẫn người dân vệ sinh môi trường.",
    ]


# a national leader directs ministries ------------------------------------------------------------


def test_a_national_leaders_request_to_ministries_is_a_direction() -> None:
    given = directions(
        "Kết luận phiên họp, Thủ tướng yêu cầu các bộ, ngành và địa phương xây dựng chương trình "
        "hành động cụ thể.",
        speech=False,
    )
    assert given == ["các bộ, ngành và địa phương xây dựng chương trình hành động cụ thể."]
    assert national_giver("Kết luận phiên họp, Thủ tướng Phạm Minh Chính")


def test_a_provinces_request_to_a_ministry_stays_a_recommendation() -> None:
    assert (
        directions("Chủ tịch UBND tỉnh đề nghị Bộ Y tế hỗ trợ thêm hóa chất khử khuẩn.", speech=False) == []
    )
