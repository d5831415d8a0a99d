"""Word's page header (header1.xml, ...): the first page's header is read as blocks hinted
``page_header``, once; footers (page numbers) are not read.

Official documents sometimes put the issuing body's header in the page header. The documents
here are made with python-docx from the cross-format golden ``official_state_table`` (its header
table moved into the page header), so the report read must be the one the golden holds.
"""

from __future__ import annotations

import copy
import io
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from dvtool.formats import ReadOptions
from dvtool.messages import Result
from dvtool.model import Report
from dvtool.readers import docx as docx_reader
from tests.conftest import CORPUS, require_shared

OFFICIAL = Path(__file__).resolve().parents[1] / "golden" / "cross" / "official_state_table" / "input.docx"


def _read(data: bytes) -> Result[Report]:
    return docx_reader.read(data, ReadOptions(source="x.docx"))


def _blocks(data: bytes) -> tuple[Any, ...]:
    return docx_reader.document(data, ReadOptions(source="x.docx")).blocks


def _page_number(paragraph: Any) -> None:
    """A PAGE field, as Word puts it in a header or footer."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), " PAGE ")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "2"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _save(document: Any) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _header_in_page_header(*, first_page: bool, also_default: bool = False, footer: str = "") -> bytes:
    """The official report with its header table moved from the body into the page header."""
    document = docx.Document(str(OFFICIAL))
    table = document.tables[0]._tbl
    section = document.sections[0]
    if first_page:
        section.different_first_page_header_footer = True
        section.first_page_header.is_linked_to_previous = False
        section.first_page_header._element.insert(0, copy.deepcopy(table))
        _page_number(section.header.paragraphs[0])  # later pages: the page number only
    if also_default or not first_page:
        section.header.is_linked_to_previous = False
        section.header._element.insert(0, copy.deepcopy(table))
    section.footer.is_linked_to_previous = False
    section.footer.paragraphs[0].text = footer
    _page_number(section.footer.paragraphs[0])
    table.getparent().remove(table)
    return _save(document)


def test_an_official_header_in_the_first_page_header_reads_as_in_the_body() -> None:
    in_body = _read(OFFICIAL.read_bytes())
    moved = _read(_header_in_page_header(first_page=True))
    assert moved.value.document is not None
    assert moved.value.document.number == "25/BC-BCĐ"
    assert moved.value.publisher == "Ban Chỉ đạo xây dựng nông thôn mới"
    assert moved.value == in_body.value


def test_an_official_header_in_the_default_header_reads_as_in_the_body() -> None:
    assert _read(_header_in_page_header(first_page=False)).value == _read(OFFICIAL.read_bytes()).value


def test_a_header_in_both_the_first_page_and_the_default_part_is_read_once() -> None:
    blocks = _blocks(_header_in_page_header(first_page=True, also_default=True))
    header = [b for b in blocks if b.hints.page_header]
    assert [b.kind for b in header] == ["table"]
    assert header[0].location is None  # not a body paragraph or table: no place in the body
    assert blocks[: len(header)] == tuple(header)  # the page header comes first
    body_tables = sum(1 for b in _blocks(OFFICIAL.read_bytes()) if b.kind == "table")
    assert sum(1 for b in blocks[len(header) :] if b.kind == "table") == body_tables - 1
    result = _read(_header_in_page_header(first_page=True, also_default=True))
    assert result.value == _read(OFFICIAL.read_bytes()).value
    assert not any(m.code == "dropped-headers-footers" for m in result.messages)


def test_page_numbers_and_footers_are_not_read() -> None:
    data = _header_in_page_header(first_page=True)
    assert not any(b.text.strip() == "2" for b in _blocks(data))
    assert not any(m.code == "dropped-headers-footers" for m in _read(data).messages)
    # a footer that says more than a page number is still named as dropped
    noted = _read(_header_in_page_header(first_page=True, footer="Văn bản lưu hành nội bộ "))
    assert sum(m.code == "dropped-headers-footers" for m in noted.messages) == 1


def test_a_running_header_of_a_news_item_is_not_report_text() -> None:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "BẢN TIN NỘI BỘ"
    document.add_paragraph("Hội nghị tổng kết công tác dân vận năm 2023")
    document.add_paragraph(
        "Sáng 8/1/2024, Ban Dân vận Huyện ủy Yên Thành tổ chức hội nghị tổng kết công tác dân vận "
        "năm 2023. Năm qua, toàn huyện có 120 mô hình dân vận khéo được công nhận."
    )
    data = _save(document)
    assert [b.text for b in _blocks(data) if b.hints.page_header] == ["BẢN TIN NỘI BỘ"]
    report = _read(data).value
    assert report.title == "Hội nghị tổng kết công tác dân vận năm 2023"
    assert "BẢN TIN" not in repr(report)


def test_a_real_word_file_with_a_page_header_gives_it_once_as_a_hinted_block() -> None:
    """docx2python's example.docx (Word) has "Header text" in its default header."""
    path = require_shared(CORPUS / "docx2python" / "example.docx")
    blocks = _blocks(path.read_bytes())
    header = [b.text for b in blocks if b.hints.page_header]
    assert header == ["Header text"]
    assert [b.text for b in blocks].count("Header text") == 1


def test_a_real_word_file_with_a_different_first_page_reads_the_first_sections_headers() -> None:
    """python-docx's sct-first-page-hdrftr.docx: section 1 has a default header, section 2 a
    first-page header of its own, which is not the first page's."""
    path = require_shared(CORPUS / "python-docx" / "sct-first-page-hdrftr.docx")
    header = [b.text for b in _blocks(path.read_bytes()) if b.hints.page_header]
    assert header == ["Default (odd, primary) Header"]


@pytest.mark.parametrize(
    "running", ["Tài liệu phục vụ hội nghị", "SỞ CÔNG THƯƠNG TỈNH NGHỆ AN", "BÁO CÁO", "Số: 99/BC-X"]
)
def test_a_running_header_above_an_official_header_in_the_body_changes_nothing(running: str) -> None:
    document = docx.Document(str(OFFICIAL))
    document.sections[0].header.is_linked_to_previous = False
    document.sections[0].header.paragraphs[0].text = running
    assert _read(_save(document)).value == _read(OFFICIAL.read_bytes()).value
