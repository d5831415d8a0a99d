"""Round 14: the frame of a document an archive keeps under its summary, in a fence
("```text"), and the figures of a report whose kind and trích yếu the frame holds. The sentences
are written for the tests: each test shows that its rule works on them, not that it
generalizes."""

from __future__ import annotations

from dvtool.formats import ReadOptions
from dvtool.model import Report

ARCHIVED = """---
so_hieu: "12-BC/ĐU"
ngay_ban_hanh: "ngày 01/7/2025"
---

# BÁO CÁO kết quả công tác quý III năm 2025

**Số hiệu:** 12-BC/ĐU | **Ngày ban hành:** ngày 01/7/2025 | **Lĩnh vực:** Xây dựng Đảng

### 1. Tóm tắt
Kết quả công tác quý III.

### 2. Toàn văn

```text
ĐẢNG BỘ HUYỆN AN PHÚ
ĐẢNG ỦY XÃ HÒA LẠC
*
Số -BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Hòa Lạc, ngày tháng 9 năm 2025
BÁO CÁO
Kết quả công tác quý III năm 2025
-----
I. KẾT QUẢ
Trong quý, Đảng ủy kết nạp 5 đảng viên mới.
II. NHIỆM VỤ QUÝ IV
1. Tiếp tục rà soát hồ sơ đảng viên.
Nơi nhận:
- Huyện ủy;
- Lưu VPĐU.
T/M BAN THƯỜNG VỤ
BÍ THƯ
Lê Văn Hùng
```
"""


def _read(text: str) -> Report:
    from dvtool.readers import text as reader

    return reader.read(text.encode(), ReadOptions(source="archived.txt")).value


def test_the_frame_of_a_document_an_archive_keeps_in_a_fence_is_found_under_its_summary() -> None:
    report = _read(ARCHIVED)
    assert report.publisher == "Đảng ủy xã Hòa Lạc"
    assert report.date is None  # the day is blank; the archive's "Ngày ban hành" is not the document's
    assert report.title == "BÁO CÁO Kết quả công tác quý III năm 2025"
    assert report.author == "Lê Văn Hùng"


def test_a_fence_further_down_an_ordinary_text_gives_no_frame() -> None:
    from dvtool.interpret.official_lines import fenced_text
    from dvtool.readers.text import document

    lines = [f"Đoạn văn thứ {i} của bài viết kể về hoạt động của xã." for i in range(16)]
    text = "\n\n".join([*lines, "```text", *ARCHIVED.split("```text\n")[1].splitlines()])
    blocks = document(text.encode(), ReadOptions(source="news.txt")).blocks
    assert fenced_text(blocks, 14) is None
    assert _read(text).publisher is None


def _figures(subject: str) -> list[str]:
    from .typed import bold, typed_report

    frame = [
        "ĐẢNG ỦY XÃ HÒA LẠC",
        "Số 12-BC/ĐU",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Hòa Lạc, ngày 10 tháng 9 năm 2025",
        "BÁO CÁO",
        subject,
    ]
    foot = ["Nơi nhận:", "- Huyện ủy;", "- Lưu VPĐU.", "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Lê Văn Hùng"]
    # a section the model names no field for: its numbers are figures only in an account
    body = [
        bold("I. KẾT QUẢ ĐẠT ĐƯỢC"),
        "Các chi bộ duy trì sinh hoạt định kỳ.",
        bold("II. Sắp xếp, bố trí cán bộ công chức"),
        "Xã có 41 cán bộ, công chức làm việc tại trụ sở.",
    ]
    report = typed_report(frame, foot, body)
    return [f.text for item in report.results for f in item.figures]


def test_the_numbers_of_a_report_on_the_situation_of_its_period_are_figures() -> None:
    assert _figures("Tình hình công tác tổ chức, xây dựng Đảng quý III năm 2025") != []


def test_the_numbers_of_a_report_vetting_a_draft_are_no_figures() -> None:
    assert _figures("Thẩm tra dự thảo nghị quyết về biên chế cán bộ xã") == []
