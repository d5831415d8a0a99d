"""The formal parts of an official document: header, number, place and date, signature, Nơi nhận.

Two layouts (``../shared/conventions/vn-documents.md``):

* ``state`` — NĐ 30/2020/NĐ-CP Phụ lục I: parent body (13 pt regular) over the issuing body
  (13 pt bold) and a short rule on the left, Quốc hiệu (13 pt bold) and Tiêu ngữ (14 pt bold)
  over a rule as long as the Tiêu ngữ on the right; below them "Số: 25/BC-BCĐ" (13 pt) beside
  the place and date (14 pt italic), on one line.
* ``party`` — Hướng dẫn 36-HD/VPTW: superior body (14 pt regular) over the issuing body
  (14 pt bold) and a "*" on the left, "ĐẢNG CỘNG SẢN VIỆT NAM" (15 pt bold) over a rule as long
  as the text on the right; "Số 112-BC/BDVTU" (no colon) beside the place and date.

The footer is a borderless two-column table: "Nơi nhận:" (12 pt bold italic) and its lines
(11 pt) on the left, the signature block (authority and position 14 pt bold capitals, room to
sign, the name 14 pt bold) on the right.
"""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from dvtool.extract.layout_words import Labels, layout_words
from dvtool.model import DocumentSystem, OfficialDocument, Report, Signer
from dvtool.vntext import fold
from dvtool.writers.docx import metrics, styles

RECIPIENTS_LABEL = "Nơi nhận:"
# Folded words that name a Party body: "Ban Dân vận Tỉnh ủy", "Đảng ủy xã", "Chi bộ".
_PARTY_WORDS = (
    "tinh uy",
    "thanh uy",
    "huyen uy",
    "quan uy",
    "thi uy",
    "dang uy",
    "dang bo",
    "chi bo",
    "dang cong san",
    "ban chap hanh trung uong",
    "trung uong dang",
)

Run = Callable[..., Any]  # _Builder.run(paragraph, text, bold=..., ...)


@dataclass(frozen=True)
class Geometry:
    """Column widths (mm) and type sizes (pt) of one layout."""

    left_mm: float
    right_mm: float
    indent_mm: float  # a wide header reaches into the 30 mm left margin, as offices do
    body_pt: float  # parent body, issuing body, number
    national_pt: float  # Quốc hiệu or "ĐẢNG CỘNG SẢN VIỆT NAM"
    kind_pt: float  # "BÁO CÁO"


# The Quốc hiệu stays at 13 pt, the size vn-documents.md measures and offices type (NĐ 30
# allows 12-13): ~95.6 mm wide in Times New Roman and Liberation Serif 2, 97.6 mm in LibreOffice
# with Liberation Serif 1.x, which lacks Ộ, Ủ and Ệ and draws them from DejaVu Serif. The right
# column gives it 102 mm of text (104 mm less 1 mm cell margins), so it stays on one line with
# 4 mm to spare even then; the left keeps 71 mm, room for the parent body ("UBND HUYỆN THANH
# CHƯƠNG", 68.3-69.6 mm). The header reaches 12 mm into the 30 mm left margin, as offices do.
STATE = Geometry(left_mm=73, right_mm=104, indent_mm=-12, body_pt=13, national_pt=13, kind_pt=14)
PARTY = Geometry(left_mm=80, right_mm=85, indent_mm=0, body_pt=14, national_pt=15, kind_pt=16)


# The header table has no borders, so its cell margins only make the gap between its columns:
# 1 mm a side (Word's default is 1.9 mm) gives each column's text 1.8 mm more.
HEADER_MARGIN_MM = 1.0
_CELL_PAD_MM = 2 * HEADER_MARGIN_MM + 1.0  # and a little room for rounding
# A right-column line (the national line, the Tiêu ngữ, the place and date) must stay on one
# line: it gets 5% more than its width in metrics.py, for the fallback glyphs above and for
# Word's and LibreOffice's layouts, which round differently.
_SPARE = 1.05
_LEFT_FLOOR_MM = 55  # the issuing body's column never narrower: its lines may wrap, not vanish
_DATE_PT = 14
_DATE_PT_TIGHT = 13  # NĐ 30 allows 13-14 pt for the place and date: used only when 14 wraps


@dataclass(frozen=True)
class HeaderFit:
    """The header table's column widths (mm) and the place-and-date line's size (pt)."""

    left_mm: float
    right_mm: float
    date_pt: float


def fit_header(
    geo: Geometry,
    left_lines: list[tuple[str, bool]],
    right_lines: list[tuple[str, float, bool]],
    date_line: str | None,
) -> HeaderFit:
    """Widths that keep the right column's lines — the national line and the place and date,
    which NĐ 30 puts on one line beside the number — each on one line. Tried in turn: the
    date at 14 pt, then 13 pt (NĐ 30 allows 13-14), the right column taking room from the left
    one down to what the left's longest line needs; then the same down to ``_LEFT_FLOOR_MM``
    (the issuing body's name wraps, as long names do in offices). A line too long even so wraps.
    """
    total = geo.left_mm + geo.right_mm
    left_need = _SPARE * max(
        (metrics.width_mm(t, geo.body_pt, "bold" if b else "regular") for t, b in left_lines), default=0.0
    )
    fixed = _SPARE * max(
        (metrics.width_mm(t, size, "bold" if b else "regular") for t, size, b in right_lines), default=0.0
    )
    own_need = max(_LEFT_FLOOR_MM, min(geo.left_mm, left_need + _CELL_PAD_MM))
    for left_min in (own_need, _LEFT_FLOOR_MM):
        for date_pt in (_DATE_PT, _DATE_PT_TIGHT):
            date = _SPARE * metrics.width_mm(date_line, date_pt, "italic") if date_line else 0.0
            need = math.ceil((max(fixed, date) + _CELL_PAD_MM) * 10) / 10  # whole tenths of a mm
            if need <= geo.right_mm:
                return HeaderFit(geo.left_mm, geo.right_mm, date_pt)
            if need <= total - left_min:
                return HeaderFit(round(total - need, 1), need, date_pt)
    return HeaderFit(_LEFT_FLOOR_MM, total - _LEFT_FLOOR_MM, _DATE_PT_TIGHT)


def is_party_body(name: str | None) -> bool:
    """True when ``name`` is a Party body ("Ban Dân vận Tỉnh ủy", "ĐẢNG ỦY XÃ NAM ANH")."""
    if not name:
        return False
    key = " ".join(fold(name).split())
    return any(word in key for word in _PARTY_WORDS)


def system_of(document: OfficialDocument | None, publisher: str | None) -> DocumentSystem:
    """The layout to use: the document's own system, else guessed from the issuing bodies."""
    if document is not None and document.system is not None:
        return document.system
    names = [publisher] if document is None else [document.issuer, document.parent_issuer, publisher]
    return "party" if any(is_party_body(n) for n in names) else "state"


def place_date(place: str | None, date: str | None) -> str:
    """ "Thanh Chương, ngày 22 tháng 12 năm 2023"; "Thanh Chương, ngày … tháng … năm 20…" to
    fill in by hand when there is no date yet, as offices type the blank form (the reader takes
    it back as a blank date). The same in both layouts.

    Days below 10 and the months 1 and 2 get a leading zero (NĐ 30, Phụ lục I).
    """
    if date is None:
        # spaces, as written before, were dropped at the end of the line: "… năm 20"
        when = "ngày … tháng … năm 20…"
    else:
        day = datetime.date.fromisoformat(date)
        month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
        when = f"ngày {day.day:02d} tháng {month} năm {day.year}"
    return f"{place}, {when}" if place else when.capitalize()


def number_line(number: str | None, system: DocumentSystem) -> str:
    """ "Số: 25/BC-BCĐ" (state) or "Số 112-BC/BDVTU" (party); blanks when not numbered yet."""
    code = number if number else "      /"
    return f"Số {code}" if system == "party" else f"Số: {code}"


_DOMAIN = re.compile(r"\S+\.(?:vn|com|net|org|gov\.vn)\b", re.IGNORECASE)


def issuing_body(publisher: str | None) -> str | None:
    """The publisher as the issuing body of a page without a document frame, unless it is a news
    outlet that published the text: a newspaper or station ("Báo Cà Mau", cues.yaml
    ``outlet_heads``), a website ("TUOITRETHANHHOA.VN", "Chinhphu.vn") or a source tag of one
    word ("CAND", "SGGP"; an office is never named by its abbreviation alone). A clipping is
    not printed under the Quốc hiệu as if the newspaper had issued it."""
    if not publisher:
        return None
    from dvtool.extract.cues import cues

    name = publisher.strip()
    if cues().outlet_heads.at_start(name) is not None or _DOMAIN.search(name) or " " not in name:
        return None
    return publisher


def publisher_line(report: Report, labels: Labels) -> tuple[str, str | None]:
    """The label and value of the publisher's own "Label: value" line, the value None when the
    header already prints the publisher (as the issuing body, or the document's issuer it is
    read from). A news outlet that printed the text is no issuing body: its line is
    "Nguồn: Báo Cà Mau" (``labels.outlet``), as a news page names its source, so that a reader of
    the page alone, a person or dvtool without its data part, still finds it."""
    publisher = report.publisher
    outlet = issuing_body(publisher) is None
    label = labels.outlet[0] if outlet else labels.publisher[0]
    document = report.document
    shown = not outlet if document is None else bool(document.issuer)
    return label, None if shown else publisher


def header(builder: Any, document: OfficialDocument | None, publisher: str | None) -> None:
    """The header table: issuing bodies and number (left), national line and date (right)."""
    system = system_of(document, publisher)
    geo = PARTY if system == "party" else STATE
    rows = 2 if document is not None else 1
    if document is not None:
        parent, issuer = document.parent_issuer, document.issuer
    else:
        parent, issuer = None, issuing_body(publisher)
    frame = layout_words().frame_lines  # the first spelling of each is the one written
    if system == "party":
        national: list[tuple[str, float, bool]] = [(frame.party[0], geo.national_pt, True)]
    else:
        national = [(frame.quoc_hieu[0], geo.national_pt, True), (frame.tieu_ngu[0], 14, True)]
    left_lines = [(t.upper(), b) for t, b in ((parent, False), (issuer, True)) if t]
    date_line = None
    if document is not None:
        left_lines.append((number_line(document.number, system), False))
        date_line = place_date(document.place, document.date)
    fit = fit_header(geo, left_lines, national, date_line)
    table = builder.document.add_table(rows=rows, cols=2)
    styles.column_widths(table, (fit.left_mm, fit.right_mm))
    styles.cell_margins(table, HEADER_MARGIN_MM)
    if geo.indent_mm:
        styles.table_indent(table, geo.indent_mm)
    left, right = table.rows[0].cells
    run: Run = builder.run
    first = True
    for text, bold in ((parent, False), (issuer, True)):
        if text:
            paragraph = left.paragraphs[0] if first else left.add_paragraph()
            styles.table_paragraph(paragraph, center=True)
            run(paragraph, text, bold=bold, caps=True).font.size = styles.pt(geo.body_pt)
            first = False
    if first:
        styles.table_paragraph(left.paragraphs[0], center=True)
    if system == "party" and document is not None:
        star = left.add_paragraph()
        styles.table_paragraph(star, center=True)
        run(star, "*").font.size = styles.pt(geo.body_pt)
    elif not first:  # no rule under an empty issuing body
        styles.rule(left.add_paragraph(), fit.left_mm, geo.left_mm * 0.4, HEADER_MARGIN_MM)
    top = right.paragraphs[0]
    styles.table_paragraph(top, center=True)
    if system == "party":
        run(top, frame.party[0], bold=True).font.size = styles.pt(geo.national_pt)
        styles.rule(right.add_paragraph(), fit.right_mm, 72, HEADER_MARGIN_MM)
    else:
        run(top, frame.quoc_hieu[0], bold=True).font.size = styles.pt(geo.national_pt)
        motto = right.add_paragraph()
        styles.table_paragraph(motto, center=True)
        run(motto, frame.tieu_ngu[0], bold=True).font.size = styles.pt(14)
        styles.rule(right.add_paragraph(), fit.right_mm, 60, HEADER_MARGIN_MM)
    if document is not None:
        _number_and_date(builder, table.rows[1].cells, document, system, geo, fit.date_pt)


def _number_and_date(
    builder: Any,
    cells: Any,
    document: OfficialDocument,
    system: DocumentSystem,
    geo: Geometry,
    date_pt: float,
) -> None:
    left, right = cells
    number = left.paragraphs[0]
    styles.table_paragraph(number, center=True)
    number.paragraph_format.space_before = styles.pt(6)
    builder.run(number, number_line(document.number, system)).font.size = styles.pt(geo.body_pt)
    when = right.paragraphs[0]
    styles.table_paragraph(when, center=True)
    when.paragraph_format.space_before = styles.pt(6)
    text = place_date(document.place, document.date)
    line = builder.run(when, text)
    line.italic = True
    line.font.size = styles.pt(date_pt)


def shown_by_frame(report: Report) -> frozenset[str]:
    """The fields of the labelled lines an official document's page already shows, which its
    body does not repeat as a news report's "Label: value" lines: the date when it is the issue
    date of the place-and-date line (no time of day), the reporting year when the trích yếu
    names it, the plan year when the tasks heading does ("Nhiệm vụ năm 2024"), the author when
    the signer is. The data part keeps every value; the others are printed as before."""
    document = report.document
    if document is None:
        return frozenset()
    shown: set[str] = set()
    if report.date is not None and report.date == document.date and report.time_of_day is None:
        shown.add("date")
    year = report.reporting_year
    if year is not None and re.search(rf"(?<!\d){year}(?!\d)", report.title):
        shown.add("reporting_year")
    if report.plan_year is not None and report.tasks:
        shown.add("plan_year")
    if report.author is not None and document.signer is not None and report.author == document.signer.name:
        shown.add("author")
    return frozenset(shown)


def kind_line(builder: Any, document: OfficialDocument, publisher: str | None) -> None:
    """ "BÁO CÁO" centred above the trích yếu (14 pt bold; 16 pt in a Party document)."""
    if not document.kind:
        return
    geo = PARTY if system_of(document, publisher) == "party" else STATE
    paragraph = builder.document.add_paragraph()
    styles.table_paragraph(paragraph, center=True)
    paragraph.paragraph_format.space_before = styles.pt(18)
    paragraph.paragraph_format.keep_with_next = True
    builder.run(paragraph, document.kind, bold=True).font.size = styles.pt(geo.kind_pt)


def trich_yeu(document: OfficialDocument | None, title: str) -> str:
    """The title as printed under the kind line: without the kind it opens with ("THÔNG BÁO
    V/v kết quả …" is "V/v kết quả …" under "THÔNG BÁO"), which the page would say twice. The
    report keeps the whole title: reading the page gives it back from both lines."""
    kind = document.kind if document is not None else None
    if not kind:
        return title
    n = len(kind.split())
    parts = title.split(maxsplit=n)
    if len(parts) <= n or fold(" ".join(parts[:n])) != fold(kind):
        return title
    return parts[n]


def title_rule(builder: Any) -> None:
    """The short rule under the trích yếu (a third of the text width)."""
    paragraph = builder.document.add_paragraph()
    styles.rule(paragraph, 165, 55)
    paragraph.paragraph_format.space_after = styles.pt(6)


def footer(builder: Any, document: OfficialDocument) -> None:
    """Nơi nhận (left) and the signature block (right), as a borderless table."""
    if document.signer is None and not document.recipients:
        return
    body = builder.document.paragraphs
    if body:  # the last lines of the body go to the signature's page with it
        body[-1].paragraph_format.keep_with_next = True
    spacer = builder.document.add_paragraph()
    spacer.paragraph_format.space_after = styles.pt(0)
    spacer.paragraph_format.keep_with_next = True
    table = builder.document.add_table(rows=1, cols=2)
    styles.column_widths(table, (80, 85))
    # the signature block is never cut: authority and position on one page, the name and the
    # end of Nơi nhận ("- Lưu: VT.") on the next is what a signer cannot sign (trial 9)
    styles.keep_row_together(table.rows[0])
    left, right = table.rows[0].cells
    _recipients(builder, left, document.recipients)
    _signature(builder, right, document.signer)


def _recipients(builder: Any, cell: Any, recipients: tuple[str, ...]) -> None:
    label = cell.paragraphs[0]
    styles.table_paragraph(label)
    if not recipients:
        return
    run = builder.run(label, RECIPIENTS_LABEL, bold=True)
    run.italic = True
    run.font.size = styles.pt(12)
    for index, line in enumerate(recipients):
        paragraph = cell.add_paragraph()
        styles.table_paragraph(paragraph)
        paragraph.paragraph_format.space_before = styles.pt(0)
        paragraph.paragraph_format.space_after = styles.pt(0)
        text = recipient_line(line, last=index == len(recipients) - 1)
        builder.run(paragraph, text).font.size = styles.pt(11)


def recipient_line(recipient: str, *, last: bool) -> str:
    """ "- Ban Dân vận Tỉnh ủy;" … "- Lưu: VT.": each entry but the last ends with ";" (NĐ 30
    Phụ lục I, HD 36); the reader takes the ";" off again. The last keeps its own ending."""
    end = "" if last or recipient.rstrip().endswith((";", ",", ".", ":")) else ";"
    return f"- {recipient}{end}"


def _signature(builder: Any, cell: Any, signer: Signer | None) -> None:
    lines: list[tuple[str, bool]] = []
    if signer is not None:
        lines += [(text, True) for text in (signer.authority, signer.position) if text]
        lines += [("", False)] * 3  # room for the signature and the seal
        if signer.name:
            lines.append((signer.name, False))
    first = True
    for text, caps in lines:
        paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        styles.table_paragraph(paragraph, center=True)
        paragraph.paragraph_format.space_before = styles.pt(0)
        paragraph.paragraph_format.space_after = styles.pt(0)
        if text:
            builder.run(paragraph, text, bold=True, caps=caps).font.size = styles.pt(14)
    if first:
        styles.table_paragraph(cell.paragraphs[0], center=True)
