"""A typed news item of a farmers' union review, for tests of the task rules: the headline, a
dated lead and one result come first, the paragraphs under test after them."""

from __future__ import annotations

from dvtool.extract import extract_text

LEAD = (
    "Hội Nông dân xã Tân Lập tổng kết năm 2024\n\n"
    "Sáng 8/1/2025, Hội Nông dân xã Tân Lập tổng kết công tác Hội năm 2024.\n\n"
    "Năm 2024, Hội đã kết nạp 45 hội viên mới.\n\n"
)


def tasks_after_lead(text: str) -> list[str]:
    """The tasks dvtool reads from the typed item with ``text`` as its body."""
    return [t.text for t in extract_text(LEAD + text, "x.txt").value.tasks]


REVIEW_LEAD = (
    "Hội nghị tổng kết năm 2023\n\n"
    "Sáng 20/12/2023, UBND huyện Ea Súp tổ chức hội nghị tổng kết công tác năm 2023. "
    "Đồng chí Lê Văn Hòa, Chủ tịch UBND huyện chủ trì hội nghị.\n\n"
)


def limitations_after_review_lead(text: str) -> list[str]:
    """The limitations dvtool reads from a district's year review with ``text`` as its body."""
    return [t.text for t in extract_text(REVIEW_LEAD + text, "x.txt").value.limitations]
