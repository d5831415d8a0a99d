"""Classes of numbers that are no figure of the period (issue 11, round 4): sentences written for
these tests. They show that each rule does what it says on these sentences, not that it
generalizes; the real-corpus scores in tests/eval measure that."""

from __future__ import annotations

import pytest

from dvtool.extract.numbers import find_figures


def _values(text: str) -> list[float]:
    return [float(f.value) for f in find_figures(text)]


def test_the_parts_of_a_plan_or_a_project_are_no_figure() -> None:
    assert _values("Dự án gồm có 2 hợp phần, triển khai trong 4 lĩnh vực với 7 nhiệm vụ và giải pháp.") == []
    assert _values("Đoàn đã kiểm tra trên 5 mặt công tác của đơn vị.") == []


def test_parts_counted_against_a_total_or_other_units_stay_figures() -> None:
    assert _values("Đã hoàn thành 3/9 hạng mục, giải ngân 12 tỷ đồng.") == [3.0, 12.0]


def test_a_places_area_and_population_are_no_figure_of_the_period() -> None:
    text = "Huyện có diện tích tự nhiên 682 km2, dân số hơn 110.000 người; đã giải quyết 120 hồ sơ."
    assert _values(text) == [120.0]
    assert _values("Xã có dân số là 8.000 người.") == []


def test_an_area_worked_in_the_period_stays_a_figure() -> None:
    assert _values("Tổng diện tích gieo trồng đạt 400 ha.") == [400.0]


def test_a_number_right_after_a_target_word_is_the_target_not_a_result() -> None:
    assert _values("Thu ngân sách đạt 85 tỷ đồng, dự toán 160 tỷ đồng.") == [85.0]
    assert _values("Chỉ tiêu giao 120 tỷ đồng, đã thu 130 tỷ đồng.") == [130.0]


def test_a_share_of_the_target_is_a_result() -> None:
    assert _values("Thu ngân sách đạt 53% dự toán, đạt 105% kế hoạch.") == [53.0, 105.0]


def test_a_projects_size_is_no_figure_but_what_was_spent_is() -> None:
    text = "Tổng mức đầu tư của dự án là 1.200 tỷ đồng, đến nay đã giải ngân 300 tỷ đồng."
    assert _values(text) == [300.0]
    assert _values("Tổng mức đầu tư đã thực hiện đạt 800 tỷ đồng.") == [800.0]


def test_in_a_series_of_years_the_earlier_years_are_history() -> None:
    text = "Năm 2022 là 83.000 tỷ đồng; năm 2023 là 97.000 tỷ đồng; và 6 tháng đầu năm 2024 là 50 tỷ đồng."
    assert _values(text) == [50.0]


def test_a_year_compared_with_keeps_the_figures() -> None:
    assert _values("Năm 2023, toàn tỉnh đạt 120 tỷ đồng, tăng 5% so với năm 2022.") == [120.0, 5.0]


def test_identifiers_zero_and_listed_references_are_no_figures() -> None:
    assert _values("Số định danh cá nhân 001070006286, điện thoại 0912345678.") == []
    assert _values("Trong kỳ có 0 vụ vi phạm.") == []
    assert _values("Quy định tại khoản 2, 3 Điều 77 Nghị định và Điều 79, 80 Luật.") == []


def test_a_number_opening_a_line_before_a_capital_is_a_footnote_or_list_number() -> None:
    assert _values("1 Nội dung thiết kế mỏ được quy định tại Thông tư.") == []
    assert _values("Ủy ban đã ban hành: 10 Giấy phép khai thác; 01 Quyết định đóng cửa mỏ.") == [10.0, 1.0]
    assert _values("21 đảng viên mới được kết nạp.") == [21.0]


def test_a_plenum_of_a_term_lessons_and_mot_so_typed_with_a_digit_are_no_figures() -> None:
    assert _values("Thực hiện Nghị quyết Trung ương 4 khóa XII; rút ra 4 bài học kinh nghiệm.") == []
    assert _values("Triển khai 1 số nhiệm vụ, giải pháp trọng tâm.") == []
    assert _values("Tổ chức 3 khóa huấn luyện, cấp 5 số nhà mới.") == [3.0, 5.0]


def test_a_heading_of_inspection_findings_names_no_conclusion_section() -> None:
    from dvtool.extract.requests import section_of

    assert section_of("b) Kết luận thanh tra:") is None
    assert section_of("III. Kết luận") == "remarks"


@pytest.mark.parametrize(
    ("text", "value", "figure_text"),
    [
        ("Giá cá biển dao động 50.000 - 70.000 đồng/kg.", 50000, "50.000 - 70.000 đồng/kg"),
        ("Tỉ lệ người đội mũ bảo hiểm đạt 75% đến 90%.", 75, "75% đến 90%"),
        ("Các khu du lịch có diện tích từ 3 tới 50 ha.", 3, "3 tới 50 ha"),
    ],
)
def test_a_range_is_one_figure_of_its_lower_bound(text: str, value: float, figure_text: str) -> None:
    """Rule figure_ranges (fig5): two numbers joined by a dash or "đến"/"tới" are one range, its
    lower bound the value (GOLD.md), not a second figure of the upper bound."""
    figures = find_figures(text)
    assert [(f.value, f.text) for f in figures] == [(value, figure_text)]


def test_numbers_that_are_no_range_stay_apart() -> None:
    """A larger number first, or a unit between the two, is no range."""
    assert [f.value for f in find_figures("Tiếp 20 lượt công dân đến 15 xã.")] == [20, 15]
    assert [f.value for f in find_figures("Đã hỗ trợ 7 hộ đến 11 hộ.")] == [7, 11]


def test_a_level_word_before_money_or_a_measure_names_an_amount() -> None:
    """Rule measure_levels (fig5): "ở mức 33.700 đồng/kg", "đạt mức 56,9 triệu đồng" state an
    amount; "mức 4" with no measure after it stays a level."""
    assert _values("Giá cà phê ở mức 33.700 đồng/kg.") == [33700.0]
    assert _values("GRDP bình quân đầu người đạt mức 56,9 triệu đồng/người/năm.") == [56.9]
    assert _values("Giá gạo ở mức 11.000 - 11.500 đồng/kg.") == [11000.0]
    assert _values("Cung cấp dịch vụ công trực tuyến mức 4.") == []


def test_the_count_an_honouring_verb_names_is_an_awards_not_a_figure() -> None:
    """Rule honour_counts (fig5): "khen tặng 5 tập thể, 6 cá nhân", "tuyên dương 10 gương" count
    those honoured (GOLD.md: award counts are in awards); the award reader still reads them."""
    assert _values("UBND tỉnh khen tặng 5 tập thể, 6 cá nhân có thành tích xuất sắc.") == []
    assert _values("Tỉnh Đoàn tổ chức lễ tuyên dương 10 gương thanh niên tiêu biểu.") == []
    assert _values("Hội đã vận động 1.200 hội viên tham gia.") == [1200.0]
    counts = [f.value for f in find_figures("UBND tỉnh khen tặng 5 tập thể, 6 cá nhân.", awards=True)]
    assert counts == [5, 6]


def test_a_bare_number_after_a_named_count_is_that_count() -> None:
    """Rule named_count (fig5): "Số đại biểu ấn định là 3.869" states a count with no unit after
    the number; a bare number elsewhere still states nothing a reader can use."""
    from dvtool.extract import extract_text

    text = (
        "Tổng kết bầu cử\n\nSáng 3/6/2021, Ủy ban bầu cử tỉnh tổ chức hội nghị tổng kết.\n\n"
        "Ở cấp tỉnh, số đại biểu ấn định là 3.869; số trúng cử là 3.852 người. Kết quả đạt 14.\n"
    )
    values = [f.value for i in extract_text(text, "x.txt").value.results for f in i.figures]
    assert values == [3869, 3852]


def test_a_task_sentence_that_also_reports_keeps_its_reported_figures_in_the_results() -> None:
    """Rule reported_in_tasks (fig5): a figure whose clause reports what was done ("đã trả lời
    trực tiếp 2 ý kiến") is a result even in a sentence read as a task; one the marker only
    describes ("10 cụm công nghiệp đã hình thành") or a planned one ("sẽ trả lời 4 ý kiến") is none."""
    from dvtool.extract.figure_filters import reported_in_tasks
    from dvtool.model import Item

    tasks = [
        Item(
            "Đại biểu đã trả lời trực tiếp 2 ý kiến, sẽ trả lời 4 ý kiến.", find_figures("2 ý kiến, 4 ý kiến")
        ),
        Item("Hướng dẫn thủ tục cho 10 cụm công nghiệp đã hình thành.", find_figures("10 cụm công nghiệp")),
        Item("Phấn đấu đến cuối năm đã có 20 xã đạt chuẩn.", find_figures("20 xã")),
    ]
    results: list[Item] = []
    reported_in_tasks(results, tasks)
    assert [(i.text, [f.value for f in i.figures]) for i in results] == [(tasks[0].text, [2])]


def test_a_results_line_heading_a_list_keeps_its_figures() -> None:
    """Rule colon_heads (fig5): "… đã tiếp 14 lượt với 17 người:" heads the points under it and
    states figures of its own; "Kết quả cụ thể như sau:" states none and stays no item."""
    from dvtool.extract import extract_text

    text = (
        "Báo cáo tiếp công dân tháng 5\n\nSáng 17/5/2019, Thanh tra tỉnh tổ chức hội nghị giao ban.\n\n"
        "Tổng số lượt tiếp: 17 lượt với 22 người, trong đó:\n\n"
        "- Lãnh đạo các huyện đã tiếp 14 lượt với 17 người:\n\n"
        "+ Huyện Tuy Đức có phát sinh tiếp công dân.\n\nKết quả cụ thể như sau:\n\n"
        "- Đã giải quyết 3 vụ việc.\n"
    )
    report = extract_text(text, "x.txt").value
    assert [f.value for i in report.results for f in i.figures] == [17, 22, 14, 17, 3]
    assert not any(i.text.startswith("Kết quả cụ thể") for i in report.results)


def test_the_whole_of_a_known_set_is_no_count_of_the_period() -> None:
    """Rule whole_sets (fig5): "cả 3 thôn đều …", "giảm sâu cả 3 tiêu chí" name all of a known set;
    "tất cả 50 hộ" and "Cả năm đạt 120 tỷ đồng" still count."""
    assert _values("Đến nay cả 3 thôn đều không có hộ nghèo.") == []
    assert _values("Nhiều địa phương đạt mức giảm sâu cả 3 tiêu chí.") == []
    assert _values("Tất cả 50 hộ đã được hỗ trợ.") == [50.0]
    assert _values("Cả năm đạt 120 tỷ đồng.") == [120.0]


def test_a_rank_reached_is_a_figure() -> None:
    """Rule ranks (fig5): "xếp thứ 59", "Xếp thứ 20/27 trường" state a rank the period reached
    (GOLD.md counts them); "kỳ họp thứ 9" and "xếp thứ 1,2" (two ranks listed) stay no figure."""
    from dvtool.extract.figure_filters import named_count

    text = "Việt Nam xếp thứ 59 về chỉ số đổi mới."
    assert [f.value for f in find_figures(text) if named_count(text, f)] == [59]
    assert _values("Học sinh giỏi xếp thứ 20/27 trường.") == [20.0]
    assert _values("Kỳ họp thứ 9 bế mạc; nhiều chỉ số xếp thứ 1,2 trong toàn Tổng công ty.") == []
