"""Official documents in Word: NĐ 30/2020 (state) and Hướng dẫn 36 (party) layouts, goldens.

``tests/golden/official/<case>/report.json`` is written to DOCX; the visible text, block by
block (a table cell per line, in reading order), must equal ``expected.txt`` beside it
(``DVTOOL_UPDATE_GOLDEN=1`` rewrites it on purpose). Every format reads the report back exactly.
"""

from __future__ import annotations

import dataclasses
import io
import os
from pathlib import Path
from typing import Any

import docx
import pytest

from dvtool.formats import ReadOptions, WriteOptions
from dvtool.model import Item, OfficialDocument, Report, Signer
from dvtool.readers import json as json_reader
from dvtool.readers import markdown as md_reader
from dvtool.readers import yaml as yaml_reader
from dvtool.readers.docx import read as read_docx
from dvtool.writers import docx as docx_writer
from dvtool.writers import markdown as md_writer
from dvtool.writers import yaml as yaml_writer
from dvtool.writers.docx import metrics, official

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "official"
CASES = sorted(p.name for p in GOLDEN.iterdir() if (p / "report.json").exists())
UPDATE = os.environ.get("DVTOOL_UPDATE_GOLDEN") == "1"


def load(case: str) -> Report:
    return json_reader.read(
        (GOLDEN / case / "report.json").read_bytes(), ReadOptions(source="report.json")
    ).value


def visible_text(data: bytes) -> str:
    """Paragraphs and table cells in document order, one line each; a table row as "a | b"."""
    document = docx.Document(io.BytesIO(data))
    lines: list[str] = []
    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append("".join(t.text or "" for t in block.iter(docx.oxml.ns.qn("w:t"))))
        elif tag == "tbl":
            table: Any = docx.table.Table(block, document)
            for row in table.rows:
                lines.append(" | ".join(" / ".join(p.text for p in cell.paragraphs) for cell in row.cells))
    return "\n".join(line.rstrip() for line in lines) + "\n"


@pytest.mark.parametrize("case", CASES)
def test_the_official_layout_matches_its_golden(case: str) -> None:
    written = docx_writer.write(load(case), WriteOptions())
    assert written.warnings() == ()
    text = visible_text(written.value)
    expected = GOLDEN / case / "expected.txt"
    if UPDATE:
        expected.write_text(text, encoding="utf-8")
    assert text == expected.read_text(encoding="utf-8")


@pytest.mark.parametrize("case", CASES)
def test_every_format_reads_the_official_report_back_exactly(case: str) -> None:
    report = load(case)
    assert read_docx(docx_writer.write(report, WriteOptions()).value, ReadOptions("x.docx")).value == report
    for writer, reader in ((md_writer, md_reader), (yaml_writer, yaml_reader)):
        written = writer.write(report, WriteOptions())
        assert written.warnings() == ()
        assert reader.read(written.value, ReadOptions("x")).value == report


def test_a_state_document_has_the_quoc_hieu_and_a_numbered_line_with_a_colon() -> None:
    text = visible_text(docx_writer.write(load("state"), WriteOptions()).value)
    first = text.splitlines()[0]
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in first and "ĐẢNG CỘNG SẢN" not in text
    assert "Số: 25/BC-BCĐ | Thanh Chương, ngày 22 tháng 12 năm 2023" in text
    assert "Nơi nhận:" in text and "Nguyễn Văn Hùng" in text.splitlines()[-1]


def test_a_party_document_has_the_party_line_a_star_and_no_colon_after_so() -> None:
    text = visible_text(docx_writer.write(load("party"), WriteOptions()).value)
    assert "CỘNG HÒA" not in text
    assert text.splitlines()[0] == "TỈNH ỦY NGHỆ AN / BAN DÂN VẬN / * | ĐẢNG CỘNG SẢN VIỆT NAM /"
    assert "Số 112-BC/BDVTU | Nghệ An, ngày" in text  # the day is left blank for signing


def test_related_headlines_are_not_printed_but_come_back() -> None:
    report = load("party")
    data = docx_writer.write(report, WriteOptions()).value
    assert report.related and report.related[0] not in visible_text(data)
    assert read_docx(data, ReadOptions("x.docx")).value.related == report.related


@pytest.mark.parametrize(
    ("publisher", "party"),
    [
        ("Ban Dân vận Tỉnh ủy", True),
        ("ĐẢNG ỦY XÃ NAM ANH", True),
        ("Huyện ủy Thanh Chương", True),
        ("UBND tỉnh Nghệ An", False),
        ("Ủy ban MTTQ Việt Nam tỉnh", False),
        (None, False),
    ],
)
def test_without_a_document_the_national_line_follows_the_publisher(
    publisher: str | None, party: bool
) -> None:
    text = visible_text(
        docx_writer.write(Report(title="Hội nghị", publisher=publisher), WriteOptions()).value
    )
    first = text.splitlines()[0]
    assert ("ĐẢNG CỘNG SẢN VIỆT NAM" in first) is party
    assert ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in first) is not party


def _left_header_rules(publisher: str | None) -> int:
    """How many drawn rules (bordered paragraphs) the left header cell has."""
    written = docx_writer.write(Report(title="Hội nghị", publisher=publisher), WriteOptions()).value
    cell = docx.Document(io.BytesIO(written)).tables[0].rows[0].cells[0]
    return sum(1 for p in cell.paragraphs if p._p.find(".//" + docx.oxml.ns.qn("w:pBdr")) is not None)


@pytest.mark.parametrize(("publisher", "rules"), [(None, 0), ("", 0), ("UBND huyện Thanh Chương", 1)])
def test_a_rule_is_drawn_only_under_an_issuing_body(publisher: str | None, rules: int) -> None:
    assert _left_header_rules(publisher) == rules


@pytest.mark.parametrize(
    ("date", "text"),
    [
        ("2023-12-22", "Thanh Chương, ngày 22 tháng 12 năm 2023"),
        ("2020-01-05", "Thanh Chương, ngày 05 tháng 01 năm 2020"),
        ("2018-04-03", "Thanh Chương, ngày 03 tháng 4 năm 2018"),
    ],
)
def test_the_issue_date_follows_the_header_date_style(date: str, text: str) -> None:
    assert official.place_date("Thanh Chương", date) == text


def test_a_document_system_wins_over_the_publisher_guess() -> None:
    document = OfficialDocument(issuer="BAN DÂN VẬN", system="state")
    assert official.system_of(document, "Ban Dân vận Tỉnh ủy") == "state"
    assert official.system_of(OfficialDocument(parent_issuer="TỈNH ỦY NGHỆ AN"), None) == "party"


def _edit(data: bytes, old: str, new: str) -> bytes:
    document = docx.Document(io.BytesIO(data))
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    for run in paragraph.runs:
                        run.text = run.text.replace(old, new)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_an_edited_signature_is_a_warning_not_a_silent_loss() -> None:
    report = load("state")
    data = _edit(docx_writer.write(report, WriteOptions()).value, "Nguyễn Văn Hùng", "Trần Văn An")
    result = read_docx(data, ReadOptions("x.docx"))
    assert [(m.code, m.pointer) for m in result.warnings()] == [("docx-document-edited", "/document")]
    assert result.value.document == report.document


def test_an_untouched_official_document_reads_without_warnings() -> None:
    report = load("party")
    data = _edit(docx_writer.write(report, WriteOptions()).value, "no such text", "x")
    result = read_docx(data, ReadOptions("x.docx"))
    assert result.warnings() == () and result.value == report


@pytest.mark.parametrize(
    ("kind", "title", "printed"),
    [
        ("THÔNG BÁO", "THÔNG BÁO V/v kết quả thực hiện các chỉ tiêu", "V/v kết quả thực hiện các chỉ tiêu"),
        ("BÁO CÁO", "Báo cáo Kết quả kiểm tra năm 2023", "Kết quả kiểm tra năm 2023"),
        ("BÁO CÁO", "Kết quả kiểm tra năm 2023", "Kết quả kiểm tra năm 2023"),
        ("BÁO CÁO", "BÁO CÁO", "BÁO CÁO"),
    ],
)
def test_the_kind_is_not_printed_twice_but_the_title_comes_back_whole(
    kind: str, title: str, printed: str
) -> None:
    """A newcomer saw "THÔNG BÁO" and then "THÔNG BÁO V/v …" on the page of a read notice: the
    trích yếu under the kind line leaves out the kind it opens with; the report keeps it."""
    report = Report(title=title, document=OfficialDocument(kind=kind, issuer="UBND huyện Krông Nô"))
    written = docx_writer.write(report, WriteOptions()).value
    paragraphs = [p.text for p in docx.Document(io.BytesIO(written)).paragraphs]
    assert paragraphs[paragraphs.index(kind) + 1] == printed
    assert read_docx(written, ReadOptions("x.docx")).value.title == title


# -- a report a colleague can sign (trial 9 item 10) -------------------------------------------

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _written(report: Report) -> Any:
    return docx.Document(io.BytesIO(docx_writer.write(report, WriteOptions()).value))


def test_the_signature_row_never_splits_and_the_body_end_goes_with_it() -> None:
    document = _written(load("state"))
    footer = document.tables[-1]
    assert footer.rows[0]._tr.find(f"{W}trPr/{W}cantSplit") is not None
    before = footer._tbl.getprevious()
    assert before.find(f"{W}pPr/{W}keepNext") is not None  # the spacer
    assert before.getprevious().find(f"{W}pPr/{W}keepNext") is not None  # the last item


@pytest.mark.parametrize(
    ("recipients", "lines"),
    [
        (
            ("Ban Dân vận Tỉnh ủy", "Thường trực Huyện ủy", "Lưu: VT."),
            ("- Ban Dân vận Tỉnh ủy;", "- Thường trực Huyện ủy;", "- Lưu: VT."),
        ),
        (("Như trên;", "Lưu: VT, CN"), ("- Như trên;", "- Lưu: VT, CN")),
        (("Sở Nội vụ (b/c)", "Lưu"), ("- Sở Nội vụ (b/c);", "- Lưu")),
    ],
)
def test_each_nơi_nhận_line_but_the_last_ends_with_a_semicolon(
    recipients: tuple[str, ...], lines: tuple[str, ...]
) -> None:
    last = len(recipients) - 1
    assert tuple(official.recipient_line(r, last=i == last) for i, r in enumerate(recipients)) == lines
    report = Report(title="Báo cáo", document=OfficialDocument(kind="BÁO CÁO", recipients=recipients))
    cell = _written(report).tables[-1].rows[0].cells[0]
    assert tuple(p.text for p in cell.paragraphs[1:]) == lines
    assert read_docx(docx_writer.write(report, WriteOptions()).value, ReadOptions("x.docx")).value == report


def _numbering(paragraph: Any) -> str | None:
    num = paragraph._p.find(f"{W}pPr/{W}numPr/{W}numId")
    return None if num is None else str(num.get(f"{W}val"))


def test_an_official_reports_points_are_numbered_again_in_each_part() -> None:
    report = Report(
        title="Báo cáo kết quả năm 2023",
        results=(Item("Xây dựng 12 mô hình."), Item("Tổ chức 5 hội nghị.")),
        tasks=(Item("Tiếp tục vận động nhân dân."),),
        document=OfficialDocument(kind="BÁO CÁO", issuer="BAN DÂN VẬN"),
    )
    document = _written(report)
    items = [p for p in document.paragraphs if p.style.name == "List Bullet"]
    ids = [_numbering(p) for p in items]
    assert None not in ids and ids[0] == ids[1] != ids[2]  # one list per part, restarting at 1
    numbering = document.part.numbering_part.element
    for num_id in set(ids):
        num = next(n for n in numbering.iter(f"{W}num") if n.get(f"{W}numId") == num_id)
        assert num.find(f"{W}lvlOverride/{W}startOverride").get(f"{W}val") == "1"
        abstract_id = num.find(f"{W}abstractNumId").get(f"{W}val")
        abstract = next(
            a for a in numbering.iter(f"{W}abstractNum") if a.get(f"{W}abstractNumId") == abstract_id
        )
        assert abstract.find(f"{W}lvl/{W}numFmt").get(f"{W}val") == "decimal"
        assert abstract.find(f"{W}lvl/{W}lvlText").get(f"{W}val") == "%1."
    assert [p.text for p in items] == [i.text for i in (*report.results, *report.tasks)]
    assert read_docx(docx_writer.write(report, WriteOptions()).value, ReadOptions("x.docx")).value == report


def test_a_news_reports_items_stay_dash_items() -> None:
    report = Report(title="Hội nghị", results=(Item("Xây dựng 12 mô hình."),))
    items = [p for p in _written(report).paragraphs if p.style.name == "List Bullet"]
    assert [_numbering(p) for p in items] == [None]


def _labels(report: Report) -> list[str]:
    return [p.text.split(":")[0] for p in _written(report).paragraphs if ": " in p.text]


def test_an_official_report_prints_no_label_line_its_frame_already_shows() -> None:
    signer = Signer(name="Nguyễn Thị Hoa", position="TRƯỞNG BAN", authority="T/M BAN DÂN VẬN")
    document = OfficialDocument(kind="BÁO CÁO", issuer="BAN DÂN VẬN", date="2023-12-22", signer=signer)
    report = Report(
        title="Tổng kết công tác dân vận năm 2023",
        date="2023-12-22",
        reporting_year=2023,
        plan_year=2024,
        author="Nguyễn Thị Hoa",
        tasks=(Item("Tiếp tục vận động nhân dân."),),
        document=document,
    )
    assert official.shown_by_frame(report) == {"date", "reporting_year", "plan_year", "author"}
    assert _labels(report) == []
    assert read_docx(docx_writer.write(report, WriteOptions()).value, ReadOptions("x.docx")).value == report
    # what the frame does not show is printed: a meeting held before the issue date, its place,
    # a year the trích yếu does not name, a plan year with no tasks heading, another author
    other = dataclasses.replace(
        report,
        date="2023-12-15",
        location="Hội trường Huyện ủy",
        title="Tổng kết công tác dân vận",
        tasks=(),
        author="Lê Văn Sơn",
    )
    assert official.shown_by_frame(other) == set()
    assert _labels(other) == ["Thời gian", "Địa điểm", "Năm báo cáo", "Năm kế hoạch", "Người viết"]
    # a news report keeps every line
    news = dataclasses.replace(report, document=None)
    assert _labels(news) == ["Thời gian", "Năm báo cáo", "Năm kế hoạch", "Người viết"]


@pytest.mark.parametrize(
    ("place", "date_pt", "left_kept"),
    # "Thanh Chương, ngày …" at 14 pt would leave the issuing body too little room once both
    # columns keep 5% to spare for font differences (trial 15): 13 pt, which NĐ 30 allows
    [("Thanh Chương", 13, True), ("Nghệ An", 14, True), ("Thành phố Hồ Chí Minh", 13, False)],
)
def test_the_place_and_date_line_gets_a_column_it_fits_in(
    place: str, date_pt: float, left_kept: bool
) -> None:
    line = official.place_date(place, "2023-12-22")
    left = [("HUYỆN ỦY THANH CHƯƠNG", False), ("BAN DÂN VẬN", True), ("Số 112-BC/BDVHU", False)]
    fit = official.fit_header(official.PARTY, left, [("ĐẢNG CỘNG SẢN VIỆT NAM", 15, True)], line)
    assert fit.date_pt == date_pt
    margins = 2 * official.HEADER_MARGIN_MM
    assert fit.right_mm >= metrics.width_mm(line, fit.date_pt, "italic") * 1.05 + margins
    assert fit.left_mm + fit.right_mm == pytest.approx(official.PARTY.left_mm + official.PARTY.right_mm)
    # the issuing body keeps its line unless the date needs the room (then its name wraps)
    longest = metrics.width_mm("HUYỆN ỦY THANH CHƯƠNG", 14, "regular") + margins
    assert (fit.left_mm >= longest) is left_kept and fit.left_mm >= 55


def test_a_header_that_fits_keeps_the_layouts_columns() -> None:
    left = [("TỈNH ỦY NGHỆ AN", False), ("BAN DÂN VẬN", True)]
    fit = official.fit_header(
        official.PARTY, left, [("ĐẢNG CỘNG SẢN VIỆT NAM", 15, True)], "Vinh, ngày 05 tháng 01 năm 2024"
    )
    assert (fit.left_mm, fit.right_mm, fit.date_pt) == (official.PARTY.left_mm, official.PARTY.right_mm, 14)


def test_text_widths_match_the_measured_quoc_hieu() -> None:
    # vn-documents.md: the Quốc hiệu at 13 pt bold is about 96 mm wide in Liberation Serif
    assert 94 <= metrics.width_mm("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, "bold") <= 98


# -- the header on one line in Word and LibreOffice (trial 15 items 7 and 9) --------------------

# Widths measured in LibreOffice 7.4 (pdftotext -bbox of the line alone): with Liberation Serif
# 1.07, which draws Ộ, Ủ, Ệ from DejaVu Serif; Liberation Serif 2 and Times New Roman are ~2%
# narrower (95.6 mm for the Quốc hiệu).
MEASURED_MM = {
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM": 97.6,
    "Độc lập - Tự do - Hạnh phúc": 63.4,
    "ĐẢNG CỘNG SẢN VIỆT NAM": 74.4,
    "UBND HUYỆN THANH CHƯƠNG": 69.7,
}


def _header_text_widths(report: Report) -> tuple[float, float]:
    """The text width (mm) of the header table's left and right column: the column less its
    left and right cell margins, as written in the XML."""
    table = _written(report).tables[0]._tbl
    grid = [int(c.get(f"{W}w")) for c in table.findall(f"{W}tblGrid/{W}gridCol")]
    margins = table.find(f"{W}tblPr/{W}tblCellMar")
    # without tblCellMar, Word's default: 108 twips a side
    sides = () if margins is None else [margins.find(f"{W}{side}") for side in ("left", "right")]
    pad = sum(int(side.get(f"{W}w")) for side in sides) if sides else 216
    left, right = ((width - pad) / 56.6929 for width in grid)
    return left, right


@pytest.mark.parametrize(
    ("case", "right_lines", "left_lines"),
    [
        (
            "state",
            ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"),
            ("UBND HUYỆN THANH CHƯƠNG",),
        ),
        ("party", ("ĐẢNG CỘNG SẢN VIỆT NAM",), ()),
    ],
)
def test_the_national_line_fits_its_column_with_millimetres_to_spare(
    case: str, right_lines: tuple[str, ...], left_lines: tuple[str, ...]
) -> None:
    """NĐ 30: the Quốc hiệu is one line of 12-13 pt bold capitals. Its column held 96.7 mm of text
    for 97.6 mm of LibreOffice's line, so "NAM" went to a line of its own (trial 15 item 7)."""
    left, right = _header_text_widths(load(case))
    for line in right_lines:
        assert right - MEASURED_MM[line] >= 3, line
        assert right >= 1.04 * metrics.width_mm(line, 15 if case == "party" else 13, "bold")
    for line in left_lines:  # the room is not taken from the parent body's line
        assert left >= MEASURED_MM[line], line
    paragraph = _written(load(case)).tables[0].rows[0].cells[1].paragraphs[0]
    size = {"state": 13, "party": 15}[case]
    assert [(r.bold, r.font.size.pt) for r in paragraph.runs] == [(True, size)]


@pytest.mark.parametrize("case", ["state", "party"])
def test_a_document_not_dated_yet_gets_the_blank_date_form_and_reads_back(case: str) -> None:
    """A blank date ended the line in "năm 20" (the spaces after it were lost): both layouts write
    the form offices type, which the reader takes as a blank date (trial 15 item 7)."""
    report = load(case)
    assert report.document is not None
    document = dataclasses.replace(report.document, date=None, place="Nghệ An")
    undated = dataclasses.replace(report, document=document)
    row = _written(undated).tables[0].rows[1].cells
    assert row[1].text == "Nghệ An, ngày … tháng … năm 20…"
    result = read_docx(docx_writer.write(undated, WriteOptions()).value, ReadOptions("x.docx"))
    assert result.value == undated
    # the page alone, without dvtool's data part, gives the place and no date
    page = read_docx(docx_writer.render_visible(undated), ReadOptions("x.docx")).value.document
    assert page is not None and (page.place, page.date) == ("Nghệ An", None)
