"""Figures that are no quantity of the period (issue 11): sentences and table rows written for
these tests. They show the rules work on them, not that they generalize."""

from __future__ import annotations

from dvtool.extract.numbers import find_figures
from dvtool.interpret.indicators import _item


def test_a_number_of_levels_is_no_figure() -> None:
    text = "Sau khi thực hiện mô hình chính quyền địa phương 02 cấp, bước đầu xã tiếp nhận 364 hồ sơ."
    assert [(f.value, f.unit) for f in find_figures(text)] == [(364, "hồ sơ")]


def test_committees_counted_are_a_figure() -> None:
    assert [f.value for f in find_figures("Đã kiện toàn 5 cấp ủy cơ sở.")] == [5]


def test_a_year_in_a_table_cell_is_no_figure() -> None:
    item = _item("Ô tô xi téc", "", [("Trọng tải (kg)", "15.690"), ("Niên hạn sử dụng", "2040")])
    assert [f.value for f in item.figures] == [15690]
