"""Styles, numbering, page set-up and small OOXML helpers of the DOCX writer."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

FONT = "Times New Roman"
BODY_HALF_POINTS = 28  # 14 pt
TABLE_HALF_POINTS = 24  # 12 pt in tables
LANG = "vi-VN"
FIRST_LINE_TWIPS = 720  # 1.27 cm
TABLE_TEXT_STYLE = "Table Text"
# style name -> style id in python-docx's default template (and the one style dvtool adds)
STYLE_IDS = {
    "Title": "Title",
    "Heading 1": "Heading1",
    "List Bullet": "ListBullet",
    TABLE_TEXT_STYLE: "TableText",
}


# --- styles and page setup ----------------------------------------------------------------


def pt(points: float) -> Any:
    from docx.shared import Pt

    return Pt(points)


def element(tag: str, **attrs: str) -> Any:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    element = OxmlElement(tag)
    for key, value in attrs.items():
        element.set(qn(f"w:{key}"), value)
    return element


def replace(parent: Any, tag: str, **attrs: str) -> Any:
    """Put ``tag`` with exactly these attributes into ``parent`` (replacing an old one)."""
    from docx.oxml.ns import qn

    for old in parent.findall(qn(tag)):
        parent.remove(old)
    new = element(tag, **attrs)
    parent.append(new)
    return new


def remove(parent: Any, *tags: str) -> None:
    from docx.oxml.ns import qn

    for tag in tags:
        for old in parent.findall(qn(tag)):
            parent.remove(old)


def run_properties(rpr: Any, size: int | None = None) -> None:
    """Times New Roman for every script, black, optional size; theme fonts removed."""
    remove(rpr, "w:rFonts", "w:color")
    fonts = element("w:rFonts", ascii=FONT, hAnsi=FONT, eastAsia=FONT, cs=FONT)
    rpr.insert(0, fonts)
    if size is not None:
        remove(rpr, "w:sz", "w:szCs")
        rpr.append(element("w:sz", val=str(size)))
        rpr.append(element("w:szCs", val=str(size)))


def setup_styles(document: Any) -> None:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    styles_element = document.styles.element
    defaults = styles_element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    run_properties(rpr, BODY_HALF_POINTS)
    remove(rpr, "w:lang")
    rpr.append(element("w:lang", val=LANG, eastAsia=LANG, bidi="ar-SA"))
    ppr = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr"))
    replace(ppr, "w:spacing", after="120", line="276", lineRule="auto")

    styles = document.styles
    normal = styles["Normal"]
    normal.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    normal.paragraph_format.first_line_indent = Cm(1.27)

    title = styles["Title"]
    ppr = title.element.get_or_add_pPr()
    remove(ppr, "w:pBdr", "w:contextualSpacing")
    run_properties(title.element.get_or_add_rPr(), BODY_HALF_POINTS)
    remove(title.element.get_or_add_rPr(), "w:spacing", "w:kern")
    title.font.bold = True
    title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.first_line_indent = Cm(0)
    title.paragraph_format.space_before = Pt(18)
    title.paragraph_format.space_after = Pt(12)

    for name, caps, italic in (("Heading 1", True, False), ("Heading 2", False, True)):
        style = styles[name]
        run_properties(style.element.get_or_add_rPr(), BODY_HALF_POINTS)
        style.font.bold = True
        style.font.italic = italic
        style.font.all_caps = caps
        style.paragraph_format.space_before = Pt(12)
        style.paragraph_format.space_after = Pt(6)
        style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    bullet = styles["List Bullet"]
    remove(bullet.element.get_or_add_pPr(), "w:contextualSpacing")
    bullet.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    # 3 pt above and below: 6 pt between items, and air between a figures table and the next item
    bullet.paragraph_format.space_before = Pt(3)
    bullet.paragraph_format.space_after = Pt(3)

    table_text = styles.add_style(TABLE_TEXT_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    assert table_text.style_id == STYLE_IDS[TABLE_TEXT_STYLE]
    table_text.base_style = normal
    table_text.font.size = Pt(TABLE_HALF_POINTS / 2)
    table_text.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
    table_text.paragraph_format.first_line_indent = Cm(0)
    table_text.paragraph_format.space_before = Pt(2)
    table_text.paragraph_format.space_after = Pt(2)
    table_text.paragraph_format.line_spacing = 1.0


def setup_numbering(document: Any) -> None:
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
        _lay_out_level(level, "bullet", "-")


def _lay_out_level(level: Any, number_format: str, text: str) -> None:
    """A list level as Vietnamese administrative writing lays items out: the marker at the
    first-line indent, the text after one space, wrapped lines back at the margin, the body font."""
    level.append(element("w:start", val="1"))
    level.append(element("w:numFmt", val=number_format))
    level.append(element("w:suff", val="space"))
    level.append(element("w:lvlText", val=text))
    level.append(element("w:lvlJc", val="left"))
    ppr = element("w:pPr")
    ppr.append(element("w:ind", left="0", firstLine=str(FIRST_LINE_TWIPS)))
    level.append(ppr)
    rpr = element("w:rPr")
    run_properties(rpr)
    level.append(rpr)


def numbered_list(document: Any) -> str:
    """A new list numbered "1.", "2.", … (Arabic, a full stop, the text after one space, laid out
    as List Bullet's "-"): the numId to give the paragraphs of one list. Each call restarts at 1.
    """
    from docx.oxml.ns import qn

    numbering = document.part.numbering_part.element
    abstract_id = _decimal_abstract(numbering)
    num_id = str(1 + max((int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))), default=0))
    num = element("w:num", numId=num_id)
    num.append(element("w:abstractNumId", val=abstract_id))
    override = element("w:lvlOverride", ilvl="0")
    override.append(element("w:startOverride", val="1"))
    num.append(override)
    numbering.append(num)
    return num_id


_DECIMAL_NAME = "dvtool numbered items"


def _decimal_abstract(numbering: Any) -> str:
    """The abstract numbering of :func:`numbered_list`, added once (before the w:num elements,
    as the schema orders them)."""
    from docx.oxml.ns import qn

    abstracts = numbering.findall(qn("w:abstractNum"))
    for abstract in abstracts:
        name = abstract.find(qn("w:name"))
        if name is not None and name.get(qn("w:val")) == _DECIMAL_NAME:
            return str(abstract.get(qn("w:abstractNumId")))
    abstract_id = str(1 + max((int(a.get(qn("w:abstractNumId"))) for a in abstracts), default=0))
    abstract = element("w:abstractNum", abstractNumId=abstract_id)
    abstract.append(element("w:multiLevelType", val="singleLevel"))
    abstract.append(element("w:name", val=_DECIMAL_NAME))
    level = element("w:lvl", ilvl="0")
    _lay_out_level(level, "decimal", "%1.")
    abstract.append(level)
    if abstracts:
        abstracts[-1].addnext(abstract)
    else:
        numbering.insert(0, abstract)
    return abstract_id


def number_paragraph(paragraph: Any, num_id: str) -> None:
    """Give a List Bullet paragraph the numbering ``num_id`` instead of the style's "-"."""
    ppr = paragraph._p.get_or_add_pPr()
    num_pr = element("w:numPr")
    num_pr.append(element("w:ilvl", val="0"))
    num_pr.append(element("w:numId", val=num_id))
    style = ppr.find(qn_w("pStyle"))
    if style is not None:
        style.addnext(num_pr)
    else:
        ppr.insert(0, num_pr)


def qn_w(tag: str) -> str:
    from docx.oxml.ns import qn

    return str(qn(f"w:{tag}"))


def setup_page(document: Any) -> None:
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
    page_field(paragraph)


def page_field(paragraph: Any) -> None:
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
            instr = element("w:instrText")
            instr.text = text
            instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            run._r.append(instr)
        elif kind == "text":
            run.text = text
        else:
            run._r.append(element("w:fldChar", fldCharType=kind))


def column_widths(table: Any, widths_mm: Sequence[float]) -> None:
    from docx.shared import Mm

    table.autofit = False
    for column, width in zip(table.columns, widths_mm, strict=True):
        column.width = Mm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_mm, strict=True):
            cell.width = Mm(width)


def table_indent(table: Any, mm: float) -> None:
    """Shift a table from the left margin (negative: into it)."""
    from docx.oxml.ns import qn

    tbl_pr = table._tbl.tblPr
    remove(tbl_pr, "w:tblInd")
    indent = element("w:tblInd", w=str(round(mm * 56.6929)), type="dxa")
    # tblInd comes after tblStyle, tblpPr, tblOverlap, bidiVisual, tblStyleRowBandSize,
    # tblStyleColBandSize, tblW and jc, and before tblBorders and the rest
    after = tbl_pr.find(qn("w:tblW"))
    if after is not None:
        after.addnext(indent)
    else:
        tbl_pr.insert(0, indent)


def cell_margins(table: Any, mm: float) -> None:
    """The left and right margin of every cell of a table (Word's default is 1.9 mm)."""
    from docx.oxml.ns import qn

    tbl_pr = table._tbl.tblPr
    remove(tbl_pr, "w:tblCellMar")
    margins = element("w:tblCellMar")
    for side in ("left", "right"):
        margins.append(element(f"w:{side}", w=str(round(mm * 56.6929)), type="dxa"))
    # tblCellMar comes after tblLayout and before tblLook, tblCaption and tblDescription
    look = tbl_pr.find(qn("w:tblLook"))
    if look is not None:
        look.addprevious(margins)
    else:
        tbl_pr.append(margins)


def repeat_header(row: Any) -> None:
    trpr = row._tr.get_or_add_trPr()
    trpr.append(element("w:tblHeader"))


def keep_row_together(row: Any) -> None:
    """A row that never breaks across pages (``w:cantSplit``): a page break moves it whole."""
    trpr = row._tr.get_or_add_trPr()
    trpr.insert(0, element("w:cantSplit"))


def table_paragraph(paragraph: Any, *, center: bool = False) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    # the style id directly: python-docx's lookup by name scans every style each time
    paragraph._p.style = STYLE_IDS[TABLE_TEXT_STYLE]
    if center:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER


def rule(paragraph: Any, cell_mm: float, length_mm: float, margin_mm: float = 2) -> None:
    """A short centred line under a header text: a top border on an empty, indented paragraph.

    NĐ 30 asks for a drawn rule, not underlined text; an empty paragraph carries no text that a
    reader could mistake for content.
    """
    from docx.shared import Mm, Pt

    table_paragraph(paragraph, center=True)
    side = Mm(max(cell_mm - length_mm, 0) / 2 - margin_mm)
    paragraph.paragraph_format.left_indent = side
    paragraph.paragraph_format.right_indent = side
    paragraph.paragraph_format.space_before = Pt(0)
    paragraph.paragraph_format.space_after = Pt(0)
    ppr = paragraph._p.get_or_add_pPr()
    borders = element("w:pBdr")
    borders.append(element("w:top", val="single", sz="6", space="1", color="000000"))
    ppr.insert_element_before(borders, *AFTER_PBDR)


# pPr children that come after w:pBdr in the schema (Word rejects elements out of order).
AFTER_PBDR = (
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
