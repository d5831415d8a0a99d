"""Round 13 (wave 14, dev 457): right after a direction, a sentence that opens with its scope and
then says what to do ("Trong công tác giải phóng mặt bằng, tập trung …") goes on with it. The
article is written for these tests: they show the rule works, not that it generalizes."""

from __future__ import annotations

from dvtool.extract import extract_text
from dvtool.extract.scoped import opens_with_scope_then_work

LEAD = (
    "Phó Chủ tịch UBND tỉnh làm việc về tiến độ dự án\n"
    "Sáng 12/3/2024, Phó Chủ tịch UBND tỉnh Lê Văn An làm việc về tiến độ dự án. "
    "Kết quả, đã giải phóng mặt bằng 120 ha.\n"
)
DIRECTION = (
    "Phát biểu kết luận, Phó Chủ tịch UBND tỉnh đề nghị các ngành tập trung đẩy nhanh tiến độ các dự án. "
)
SCOPED = "Trong công tác giải phóng mặt bằng, tập trung cao khu tái định cư, xây dựng quy hoạch chi tiết."


def _tasks(body: str) -> list[str]:
    return [t.text for t in extract_text(LEAD + body + "\n", "x.txt").value.tasks]


def test_a_scoped_sentence_after_a_direction_goes_on_with_it() -> None:
    assert SCOPED.rstrip(".") in [t.rstrip(".") for t in _tasks(DIRECTION + SCOPED)]


def test_a_scoped_sentence_with_no_direction_before_it_is_no_task() -> None:
    assert not any("tái định cư" in t for t in _tasks("Hội nghị diễn ra sôi nổi. " + SCOPED))


def test_a_scoped_report_of_what_was_done_is_no_work() -> None:
    assert opens_with_scope_then_work(SCOPED)
    assert not opens_with_scope_then_work("Trong năm 2023, thực hiện đã giải ngân 500 tỷ đồng.")
    assert not opens_with_scope_then_work("Trong năm 2023, toàn huyện tập trung xây dựng 12 trường.")


def test_a_verb_after_ket_qua_names_the_work_so_the_shortcoming_is_stated() -> None:
    from dvtool.extract.shortcomings import states_shortcoming

    assert states_shortcoming(
        "Quy trình và kết quả giải quyết hồ sơ của hầu hết các sở, ngành cũng chưa được niêm yết công khai."
    )
    assert not states_shortcoming("Hội nghị đã giải quyết những khó khăn, vướng mắc của các xã.")
