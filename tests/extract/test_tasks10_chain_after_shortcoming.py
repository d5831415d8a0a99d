"""Rule direction-chain-after-shortcoming (tasks10): among shortcomings, a sentence that goes on
with the directions of the sentence before it is one more direction. The sentences are written
for this test: it shows the rule works, not that it generalizes."""

from __future__ import annotations

from tests.extract.news_item import tasks_after_lead as _tasks

_PARAGRAPH = (
    "Tuy nhiên, số người chết vì tai nạn giao thông tăng, việc kiềm chế còn chưa bền vững. "
    "Phó Chủ tịch UBND tỉnh yêu cầu từng địa phương phải rà soát lại khâu còn yếu kém. "
    "Công an tỉnh chỉ đạo các lực lượng tăng cường tuần tra, kiểm soát trên các tuyến quốc lộ. "
    "Sở Giao thông vận tải phối hợp với Công an tỉnh xử lý tình trạng xe chở quá tải.\n"
)


def test_a_body_that_goes_on_with_the_directions_among_shortcomings_is_given_a_task() -> None:
    tasks = _tasks(_PARAGRAPH)
    assert (
        "Công an tỉnh chỉ đạo các lực lượng tăng cường tuần tra, kiểm soát trên các tuyến quốc lộ." in tasks
    )
    assert "Sở Giao thông vận tải phối hợp với Công an tỉnh xử lý tình trạng xe chở quá tải." in tasks


def test_a_shortcoming_after_the_directions_stays_a_shortcoming() -> None:
    tasks = _tasks(
        "Tuy nhiên, việc kiềm chế tai nạn giao thông còn chưa bền vững. Phó Chủ tịch UBND tỉnh "
        "yêu cầu từng địa phương phải rà soát lại khâu còn yếu kém. Một số địa phương chưa thực "
        "hiện tốt việc tuần tra, kiểm soát.\n"
    )
    assert not any("chưa thực hiện tốt" in t for t in tasks)


def test_without_a_direction_before_it_a_body_among_shortcomings_gives_no_task() -> None:
    tasks = _tasks(
        "Tuy nhiên, việc kiềm chế tai nạn giao thông còn chưa bền vững. Công an tỉnh chỉ đạo "
        "các lực lượng tăng cường tuần tra, kiểm soát trên các tuyến quốc lộ.\n"
    )
    assert tasks == []
