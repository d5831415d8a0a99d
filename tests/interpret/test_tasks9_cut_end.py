"""Rule cut_end (round 9, tasks9): no task from the cut end of a news page stored truncated.
Lines written for the test: it shows the rule works, not that it generalizes."""

from __future__ import annotations

from dvtool.document import Block, Document
from dvtool.interpret import interpret

_HEAD = [
    "Huyện Tân Lập tổng kết công tác thi đua năm 2024",
    "Sáng 8/1/2025, UBND huyện Tân Lập tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.",
    "Năm 2024, toàn huyện có 45 tập thể, 120 cá nhân được khen thưởng.",
]


def _tasks(last: str) -> list[str]:
    document = Document(tuple(Block(t) for t in [*_HEAD, last]))
    return [t.text for t in interpret(document).value.tasks]


def test_a_direction_cut_before_what_to_do_is_no_task() -> None:
    assert (
        _tasks(
            "Phát biểu chỉ đạo tại hội nghị, đồng chí Chủ tịch UBND huyện đánh giá cao kết quả đạt "
            "được của các tập thể, cá nhân. Đồng chí đề nghị Cơ quan thườn"
        )
        == []
    )


def test_the_cut_word_is_taken_off_a_direction_that_says_what_to_do() -> None:
    assert _tasks(
        "Phát biểu chỉ đạo tại hội nghị, đồng chí Chủ tịch UBND huyện đánh giá cao kết quả đạt "
        "được của các tập thể, cá nhân. Đồng chí đề nghị các xã tiếp tục đổi mới công tác thi đua, "
        "nâng cao chất lượng phong trào ở cơ sở, kịp thời nhân rộng các mô hìn"
    ) == [
        "Các xã tiếp tục đổi mới công tác thi đua, nâng cao chất lượng phong trào ở cơ sở, "
        "kịp thời nhân rộng các mô"
    ]


def test_a_page_that_ends_with_a_stop_keeps_its_last_task() -> None:
    assert _tasks(
        "Phát biểu chỉ đạo tại hội nghị, đồng chí Chủ tịch UBND huyện đánh giá cao kết quả đạt "
        "được của các tập thể, cá nhân. Đồng chí đề nghị Cơ quan thường trực Hội đồng thi đua."
    ) == ["Cơ quan thường trực Hội đồng thi đua."]
