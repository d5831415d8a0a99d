"""Tasks of issue 11, round 8b (tasks7): what a news item says that is no task. Every sentence is
written for these tests: they show each rule works, not that it generalizes."""

from __future__ import annotations

from tests.extract.news_item import tasks_after_lead as _tasks

from dvtool.extract.among_tasks import tells_event
from dvtool.extract.conjecture import conjectures, forecasts

# an outcome verb after "sẽ" (see, receive, reach) is a forecast ------------------------------


def test_what_a_count_is_expected_to_reach_is_no_task() -> None:
    assert (
        _tasks(
            "“Năm nay lượng khách đến bảo tàng tăng mạnh. Dự kiến cả năm sẽ đạt khoảng 120.000 lượt "
            "khách”, ông Trần Văn Lâm, Giám đốc Bảo tàng tỉnh cho biết.\n"
        )
        == []
    )
    assert forecasts("Dự kiến hết quý IV, doanh thu của hợp tác xã sẽ đạt 3 tỷ đồng.")


def test_what_someone_will_see_or_receive_is_no_task() -> None:
    assert conjectures("Những hàng cây ấy, nhìn lại sau hai mươi năm, sẽ thấy cả một chặng đường bền bỉ.")
    assert forecasts("Hội mong rằng thời gian tới sẽ tiếp tục nhận được sự ủng hộ của các nhà hảo tâm.")
    assert (
        _tasks(
            "Phát biểu tại buổi lễ, Chủ tịch Hội Chữ thập đỏ huyện bày tỏ mong muốn, thời gian tới "
            "sẽ tiếp tục nhận được sự đồng hành của các doanh nghiệp để chăm lo cho người nghèo.\n"
        )
        == []
    )


def test_a_target_or_an_action_after_sẽ_is_still_a_plan() -> None:
    assert not forecasts("Huyện phấn đấu đến cuối năm sẽ đạt 100% số xã đạt chuẩn nông thôn mới.")
    assert not forecasts("Thời gian tới, Hội sẽ tiếp tục nhân rộng mô hình nuôi bò sinh sản.")
    assert _tasks("Thời gian tới, Hội sẽ tiếp tục nhân rộng mô hình nuôi bò sinh sản.\n") == [
        "Thời gian tới, Hội sẽ tiếp tục nhân rộng mô hình nuôi bò sinh sản."
    ]


# an act of the event itself (a gift, a visit) read among the tasks ----------------------------

_OPEN_TASKS = "Thời gian tới, Hội sẽ tiếp tục nhân rộng mô hình nuôi bò sinh sản.\n\n"


def test_a_gift_or_a_visit_after_the_tasks_have_opened_is_no_task() -> None:
    tasks = _tasks(
        _OPEN_TASKS + "Dịp này, Hội Nông dân tỉnh trao tặng cho Quỹ hỗ trợ nông dân xã 30 triệu đồng.\n\n"
        "Chủ tịch Hội thăm hỏi, tặng quà cho các hộ nghèo tại thôn Đông.\n"
    )
    assert tasks == ["Thời gian tới, Hội sẽ tiếp tục nhân rộng mô hình nuôi bò sinh sản."]
    assert tells_event("Nhân dịp này, Ban Thường vụ Huyện ủy trao quà cho 20 gia đình chính sách.")


def test_a_gift_with_a_direction_or_a_plan_is_still_read_as_one() -> None:
    assert not tells_event("Chủ tịch Hội trao quà và đề nghị các chi hội tiếp tục giúp đỡ hội viên.")
    assert not tells_event("Năm tới, Hội sẽ trao tặng 50 con bò giống cho hội viên nghèo.")
    assert not tells_event("Trao quà cho hộ nghèo đúng đối tượng, đúng thời điểm.")
    tasks = _tasks(_OPEN_TASKS + "Chủ tịch Hội trao quà và đề nghị các chi hội tiếp tục giúp đỡ hội viên.\n")
    assert len(tasks) == 2
