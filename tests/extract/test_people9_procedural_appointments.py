"""Rule procedural_appointments (people9): a sentence appointing a meeting's secretary ("TS. A
là thư ký Hội nghị.") is no result; one naming a secretary of something else stays. Sentences
written for the test: they show the rule works, not that it generalizes."""

from __future__ import annotations

from dvtool.extract import extract_text

LEAD = (
    "Hội nghị tổng kết công tác năm 2024\n\n"
    "Ngày 18/12/2024, Viện Kinh tế tổ chức Hội nghị tổng kết công tác năm 2024 tại Hà Nội.\n\n"
)
RESULT = "Năm 2024, Viện hoàn thành 12 đề tài cấp Bộ."


def _results(body: str) -> list[str]:
    return [r.text for r in extract_text(LEAD + body + "\n\n" + RESULT + "\n", "a.txt").value.results]


def test_the_secretary_of_the_meeting_is_no_result() -> None:
    body = "Tại Hội nghị, ThS. Đỗ Thị Hương là thư ký Hội nghị."
    assert _results(body) == [RESULT]


def test_a_secretary_outside_a_meeting_stays_a_result() -> None:
    body = "Năm 2024, ThS. Đỗ Thị Hương là thư ký tòa soạn của tạp chí Viện."
    assert body in _results(body)
