"""Rule noun-phrase-direction (tasks10): a direction verb inside a noun phrase opened by "sự" a
few words before it ("được sự quan tâm, chỉ đạo của …") is what was received, not a direction.
The sentences are written for this test: it shows the rule works, not that it generalizes."""

from __future__ import annotations

from tests.extract.news_item import tasks_after_lead as _tasks

from dvtool.extract.directions import names_direction


def test_a_direction_verb_after_su_is_a_noun() -> None:
    assert not names_direction("Được sự quan tâm chỉ đạo, tạo điều kiện của Trung ương, tỉnh đã phát triển.")
    assert not names_direction("Nhờ sự quan tâm, chỉ đạo kịp thời của Bộ Y tế, dịch bệnh được kiểm soát.")


def test_a_direction_verb_given_by_someone_still_directs() -> None:
    assert names_direction("Chủ tịch UBND tỉnh chỉ đạo các sở tăng cường kiểm tra.")
    assert names_direction(
        "Đồng chí đề nghị các cấp tranh thủ sự quan tâm của Trung ương, yêu cầu các xã chủ động."
    )


def test_a_speech_that_thanks_for_the_directions_received_gives_no_task() -> None:
    tasks = _tasks(
        "Phát biểu khai mạc hội nghị, đồng chí Bí thư Huyện ủy nhấn mạnh: Trong 3 năm qua, được "
        "sự quan tâm chỉ đạo, tạo điều kiện của tỉnh, huyện đã đạt nhiều kết quả quan trọng.\n"
    )
    assert tasks == []
