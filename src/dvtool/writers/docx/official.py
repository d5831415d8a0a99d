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
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from dvtool.extract.layout_words import layout_words
from dvtool.model import DocumentSystem, OfficialDocument, Signer
from dvtool.vntext import fold
from dvtool.writers.docx import styles

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


# The Quốc hiệu at 13 pt bold is ~96 mm wide: the right column needs 100 mm with its cell
# margins, and the parent body ("UBND HUYỆN THANH CHƯƠNG", ~66 mm in LibreOffice) 77 mm.
STATE = Geometry(left_mm=77, right_mm=100, indent_mm=-12, body_pt=13, national_pt=13, kind_pt=14)
PARTY = Geometry(left_mm=80, right_mm=85, indent_mm=0, body_pt=14, national_pt=15, kind_pt=16)


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
    """ "Thanh Chương, ngày 22 tháng 12 năm 2023"; blanks to fill in by hand when no date.

    Days below 10 and the months 1 and 2 get a leading zero (NĐ 30, Phụ lục I).
    """
    if date is None:
        when = "ngày      tháng      năm 20    "
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


def header(builder: Any, document: OfficialDocument | None, publisher: str | None) -> None:
    """The header table: issuing bodies and number (left), national line and date (right)."""
    system = system_of(document, publisher)
    geo = PARTY if system == "party" else STATE
    rows = 2 if document is not None else 1
    table = builder.document.add_table(rows=rows, cols=2)
    styles.column_widths(table, (geo.left_mm, geo.right_mm))
    if geo.indent_mm:
        styles.table_indent(table, geo.indent_mm)
    left, right = table.rows[0].cells
    run: Run = builder.run
    if document is not None:
        parent, issuer = document.parent_issuer, document.issuer
    else:
        parent, issuer = None, issuing_body(publisher)
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
        styles.rule(left.add_paragraph(), geo.left_mm, geo.left_mm * 0.4)
    national = right.paragraphs[0]
    frame = layout_words().frame_lines  # the first spelling of each is the one written
    styles.table_paragraph(national, center=True)
    if system == "party":
        run(national, frame.party[0], bold=True).font.size = styles.pt(geo.national_pt)
        styles.rule(right.add_paragraph(), geo.right_mm, 72)
    else:
        run(national, frame.quoc_hieu[0], bold=True).font.size = styles.pt(geo.national_pt)
        motto = right.add_paragraph()
        styles.table_paragraph(motto, center=True)
        run(motto, frame.tieu_ngu[0], bold=True).font.size = styles.pt(14)
        styles.rule(right.add_paragraph(), geo.right_mm, 60)
    if document is not None:
        _number_and_date(builder, table.rows[1].cells, document, system, geo)


def _number_and_date(
    builder: Any, cells: Any, document: OfficialDocument, system: DocumentSystem, geo: Geometry
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
    line.font.size = styles.pt(14)


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
    spacer = builder.document.add_paragraph()
    spacer.paragraph_format.space_after = styles.pt(0)
    table = builder.document.add_table(rows=1, cols=2)
    styles.column_widths(table, (80, 85))
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
    for line in recipients:
        paragraph = cell.add_paragraph()
        styles.table_paragraph(paragraph)
        paragraph.paragraph_format.space_before = styles.pt(0)
        paragraph.paragraph_format.space_after = styles.pt(0)
        builder.run(paragraph, f"- {line}").font.size = styles.pt(11)


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
