"""Classes of numbers that are no figure of the period (issue 11, round 4): sentences written for
these tests. They show that each rule does what it says on these sentences, not that it
generalizes; the real-corpus scores in tests/eval measure that."""

from __future__ import annotations

from dvtool.extract.numbers import find_figures


def _values(text: str) -> list[float]:
    return [float(f.value) for f in find_figures(text)]


def test_the_parts_of_a_plan_or_a_project_are_no_figure() -> None:
    assert _values("Dự án gồm có 2 hợp phần, triển khai trong 4 lĩnh vực với 7 nhiệm vụ và giải pháp.") == []
    assert _values("Đoàn đã kiểm tra trên 5 mặt công tác của đơn vị.") == []


def test_parts_counted_against_a_total_or_other_units_stay_figures() -> None:
    assert _values("Đã hoàn thành 3/9 hạng mục, giải ngân 12 tỷ đồng.") == [3.0, 12.0]
