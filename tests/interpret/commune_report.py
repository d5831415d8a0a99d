"""The frame of a commune Party committee's report, typed for the tests of round 14 (made up)."""

from __future__ import annotations

REPORT = [
    "ĐẢNG BỘ HUYỆN AN PHÚ",
    "ĐẢNG ỦY XÃ HÒA LẠC",
    "Số 12-BC/ĐU",
    "ĐẢNG CỘNG SẢN VIỆT NAM",
    "Hòa Lạc, ngày 10 tháng 9 năm 2025",
    "BÁO CÁO",
    "Kết quả công tác quý III năm 2025",
]
REPORT_FOOT = ["Nơi nhận:", "- Huyện ủy;", "- Lưu VPĐU.", "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Lê Văn Hùng"]
