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


def test_a_range_of_percentages_is_a_figure_of_its_lower_bound() -> None:
    found = find_figures("6 công trình đang xây lắp, với khối lượng hoàn thành từ 60-70%, gồm: …")
    assert [(f.value, f.unit, f.text) for f in found][-1] == (60, "%", "60-70%")


def test_dashed_years_dates_and_codes_stay_no_figures() -> None:
    assert find_figures("Giai đoạn 2020-2025, ngày 10-2-2023, Hướng dẫn 07-HD/BDVTU.") == ()
    assert find_figures("Tỷ lệ giảm 70-60%.") == ()


def test_a_measure_stated_again_is_one_figure() -> None:
    from dvtool.extract.numbers import drop_repeated
    from dvtool.model import Item

    first = Item("Trọng tải 15.540 kg.", find_figures("Trọng tải 15.540 kg."))
    again = Item(
        "Khối lượng chuyên chở 15.540 kg, phù hợp; 100% xe đạt.",
        find_figures("Khối lượng chuyên chở 15.540 kg, phù hợp; 100% xe đạt."),
    )
    counts = Item(
        "Cấp 10 Giấy phép; 10 Giấy phép hết hiệu lực.",
        find_figures("Cấp 10 Giấy phép; 10 Giấy phép hết hiệu lực."),
    )
    results = [first, again, counts]
    drop_repeated([results])
    assert [f.value for f in results[0].figures] == [15540]
    assert [f.value for f in results[1].figures] == [100]
    assert [f.value for f in results[2].figures] == [10, 10]


def test_a_norm_or_a_target_is_no_figure() -> None:
    text = "Mỗi cơ sở có ít nhất 5 công trình; buổi tiếp xúc không quá 10 cử tri; đã làm 12 công trình."
    assert [f.value for f in find_figures(text)] == [12]


def test_a_unit_or_hamlet_named_by_a_number_is_no_figure() -> None:
    # shows the rule works on sentences written for this test, not that it generalizes
    text = "Lãnh đạo Bộ Tư lệnh Quân khu 3 thăm Buôn 9 và ngõ 2, trao 15 suất quà."
    assert [(f.value, f.unit) for f in find_figures(text)] == [(15, "suất quà")]


def test_a_figure_asked_for_or_planned_is_no_result() -> None:
    # shows the rule works on sentences written for this test, not that it generalizes
    assert find_figures("Thành phố cần tập trung vào 1 khu đô thị đại học.") == ()
    assert find_figures("Năm tới, huyện dự kiến xây dựng 6 trường liên cấp.") == ()
    found = find_figures("Đường nhánh bên phải mới hoàn thành 60% khối lượng.")
    assert [(f.value, f.unit) for f in found] == [(60, "%")]


def test_a_share_a_leader_reports_in_a_speech_is_a_result() -> None:
    # shows the rule works on an article written for this test, not that it generalizes
    from dvtool.extract import extract_text

    report = extract_text(
        "Sơ kết kinh tế - xã hội 6 tháng đầu năm\n\n"
        "Ngày 5/7/2024, UBND tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm.\n\n"
        "Phát biểu tại hội nghị, đồng chí Nguyễn Văn An, Chủ tịch UBND tỉnh cho biết trong 6 tháng "
        "đầu năm, tốc độ tăng trưởng kinh tế của tỉnh đạt 7,2%. Đồng chí yêu cầu các ngành phấn đấu "
        "đạt 100% kế hoạch năm.\n",
        "test",
    ).value
    assert [f.value for r in report.results for f in r.figures] == [7.2]
    assert report.remarks


def test_a_spaced_range_is_one_figure_of_its_lower_bound() -> None:
    # shows the rule works on sentences written for this test, not that it generalizes; the lower
    # bound is the value (GOLD.md, rule figure_ranges), the upper one no figure of its own
    found = find_figures("Mỗi xã mới có 2 - 3 trường tiểu học, đạt 60-70% và 5 % còn lại.")
    assert [(f.value, f.unit) for f in found] == [(2, "trường tiểu học"), (60, "%"), (5, "%")]


def test_a_share_reached_in_a_lead_sentence_is_also_a_result() -> None:
    # shows the rule works on an article written for this test, not that it generalizes
    from dvtool.extract import extract_text

    report = extract_text(
        "Biểu dương tổ chức đảng xuất sắc\n\n"
        "Trong năm 2020, 100% tổ chức cơ sở đảng được đánh giá, xếp loại. Trong đó 451 tổ chức cơ sở "
        "đảng hoàn thành tốt nhiệm vụ.\n",
        "test",
    ).value
    assert 100 in [f.value for r in report.results for f in r.figures]
