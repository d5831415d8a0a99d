"""DOCX writer: a report laid out the way a Vietnamese office expects (NĐ 30/2020/NĐ-CP).

A4, Times New Roman 14 pt, margins 20/20/30/15 mm, justified body with a 1.27 cm first-line
indent, page numbers centred at the top and hidden on page 1, ``vi-VN`` as the text language.
Word's built-in styles (Title, Heading 1, List Bullet, Table Grid) carry the structure so the
document navigates and restyles in Word.

Every field of the model is visible text, in the layout described in
:mod:`dvtool.readers.docx.layout`, and the DOCX reader parses exactly that text back:

* a header block (borderless table): the publisher on the left (shown in capitals by the
  ``caps`` font effect, so its own spelling is kept), Quốc hiệu and Tiêu ngữ on the right;
* the title (style Title), then labelled lines: ``Thời gian:``, ``Địa điểm:``,
  ``Đơn vị tổ chức:``, ``Năm báo cáo:``, ``Năm kế hoạch:``, ``Người viết:``;
* numbered sections (Heading 1, headings from :func:`dvtool.sections.heading_for`);
* the attendance as a table (chairs first, role "Chủ trì"), awards as a table;
* results, limitations, tasks, remarks and related news as "-" list items (List Bullet);
  a remark starts with its speaker in bold followed by a colon;
* the figures of an item in a small table right under it: Số liệu | Giá trị | Tổng số | Đơn vị,
  numbers in Vietnamese notation (3.509; 2,3).
"""

from __future__ import annotations

import datetime
import io
import re
from collections.abc import Sequence
from typing import Any

from dvtool.formats import WriteOptions
from dvtool.i18n import N_
from dvtool.messages import Message, Result, warning
from dvtool.model import Award, Item, Report
from dvtool.numfmt import format_number
from dvtool.readers.docx import layout
from dvtool.sections import heading_for

FONT = "Times New Roman"
BODY_HALF_POINTS = 28  # 14 pt
TABLE_HALF_POINTS = 24  # 12 pt in tables
LANG = "vi-VN"
MM = 36000  # EMU per millimetre
TWIPS_PER_MM = 56.6929
TEXT_WIDTH_MM = 165  # 210 - 30 - 15
FIRST_LINE_TWIPS = 720  # 1.27 cm
TABLE_TEXT_STYLE = "Table Text"
# style name -> style id in python-docx's default template (and the one style dvtool adds)
_STYLE_IDS = {
    "Title": "Title",
    "Heading 1": "Heading1",
    "List Bullet": "ListBullet",
    TABLE_TEXT_STYLE: "TableText",
}

# Characters XML 1.0 cannot hold; they are dropped with a warning.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def write(report: Report, options: WriteOptions) -> Result[bytes]:
    """Write a report as a DOCX document."""
    builder = _Builder(report)
    data = builder.build()
    return Result(data, tuple(builder.messages))


MAX_PROPERTY = 255


class _Builder:
    """Builds one document; collects warnings about values the layout cannot keep exactly."""

    def __init__(self, report: Report) -> None:
        import docx

        self.report = report
        self.document: Any = docx.Document()
        self.messages: list[Message] = []
        self._illegal = 0

    def build(self) -> bytes:
        _setup_styles(self.document)
        _setup_numbering(self.document)
        _setup_page(self.document)
        self._header_block()
        self._title()
        self._labelled_lines()
        self._sections()
        self._core_properties()
        if self._illegal:
            self.messages.append(
                warning(
                    "dropped-control-characters",
                    "dropped {count} control character",
                    plural=N_("dropped {count} control characters"),
                    count=self._illegal,
                )
            )
        out = io.BytesIO()
        self.document.save(out)
        return out.getvalue()

    # -- text -----------------------------------------------------------------------------

    def clean(self, text: str) -> str:
        cleaned, count = _XML_ILLEGAL.subn("", text)
        self._illegal += count
        return cleaned

    def property_text(self, text: str) -> str:
        """A core-property value: Word (and python-docx) allow at most 255 characters.

        The full text is in the document body, so a long title or organizer list is only
        shortened in the file's metadata.
        """
        cleaned = self.clean(text)
        return cleaned if len(cleaned) <= MAX_PROPERTY else cleaned[: MAX_PROPERTY - 1] + "…"

    def run(self, paragraph: Any, text: str, *, bold: bool = False, caps: bool = False) -> Any:
        """Append a run; python-docx turns "\\n" into a line break and "\\t" into a tab."""
        run = paragraph.add_run(self.clean(text))
        if bold:
            run.bold = True
        if caps:
            run.font.all_caps = True
        return run

    def paragraph(self, text: str = "", style: str | None = None) -> Any:
        paragraph = self.document.add_paragraph()
        if style is not None:
            paragraph._p.style = _STYLE_IDS[style]
        if text:
            self.run(paragraph, text)
        return paragraph

    # -- parts ----------------------------------------------------------------------------

    def _header_block(self) -> None:
        """Issuing body (left) and Quốc hiệu, Tiêu ngữ (right), as a borderless table."""
        table = self.document.add_table(rows=1, cols=2)
        _column_widths(table, (62, 103))
        left, right = table.rows[0].cells
        publisher = left.paragraphs[0]
        _table_paragraph(publisher, center=True)
        if self.report.publisher:
            self.run(publisher, self.report.publisher, bold=True, caps=True)
        _rule(left.add_paragraph(), 62, 22)
        quoc_hieu = right.paragraphs[0]
        _table_paragraph(quoc_hieu, center=True)
        self.run(quoc_hieu, layout.QUOC_HIEU, bold=True).font.size = _pt(13)
        tieu_ngu = right.add_paragraph()
        _table_paragraph(tieu_ngu, center=True)
        self.run(tieu_ngu, layout.TIEU_NGU, bold=True).font.size = _pt(14)
        _rule(right.add_paragraph(), 103, 62)

    def _title(self) -> None:
        self.paragraph(self.report.title, "Title")

    def _labelled_lines(self) -> None:
        r = self.report
        organizers = list(r.organizers)
        if any(";" in name for name in organizers):
            self.messages.append(
                warning(
                    "ambiguous-organizer",
                    "an organizer name contains ';', which separates organizers in DOCX",
                    pointer="/organizers",
                )
            )
        lines: list[tuple[str, str | None]] = [
            (layout.LABEL_TIME, layout.format_time(r.date, r.time_of_day)),
            (layout.LABEL_LOCATION, r.location),
            (layout.LABEL_ORGANIZERS, layout.ORGANIZER_SEPARATOR.join(organizers) or None),
            (layout.LABEL_REPORTING_YEAR, str(r.reporting_year) if r.reporting_year is not None else None),
            (layout.LABEL_PLAN_YEAR, str(r.plan_year) if r.plan_year is not None else None),
            (layout.LABEL_AUTHOR, r.author),
        ]
        for label, value in lines:
            if value is None:
                continue
            paragraph = self.document.add_paragraph()
            self.run(paragraph, f"{label}: ", bold=True)
            self.run(paragraph, value)

    def _sections(self) -> None:
        r = self.report
        number = 0

        def heading(section: str) -> None:
            nonlocal number
            number += 1
            self.paragraph(f"{layout.roman(number)}. {heading_for(section, r.plan_year)}", "Heading 1")

        if r.chairs or r.attendees:
            heading("attendees")
            self._attendance()
        for section, items in (("results", r.results), ("limitations", r.limitations), ("tasks", r.tasks)):
            if items:
                heading(section)
                for item in items:
                    self._item(item)
        if r.remarks:
            heading("remarks")
            for remark in r.remarks:
                paragraph = self.paragraph("", "List Bullet")
                if remark.speaker is not None:
                    self.run(paragraph, f"{remark.speaker}:", bold=True)
                    self.run(paragraph, " ")
                self.run(paragraph, remark.text)
        if r.awards:
            heading("awards")
            self._awards(r.awards)
        if r.related:
            heading("related")
            for title in r.related:
                self.paragraph(title, "List Bullet")

    def _item(self, item: Item) -> None:
        self.paragraph(item.text, "List Bullet")
        if not item.figures:
            return
        rows = [
            [
                [figure.text],
                [format_number(figure.value)],
                [format_number(figure.total) if figure.total is not None else ""],
                [figure.unit or ""],
            ]
            for figure in item.figures
        ]
        table = self._table(layout.FIGURE_HEADER, rows, (62, 24, 24, 40))
        table.alignment = 2  # WD_TABLE_ALIGNMENT.RIGHT: indented under the item it belongs to

    def _attendance(self) -> None:
        rows: list[list[Sequence[str]]] = []
        for chair in self.report.chairs:
            rows.append([[str(len(rows) + 1)], [chair.name], list(chair.titles), [layout.ROLE_CHAIR]])
        for attendee in self.report.attendees:
            kind = layout.KIND_WORDS[attendee.kind]
            rows.append([[str(len(rows) + 1)], [attendee.name], list(attendee.titles), [kind]])
        self._table(layout.ATTENDEE_HEADER, rows, (12, 78, 50, 25))

    def _awards(self, awards: Sequence[Award]) -> None:
        rows: list[list[Sequence[str]]] = []
        for index, award in enumerate(awards, start=1):
            rows.append(
                [
                    [str(index)],
                    [award.award],
                    [award.giver or ""],
                    [str(award.collectives)],
                    [str(award.individuals)],
                    list(award.recipients),
                    [award.reason or ""],
                ]
            )
        self._table(layout.AWARD_HEADER, rows, (12, 24, 24, 15, 15, 33, 42))

    def _table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[Sequence[str]]],
        widths_mm: Sequence[float],
    ) -> Any:
        """A Table Grid table with a bold, repeated header row; each cell holds paragraphs."""
        table = self.document.add_table(rows=1 + len(rows), cols=len(header))
        table.style = "Table Grid"
        _column_widths(table, widths_mm)
        _repeat_header(table.rows[0])
        for cell, text in zip(table.rows[0].cells, header, strict=True):
            paragraph = cell.paragraphs[0]
            _table_paragraph(paragraph, center=True)
            self.run(paragraph, text, bold=True)
        for row, values in zip(table.rows[1:], rows, strict=True):
            for cell, paragraphs in zip(row.cells, values, strict=True):
                first = cell.paragraphs[0]
                _table_paragraph(first)
                for index, text in enumerate(paragraphs):
                    paragraph = first if index == 0 else cell.add_paragraph()
                    _table_paragraph(paragraph)
                    if text:
                        self.run(paragraph, text)
        return table

    def _core_properties(self) -> None:
        r = self.report
        props = self.document.core_properties
        props.title = self.property_text(r.title)
        props.author = self.property_text(r.author or r.publisher or "")
        props.subject = self.property_text("; ".join(r.organizers) or r.publisher or "Hội nghị")
        keywords = ["hội nghị", "báo cáo"]
        keywords += [str(y) for y in (r.reporting_year, r.plan_year) if y is not None]
        props.keywords = "; ".join(keywords)
        props.language = LANG
        props.last_modified_by = "dvtool"
        props.revision = 1
        props.comments = ""
        # the meeting date when known; otherwise the time of writing
        stamp = (
            datetime.datetime.fromisoformat(r.date)
            if r.date
            else datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0, tzinfo=None)
        )
        props.created = stamp
        props.modified = stamp


# --- styles and page setup ----------------------------------------------------------------


def _pt(points: float) -> Any:
    from docx.shared import Pt

    return Pt(points)


def _element(tag: str, **attrs: str) -> Any:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    element = OxmlElement(tag)
    for key, value in attrs.items():
        element.set(qn(f"w:{key}"), value)
    return element


def _replace(parent: Any, tag: str, **attrs: str) -> Any:
    """Put ``tag`` with exactly these attributes into ``parent`` (replacing an old one)."""
    from docx.oxml.ns import qn

    for old in parent.findall(qn(tag)):
        parent.remove(old)
    element = _element(tag, **attrs)
    parent.append(element)
    return element


def _remove(parent: Any, *tags: str) -> None:
    from docx.oxml.ns import qn

    for tag in tags:
        for old in parent.findall(qn(tag)):
            parent.remove(old)


def _run_properties(rpr: Any, size: int | None = None) -> None:
    """Times New Roman for every script, black, optional size; theme fonts removed."""
    _remove(rpr, "w:rFonts", "w:color")
    fonts = _element("w:rFonts", ascii=FONT, hAnsi=FONT, eastAsia=FONT, cs=FONT)
    rpr.insert(0, fonts)
    if size is not None:
        _remove(rpr, "w:sz", "w:szCs")
        rpr.append(_element("w:sz", val=str(size)))
        rpr.append(_element("w:szCs", val=str(size)))


def _setup_styles(document: Any) -> None:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    styles_element = document.styles.element
    defaults = styles_element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _run_properties(rpr, BODY_HALF_POINTS)
    _remove(rpr, "w:lang")
    rpr.append(_element("w:lang", val=LANG, eastAsia=LANG, bidi="ar-SA"))
    ppr = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr"))
    _replace(ppr, "w:spacing", after="120", line="276", lineRule="auto")

    styles = document.styles
    normal = styles["Normal"]
    normal.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    normal.paragraph_format.first_line_indent = Cm(1.27)

    title = styles["Title"]
    ppr = title.element.get_or_add_pPr()
    _remove(ppr, "w:pBdr", "w:contextualSpacing")
    _run_properties(title.element.get_or_add_rPr(), BODY_HALF_POINTS)
    _remove(title.element.get_or_add_rPr(), "w:spacing", "w:kern")
    title.font.bold = True
    title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.first_line_indent = Cm(0)
    title.paragraph_format.space_before = Pt(18)
    title.paragraph_format.space_after = Pt(12)

    for name, caps, italic in (("Heading 1", True, False), ("Heading 2", False, True)):
        style = styles[name]
        _run_properties(style.element.get_or_add_rPr(), BODY_HALF_POINTS)
        style.font.bold = True
        style.font.italic = italic
        style.font.all_caps = caps
        style.paragraph_format.space_before = Pt(12)
        style.paragraph_format.space_after = Pt(6)
        style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    bullet = styles["List Bullet"]
    _remove(bullet.element.get_or_add_pPr(), "w:contextualSpacing")
    bullet.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    # 3 pt above and below: 6 pt between items, and air between a figures table and the next item
    bullet.paragraph_format.space_before = Pt(3)
    bullet.paragraph_format.space_after = Pt(3)

    table_text = styles.add_style(TABLE_TEXT_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    assert table_text.style_id == _STYLE_IDS[TABLE_TEXT_STYLE]
    table_text.base_style = normal
    table_text.font.size = Pt(TABLE_HALF_POINTS / 2)
    table_text.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
    table_text.paragraph_format.first_line_indent = Cm(0)
    table_text.paragraph_format.space_before = Pt(2)
    table_text.paragraph_format.space_after = Pt(2)
    table_text.paragraph_format.line_spacing = 1.0


def _setup_numbering(document: Any) -> None:
    """List Bullet draws "-" at the first-line indent, text running on after one space.

    That is how bulleted paragraphs look in Vietnamese administrative writing; wrapped lines
    return to the margin like the body text.
    """
    from docx.oxml.ns import qn

    numbering = document.part.numbering_part.element
    style_num = document.styles["List Bullet"].element.pPr.find(qn("w:numPr")).find(qn("w:numId"))
    num_id = style_num.get(qn("w:val"))
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == num_id:
            abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    for abstract in numbering.findall(qn("w:abstractNum")):
        if abstract.get(qn("w:abstractNumId")) != abstract_id:
            continue
        level = abstract.find(qn("w:lvl"))
        for child in list(level):
            level.remove(child)
        level.append(_element("w:start", val="1"))
        level.append(_element("w:numFmt", val="bullet"))
        level.append(_element("w:suff", val="space"))
        level.append(_element("w:lvlText", val="-"))
        level.append(_element("w:lvlJc", val="left"))
        ppr = _element("w:pPr")
        ppr.append(_element("w:ind", left="0", firstLine=str(FIRST_LINE_TWIPS)))
        level.append(ppr)
        rpr = _element("w:rPr")
        _run_properties(rpr)
        level.append(rpr)


def _setup_page(document: Any) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Twips

    section = document.sections[0]
    section.page_width = Mm(210)
    section.page_height = Mm(297)
    # 20/20/30/15 mm, rounded up to whole twips so they stay inside the decree's ranges
    section.top_margin = Twips(1134)
    section.bottom_margin = Twips(1134)
    section.left_margin = Twips(1701)
    section.right_margin = Twips(851)
    section.header_distance = Mm(10)
    section.footer_distance = Mm(10)
    section.different_first_page_header_footer = True
    section.first_page_header.is_linked_to_previous = False
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.first_line_indent = Mm(0)
    _page_field(paragraph)


def _page_field(paragraph: Any) -> None:
    """A PAGE field (complex form, which Word, LibreOffice and pandoc all understand)."""
    for kind, text in (
        ("begin", None),
        ("instr", " PAGE "),
        ("separate", None),
        ("text", "1"),
        ("end", None),
    ):
        run = paragraph.add_run()
        if kind == "instr":
            instr = _element("w:instrText")
            instr.text = text
            instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            run._r.append(instr)
        elif kind == "text":
            run.text = text
        else:
            run._r.append(_element("w:fldChar", fldCharType=kind))


def _column_widths(table: Any, widths_mm: Sequence[float]) -> None:
    from docx.shared import Mm

    table.autofit = False
    for column, width in zip(table.columns, widths_mm, strict=True):
        column.width = Mm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_mm, strict=True):
            cell.width = Mm(width)


def _repeat_header(row: Any) -> None:
    trpr = row._tr.get_or_add_trPr()
    trpr.append(_element("w:tblHeader"))


def _table_paragraph(paragraph: Any, *, center: bool = False) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    # the style id directly: python-docx's lookup by name scans every style each time
    paragraph._p.style = _STYLE_IDS[TABLE_TEXT_STYLE]
    if center:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _rule(paragraph: Any, cell_mm: float, length_mm: float) -> None:
    """A short centred line under a header text: a top border on an empty, indented paragraph.

    NĐ 30 asks for a drawn rule, not underlined text; an empty paragraph carries no text that a
    reader could mistake for content.
    """
    from docx.shared import Mm, Pt

    _table_paragraph(paragraph, center=True)
    side = Mm(max(cell_mm - length_mm, 0) / 2 - 2)
    paragraph.paragraph_format.left_indent = side
    paragraph.paragraph_format.right_indent = side
    paragraph.paragraph_format.space_before = Pt(0)
    paragraph.paragraph_format.space_after = Pt(0)
    ppr = paragraph._p.get_or_add_pPr()
    borders = _element("w:pBdr")
    borders.append(_element("w:top", val="single", sz="6", space="1", color="000000"))
    ppr.insert_element_before(borders, *_AFTER_PBDR)


# pPr children that come after w:pBdr in the schema (Word rejects elements out of order).
_AFTER_PBDR = (
    "w:shd",
    "w:tabs",
    "w:suppressAutoHyphens",
    "w:kinsoku",
    "w:wordWrap",
    "w:overflowPunct",
    "w:topLinePunct",
    "w:autoSpaceDE",
    "w:autoSpaceDN",
    "w:bidi",
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
)
