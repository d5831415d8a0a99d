"""Builds the cross-format golden inputs: one report typed as .txt, .md, .html and .docx.

    PYTHONPATH=src python tests/golden/cross/build_inputs.py

Each case is written once below as a list of blocks and rendered the way a person would type
it in each format: plain lines in text; ``#``/``##`` headings, ``-`` bullets and pipe tables in
Markdown; ``<h1>``/``<h2>``, ``<p>``, ``<ul>`` and ``<table>`` in HTML; Word's Title, Heading 1
and List Bullet styles (or plain paragraphs, when the case says so) and tables in DOCX. The
outputs are committed; ``expected.json`` and ``expected.messages`` beside them were written by
hand-checking (``DVTOOL_UPDATE_GOLDEN=1`` rewrites them on purpose, then review the diff).
"""

from __future__ import annotations

import html
import sys
from dataclasses import dataclass
from pathlib import Path

import docx

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class B:
    """One block of a case: kind is title, heading, para, bullet, plus (a "+" line) or table."""

    kind: str
    text: str = ""
    level: int = 1
    rows: tuple[tuple[str, ...], ...] = ()
    breaks: bool = False  # a table's cells typed as one paragraph with line breaks (Shift+Enter)


def T(text: str) -> B:
    return B("title", text)


def H(text: str) -> B:
    return B("heading", text)


def H2(text: str) -> B:
    return B("heading", text, level=2)


def P(text: str) -> B:
    return B("para", text)


def L(text: str) -> B:
    return B("bullet", text)


def TAB(*rows: tuple[str, ...]) -> B:
    return B("table", rows=rows)


def TAB_BR(*rows: tuple[str, ...]) -> B:
    """A table whose cells' lines are typed with line breaks: ``<w:br/>`` in Word, ``<br>`` in HTML."""
    return B("table", rows=rows, breaks=True)


LEAD = (
    "Sáng 15/12/2023, Ban Dân vận Huyện ủy Nghi Lộc tổ chức hội nghị tổng kết công tác dân vận "
    "năm 2023. Đồng chí Nguyễn Văn Hùng - Phó Bí thư Thường trực Huyện ủy chủ trì hội nghị."
)

CASES: dict[str, tuple[B, ...]] = {
    # 1. a news article: everything is prose
    "news_article": (
        T("Huyện Nghi Lộc tổng kết công tác dân vận năm 2023"),
        P(LEAD),
        P("Tham dự hội nghị có lãnh đạo Ủy ban MTTQ huyện; các tổ chức chính trị - xã hội huyện."),
        P(
            "Năm 2023, khối dân vận huyện đã vận động nhân dân hiến 12.500 m2 đất làm đường giao thông; "
            "toàn huyện có 25/30 xã đạt chuẩn nông thôn mới."
        ),
        P("Bên cạnh đó, công tác nắm bắt dư luận có lúc chưa kịp thời."),
        P(
            "Năm 2024, khối dân vận tiếp tục đổi mới nội dung, phương thức vận động quần chúng "
            "và nâng cao chất lượng phong trào thi đua dân vận khéo."
        ),
        P("Thanh Hà"),
    ),
    # 2. a structured report: numbered sections with bullets
    "numbered_sections": (
        T("Báo cáo kết quả công tác dân vận năm 2023"),
        H("I. KẾT QUẢ ĐẠT ĐƯỢC"),
        L("Tổ chức 45 cuộc tuyên truyền cho 3.200 lượt người."),
        L("Xây dựng 12 mô hình dân vận khéo."),
        H("II. TỒN TẠI, HẠN CHẾ"),
        L("Công tác phối hợp có lúc chưa chặt chẽ."),
        H("III. NHIỆM VỤ NĂM 2024"),
        L("Tiếp tục nâng cao chất lượng công tác dân vận chính quyền."),
    ),
    # 3. a report typed without diacritics
    "no_diacritics": (
        T("Bao cao ket qua cong tac dan van nam 2023"),
        H("I. KET QUA DAT DUOC"),
        L("To chuc 45 cuoc tuyen truyen."),
        H("II. TON TAI, HAN CHE"),
        L("Cong tac phoi hop co luc chua chat che."),
        H("III. NHIEM VU NAM 2024"),
        L("Tiep tuc nang cao chat luong cong tac dan van."),
    ),
    # 4. the awards sentence under a Khen thưởng section
    "awards_sentence": (
        T("Hội nghị tổng kết phong trào thi đua năm 2023"),
        H("I. KẾT QUẢ ĐẠT ĐƯỢC"),
        L("Phong trào thi đua được triển khai sâu rộng."),
        H("II. KHEN THƯỞNG"),
        L("Bằng khen của UBND tỉnh cho 6 tập thể và 7 cá nhân."),
        L("Giấy khen của Chủ tịch UBND huyện cho 10 tập thể."),
    ),
    # 5. an attendees list
    "attendees_list": (
        T("Hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2023"),
        H("I. THÀNH PHẦN THAM DỰ"),
        L("Lãnh đạo Ban Dân vận Tỉnh ủy"),
        L("Đại diện các sở, ban, ngành cấp tỉnh"),
        L("Ban Dân vận các huyện, thành phố"),
        H("II. KẾT QUẢ ĐẠT ĐƯỢC"),
        L("Các cấp tổ chức 120 buổi đối thoại với nhân dân."),
    ),
    # 6. labelled lines under the title, then sections
    "labelled_lines": (
        T("Hội nghị triển khai nhiệm vụ công tác dân vận năm 2024"),
        P("Thời gian: Sáng ngày 10 tháng 01 năm 2024"),
        P("Địa điểm: Hội trường Huyện ủy"),
        P("Chủ trì: đồng chí Lê Văn Nam - Bí thư Huyện ủy"),
        H("I. KẾT QUẢ ĐẠT ĐƯỢC"),
        L("Hoàn thành 100% chỉ tiêu được giao."),
        H("II. NHIỆM VỤ NĂM 2024"),
        L("Tập trung thực hiện tốt quy chế dân chủ ở cơ sở."),
    ),
    # 7. remarks with a speaker
    "remarks_section": (
        T("Hội nghị giao ban công tác dân vận quý I năm 2024"),
        H("I. KẾT QUẢ ĐẠT ĐƯỢC"),
        L("Tổ chức 8 hội nghị chuyên đề."),
        H("II. Ý KIẾN CHỈ ĐẠO"),
        L("Đồng chí Trần Thị Lan đề nghị các đơn vị khắc phục hạn chế trong quý II."),
    ),
    # 8. a table of figures under the results
    "figures_table": (
        T("Báo cáo kết quả thực hiện các chỉ tiêu năm 2023"),
        H("I. KẾT QUẢ ĐẠT ĐƯỢC"),
        TAB(
            ("Chỉ tiêu", "Kết quả"),
            ("Số hội viên mới", "1.250 người"),
            ("Số mô hình", "35 mô hình"),
        ),
        H("II. TỒN TẠI, HẠN CHẾ"),
        L("Một số chỉ tiêu đạt thấp."),
    ),
    # 9. English headings
    "english_headings": (
        T("Annual review of mass mobilization work 2023"),
        H("RESULTS"),
        L("Tổ chức 30 lớp tập huấn."),
        H("LIMITATIONS"),
        L("Kinh phí còn hạn chế."),
        H("TASKS"),
        L("Mở rộng mô hình dân vận khéo."),
    ),
    # 10. a sub-heading inside a section
    "subheadings": (
        T("Báo cáo tổng kết công tác Mặt trận năm 2023"),
        H("I. KẾT QUẢ ĐẠT ĐƯỢC"),
        H2("1. Công tác tuyên truyền"),
        L("Tổ chức 60 buổi tuyên truyền."),
        H2("2. Công tác giám sát"),
        L("Thực hiện 24 cuộc giám sát."),
        H("II. NHIỆM VỤ NĂM 2024"),
        L("Đẩy mạnh công tác giám sát, phản biện xã hội."),
    ),
    # 11. a news article with an award sentence and remarks in prose
    "news_with_awards": (
        T("Hội Cựu chiến binh huyện tổng kết năm 2023"),
        P(
            "Chiều 20/12/2023, Hội Cựu chiến binh huyện Con Cuông tổ chức hội nghị tổng kết công tác Hội "
            "năm 2023. Đồng chí Lê Văn Bình - Chủ tịch Hội chủ trì hội nghị."
        ),
        P("Năm 2023, các cấp Hội đã kết nạp 150 hội viên mới."),
        P("Dịp này, UBND huyện tặng Giấy khen cho 4 tập thể và 6 cá nhân có thành tích xuất sắc."),
    ),
    # 12. the tasks heading gives the plan year; the results give no year
    "plan_year_heading": (
        T("Hội nghị sơ kết công tác dân vận chính quyền"),
        H("I. KẾT QUẢ ĐẠT ĐƯỢC"),
        L("Giải quyết 98% đơn thư đúng hạn."),
        H("II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025"),
        L("Nâng cao chất lượng tiếp công dân."),
    ),
    # 13. a state report: header as a two-column table, a table of indicators, Nơi nhận and
    # the signature as the footer table
    "official_state_table": (
        TAB(
            ("UBND HUYỆN THANH CHƯƠNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("BAN CHỈ ĐẠO XÂY DỰNG NÔNG THÔN MỚI", "Độc lập - Tự do - Hạnh phúc"),
            ("Số: 25/BC-BCĐ", "Thanh Chương, ngày 22 tháng 12 năm 2023"),
        ),
        P("BÁO CÁO"),
        P("Kết quả xây dựng nông thôn mới năm 2023"),
        P("Kính gửi: Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh Nghệ An"),
        H("I. KẾT QUẢ ĐẠT ĐƯỢC"),
        L("Toàn huyện huy động 12.400 ngày công làm đường giao thông nông thôn."),
        L("Nhân dân hiến 3,5 ha đất và đóng góp 2,6 tỷ đồng."),
        H("II. TỒN TẠI, HẠN CHẾ"),
        L("Tiến độ xây dựng xã nông thôn mới nâng cao ở một số xã còn chậm."),
        H("III. NHIỆM VỤ NĂM 2024"),
        L("Phấn đấu có thêm 3 xã đạt chuẩn nông thôn mới nâng cao."),
        TAB(
            (
                "Nơi nhận:\n- Ban Chỉ đạo tỉnh;\n- Thường trực Huyện ủy;\n- Lưu: VT.",
                "TM. BAN CHỈ ĐẠO\nTRƯỞNG BAN\nNguyễn Văn Hùng",
            ),
        ),
    ),
    # 14. a Party report: the header typed as paragraphs, Nơi nhận and the signature as lines
    "official_party_lines": (
        P("TỈNH ỦY NGHỆ AN"),
        P("BAN DÂN VẬN"),
        P("Số 112-BC/BDVTU"),
        P("ĐẢNG CỘNG SẢN VIỆT NAM"),
        P("Nghệ An, ngày 20 tháng 12 năm 2023"),
        P("BÁO CÁO"),
        P("Tổng kết công tác dân vận năm 2023"),
        H("I. KẾT QUẢ ĐẠT ĐƯỢC"),
        L("Các cấp ủy tổ chức 215 hội nghị đối thoại với 18.600 lượt người dân."),
        L("Xây dựng 340 mô hình dân vận khéo, tăng 25 mô hình so với năm 2022."),
        H("II. TỒN TẠI, HẠN CHẾ"),
        L("Việc nắm bắt tâm tư, nguyện vọng của nhân dân có nơi chưa kịp thời."),
        H("III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024"),
        L("Tiếp tục nâng cao chất lượng phong trào thi đua dân vận khéo."),
        P("Nơi nhận:"),
        L("Ban Dân vận Trung ương;"),
        L("Thường trực Tỉnh ủy;"),
        L("Lưu VT."),
        P("K/T TRƯỞNG BAN"),
        P("PHÓ TRƯỞNG BAN"),
        P("Lê Thị Hoa"),
    ),
    # 15. a notice of conclusions: the meeting date, chair and attendees come from its opening;
    # the issue day is left blank for signing
    "notice_of_conclusions": (
        TAB(
            ("ỦY BAN NHÂN DÂN HUYỆN NAM ĐÀN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("VĂN PHÒNG", "Độc lập - Tự do - Hạnh phúc"),
            ("Số: /TB-VP", "Nam Đàn, ngày      tháng 4 năm 2026"),
        ),
        P("THÔNG BÁO"),
        P(
            "Kết luận của đồng chí Trần Văn Minh, Chủ tịch UBND huyện tại buổi làm việc "
            "về công tác giải phóng mặt bằng"
        ),
        P(
            "Ngày 16/4/2026, đồng chí Trần Văn Minh - Chủ tịch UBND huyện đã chủ trì buổi làm việc với các "
            "phòng, ban chuyên môn về công tác giải phóng mặt bằng. Tham dự có đồng chí Hồ Thị Lan - "
            "Phó Chủ tịch UBND huyện và lãnh đạo các xã có dự án."
        ),
        P("Sau khi nghe báo cáo và ý kiến của các đại biểu, đồng chí Chủ tịch UBND huyện kết luận như sau:"),
        P("1. Phòng Tài nguyên và Môi trường hoàn thành hồ sơ thu hồi đất của 45 hộ trước ngày 30/5/2026."),
        P("2. UBND các xã tuyên truyền, vận động nhân dân bàn giao mặt bằng đúng tiến độ."),
        P("Văn phòng UBND huyện thông báo để các cơ quan, đơn vị biết, thực hiện./."),
        TAB(
            (
                "Nơi nhận:\n- Chủ tịch, các Phó Chủ tịch UBND huyện;\n"
                "- Các phòng, ban liên quan;\n- Lưu: VT.",
                "KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n(đã ký)\nPhan Thị Thu",
            ),
        ),
    ),
    # 16. a table of indicators under the results (a merged header over two columns) and an
    # appendix table after the signature
    "indicators_table": (
        P("UBND HUYỆN ĐÔ LƯƠNG"),
        P("PHÒNG NÔNG NGHIỆP VÀ PTNT"),
        P("Số: 87/BC-NN"),
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        P("Độc lập - Tự do - Hạnh phúc"),
        P("Đô Lương, ngày 05 tháng 01 năm 2024"),
        P("BÁO CÁO"),
        P("Kết quả thực hiện các chỉ tiêu sản xuất nông nghiệp năm 2023"),
        H("I. KẾT QUẢ ĐẠT ĐƯỢC"),
        TAB(
            ("STT", "Chỉ tiêu", "ĐVT", "Năm 2023", "Năm 2023", "Tỷ lệ (%)"),
            ("", "", "", "Kế hoạch", "Thực hiện", ""),
            ("1", "Diện tích lúa gieo cấy", "ha", "9.200", "9.350", "101,6"),
            ("2", "Sản lượng lương thực", "tấn", "62.000", "63.480", "102,4"),
            ("3", "Số xã đạt chuẩn nông thôn mới nâng cao", "xã", "5", "4", "80"),
        ),
        H("II. TỒN TẠI, HẠN CHẾ"),
        L("Giá trị sản xuất trên một ha đất canh tác giảm 2,5% so với năm 2022."),
        H("III. NHIỆM VỤ NĂM 2024"),
        L("Chuyển đổi 150 ha đất lúa kém hiệu quả sang trồng rau màu."),
        TAB(
            ("Nơi nhận:\n- UBND huyện;\n- Lưu: VT.", "TRƯỞNG PHÒNG\nĐặng Văn Quý"),
        ),
        P("PHỤ LỤC"),
        P("Biểu số 01: Kết quả tiêm phòng gia súc, gia cầm năm 2023"),
        TAB(
            ("STT", "Chỉ tiêu", "ĐVT", "Thực hiện"),
            ("1", "Tiêm phòng lở mồm long móng", "lượt", "48.500"),
            ("2", "Tiêm phòng cúm gia cầm", "lượt", "320.000"),
        ),
    ),
    # 17. items numbered and lettered as offices type them: the marker is never a figure, a
    # "+" line stays under its item; units offices use; a decrease is no growth
    "numbered_items": (
        T("Báo cáo kết quả công tác dân vận năm 2023"),
        H("I. KẾT QUẢ ĐẠT ĐƯỢC"),
        P("1.1. Tổ chức 25 buổi tuyên truyền cho 1.200 lượt người."),
        P("a) Vận động 340 hộ hiến 2,8 ha đất."),
        L("Làm mới 12 km đường giao thông nông thôn."),
        B("plus", "Trong đó 4 km đường bê tông."),
        L("Đóng góp 2,5 tỷ đồng và 850 triệu đồng ngày công."),
        L("Thu gom 15 tấn rác thải nhựa, số vụ vi phạm giảm 2,5% so với năm 2022."),
        H("II. NHIỆM VỤ NĂM 2024"),
        L("Đạt 100% kế hoạch vận động hiến đất."),
    ),
    # 18. a Party report whose header and footer cells are typed with line breaks (Shift+Enter),
    # as offices type them and as LibreOffice saves an HTML cell's <br>: each break is a line
    "official_party_breaks": (
        TAB_BR(
            (
                "HUYỆN ỦY THANH CHƯƠNG\nBAN DÂN VẬN\n*\nSố 112-BC/BDVHU",
                "ĐẢNG CỘNG SẢN VIỆT NAM\nThanh Chương, ngày 22 tháng 12 năm 2023",
            ),
        ),
        P("BÁO CÁO"),
        P("Tổng kết công tác dân vận năm 2023, phương hướng, nhiệm vụ năm 2024"),
        H("I. KẾT QUẢ ĐẠT ĐƯỢC"),
        L("Toàn huyện xây dựng 125 mô hình dân vận khéo, tăng 12 mô hình so với năm 2022."),
        L("Vận động xây dựng 45 nhà Đại đoàn kết với tổng kinh phí 2,25 tỷ đồng."),
        H("II. TỒN TẠI, HẠN CHẾ"),
        L("Công tác nắm tình hình nhân dân có lúc chưa kịp thời."),
        H("III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024"),
        L("Phối hợp tổ chức tốt hội nghị đối thoại giữa người đứng đầu cấp ủy với nhân dân."),
        TAB_BR(
            (
                "Nơi nhận:\n- Ban Dân vận Tỉnh ủy;\n- Thường trực Huyện ủy;\n- Lưu: VT.",
                "T/M BAN DÂN VẬN\nTRƯỞNG BAN\n\n\nNguyễn Thị Hoa",
            ),
        ),
    ),
}


# -- renderers ---------------------------------------------------------------------------------


def _multi_line(b: B) -> bool:
    return any("\n" in cell for row in b.rows for cell in row)


def _typed_columns(b: B) -> list[str]:
    """A table whose cells hold several lines (Nơi nhận beside the signature), typed as text
    is typed: each line of the left column, then spaces, then the right column's line."""
    out: list[str] = []
    for row in b.rows:
        columns = [cell.split("\n") for cell in row]
        for i in range(max(len(c) for c in columns)):
            out.append("        ".join(c[i] if i < len(c) else "" for c in columns).strip())
    return out


def _html_cell(text: str, breaks: bool = False) -> str:
    lines = text.split("\n")
    if breaks:
        return "<br>".join(html.escape(x) for x in lines)
    return html.escape(lines[0]) if len(lines) == 1 else "".join(f"<p>{html.escape(x)}</p>" for x in lines)


def to_text(blocks: tuple[B, ...]) -> str:
    out: list[str] = []
    for b in blocks:
        if b.kind == "bullet":
            out.append(f"- {b.text}")
        elif b.kind == "plus":
            out.append(f"+ {b.text}")
        elif b.kind == "table" and _multi_line(b):
            out.extend(_typed_columns(b))
        elif b.kind == "table" and any("" in row for row in b.rows):
            out.extend("| " + " | ".join(row) + " |" for row in b.rows)  # empty cells need the outer pipes
        elif b.kind == "table":
            out.extend(" | ".join(row) for row in b.rows)
        else:
            out.append(b.text)
    return "\n\n".join(out) + "\n"


def to_markdown(blocks: tuple[B, ...]) -> str:
    out: list[str] = []
    for b in blocks:
        if b.kind == "title":
            out.append(f"# {b.text}")
        elif b.kind == "heading":
            out.append(f"{'#' * (b.level + 1)} {b.text}")
        elif b.kind == "bullet":
            out.append(f"- {b.text}")
        elif b.kind == "plus":
            out.append(f"+ {b.text}")
        elif b.kind == "table" and _multi_line(b):
            out.extend(_typed_columns(b))
        elif b.kind == "table":
            head, *body = b.rows
            lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
            lines += ["| " + " | ".join(row) + " |" for row in body]
            out.append("\n".join(lines))
        else:
            out.append(b.text)
    return "\n\n".join(out) + "\n"


def to_html(blocks: tuple[B, ...]) -> str:
    head = '<html lang="vi"><head><meta charset="utf-8"><title>Báo cáo</title></head><body>'
    out = ["<!DOCTYPE html>", head]
    in_list = False
    for b in blocks:
        if b.kind != "bullet" and in_list:
            out.append("</ul>")
            in_list = False
        text = html.escape(b.text)
        if b.kind == "title":
            out.append(f"<h1>{text}</h1>")
        elif b.kind == "heading":
            out.append(f"<h{b.level + 1}>{text}</h{b.level + 1}>")
        elif b.kind == "bullet":
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li>{text}</li>")
        elif b.kind == "table":
            cells = ("".join(f"<td>{_html_cell(c, b.breaks)}</td>" for c in row) for row in b.rows)
            rows = "".join(f"<tr>{r}</tr>" for r in cells)
            out.append(f"<table>{rows}</table>")
        elif b.kind == "plus":
            out.append(f"<p>+ {text}</p>")
        else:
            out.append(f"<p>{text}</p>")
    if in_list:
        out.append("</ul>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def to_docx(blocks: tuple[B, ...], path: Path) -> None:
    document = docx.Document()
    for b in blocks:
        if b.kind == "title":
            document.add_paragraph(b.text, style="Title")
        elif b.kind == "heading":
            document.add_paragraph(b.text, style=f"Heading {b.level}")
        elif b.kind == "bullet":
            document.add_paragraph(b.text, style="List Bullet")
        elif b.kind == "plus":
            document.add_paragraph(f"+ {b.text}")
        elif b.kind == "table":
            table = document.add_table(rows=len(b.rows), cols=len(b.rows[0]))
            for r, row in enumerate(b.rows):
                for c, cell in enumerate(row):
                    if b.breaks:  # one paragraph; python-docx writes each "\n" as <w:br/>
                        table.cell(r, c).paragraphs[0].add_run(cell)
                        continue
                    lines = cell.split("\n")
                    table.cell(r, c).text = lines[0]
                    for line in lines[1:]:
                        table.cell(r, c).add_paragraph(line)
        else:
            document.add_paragraph(b.text)
    document.save(str(path))


def main() -> None:
    names = sys.argv[1:] or list(CASES)
    for name in names:
        folder = HERE / name
        folder.mkdir(exist_ok=True)
        blocks = CASES[name]
        (folder / "input.txt").write_text(to_text(blocks), encoding="utf-8")
        (folder / "input.md").write_text(to_markdown(blocks), encoding="utf-8")
        (folder / "input.html").write_text(to_html(blocks), encoding="utf-8")
        to_docx(blocks, folder / "input.docx")


if __name__ == "__main__":
    main()
