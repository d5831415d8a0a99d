"""Rule photo_order (people9): a caption naming the people of a photo in order ("Đoàn Chủ tịch
Hội nghị (từ trái sang): …") is no result. Sentences written for the test: they show the rule
works, not that it generalizes."""

from __future__ import annotations

from dvtool.extract import extract_text

LEAD = (
    "Hội nghị tổng kết công tác năm 2024\n\n"
    "Ngày 18/12/2024, Viện Kinh tế tổ chức Hội nghị tổng kết công tác năm 2024 tại Hà Nội.\n\n"
)
RESULT = "Năm 2024, Viện hoàn thành 12 đề tài cấp Bộ."


def _results(body: str) -> list[str]:
    return [r.text for r in extract_text(LEAD + body + "\n\n" + RESULT + "\n", "a.txt").value.results]


def test_a_caption_naming_people_from_left_to_right_is_no_result() -> None:
    caption = "Đoàn Chủ tịch Hội nghị (từ trái sang): TS. Lê Văn Khánh, TS. Trần Thị Nga, ThS. Vũ Văn Giang"
    assert _results(caption) == [RESULT]
