"""Round 12: the plan year of a lead that reviews "nhiệm vụ … năm 2022" and sets "nhiệm vụ năm
2023", and school years ("năm học 2017 - 2018"). The sentences are written for these tests: they
show the rules work, not that they generalize."""

from __future__ import annotations

from dvtool.extract import extract_text


def _report(body: str):  # type: ignore[no-untyped-def]
    return extract_text(body, "x.txt").value


def test_a_reviewed_task_year_is_no_plan_year_and_the_next_year_opens_the_tasks() -> None:
    report = _report(
        "Huyện Long Hải tổng kết công tác quân sự\n\n"
        "Chiều 5/12, Ban CHQS huyện Long Hải tổ chức hội nghị tổng kết nhiệm vụ quân sự - quốc "
        "phòng năm 2022, triển khai nhiệm vụ năm 2023.\n\n"
        "Năm 2022, lực lượng vũ trang huyện đã hoàn thành 100% chỉ tiêu tuyển quân.\n\n"
        "Năm 2023, lực lượng vũ trang huyện tiếp tục duy trì nghiêm chế độ trực sẵn sàng chiến "
        "đấu; tổ chức diễn tập khu vực phòng thủ xã Tân Hải.\n"
    )
    assert (report.reporting_year, report.plan_year) == (2022, 2023)
    assert [t.text for t in report.tasks] == [
        "Năm 2023, lực lượng vũ trang huyện tiếp tục duy trì nghiêm chế độ trực sẵn sàng chiến đấu",
        "Tổ chức diễn tập khu vực phòng thủ xã Tân Hải.",
    ]


def test_school_years_give_the_reporting_and_plan_years_and_open_the_tasks() -> None:
    report = _report(
        "Huyện Tân An tổng kết năm học\n\n"
        "Ngày 23/8, UBND huyện Tân An tổ chức tổng kết năm học 2017 - 2018 và triển khai nhiệm "
        "vụ năm học 2018 - 2019.\n\n"
        "Năm học 2017 - 2018, toàn huyện có 12 trường đạt chuẩn quốc gia.\n\n"
        "Trong năm học 2018 - 2019, huyện Tân An đề ra 9 giải pháp. Tập trung xây dựng trường "
        "đạt chuẩn quốc gia. Tăng cường đầu tư thiết bị dạy học.\n"
    )
    assert (report.reporting_year, report.plan_year) == (2017, 2018)
    tasks = [t.text for t in report.tasks]
    assert "Tập trung xây dựng trường đạt chuẩn quốc gia." in tasks
    assert "Tăng cường đầu tư thiết bị dạy học." in tasks
