"""Tasks of issue 11, round 8b (tasks7): what a news item says that is no task. Every sentence is
written for these tests: they show each rule works, not that it generalizes."""

from __future__ import annotations

from tests.extract.news_item import tasks_after_lead as _tasks

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
