"""Rule signature-above-appendix (round 7): the signature of an official document followed by a
long appendix (more lines than the foot's reach) is still its signature. Lines written for the
test: it shows the rule works, not that it generalizes."""

from __future__ import annotations

from dvtool.document import Block, Document
from dvtool.interpret import interpret

_HEAD = [
    "UBND TỈNH LÀO CAI",
    "SỞ CÔNG THƯƠNG",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Số: 12/TB-SCT",
    "Lào Cai, ngày 05 tháng 6 năm 2026",
    "THÔNG BÁO",
    "Kết quả kiểm tra kho chứa vật liệu nổ công nghiệp",
    "Ngày 29/5/2026, Sở Công Thương kiểm tra kho chứa vật liệu nổ công nghiệp của Công ty.",
    "Sở Công Thương thông báo để Công ty biết, thực hiện./.",
    "Nơi nhận:",
    "- Như trên;",
    "- Lưu: VT.",
    "KT. GIÁM ĐỐC",
    "PHÓ GIÁM ĐỐC",
    "Hoàng Văn Bình",
]


def _signer(appendix: int) -> str | None:
    lines = _HEAD + ["Phụ lục 01", "Thông số kỹ thuật chính của kho"]
    lines += [f"- Hạng mục {i}: tường dày 22 cm, cửa thép." for i in range(appendix)]
    return interpret(Document(tuple(Block(t) for t in lines))).value.author


def test_the_signature_above_a_short_appendix() -> None:
    assert _signer(5) == "Hoàng Văn Bình"


def test_the_signature_above_a_long_appendix() -> None:
    assert _signer(40) == "Hoàng Văn Bình"
