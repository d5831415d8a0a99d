"""Tasks of issue 11, round 8 (tasks6): what a news item's speech says that is no task. Every
sentence is written for these tests: they show each rule works, not that it generalizes."""

from __future__ import annotations

from tests.extract.news_item import tasks_after_lead as _tasks

from dvtool.extract.conjecture import conjectures
from dvtool.extract.plans import future_marker

# a belief before "sẽ" is a forecast ----------------------------------------------------------


def test_what_a_speaker_believes_others_will_do_is_no_task() -> None:
    assert (
        _tasks(
            "Phát biểu tại hội nghị, đồng chí Bí thư Đảng ủy xã bày tỏ tin tưởng, với truyền thống "
            "đoàn kết, hội viên nông dân xã sẽ tiếp tục vượt qua khó khăn, phát triển sản xuất.\n"
        )
        == []
    )
    assert conjectures("Đồng chí hy vọng các chi hội sẽ sớm hoàn thành chỉ tiêu được giao.")


def test_a_plan_after_a_noun_of_trust_is_still_a_task() -> None:
    assert not conjectures("Với sự tin tưởng của bà con, Hội sẽ tiếp tục mở rộng mô hình trồng rau an toàn.")
    tasks = _tasks("Với sự tin tưởng của bà con, Hội sẽ tiếp tục mở rộng mô hình trồng rau an toàn.\n")
    assert tasks == ["Với sự tin tưởng của bà con, Hội sẽ tiếp tục mở rộng mô hình trồng rau an toàn."]


def test_an_exhortation_after_a_word_of_trust_without_sẽ_is_not_a_forecast() -> None:
    assert not conjectures("Đồng chí tin tưởng các vận động viên phát huy truyền thống, thi đấu hết mình.")


# "…, đòi hỏi … phải …": what circumstances demand ------------------------------------------


def test_what_circumstances_demand_is_no_task() -> None:
    assert (
        _tasks(
            "Đồng chí Chủ tịch UBND xã nhấn mạnh, thời tiết diễn biến ngày càng phức tạp, đòi hỏi "
            "nông dân phải thay đổi tập quán canh tác.\n"
        )
        == []
    )


def test_a_leader_who_demands_still_directs() -> None:
    assert not conjectures("Đồng chí đòi hỏi các chi hội phải hoàn thành chỉ tiêu trước ngày 30/6.")


# "… nhằm quán triệt …": a direction verb after a word of purpose ------------------------------


def test_a_direction_verb_after_a_word_of_purpose_gives_the_whole_plan() -> None:
    tasks = _tasks(
        "Phát biểu tại hội nghị, đồng chí Chủ tịch Hội cho biết, trong thời gian tới, toàn Hội sẽ tổ "
        "chức các buổi sinh hoạt chi hội nhằm quán triệt và cụ thể hóa nghị quyết: đoàn kết - sáng "
        "tạo, đưa nội dung này trở thành động lực trong mọi hoạt động của Hội.\n"
    )
    assert len(tasks) == 1
    assert "toàn Hội sẽ tổ chức các buổi sinh hoạt chi hội nhằm quán triệt" in tasks[0]


# "sạch sẽ" (clean) holds no "sẽ" of the future --------------------------------------------


def test_clean_is_no_marker_of_the_future() -> None:
    assert (
        _tasks(
            "Hằng năm, Ban quản lý di tích đã phân công người trông coi, quét dọn sạch sẽ, phục vụ tốt "
            "nhân dân đến tham quan.\n"
        )
        == []
    )
    assert future_marker("Khu vực chợ được thu dọn sạch sẽ, gọn gàng.") is None
    found = future_marker("Sau khi thu dọn sạch sẽ, xã sẽ tổ chức phun khử khuẩn.")
    assert found is not None and found.start > 25


# a photo caption between a direction and the paragraph going on with it -----------------------


def test_a_caption_with_a_final_stop_does_not_cut_a_direction_from_its_continuation() -> None:
    tasks = _tasks(
        "Tại hội nghị, Chủ tịch UBND xã Nguyễn Văn An đề nghị Hội Nông dân xã tiếp tục vận động hội "
        "viên chuyển đổi cơ cấu cây trồng.\n\n"
        "Quang cảnh hội nghị.\n\n"
        "Đồng thời, tăng cường tuyên truyền để hội viên tham gia bảo hiểm xã hội tự nguyện.\n"
    )
    assert tasks == [
        "Hội Nông dân xã tiếp tục vận động hội viên chuyển đổi cơ cấu cây trồng.",
        "Tăng cường tuyên truyền để hội viên tham gia bảo hiểm xã hội tự nguyện.",
    ]
