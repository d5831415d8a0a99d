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


APPRAISAL = "\n\n".join(
    [
        "HỘI ĐỒNG NHÂN DÂN                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TỈNH LÂM ĐỒNG                             Độc lập - Tự do - Hạnh phúc",
        "Số: 15/BC-HĐND                     Lâm Đồng, ngày 10 tháng 6 năm 2024",
        "BÁO CÁO\nThẩm tra Dự thảo nghị quyết về hỗ trợ nhà ở cho hộ nghèo",
        "Thực hiện nhiệm vụ được phân công, ngày 03/6/2024 Ban Kinh tế - Ngân sách HĐND tỉnh tổ chức"
        " thẩm tra Dự thảo nghị quyết theo đề nghị của UBND tỉnh tại Tờ trình số 301/TTr-UBND.",
        "{first}",
        "Trước đây, UBND tỉnh đã đề nghị gộp Nghị quyết số 05/2021/NQ-HĐND và Nghị quyết số"
        " 08/2022/NQ-HĐND thành 01 Nghị quyết trình kỳ họp.",
        "{second}",
        "Năm 2023 tỉnh đã hỗ trợ 120 hộ nghèo làm nhà ở.",
        "IV. Kết luận",
        "Ban Kinh tế - Ngân sách thống nhất trình Kỳ họp thông qua Dự thảo nghị quyết./.",
        "Nơi nhận:                                TM. BAN KINH TẾ - NGÂN SÁCH\n"
        "- TT.HĐND tỉnh;                                    TRƯỞNG BAN\n"
        "- Lưu VT.                               Nguyễn Văn An\n",
    ]
)


def _appraisal(first: str, second: str) -> list[float]:
    from dvtool.formats import ReadOptions
    from dvtool.readers.text import read

    text = APPRAISAL.format(first=first, second=second)
    report = read(text.encode(), ReadOptions("x.txt")).value
    return [f.value for i in report.results for f in i.figures]


def test_the_history_under_another_part_of_an_appraisal_is_no_result() -> None:
    """Rule other_part_headings (fig5): the prose under "I. Sự phù hợp …" (and its sub-headings)
    is the history of a resolution, no result of the period."""
    first = "I. Sự phù hợp của Dự thảo nghị quyết với chủ trương của Đảng"
    assert _appraisal(first, "1. Về sự cần thiết") == []


def test_the_prose_under_a_heading_of_another_kind_still_is_a_result() -> None:
    """The same lines under a heading naming the situation of the period stay results."""
    assert _appraisal("I. Tình hình hỗ trợ nhà ở cho hộ nghèo", "II. Về hộ nghèo được hỗ trợ") == [1, 120]
