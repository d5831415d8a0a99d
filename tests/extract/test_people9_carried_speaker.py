"""Rule carried_speaker (people9): a remark that names no speaker ("Đồng chí đề nghị, …") goes on
from the speaker a paragraph just before named among the results ("Hội nghị được nghe đồng chí
A – Bí thư Đảng ủy phát biểu, …"). Sentences written for the test: they show the rule works, not
that it generalizes."""

from __future__ import annotations

from dvtool.extract import extract_text

TEXT = (
    "Hội nghị tổng kết công tác Mặt trận năm 2023\n\n"
    "Ngày 20/12/2023, Mặt trận Tổ quốc xã Tân Lập tổ chức hội nghị tổng kết công tác Mặt trận năm 2023.\n\n"
    "Hội nghị được nghe đồng chí Hoàng Văn Bình – Bí thư Đảng ủy phát biểu, đồng chí biểu dương"
    " Ủy ban MTTQ xã đã nỗ lực hoàn thành mọi nội dung công việc.\n\n"
    "Ban Thường trực MTTQ xã đã hướng dẫn các Ban Công tác Mặt trận tổ chức thành công hội nghị.\n\n"
    "{remark}\n"
)


def _speakers(remark: str) -> list[str | None]:
    return [r.speaker for r in extract_text(TEXT.format(remark=remark), "a.txt").value.remarks]


def test_a_bare_comrade_goes_on_from_the_speaker_named_before() -> None:
    remark = "Đồng chí đề nghị Ban Thường trực MTTQ xã hoàn chỉnh các văn bản chuẩn bị Đại hội."
    assert _speakers(remark) == ["Hoàng Văn Bình"]


def test_a_named_speaker_is_their_own() -> None:
    remark = (
        "Đồng chí Trần Văn Cường – Chủ tịch UBND xã phát biểu, đề nghị các thôn làm tốt công tác vận động."
    )
    assert _speakers(remark) == ["Trần Văn Cường"]
