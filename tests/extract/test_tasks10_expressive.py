"""Rule expressive-no-task (tasks10): a sentence of thanks, congratulation or joy, with nothing to
do before its verb and no direction after it, is no task. The sentences are written for this
test: it shows the rule works, not that it generalizes."""

from __future__ import annotations

from tests.extract.news_item import tasks_after_lead as _tasks

from dvtool.extract.expressive import expresses


def test_thanks_congratulation_and_joy_express_a_feeling() -> None:
    assert expresses(
        "Thay mặt lãnh đạo UBND huyện, ông Trần Văn Bình cảm ơn sự quan tâm, chỉ đạo kịp thời của Sở Y tế"
    )
    assert expresses("Chúc mừng chi bộ Hợp tác xã đã phát triển cả về chất và lượng.")
    assert expresses("Tại đây, đồng chí Bí thư bày tỏ vui mừng khi trở lại xã Trí Phải.")


def test_a_direction_with_thanks_is_still_a_direction() -> None:
    assert not expresses("Đồng chí cảm ơn các đại biểu và đề nghị các xã tiếp tục rà soát hộ nghèo.")
    assert not expresses("Các xã cần tổ chức tốt hoạt động tri ân các gia đình chính sách.")
    assert not expresses("Tăng cường tuyên truyền, tạo khí thế phấn khởi trong Nhân dân.")


def test_thanks_among_the_tasks_are_no_task() -> None:
    tasks = _tasks(
        "Thời gian tới, các xã tiếp tục rà soát hộ nghèo, hộ cận nghèo. Thay mặt lãnh đạo UBND "
        "huyện, ông Trần Văn Bình cảm ơn sự quan tâm, chỉ đạo kịp thời của Sở Y tế.\n\n"
        "Chúc mừng chi bộ Hợp tác xã đã phát triển cả về chất và lượng.\n"
    )
    assert tasks == ["Thời gian tới, các xã tiếp tục rà soát hộ nghèo, hộ cận nghèo."]
