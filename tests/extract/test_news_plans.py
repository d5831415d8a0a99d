"""Plans for the next period, lists of focal tasks, help to those in hardship and voter
meetings in news items (issue 11): each rule on sentences written here for the purpose."""

from __future__ import annotations

from dvtool.extract import extract_text
from dvtool.extract.awards import is_award_sentence
from dvtool.extract.directions import directions, voters_ask
from dvtool.extract.plans import meeting_scheduled
from dvtool.extract.shortcomings import states_shortcoming, voiced_by_voters

LEAD = (
    "Hội Nông dân xã Tân Lập tổng kết năm 2024\n\n"
    "Sáng 8/1/2025, Hội Nông dân xã Tân Lập tổng kết công tác Hội năm 2024.\n\n"
    "Năm 2024, Hội đã kết nạp 45 hội viên mới.\n\n"
)


def _report(text: str) -> tuple[list[str], list[str]]:
    report = extract_text(LEAD + text, "x.txt").value
    return [t.text for t in report.tasks], [t.text for t in report.limitations]


# the next period ------------------------------------------------------------------------


def test_a_paragraph_opened_by_the_next_year_gives_one_task_per_semicolon_part() -> None:
    tasks, _ = _report(
        "Sang năm 2025, Hội phấn đấu kết nạp thêm hội viên mới; thực hiện tốt phong trào "
        "nông dân sản xuất giỏi; đẩy mạnh công tác thi đua khen thưởng.\n"
    )
    assert len(tasks) == 3
    assert tasks[1] == "Thực hiện tốt phong trào nông dân sản xuất giỏi"
    assert tasks[2].startswith("Đẩy mạnh công tác thi đua khen thưởng")


def test_the_next_year_opens_tasks_only_after_the_year_under_review() -> None:
    tasks, _ = _report("Bước sang năm 2025, Hội tập trung phát triển hội viên; củng cố chi hội yếu.\n")
    assert len(tasks) == 2
    # the year under review itself: what happened, no plan
    tasks, _ = _report("Bước sang năm 2024, Hội tổ chức 12 lớp tập huấn; thành lập 3 tổ hợp tác.\n")
    assert tasks == []


def test_a_paragraph_opened_by_the_rest_of_the_year_splits_as_well() -> None:
    tasks, _ = _report(
        "Thời gian tới, Hội tiếp tục vận động hội viên chuyển đổi cây trồng; mở 3 lớp tập huấn "
        "kỹ thuật; củng cố tổ hợp tác.\n"
    )
    assert [t.split()[-1].rstrip(".") for t in tasks] == ["trồng", "thuật", "tác"]


def test_one_plan_without_semicolons_stays_one_task() -> None:
    tasks, _ = _report("Sang năm 2025, Hội phấn đấu kết nạp thêm 50 hội viên mới.\n")
    assert len(tasks) == 1


def test_focal_contents_listed_after_a_colon_are_the_tasks() -> None:
    tasks, _ = _report(
        "Sau khi thảo luận, Ban Thường vụ thống nhất một số nội dung trọng tâm cần thực hiện "
        "trong tháng 02 năm 2025 như sau: tổ chức hội nghị ký giao ước thi đua; kiểm tra "
        "các chi hội; sơ kết mô hình kinh tế tập thể.\n"
    )
    assert tasks == [
        "Tổ chức hội nghị ký giao ước thi đua",
        "Kiểm tra các chi hội",
        "Sơ kết mô hình kinh tế tập thể.",
    ]


def test_a_field_of_work_named_with_khen_thuong_is_no_award() -> None:
    assert not is_award_sentence("Hội đẩy mạnh công tác thi đua khen thưởng trong hội viên")
    assert not is_award_sentence("Hội làm tốt công tác thi đua, khen thưởng")
    assert is_award_sentence("UBND huyện khen thưởng 5 tập thể có thành tích xuất sắc")
    assert is_award_sentence("Dịp này, 3 tập thể được tặng Bằng khen về thành tích thi đua khen thưởng")


# hardship that is no shortcoming ---------------------------------------------------------


def test_those_helped_in_hardship_are_no_shortcoming() -> None:
    assert not states_shortcoming("Hội tặng 120 suất quà cho hội viên gặp khó khăn")
    assert not states_shortcoming("Hội hỗ trợ xây dựng 3 nhà cho hộ khó khăn; kết nạp 20 hội viên")
    assert states_shortcoming("Việc hỗ trợ vốn cho hội viên còn gặp khó khăn")
    assert states_shortcoming("Hội tặng 120 suất quà; nguồn vốn vay còn hạn chế")


def test_sharing_difficulties_states_none() -> None:
    assert not states_shortcoming(
        "Đồng chí ghi nhận những nỗ lực của nhà trường, đồng thời chia sẻ những khó khăn"
    )


# voter meetings ---------------------------------------------------------------------------


def test_what_voters_raise_is_no_shortcoming() -> None:
    sentence = (
        "Tại buổi tiếp xúc, có 7 lượt cử tri tham gia ý kiến xoay quanh các vấn đề như: "
        "giá điện tăng cao; đường giao thông nông thôn xuống cấp"
    )
    assert voiced_by_voters(sentence)
    assert not states_shortcoming(sentence)
    # the voters are whose requests, not who raises them: the shortcoming stands
    assert not voiced_by_voters("Tỷ lệ kiến nghị của cử tri được trả lời đúng hạn còn thấp")
    assert states_shortcoming("Tỷ lệ kiến nghị của cử tri được trả lời đúng hạn còn thấp")


def test_what_voters_ask_is_no_task_until_an_official_takes_it_up() -> None:
    assert voters_ask("Cử tri xã Tân Lập ")
    assert directions("Cử tri xã Tân Lập đề nghị sớm nâng cấp tuyến đường liên xã", speech=True) == []
    assert directions(
        "Đồng chí Lê Văn Hai tiếp thu ý kiến cử tri và yêu cầu các phòng sớm khảo sát tuyến đường",
        speech=False,
    ) == ["các phòng sớm khảo sát tuyến đường"]


def test_a_direction_after_a_bare_connective_keeps_the_previous_giver() -> None:
    assert directions(
        "Đồng thời, yêu cầu các phòng xem xét, giải quyết kiến nghị theo thẩm quyền", speech=False
    ) == ["các phòng xem xét, giải quyết kiến nghị theo thẩm quyền"]
    assert directions("Đồng thời, UBND huyện chỉ đạo các xã rà soát hộ nghèo", speech=False) == []


def test_voters_named_as_whose_requests_they_are_do_not_raise_them() -> None:
    assert not voiced_by_voters("Việc trả lời kiến nghị của cử tri về đấu nối điện có nơi còn chậm")
    assert not voiced_by_voters("Công tác tiếp thu ý kiến cử tri, phản ánh của nhân dân chưa kịp thời")
    assert voiced_by_voters("Cử tri phản ánh đường giao thông nông thôn xuống cấp")


# what is no task ---------------------------------------------------------------------------


def test_a_meeting_that_will_be_held_is_its_schedule_not_a_task() -> None:
    assert meeting_scheduled("Theo đó kỳ họp thứ nhất HĐND huyện ")
    assert meeting_scheduled("Hội nghị ")
    assert meeting_scheduled("Theo kế hoạch, Đại hội đại biểu Hội Nông dân xã lần thứ IX (2023-2028) ")
    assert not meeting_scheduled("Sau hội nghị, các xã ")
    assert not meeting_scheduled("Sau hội nghị các xã ")
    tasks, _ = _report("Theo đó kỳ họp dự kiến được tổ chức vào ngày 15/1/2025 tại hội trường xã.\n")
    assert tasks == []
    tasks, _ = _report("Sau hội nghị các chi hội sẽ tổ chức ký giao ước thi đua.\n")
    assert len(tasks) == 1


def test_a_direction_verb_inside_a_list_of_results_reports_what_was_done() -> None:
    sentence = (
        "Năm qua, Hội đạt nhiều kết quả: kết nạp 45 hội viên; Chủ tịch Hội được Hội cấp trên "
        "tin tưởng giao nhiệm vụ Cụm trưởng cụm thi đua số 2; tổ chức 12 lớp tập huấn"
    )
    assert directions(sentence, speech=False) == []
    assert directions(sentence, speech=True) == []


def test_a_rank_among_the_leaders_is_no_figure() -> None:
    # a results sentence that was hidden among false tasks before: "một trong 5" is a rank
    from dvtool.extract.numbers import find_figures

    assert [f.value for f in find_figures("vươn lên một trong 5 đơn vị dẫn đầu, kết nạp 45 hội viên")] == [45]


def test_a_difficulty_that_explains_how_the_meeting_was_held_is_no_shortcoming() -> None:
    assert not states_shortcoming(
        "Do tình hình dịch bệnh diễn biến phức tạp, nên buổi tiếp xúc chỉ mời 15 cử tri"
    )
    assert not states_shortcoming("Do thời tiết khó khăn nên hội nghị được tổ chức trực tuyến")
    # the consequence is no meeting: the difficulty stands
    assert states_shortcoming("Do thời tiết khó khăn nên nhiều hộ chưa xuống giống đúng lịch")


def test_concerns_voters_raise_are_no_shortcoming() -> None:
    assert not states_shortcoming(
        "Tại buổi tiếp xúc, có 3 lượt ý kiến với 5 vấn đề cử tri quan tâm như: chưa giải quyết triệt để "
        "việc cấp giấy chứng nhận quyền sử dụng đất; đường liên xã xuống cấp"
    )


def test_the_shortcomings_end_with_a_paragraph_that_states_none() -> None:
    _, limitations = _report(
        "Tuy nhiên, nguồn vốn vay còn hạn chế; một số chi hội sinh hoạt chưa đều.\n\n"
        "Tại hội nghị, các đại biểu đã trao đổi kinh nghiệm phát triển kinh tế hộ gia đình.\n"
    )
    assert len(limitations) == 2
    assert not any("trao đổi kinh nghiệm" in text for text in limitations)
