"""Builds the hand-made "human" DOCX inputs of the golden cases (run by hand, outputs committed).

    PYTHONPATH=src python tests/golden/docx/build_inputs.py

Each case imitates how people type reports in Word without dvtool: no heading styles, typed
numbering and dashes, Word numbering, header tables, merged cells, comments, tracked changes,
images. The committed ``input.docx`` files are the test inputs; ``expected.json`` and
``expected.messages`` beside them are checked by eye and rewritten only on purpose
(``DVTOOL_UPDATE_GOLDEN=1``).
"""

from __future__ import annotations

import struct
import sys
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Mm, Pt

HERE = Path(__file__).resolve().parent


def _bold(document: Any, text: str, *, center: bool = False) -> Any:
    paragraph = document.add_paragraph()
    paragraph.add_run(text).bold = True
    if center:
        paragraph.alignment = 1
    return paragraph


def _png() -> bytes:
    """A 1×1 white PNG, made here so no image file is needed."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\xff\xff")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def typed_numbering(path: Path) -> None:
    """Unstyled report: header table, "I." / "II-" headings in bold or capitals, typed dashes."""
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    left.paragraphs[0].text = "UBND TỈNH NGHỆ AN"
    left.add_paragraph().add_run("SỞ NỘI VỤ").bold = True
    left.add_paragraph("Số: 05/BC-SNV")
    right.paragraphs[0].add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").bold = True
    right.add_paragraph().add_run("Độc lập - Tự do - Hạnh phúc").bold = True
    right.add_paragraph().add_run("Nghệ An, ngày 20 tháng 3 năm 2023").italic = True
    _bold(document, "BÁO CÁO", center=True)
    _bold(document, "Kết quả hội nghị sơ kết công tác cải cách hành chính quý I năm 2023", center=True)
    document.add_paragraph("Thời gian: Chiều 15/3/2023")
    document.add_paragraph("Địa điểm: Hội trường Sở Nội vụ")
    document.add_paragraph(
        "Chủ trì: đồng chí Nguyễn Văn A - Giám đốc Sở Nội vụ; đồng chí Trần Thị B - Phó Giám đốc Sở"
    )
    document.add_paragraph("Thực hiện Kế hoạch số 12/KH-SNV, Sở Nội vụ báo cáo như sau:")
    _bold(document, "I. KẾT QUẢ ĐẠT ĐƯỢC")
    document.add_paragraph("- Toàn tỉnh có 309/411 xã đạt chuẩn nông thôn mới.")
    document.add_paragraph("+ Tiếp nhận 5.720 hồ sơ, tăng 2,3% so với cùng kỳ.")
    document.add_paragraph("• Rà soát thủ tục hành chính tại 21 sở, ngành.")
    document.add_paragraph("II- TỒN TẠI, HẠN CHẾ")
    document.add_paragraph("- Công tác phối hợp đôi lúc chưa chặt chẽ.")
    _bold(document, "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024")
    document.add_paragraph("- Đẩy mạnh chuyển đổi số.")
    document.add_paragraph("- Nâng cao chất lượng phục vụ người dân.")
    _bold(document, "IV. KHEN THƯỞNG")
    document.add_paragraph(
        "- Bằng khen của UBND tỉnh cho 6 tập thể và 7 cá nhân "
        "có thành tích xuất sắc trong cải cách hành chính."
    )
    _bold(document, "V. ĐỀ XUẤT, KIẾN NGHỊ")
    document.add_paragraph("- Đề nghị bổ sung biên chế.")
    document.save(path)


def word_features(path: Path) -> None:
    """Heading styles, Word numbering, human tables with merged cells, and content to drop."""
    document = docx.Document()
    document.add_paragraph("Hội nghị tổng kết công tác dân vận năm 2022", style="Title")
    document.add_paragraph("Thời gian: ngày 05 tháng 01 năm 2023")
    document.add_paragraph("Đơn vị tổ chức: Ban Dân vận Huyện ủy")
    document.add_heading("Thành phần", level=1)
    attendance = document.add_table(rows=3, cols=3)
    attendance.style = "Table Grid"
    for cell, text in zip(attendance.rows[0].cells, ("Họ và tên", "Chức vụ", "Vai trò"), strict=True):
        cell.text = text
    for cell, text in zip(attendance.rows[1].cells, ("Lê Văn C", "Bí thư Huyện ủy", "Chủ trì"), strict=True):
        cell.text = text
    for cell, text in zip(attendance.rows[2].cells, ("Các xã, thị trấn", "", "Đại biểu"), strict=True):
        cell.text = text
    document.add_heading("Kết quả", level=1)
    first = document.add_paragraph("Vận động nhân dân hiến 12.000 m2 đất làm đường.", style="List Number")
    document.add_comment(first.runs, text="Kiểm tra lại số liệu", author="Reviewer")
    second = document.add_paragraph("", style="List Number")
    second._p.append(
        parse_xml(
            f'<w:ins {nsdecls("w")} w:id="1" w:author="A" w:date="2023-01-06T00:00:00Z">'
            "<w:r><w:t>Xây dựng 25 mô hình dân vận khéo.</w:t></w:r></w:ins>"
        )
    )
    second._p.append(
        parse_xml(
            f'<w:del {nsdecls("w")} w:id="2" w:author="A" w:date="2023-01-06T00:00:00Z">'
            "<w:r><w:delText> (số cũ)</w:delText></w:r></w:del>"
        )
    )
    picture = document.add_paragraph()
    picture.add_run().add_picture(_stream(_png()), width=Mm(10))
    document.add_heading("Hạn chế", level=1)
    document.add_paragraph("Một số nơi còn hình thức.", style="List Bullet")
    document.add_heading("Khen thưởng", level=1)
    awards = document.add_table(rows=4, cols=4)
    awards.style = "Table Grid"
    for cell, text in zip(awards.rows[0].cells, ("Hình thức", "Cấp khen", "Tập thể", "Cá nhân"), strict=True):
        cell.text = text
    awards.cell(1, 0).merge(awards.cell(2, 0)).text = "Giấy khen"
    for row, values in (
        (1, ("Huyện ủy", "3", "2")),
        (2, ("UBND huyện", "1", "")),
        (3, ("UBND huyện", "", "4")),
    ):
        for column, text in enumerate(values, start=1):
            awards.cell(row, column).text = text
    awards.cell(3, 0).text = "Bằng khen"
    section = document.sections[0]
    section.footer.paragraphs[0].text = "Ban Dân vận Huyện ủy"
    document.save(path)


def english_headings(path: Path) -> None:
    """Headings in English and without diacritics, plain paragraphs as items."""
    document = docx.Document()
    title = document.add_paragraph()
    run = title.add_run("Quarterly review meeting of the district youth union")
    run.bold = True
    run.font.size = Pt(16)
    _bold(document, "RESULTS")
    document.add_paragraph("Organised 14 volunteer campaigns with 2.300 participants.")
    _bold(document, "Han che")
    document.add_paragraph("Attendance in remote communes was low.")
    _bold(document, "NEXT STEPS")
    document.add_paragraph("Hold a summer camp in July.")
    document.save(path)


def free_prose(path: Path) -> None:
    """No report layout at all: a news text without section headings."""
    document = docx.Document()
    document.add_paragraph("Huyện Nghi Lộc sơ kết 6 tháng đầu năm")
    document.add_paragraph(
        "Sáng 8/7, Huyện ủy Nghi Lộc tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2023. "
        "Toàn huyện có 25/30 xã đạt chuẩn nông thôn mới."
    )
    document.add_paragraph("Tuy nhiên, công tác chuyển đổi số còn chậm.")
    document.save(path)


# A Party report as an office's web page or mail shows it: the header and the footer are
# two-column tables whose lines are separated by <br>; LibreOffice saves each <br> of a cell
# as a <w:br/> inside one paragraph, as Word does for Shift+Enter.
PARTY_HTML = """<html><head><meta charset="utf-8"></head><body>
<table border="0" width="100%"><tr><td align="center">HUYỆN ỦY NAM ĐÀN<br><b>BAN DÂN VẬN</b><br>*<br>\
Số 87-BC/BDVHU</td>
<td align="center"><b>ĐẢNG CỘNG SẢN VIỆT NAM</b><br>\
<i>Nam Đàn, ngày 15 tháng 12 năm 2023</i></td></tr></table>
<p align="center"><b>BÁO CÁO</b></p>
<p align="center"><b>Kết quả thực hiện Quy chế dân chủ ở cơ sở năm 2023</b></p>
<p><b>I. KẾT QUẢ ĐẠT ĐƯỢC</b></p>
<p>1. Các cấp ủy tổ chức 64 hội nghị đối thoại với 5.200 lượt người dân.</p>
<p>2. Toàn huyện có 21/23 xã đạt chuẩn nông thôn mới; xây dựng 88 mô hình "Dân vận khéo".</p>
<p><b>II. TỒN TẠI, HẠN CHẾ</b></p>
<p>- Việc giải quyết kiến nghị của nhân dân có nơi còn chậm.</p>
<p><b>III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024</b></p>
<p>1. Tiếp tục thực hiện tốt Quy chế dân chủ ở cơ sở.</p>
<p>2. Nâng cao chất lượng hội nghị đối thoại giữa người đứng đầu cấp ủy với nhân dân.</p>
<table border="0" width="100%"><tr><td><b><i>Nơi nhận:</i></b><br>- Ban Dân vận Tỉnh ủy;<br>\
- Thường trực Huyện ủy;<br>- Lưu: VT.</td>
<td align="center"><b>K/T TRƯỞNG BAN<br>PHÓ TRƯỞNG BAN</b><br><br><br><b>Trần Văn Bình</b></td></tr></table>
</body></html>
"""


def libreoffice_line_breaks(path: Path) -> None:
    """The Party report of ``PARTY_HTML`` saved as .docx by LibreOffice (soffice must be on PATH);
    the HTML is kept beside it, and the two must read to the same report."""
    import shutil
    import subprocess
    import tempfile

    source = path.with_name("input.html")
    source.write_text(PARTY_HTML, encoding="utf-8")
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("libreoffice_line_breaks needs LibreOffice (soffice)")
    with tempfile.TemporaryDirectory() as work:
        command = [soffice, "--headless", f"-env:UserInstallation=file://{work}/profile"]
        command += ["--convert-to", "docx:MS Word 2007 XML", "--outdir", work, str(source)]
        subprocess.run(command, check=True, capture_output=True)
        shutil.copyfile(Path(work) / "input.docx", path)


def _stream(data: bytes) -> Any:
    import io

    return io.BytesIO(data)


CASES: dict[str, Callable[[Path], None]] = {
    "typed_numbering": typed_numbering,
    "word_features": word_features,
    "english_headings": english_headings,
    "free_prose": free_prose,
    "libreoffice_line_breaks": libreoffice_line_breaks,
}


def main(names: list[str]) -> None:
    for name, build in CASES.items():
        if names and name not in names:
            continue
        folder = HERE / name
        folder.mkdir(exist_ok=True)
        build(folder / "input.docx")
        print(f"wrote {folder / 'input.docx'}")


if __name__ == "__main__":
    main(sys.argv[1:])
