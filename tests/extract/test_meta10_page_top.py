"""Rules of round 10 for the top of a portal page: the headline right above the page's posting stamp
(stamp-headline), a portal's banner lines (portal-banners), a clock above the headline
(stale-clock). Pages written for the test: they show the rules work, not that they generalize."""

from __future__ import annotations

from dvtool.extract import extract_text

_LEAD = (
    "Ngày 25/01/2024, UBND huyện tổ chức hội nghị triển khai nhiệm vụ năm 2024. Tham dự có lãnh"
    " đạo các phòng, ban của huyện."
)


def _report(*lines: str):  # type: ignore[no-untyped-def]
    return extract_text("\n\n".join(lines) + "\n\nThu Hà\n", "a.txt").value


def test_the_line_above_a_clocked_stamp_is_the_headline() -> None:
    report = _report(
        "Chi nhánh huyện Tân Phú", "UBND huyện triển khai nhiệm vụ năm 2024", "25/01/2024 16:48", _LEAD
    )
    assert report.title == "UBND huyện triển khai nhiệm vụ năm 2024"


def test_a_weekday_on_the_stamp_is_no_reporter() -> None:
    report = _report("UBND huyện triển khai nhiệm vụ năm 2024", "16:48, Thứ Năm, 25-1-2024 95 0", _LEAD)
    assert report.author == "Thu Hà"
    assert report.title == "UBND huyện triển khai nhiệm vụ năm 2024"


def test_a_portals_banner_and_page_name_are_no_headline() -> None:
    for banner in (
        "Site banner",
        "CHÀO MỪNG CÁC BẠN ĐẾN VỚI TRANG THÔNG TIN ĐIỆN TỬ HUYỆN TÂN PHÚ",
        "Chi tiết tin tức - Huyện Tân Phú",
    ):
        report = _report(banner, "UBND huyện triển khai nhiệm vụ năm 2024", _LEAD)
        assert report.title == "UBND huyện triển khai nhiệm vụ năm 2024", banner


def test_a_clock_above_the_headline_gives_way_to_the_years_of_the_text() -> None:
    lead = "Sáng nay (3/11), Hội Nông dân tỉnh tổng kết thực hiện 15 chỉ tiêu thi đua năm 2017."
    for clock in ("Thứ sáu, 12/08/2022", "Hôm nay:19/09/2024"):
        report = _report(clock, "Hội Nông dân tỉnh tổng kết năm 2017", lead)
        assert report.date == "2017-11-03", clock


def test_a_clock_above_the_headline_dates_a_lead_of_its_own_year() -> None:
    lead = "Sáng nay (3/11), Hội Nông dân tỉnh tổng kết thực hiện 15 chỉ tiêu thi đua năm 2022."
    assert _report("Thứ năm, 03/11/2022", "Hội Nông dân tỉnh tổng kết năm 2022", lead).date == "2022-11-03"
