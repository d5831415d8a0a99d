"""Rule remedy-relative (tasks10): a modal of need right after the names of shortcomings that a
verb points out ("chỉ ra một số tồn tại, hạn chế cần khắc phục") describes them; it directs
nothing. The sentences are written for this test: it shows the rule works, not that it
generalizes."""

from __future__ import annotations

from tests.extract.news_item import tasks_after_lead as _tasks

from dvtool.extract.directions import remedied_named


def test_a_modal_after_pointed_out_shortcomings_describes_them() -> None:
    assert remedied_named("Đồng chí đánh giá cao kết quả và chỉ ra một số tồn tại, hạn chế ")
    assert remedied_named("Chỉ ra những tồn tại, vướng mắc, khó khăn ")
    assert not remedied_named("Các tồn tại, hạn chế ")  # their subject: they must be remedied
    assert not remedied_named("Đồng chí chỉ ra các xã ")


def test_pointing_out_shortcomings_to_remedy_gives_no_task() -> None:
    assert (
        _tasks(
            "Phát biểu tại hội nghị, đồng chí Chủ tịch Ủy ban MTTQ huyện đánh giá cao kết quả công "
            "tác Mặt trận và chỉ ra một số tồn tại, hạn chế cần khắc phục đối với một số xã.\n"
        )
        == []
    )
    assert _tasks("Chỉ ra những tồn tại, vướng mắc, khó khăn cần tháo gỡ trong thời gian tới.\n") == []


def test_shortcomings_as_the_subject_of_a_need_are_a_direction() -> None:
    tasks = _tasks(
        "Phát biểu kết luận, đồng chí Chủ tịch UBND huyện nhấn mạnh: các tồn tại, hạn chế cần "
        "được khắc phục ngay trong năm 2025.\n"
    )
    assert len(tasks) == 1


def test_the_key_contents_a_leader_stresses_before_a_colon_are_directions() -> None:
    tasks = _tasks(
        "Phát biểu tại hội nghị, đồng chí Chủ tịch Ủy ban MTTQ huyện đánh giá cao kết quả và chỉ "
        "ra một số tồn tại, hạn chế cần khắc phục. Đồng thời, đồng chí nhấn mạnh một số nội dung "
        "trọng tâm năm 2025 gồm: Tổ chức cuộc thi Trưởng Ban Công tác mặt trận giỏi; Triển khai "
        "tổng kết Ngày hội Đại đoàn kết tại khu dân cư.\n"
    )
    assert tasks == [
        "Tổ chức cuộc thi Trưởng Ban Công tác mặt trận giỏi",
        "Triển khai tổng kết Ngày hội Đại đoàn kết tại khu dân cư",
    ]
