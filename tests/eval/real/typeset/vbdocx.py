"""Small python-docx helpers to typeset a Vietnamese official document (NĐ 30/2020 / HD 36-HD/VPTW look).

Used by build_o*.py to turn a published text into a .docx the way a chuyên viên types it in Word.
"""

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

FONT = "Times New Roman"


def new_doc(top=2.0, bottom=2.0, left=3.0, right=2.0):
    d = Document()
    s = d.sections[0]
    s.page_height, s.page_width = Cm(29.7), Cm(21.0)
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = Cm(top), Cm(bottom), Cm(left), Cm(right)
    st = d.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(14)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    pf = st.paragraph_format
    pf.space_before, pf.space_after = Pt(0), Pt(0)
    return d


def _run(p, text, bold=False, italic=False, size=None, underline=False):
    r = p.add_run(text)
    r.bold, r.italic, r.underline = bold, italic, underline
    r.font.name = FONT
    r._element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    if size:
        r.font.size = Pt(size)
    return r


def para(
    container,
    text="",
    bold=False,
    italic=False,
    size=None,
    align=None,
    indent=True,
    after=6,
    before=0,
    line=1.15,
):
    p = container.add_paragraph()
    if text:
        _run(p, text, bold, italic, size)
    pf = p.paragraph_format
    pf.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY if align is None else align
    if indent and align is None:
        pf.first_line_indent = Cm(1.27)
    pf.space_after, pf.space_before = Pt(after), Pt(before)
    pf.line_spacing = line
    return p


def mixed(container, parts, align=None, indent=True, after=6, size=None):
    """parts: list of (text, bold, italic)"""
    p = container.add_paragraph()
    for t, b, i in parts:
        _run(p, t, b, i, size)
    pf = p.paragraph_format
    pf.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY if align is None else align
    if indent and align is None:
        pf.first_line_indent = Cm(1.27)
    pf.space_after = Pt(after)
    pf.line_spacing = 1.15
    return p


def center(container, text, bold=False, italic=False, size=None, after=0, before=0):
    return para(container, text, bold, italic, size, WD_ALIGN_PARAGRAPH.CENTER, False, after, before, 1.0)


def bottom_rule(p):
    """a short rule under a paragraph, made as a paragraph border (not underlined text)"""
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), "6")
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), "000000")
    bdr.append(b)
    pPr.append(bdr)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tblPr.append(borders)


def grid(table):
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:color"), "000000")
        borders.append(e)
    tblPr.append(borders)


def cell_lines(cell, lines):
    """lines: list of (text, bold, italic, size, align)"""
    first = True
    for text, b, i, size, al in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if text:
            _run(p, text, b, i, size)
        p.paragraph_format.alignment = al
        p.paragraph_format.space_after = Pt(0)
    return cell


C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT


def header_table(d, left_lines, right_lines, widths=(6.0, 10.0)):
    t = d.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t)
    t.autofit = False
    for c, w in zip(t.rows[0].cells, widths):
        c.width = Cm(w)
    cell_lines(t.rows[0].cells[0], left_lines)
    cell_lines(t.rows[0].cells[1], right_lines)
    return t


def data_table(d, rows, widths=None, header_rows=1, size=12):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    grid(t)
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.rows[i].cells[j]
            if widths:
                c.width = Cm(widths[j])
            p = c.paragraphs[0]
            _run(p, str(val), bold=i < header_rows, size=size)
            p.paragraph_format.alignment = C if (i < header_rows or j != 1) else L
    d.add_paragraph()
    return t


def footer_table(d, left_lines, right_lines, widths=(7.5, 8.5)):
    return header_table(d, left_lines, right_lines, widths)
