"""Results and limitations stated above a typed report's first section heading (issue 11):
what "a) Về tình hình … 6 tháng đầu năm:" reports before "b) Nhiệm vụ …" is read, with its
figures; the legal bases a body opens with ("Căn cứ …") are no result. The texts are written
for the test; they show the rule works, not that it generalizes."""

from __future__ import annotations

from .typed import bold, typed_report

FRAME = [
    "HỘI ĐỒNG NHÂN DÂN",
    "HUYỆN CƯ JÚT",
    "Số: 30/TB-HĐND",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Cư Jút, ngày 15 tháng 7 năm 2024",
    "THÔNG BÁO",
    "Kết luận kỳ họp thứ 9 Hội đồng nhân dân huyện",
]
FOOTER = ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM. THƯỜNG TRỰC HĐND", "CHỦ TỊCH", "Nguyễn Văn An"]


def test_points_above_the_first_section_are_read() -> None:
    report = typed_report(
        FRAME,
        FOOTER,
        [
            "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16/6/2025.",
            "a) Về tình hình kinh tế - xã hội 6 tháng đầu năm 2024:",
            "Các đại biểu đánh giá cao kết quả 6 tháng đầu năm, thu ngân sách đạt 62% dự toán.",
            "- Tỷ lệ hộ nghèo giảm còn 4,5%.",
            bold("b) Nhiệm vụ trọng tâm 6 tháng cuối năm 2024:"),
            "- Tập trung chỉ đạo thu ngân sách, phấn đấu hoàn thành dự toán được giao.",
        ],
    )
    assert [i.text for i in report.results] == [
        "Các đại biểu đánh giá cao kết quả 6 tháng đầu năm, thu ngân sách đạt 62% dự toán.",
        "Tỷ lệ hộ nghèo giảm còn 4,5%.",  # a point stays a point: no "- " left on it
    ]
    assert [f.value for i in report.results for f in i.figures] == [62, 4.5]
    assert [i.text for i in report.tasks] == [
        "Tập trung chỉ đạo thu ngân sách, phấn đấu hoàn thành dự toán được giao.",
    ]


def test_a_section_the_layout_read_keeps_its_own_items() -> None:
    report = typed_report(
        FRAME,
        FOOTER,
        [
            "Tuy nhiên, các đại biểu đã phân tích những tồn tại, hạn chế trong 6 tháng đầu năm, như sau:",
            "- Giá nông sản chủ lực còn ở mức thấp, thu nhập của người dân giảm.",
            bold("II. TỒN TẠI, HẠN CHẾ"),
            "- Công tác giải quyết đơn thư của công dân còn chậm.",
        ],
    )
    assert [i.text for i in report.limitations] == ["Công tác giải quyết đơn thư của công dân còn chậm."]
