"""A Party committee's notice of conclusions as text extracted from a signed PDF (HD 36 layout):
the star under the committee's name and the rule under the trích yếu joined to the next line, a
number left blank ("Số -TB/ĐU"), the digital signature's stamp under the signer's name. The
document is written for this test."""

from __future__ import annotations

from dvtool.formats import ReadOptions
from dvtool.interpret import official_lines as ol
from dvtool.model import Report
from dvtool.readers import text

NOTICE = """ĐẢNG BỘ TỈNH BÌNH AN
ĐẢNG UỶ XÃ HÒA THUẬN
*
Số -TB/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Hòa Thuận, ngày tháng 9 năm 2025
THÔNG BÁO
KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG UỶ
về công tác chuẩn bị năm học mới
-----
Ngày 05/9/2025, Ban Thường vụ Đảng uỷ họp nghe báo cáo công tác chuẩn bị năm học mới.
Ban Thường vụ Đảng uỷ thống nhất kết luận như sau:
1. Về nhiệm vụ, giải pháp thời gian tới:
- Tập trung rà soát cơ sở vật chất các điểm trường trước ngày khai giảng.
Giao Văn phòng Đảng uỷ theo dõi, tổng hợp kết quả báo cáo Ban Thường vụ.
Nơi nhận:
- Các đ/c Đảng uỷ viên,
- Lưu VPĐU.
T/M BAN THƯỜNG VỤ
BÍ THƯ
Lê Văn Minh
ĐẢNG UỶ XÃ HÒA THUẬN
06-09-2025 09:12:30 +07:00
"""


def _report() -> Report:
    return text.read(NOTICE.encode(), ReadOptions()).value


def test_a_party_notice_extracted_from_a_pdf_is_framed() -> None:
    report = _report()
    assert report.title == "THÔNG BÁO KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG UỶ về công tác chuẩn bị năm học mới"
    assert report.author == "Lê Văn Minh"
    assert report.date == "2025-09-05"  # the meeting's day: the issue day is blank


def test_the_signature_stamp_is_not_the_signer_s_position() -> None:
    signer = ol.signer(
        ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Lê Văn Minh", "ĐẢNG UỶ XÃ HÒA THUẬN", "06-09-2025 09:12:30 +07:00"]
    )
    assert signer is not None
    assert (signer.authority, signer.position, signer.name) == ("T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Lê Văn Minh")


def test_the_tasks_of_the_conclusion_are_read() -> None:
    tasks = [item.text for item in _report().tasks]
    assert any(t.startswith("Tập trung rà soát cơ sở vật chất") for t in tasks)
    assert any("Văn phòng Đảng uỷ theo dõi, tổng hợp" in t for t in tasks)


def test_a_blank_party_number_and_the_decoration_joined_to_it() -> None:
    assert ol.number(ol.strip_decoration("* Số -TB/ĐU")) == "-TB/ĐU"
    assert ol.number("Số - lượng đảng viên") is None
    assert ol.after_rule("----- Ngày 05/9/2025, Ban Thường vụ họp")
    assert not ol.after_rule("- Tập trung rà soát")


SHORTCOMINGS = """ĐẢNG UỶ XÃ HÒA THUẬN
*
Số -TB/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Hòa Thuận, ngày tháng 9 năm 2025
THÔNG BÁO
KẾT LUẬN CỦA THƯỜNG TRỰC ĐẢNG UỶ
về tình hình quý III
-----
Ngày 20/9/2025, Thường trực Đảng uỷ họp nghe báo cáo tình hình quý III.
I. Kết quả đạt được
1. Sản xuất nông nghiệp ổn định, thu ngân sách đạt 80% dự toán.
2. Bên cạnh những kết quả đạt được, Thường trực lưu ý một số hạn chế sau:
- Công tác thu gom rác thải ở một số thôn chưa kịp thời.
- Tiến độ giải ngân vốn đầu tư công còn chậm so với kế hoạch.
Nơi nhận:
- Lưu VPĐU.
T/M THƯỜNG TRỰC
PHÓ BÍ THƯ
Trần Thị Hoa
"""


def test_the_points_under_a_numbered_opener_of_shortcomings_are_limitations() -> None:
    report = text.read(SHORTCOMINGS.encode(), ReadOptions()).value
    limitations = [item.text for item in report.limitations]
    assert any(t.startswith("Công tác thu gom rác thải") for t in limitations)
    assert any(t.startswith("Tiến độ giải ngân") for t in limitations)
    assert report.author == "Trần Thị Hoa"


def test_a_trich_yeu_line_in_normal_case_under_capitals_is_part_of_the_title() -> None:
    report = text.read(NOTICE.replace("về công tác", "Về công tác").encode(), ReadOptions()).value
    assert report.title == "THÔNG BÁO KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG UỶ Về công tác chuẩn bị năm học mới"
    two = NOTICE.replace("về công tác chuẩn bị năm học mới", "Về công tác chuẩn bị\nNăm học mới")
    assert text.read(two.encode(), ReadOptions()).value.title == (
        "THÔNG BÁO KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG UỶ Về công tác chuẩn bị Năm học mới"
    )
    back = NOTICE.replace("về công tác chuẩn bị năm học mới", "Về công tác chuẩn bị\nNĂM HỌC MỚI")
    assert (text.read(back.encode(), ReadOptions()).value.title or "").endswith("Về công tác chuẩn bị")
