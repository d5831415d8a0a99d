"""Tasks of issue 11, round 9 (tasks9): directions of news items from district portals and
provincial newspapers. Every sentence is written for these tests: they show each rule works,
not that it generalizes."""

from __future__ import annotations

from tests.extract.news_item import tasks_after_lead as _tasks

from dvtool.extract.direction_split import unquoted
from dvtool.extract.task_split import task_pieces

# a quote opened in one sentence and closed in a later one ------------------------------------


def test_an_opening_quote_closed_in_a_later_sentence_is_dropped() -> None:
    assert (
        unquoted('"Cán bộ phải gần dân; luôn giữ gìn đạo đức.')
        == "Cán bộ phải gần dân; luôn giữ gìn đạo đức."
    )
    assert (
        unquoted("“Cán bộ phải gần dân; luôn giữ gìn đạo đức.")
        == "Cán bộ phải gần dân; luôn giữ gìn đạo đức."
    )


def test_a_quote_closed_in_the_same_sentence_stays() -> None:
    text = '"Cán bộ phải gần dân; luôn giữ gìn đạo đức", Bí thư nhấn mạnh.'
    assert unquoted(text) == text
    assert unquoted("“Dám nghĩ; dám làm”, đồng chí nói.") == "“Dám nghĩ; dám làm”, đồng chí nói."
    assert unquoted("Cán bộ phải gần dân.") == "Cán bộ phải gần dân."


def test_the_parts_of_a_quoted_direction_split_at_its_semicolons() -> None:
    pieces = task_pieces(
        '"Mỗi đảng viên phải gương mẫu trong công việc, gần dân, hiểu dân; luôn nêu cao tinh '
        "thần trách nhiệm, sẵn sàng nhận việc khó."
    )
    assert pieces == [
        "Mỗi đảng viên phải gương mẫu trong công việc, gần dân, hiểu dân",
        "luôn nêu cao tinh thần trách nhiệm, sẵn sàng nhận việc khó.",
    ]
    assert _tasks(
        "Phát biểu kết luận hội nghị, đồng chí Bí thư Huyện ủy yêu cầu các chi bộ tiếp tục đổi mới "
        'sinh hoạt.\n\n"Mỗi đảng viên phải gương mẫu trong công việc, gần dân, hiểu dân; luôn nêu '
        "cao tinh thần trách nhiệm, sẵn sàng nhận việc khó. Chi bộ phải thật sự là hạt nhân đoàn "
        'kết", đồng chí nhấn mạnh.\n'
    )[1:3] == [
        "Mỗi đảng viên phải gương mẫu trong công việc, gần dân, hiểu dân",
        "Luôn nêu cao tinh thần trách nhiệm, sẵn sàng nhận việc khó.",
    ]
