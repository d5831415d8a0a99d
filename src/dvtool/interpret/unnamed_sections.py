"""The text of a numbered section whose heading names no field of the report.

An official report a person typed has body sections the report model has no field for ("I.
Sự cần thiết ban hành Nghị quyết", "III. NỘI DUNG THẨM ĐỊNH", "1. Thông tin về công trình").
Their paragraphs are the account the report gives, so they are read as a results section's
are (:func:`dvtool.interpret.official_body.sorted_entry`): the requests to act among them are
tasks, the shortcomings limitations, the rest results. Only a numbered heading opens such a
section: an unnumbered line in capitals there is a frame or signature line of an attached
document ("TL. CHỦ TỊCH", "CỘNG HÒA XÃ HỘI …") or a table typed as text, whose lines stay
dropped with a warning. A paragraph that gives no item (a request to a higher level, a line
heading the points after it) stays dropped too. dvtool's own documents are read exactly.

The numbers of such a section are not read as figures of the period: what a section the model
does not name states is context (a licence's or a building's data, a draft's provisions, a
software's parts), not the results the report gives.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dvtool.document import Block
from dvtool.extract.blocks import strip_marker
from dvtool.extract.cues import cues
from dvtool.i18n import N_
from dvtool.interpret import official_body
from dvtool.interpret.heading_levels import numbered_level
from dvtool.interpret.lines import _number, _ranges
from dvtool.messages import info
from dvtool.vntext import fold

if TYPE_CHECKING:
    from dvtool.interpret.structured import _Converter as Converter

KEPT_NOTE = "kept-paragraphs"
_ROMAN_LINE = re.compile(r"^\s*[IVXLC]+\s*[.)\-–/]\s+\S")  # "III. Tính hợp hiến, … pháp luật."
_ROMAN_HEADING_WORDS = 40
_ONE = N_("read {count} paragraph of section {section!r} as results, limitations or tasks ({where})")
_MANY = N_("read {count} paragraphs of section {section!r} as results, limitations or tasks ({where})")


def opens(conv: Converter, heading: Block) -> bool:
    """Whether a heading that names no section opens one whose text is kept: one numbered "I.",
    "2.", "2.1." or "a)"; not a capital letter's abbreviation ("P. TNMT", "TL. CHỦ TỊCH")."""
    if conv.document.written_by_dvtool or numbered_level(heading.text) is None:
        return False
    mark = heading.text.lstrip()[:1]
    return not (mark.isupper() and mark not in _ROMAN_LETTERS)  # "P. TNMT": a recipient's short name


_ROMAN_LETTERS = "IVXLC"


def heads_preamble(conv: Converter, p: Block) -> bool:
    """A numbered line that heads a part of the body before any section the model names ("I.
    Sự cần thiết ban hành Nghị quyết" after the lead): the paragraphs under it are kept as an
    unnamed section's. A Roman-numbered line heads a part even when long or closed by a full
    stop; another numbered line that ends with one is a point of its own ("1. Về phần căn cứ
    pháp lý: Đề nghị … sửa lại ….") and heads nothing."""
    if conv.document.written_by_dvtool or not conv.prose:
        return False
    roman = _ROMAN_LINE.match(p.text) is not None and len(p.text.split()) <= _ROMAN_HEADING_WORDS
    if not roman and (p.text.rstrip().endswith((".", ";")) or not opens(conv, p)):
        return False
    conv.unknown_name, conv.unknown_heading = p.text, _number(p)
    conv.keeping, conv.body.listing_shortcomings = True, False
    return True


def keep(conv: Converter, p: Block) -> bool:
    """Read a paragraph of a kept section as results; False (nothing added) when it gives no item."""
    before = len(conv.entries)
    text = p.text if p.kind == "list_item" else strip_marker(p.text)
    official_body.sorted_entry(conv, p, text, "results")
    if len(conv.entries) == before:
        return False
    if not _reports_results(conv):
        conv.uncounted.update(pointer for _, pointer in conv.entries[before:])
    conv.kept.setdefault(conv.unknown_name, []).append(_number(p))
    conv._undrop(conv.unknown_heading)  # the heading of a section whose text is kept
    return True


def _reports_results(conv: Converter) -> bool:
    """ "BÁO CÁO tình hình, kết quả …": a report's body sections are the account of its period,
    whatever their headings name ("I. Sắp xếp, bố trí cán bộ công chức"), so their numbers are
    figures. The body's own title says so by its kind; the frame taken off above the body by its
    kind and a trích yếu that names an account ("BÁO CÁO Tình hình …", not "BÁO CÁO Thẩm tra dự
    thảo …", whose sections state a draft's content)."""
    if fold(conv.fields.title or "").lstrip("#* ").startswith(_REPORT_KIND):
        return True
    framed = conv.document.frame_title
    kind = cues().official_kinds.at_start(framed)
    if kind is None or fold(framed[: kind.end]) != _REPORT_KIND:
        return False
    return cues().account_subjects.at_start(framed[kind.end :].lstrip(" :")) is not None


_REPORT_KIND = "bao cao"


def report_kept(conv: Converter) -> None:
    """A note per kept section: where its paragraphs went (shown with --verbose)."""
    for heading, indexes in conv.kept.items():
        conv.messages.append(
            info(
                KEPT_NOTE,
                _ONE,
                plural=_MANY,
                location=conv.place_of(indexes[0]),
                count=len(indexes),
                section=heading,
                where=_ranges(indexes, conv.unit),
            )
        )
