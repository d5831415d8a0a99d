"""Round 16 new-user trial (a TKV page, dev 105): photo captions that name a year ("… trao giấy
chứng nhận “Thợ mỏ sáng tạo năm 2023” cho …", "Đ/c Trần Đạo – Giám đốc Công ty báo cáo kết quả
hoạt động SXKD năm 2024 …") are captions, not results; a caption that names an award with a year
keeps its award. The lines below are written for these tests: they show the rules work, not that
they generalize."""

from __future__ import annotations

from dvtool.extract import extract_text
from dvtool.extract.captions import act_caption
from dvtool.model import Report

LEAD = (
    "Công ty Hoa tiêu tổ chức Hội nghị người lao động năm 2025\n"
    "Sáng 10/1/2025, Công ty CP Hoa tiêu tổ chức Hội nghị người lao động năm 2025.\n"
)
RESULT = "Năm 2024, Công ty đã thực hiện 3.000 lượt dẫn tàu, bằng 103,4% kế hoạch năm."


def _report(body: str) -> Report:
    return extract_text(LEAD + body, "x.txt").value


def test_a_caption_that_names_a_year_is_a_caption() -> None:
    assert act_caption(
        "Lãnh đạo Công đoàn TKV trao giấy chứng nhận “Thợ mỏ sáng tạo năm 2023” cho Đ/c Trần Đạo"
    )
    assert act_caption("Đ/c Trần Đạo – Giám đốc Công ty báo cáo kết quả hoạt động SXKD năm 2024")


def test_a_line_with_a_count_is_still_no_caption() -> None:
    assert not act_caption("Lãnh đạo Công đoàn TKV trao 50 suất quà cho công nhân năm 2024")


def test_captions_with_years_leave_the_results() -> None:
    body = (
        f"{RESULT}\n\n"
        "Đ/c Trần Đạo – Giám đốc Công ty báo cáo kết quả hoạt động SXKD năm 2024 và phương hướng năm 2025\n\n"
        "Lãnh đạo Công đoàn TKV trao giấy chứng nhận “Thợ mỏ sáng tạo năm 2023” cho Đ/c Trần Đạo\n"
    )
    assert [item.text for item in _report(body).results] == [RESULT]


def test_a_caption_that_names_an_award_keeps_it() -> None:
    body = f"{RESULT}\n\nĐồng chí Lê Văn Hòa – Chủ tịch UBND huyện trao Giấy khen năm 2024 cho 5 tập thể\n"
    awards = _report(body).awards
    assert [(a.award, a.collectives) for a in awards] == [("Giấy khen", 5)]
