"""Round 12: "dự kiến" right before a verb of change and an amount estimates a result of the
period ("Chỉ số … quý I dự kiến tăng 8,2%"); it is no plan. Written for this test: it shows the
rule works, not that it generalizes."""

from __future__ import annotations

from dvtool.extract import extract_text

LEAD = (
    "Sở Công Thương làm việc với UBND tỉnh\n\n"
    "Sáng 25/4/2019, UBND tỉnh Đắk Lập làm việc với Sở Công Thương về kết quả quý I năm 2019.\n\n"
)


def test_an_estimated_rise_is_a_result_and_no_task() -> None:
    report = extract_text(
        LEAD + "Giá trị sản xuất công nghiệp năm 2018 đạt 8.943 tỷ đồng. Chỉ số sản xuất công nghiệp "
        "quý I năm 2019 dự kiến tăng 8,2% so với cùng kỳ năm 2018.\n",
        "x.txt",
    ).value
    assert not report.tasks
    assert any("dự kiến tăng 8,2%" in r.text for r in report.results)


def test_a_planned_dispatch_stays_a_task() -> None:
    report = extract_text(
        LEAD + "Trong quý II, Sở dự kiến cử 10 cán bộ hỗ trợ các doanh nghiệp.\n", "x.txt"
    ).value
    assert [t.text for t in report.tasks] == [
        "Trong quý II, Sở dự kiến cử 10 cán bộ hỗ trợ các doanh nghiệp."
    ]
