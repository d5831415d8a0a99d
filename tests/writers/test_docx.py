"""DOCX writer: NĐ 30 page and type, Word's built-in styles, page numbers, properties, visible fields."""

from __future__ import annotations

import datetime
import io
import json
import zipfile
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Mm

from dvtool.extract.dates import parse_time_line
from dvtool.formats import ReadOptions, WriteOptions
from dvtool.model import Report
from dvtool.model_from_dict import report_from_dict
from dvtool.readers.docx import layout, read
from dvtool.writers import docx as docx_writer
from tests.conftest import SEED_JSON


def seed() -> Report:
    return report_from_dict(json.loads(SEED_JSON.read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def seed_docx() -> bytes:
    return docx_writer.write(seed(), WriteOptions()).value


@pytest.fixture(scope="module")
def document(seed_docx: bytes) -> Any:
    return docx.Document(io.BytesIO(seed_docx))


def all_text(document: Any) -> str:
    """Every visible text of the body: paragraphs and table cells."""
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def test_the_page_is_a4_with_decree_30_margins(document: Any) -> None:
    section = document.sections[0]
    # twips round the millimetres by a fraction of a point
    assert abs(section.page_width - Mm(210)) < Mm(0.1) and abs(section.page_height - Mm(297)) < Mm(0.1)
    assert Mm(20) <= section.top_margin <= Mm(25) and Mm(20) <= section.bottom_margin <= Mm(25)
    assert Mm(30) <= section.left_margin <= Mm(35) and Mm(15) <= section.right_margin <= Mm(20)


def test_text_is_times_new_roman_14_pt_in_vietnamese(document: Any) -> None:
    defaults = document.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts = defaults.find(qn("w:rFonts"))
    assert {fonts.get(qn(f"w:{k}")) for k in ("ascii", "hAnsi", "cs", "eastAsia")} == {"Times New Roman"}
    assert defaults.find(qn("w:sz")).get(qn("w:val")) == "28"
    assert defaults.find(qn("w:lang")).get(qn("w:val")) == "vi-VN"


def test_body_is_justified_with_a_first_line_indent(document: Any) -> None:
    normal = document.styles["Normal"].paragraph_format
    assert normal.alignment == 3  # WD_ALIGN_PARAGRAPH.JUSTIFY
    assert normal.first_line_indent in (docx.shared.Cm(1), docx.shared.Cm(1.27))


def test_structure_uses_words_built_in_styles(document: Any) -> None:
    used = {p.style.name for p in document.paragraphs}
    assert {"Title", "Heading 1", "List Bullet"} <= used
    assert {t.style.name for t in document.tables if t.style is not None} >= {"Table Grid"}
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[0] == "I. Thành phần tham dự" and "III. Tồn tại, hạn chế" in headings


def test_page_numbers_are_centred_at_the_top_and_hidden_on_page_one(document: Any) -> None:
    section = document.sections[0]
    assert section.different_first_page_header_footer
    header = section.header.paragraphs[0]
    assert header.alignment == 1
    assert "PAGE" in "".join(t.text or "" for t in header._p.iter(qn("w:instrText")))
    assert section.first_page_header.paragraphs[0].text == ""


def test_core_properties_describe_the_report(document: Any) -> None:
    props = document.core_properties
    report = seed()
    assert props.title == report.title
    assert props.author == report.author
    assert props.created == datetime.datetime(2023, 2, 10, tzinfo=datetime.timezone.utc)
    assert props.subject and props.keywords and "2023" in props.keywords
    assert props.language == "vi-VN"


def test_every_field_is_visible_text(document: Any) -> None:
    text = all_text(document)
    report = seed()
    assert "Thời gian: Sáng ngày 10 tháng 02 năm 2023" in text
    assert "Năm báo cáo: 2022" in text and "Năm kế hoạch: 2023" in text
    assert f"Người viết: {report.author}" in text
    assert report.publisher is not None and report.publisher in text
    for value in (*report.organizers, *(c.name for c in report.chairs), *report.chairs[0].titles):
        assert value in text
    for award in report.awards:
        assert award.reason is not None and award.reason in text
    assert "Lê Hồng Vinh: Phát biểu tại hội nghị" in text
    assert "309/411 xã\n309\n411\nxã" not in text  # no figures table after each item
    assert not any(title in text for title in report.related)  # page noise stays out of the body


def test_figures_are_bold_inside_the_sentence_they_come_from(document: Any) -> None:
    paragraph = next(p for p in document.paragraphs if "309/411 xã" in p.text)
    bold = [r.text for r in paragraph.runs if r.bold]
    assert bold == ["309/411 xã", "42 xã", "6 xã", "9 đơn vị cấp huyện"]


def test_publisher_keeps_its_spelling_and_is_shown_in_capitals(document: Any) -> None:
    run = document.tables[0].rows[0].cells[0].paragraphs[0].runs[0]
    assert run.text == "Ban Dân vận Tỉnh ủy" and run.font.all_caps and run.bold


@pytest.mark.parametrize(
    "outlet", ["TUOITRETHANHHOA.VN", "Báo Cà Mau", "CAND", "Đài Phát thanh và Truyền hình Hà Nội"]
)
def test_a_news_outlet_is_not_printed_as_the_issuing_body(outlet: str) -> None:
    """A newcomer filed a clipping and found "TUOITRETHANHHOA.VN" beside the Quốc hiệu as if the
    newspaper had issued it: an outlet that printed the text leaves the left column empty."""
    from dataclasses import replace

    page = docx.Document(
        io.BytesIO(docx_writer.write(replace(seed(), publisher=outlet), WriteOptions()).value)
    )
    left = page.tables[0].rows[0].cells[0].text
    assert left.strip() == ""
    assert outlet not in all_text(page).split("\n")[0:2]


def test_a_remark_starts_with_its_speaker_in_bold(document: Any) -> None:
    paragraph = next(p for p in document.paragraphs if p.text.startswith("Lê Hồng Vinh:"))
    assert paragraph.runs[0].bold and paragraph.runs[0].text == "Lê Hồng Vinh:"


def test_a_report_with_only_a_title_is_a_short_valid_document() -> None:
    data = docx_writer.write(Report(title="Hội nghị"), WriteOptions()).value
    document = docx.Document(io.BytesIO(data))
    assert [p.text for p in document.paragraphs] == ["Hội nghị"]


def test_control_characters_are_hidden_from_the_text_and_kept_in_the_data_part() -> None:
    report = Report(title="Hội\x07 nghị")
    result = docx_writer.write(report, WriteOptions())
    assert [m.code for m in result.messages] == ["hidden-control-characters"] and not result.warnings()
    assert docx.Document(io.BytesIO(result.value)).paragraphs[0].text == "Hội nghị"
    assert read(result.value, ReadOptions("x.docx")).value == report


def test_an_organizer_with_a_semicolon_is_a_note_and_comes_back_whole() -> None:
    report = Report(title="x", organizers=("A; B",))
    result = docx_writer.write(report, WriteOptions())
    assert [m.code for m in result.messages] == ["ambiguous-organizer"]
    assert read(result.value, ReadOptions("x.docx")).value == report


def test_the_package_has_no_elements_out_of_schema_order(seed_docx: bytes) -> None:
    """pPr children must follow the schema order, or Word reports the file as damaged."""
    order = ["pStyle", "keepNext", "keepLines", "numPr", "pBdr", "spacing", "ind", "jc", "rPr"]
    xml = zipfile.ZipFile(io.BytesIO(seed_docx)).read("word/document.xml")
    document = docx.Document(io.BytesIO(seed_docx))
    assert xml
    for ppr in document.element.body.iter(qn("w:pPr")):
        seen = [child.tag.split("}")[1] for child in ppr if child.tag.split("}")[1] in order]
        assert seen == sorted(seen, key=order.index)


@pytest.mark.parametrize(
    ("date", "time_of_day", "text"),
    [
        ("2023-02-10", "morning", "Sáng ngày 10 tháng 02 năm 2023"),
        ("2023-11-05", "evening", "Tối ngày 05 tháng 11 năm 2023"),
        ("2023-03-01", None, "Ngày 01 tháng 3 năm 2023"),
        (None, "afternoon", "Buổi chiều"),
    ],
)
def test_dates_follow_the_header_date_style_and_read_back(date: Any, time_of_day: Any, text: str) -> None:
    assert layout.format_time(date, time_of_day) == text
    assert parse_time_line(text) == (date, time_of_day)


def test_a_very_long_title_and_organizer_list_still_write_a_docx() -> None:
    from dvtool.formats import ReadOptions, WriteOptions
    from dvtool.model import Report
    from dvtool.readers.docx import read
    from dvtool.writers.docx import write

    report = Report(title="Hội nghị " * 60, organizers=tuple(f"Ban Chỉ đạo số {i}" for i in range(40)))
    back = read(write(report, WriteOptions()).value, ReadOptions("x.docx")).value
    assert back.title == report.title and back.organizers == report.organizers


def _column_text_mm(table: Any) -> list[float]:
    """Each column's text width (mm): its grid width less Word's default cell margins (the
    tables carry no margins of their own)."""
    assert table._tbl.find(f"{qn('w:tblPr')}/{qn('w:tblCellMar')}") is None
    columns = table._tbl.findall(f"{qn('w:tblGrid')}/{qn('w:gridCol')}")
    return [(int(c.get(qn("w:w"))) - 2 * 108) / 56.6929 for c in columns]


def test_no_table_header_breaks_inside_a_word(document: Any) -> None:
    """Each word of the attendance and awards headers (12 pt bold, Table Text) fits its column
    with 5% to spare for Word's and LibreOffice's font metrics, so only spaces wrap a header
    ("Tập / thể"). "STT" had 0.2 mm left in its 12 mm column (trial 15 item 9)."""
    from dvtool.writers.docx import metrics

    size = document.styles["Table Text"].font.size.pt
    tables = [t for t in document.tables if t.rows[0].cells[0].text == "STT"]
    assert len(tables) == 2  # attendance and awards
    for table in tables:
        for cell, room in zip(table.rows[0].cells, _column_text_mm(table), strict=True):
            for word in cell.text.split():
                assert 1.05 * metrics.width_mm(word, size, "bold") <= room, (word, room)
