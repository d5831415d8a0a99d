"""Official documents in Word: NĐ 30/2020 (state) and Hướng dẫn 36 (party) layouts, goldens.

``tests/golden/official/<case>/report.json`` is written to DOCX; the visible text, block by
block (a table cell per line, in reading order), must equal ``expected.txt`` beside it
(``DVTOOL_UPDATE_GOLDEN=1`` rewrites it on purpose). Every format reads the report back exactly.
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Any

import docx
import pytest

from dvtool.formats import ReadOptions, WriteOptions
from dvtool.model import OfficialDocument, Report
from dvtool.readers import json as json_reader
from dvtool.readers import markdown as md_reader
from dvtool.readers import yaml as yaml_reader
from dvtool.readers.docx import read as read_docx
from dvtool.writers import docx as docx_writer
from dvtool.writers import markdown as md_writer
from dvtool.writers import yaml as yaml_writer
from dvtool.writers.docx import official

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
