"""Numbered sub-headings in typed text ("3.1." under "3."): a part of their section, not a
section of their own. The texts are written for the test; they show the rule works, not that
it generalizes."""

from __future__ import annotations

from dvtool.document import Block
from dvtool.interpret.heading_levels import heading_level

from .typed import typed_report

FRAME = [
    "UBND HUYỆN KRÔNG NÔ",
    "Số: 12/BC-UBND",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Krông Nô, ngày 5 tháng 4 năm 2024",
    "BÁO CÁO",
    "Kết quả công tác phòng cháy chữa cháy quý I năm 2024",
]
FOOTER = ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Bình"]


class _Reading:
    styled = False
    section: str | None = "tasks"

    def section_of(self, text: str) -> str | None:
        return None


def test_a_numbered_line_is_as_deep_as_its_number() -> None:
    reading = _Reading()
    assert heading_level(reading, Block("3. Nhiệm vụ thời gian tới")) == 2
    assert heading_level(reading, Block("3.1. Đối với các xã, thị trấn")) == 3
    assert heading_level(reading, Block("3.1 Đối với các xã, thị trấn")) == 3
    assert heading_level(reading, Block("2.1.3. Về nhân lực")) == 4


def test_the_points_under_a_numbered_sub_heading_belong_to_its_section() -> None:
    report = typed_report(
        FRAME,
        FOOTER,
        [
            "1. Kết quả đạt được",
            "- Tổ chức 12 buổi tuyên truyền về phòng cháy chữa cháy tại các thôn.",
            "2. Tồn tại, hạn chế",
            "2.1. Về công tác tuyên truyền",
            "- Công tác tuyên truyền ở một số thôn chưa thường xuyên.",
            "2.2. Các nguyên nhân",
            "- Kinh phí cho công tác phòng cháy còn hạn chế.",
            "3. Nhiệm vụ thời gian tới",
            "3.1. Đối với các xã, thị trấn",
            "- Tăng cường kiểm tra các cơ sở kinh doanh có nguy cơ cháy nổ cao.",
            "3.2. Đối với Công an huyện",
            "- Chủ trì tổ chức diễn tập phương án chữa cháy tại chợ trung tâm huyện.",
        ],
    )
    assert [i.text for i in report.limitations] == [
        "Công tác tuyên truyền ở một số thôn chưa thường xuyên.",
        "Kinh phí cho công tác phòng cháy còn hạn chế.",
    ]
    assert [i.text for i in report.tasks] == [
        "Tăng cường kiểm tra các cơ sở kinh doanh có nguy cơ cháy nổ cao.",
        "Chủ trì tổ chức diễn tập phương án chữa cháy tại chợ trung tâm huyện.",
    ]
