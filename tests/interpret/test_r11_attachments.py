"""Rule appendix-after-foot (round 11): an appendix after an official document's signature
("Phụ lục 01 / Giải pháp thiết kế chủ yếu …") is an attachment, not the report's items: its
"Giải pháp …" headings and "Label: value" lines give no tasks (its tables of indicators still
give results: the golden case tests/golden/cross/indicators_table holds one).
Lines written for the test: it shows the rule works, not that it generalizes (on dev it moved
386, tasks 40 -> 17 items, +0.35)."""

from __future__ import annotations

from dvtool.document import Block, Document
from dvtool.interpret import interpret
from dvtool.messages import Location

_FRAME = [
    "UBND TỈNH LÀO CAI",
    "SỞ CÔNG THƯƠNG",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Số: 15/TB-SCT",
    "Lào Cai, ngày 10 tháng 9 năm 2025",
    "THÔNG BÁO",
    "Kết quả thẩm định thiết kế xây dựng",
]
_BODY = [
    "1. Kết luận: Thiết kế xây dựng đủ điều kiện để triển khai các bước tiếp theo.",
    "2. Yêu cầu đối với Công ty:",
    "- Tổ chức thực hiện đúng thiết kế xây dựng đã được thẩm định.",
    "- Lưu trữ hồ sơ theo quy định của pháp luật về lưu trữ.",
]
_FOOT = [
    "Trên đây là thông báo của Sở Công Thương về kết quả thẩm định./.",
    "Nơi nhận:",
    "- Như trên;",
    "- Lưu: VT.",
    "KT. GIÁM ĐỐC",
    "PHÓ GIÁM ĐỐC",
    "Nguyễn Văn An",
]
_APPENDIX = [
    "Phụ lục 01",
    "Giải pháp thiết kế chủ yếu của dự án",
    "2. Giải pháp Công nghệ và Thiết bị:",
    "2.1. Công nghệ sản xuất: Áp dụng công nghệ chưng cất phân đoạn tinh dầu quế thô.",
    "2.2. Chế độ vận hành: Sản xuất theo mẻ gián đoạn, hoạt động 300 ngày/năm.",
    "- Bậc chịu lửa: Thiết kế theo Bậc IV.",
]


def _tasks(body: list[str], foot: list[str]) -> list[str]:
    """The tasks of the document typed as a text file, one line each."""
    lines = _FRAME + body + foot
    blocks = tuple(Block(t, location=Location(line=i)) for i, t in enumerate(lines, start=1))
    return [t.text for t in interpret(Document(blocks)).value.tasks]


def test_an_appendix_after_the_signature_gives_no_tasks() -> None:
    without = _tasks(_BODY, _FOOT)
    assert without and _tasks(_BODY, _FOOT + _APPENDIX) == without


def test_the_same_lines_before_the_signature_are_read() -> None:
    assert len(_tasks(_BODY + _APPENDIX[2:], _FOOT)) > len(_tasks(_BODY, _FOOT))
