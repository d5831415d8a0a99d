"""DOCX writer: a report laid out the way a Vietnamese office expects.

A4, Times New Roman 14 pt, margins 20/20/30/15 mm, justified body with a 1.27 cm first-line
indent, page numbers centred at the top and hidden on page 1, ``vi-VN`` as the text language
(:mod:`.styles`). Word's built-in styles (Title, Heading 1, List Bullet, Table Grid) carry the
structure so the document navigates and restyles in Word.

The page, top to bottom:

* the header table (:mod:`.official`): with a ``document``, NĐ 30/2020 for ``system: state``
  (parent and issuing body, "Số: …" | Quốc hiệu, Tiêu ngữ, place and date in italics) or
  Hướng dẫn 36-HD/VPTW for ``party`` ("ĐẢNG CỘNG SẢN VIỆT NAM", "Số 112-BC/BDVTU"); without
  one, the publisher on the left (not a newspaper, station or website that printed the text:
  :func:`.official.issuing_body`) and the national line of its system on the right — a Party
  body ("Ban Dân vận Tỉnh ủy") never gets the state Quốc hiệu;
* the kind line ("BÁO CÁO") when there is a document, then the title (style Title, the trích
  yếu), then labelled lines: ``Thời gian:``, ``Địa điểm:``, ``Đơn vị tổ chức:``,
  ``Năm báo cáo:``, ``Năm kế hoạch:``, ``Người viết:``, and ``Nguồn:`` for a publisher the
  header does not show (a news outlet, :func:`.official.publisher_line`); an official document
  prints only those its frame and headings do not already show
  (:func:`.official.shown_by_frame`): a BÁO CÁO has
  no "Người viết" line under its trích yếu, its signer signs it;
* numbered sections (Heading 1, headings from :func:`dvtool.sections.heading_for`): the
  attendance and the awards as tables; results, limitations, tasks and remarks as "-" items
  whose figures are shown in bold inside the sentence they come from (no table per item); in an
  official document the items of results, limitations and tasks are numbered "1.", "2.", …
  within their part, as its points are (Word numbering: the text holds no number);
* with a document, the footer table: Nơi nhận on the left, the signature block on the right.

Related headlines of a news page are page noise: they are not printed. They, and everything the
visible text cannot hold exactly, travel in dvtool's data part (:mod:`.custom_part`), which the
DOCX reader merges back with what a person edited.
"""

from __future__ import annotations

import datetime
import io
import re
from collections.abc import Sequence
from typing import Any

from dvtool.extract.layout_words import layout_words
from dvtool.formats import WriteOptions
from dvtool.i18n import N_
from dvtool.messages import Message, Result, info
from dvtool.model import Award, Figure, Item, Report
from dvtool.numfmt import format_number
from dvtool.readers.docx import layout
from dvtool.sections import heading_for
from dvtool.writers.docx import custom_part, official
from dvtool.writers.docx.styles import (
    LANG,
    STYLE_IDS,
    column_widths,
    number_paragraph,
    numbered_list,
    repeat_header,
    setup_numbering,
    setup_page,
    setup_styles,
    table_paragraph,
)

# The report fields of the labelled lines under the title, in the order they are written.
_LABELLED_FIELDS = ("date", "location", "organizers", "reporting_year", "plan_year", "author", "publisher")
# Characters XML 1.0 cannot hold; they are left out of the visible text (the data part keeps them).
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
MAX_PROPERTY = 255
# Column widths (mm, 165 in all) of the attendance and awards tables. Each header word (12 pt
# bold) fits its column with room to spare, so no header breaks inside a word: "STT" (8 mm) had
# 0.2 mm in a 12 mm column less Word's 1.9 mm cell margins.
ATTENDEE_WIDTHS_MM = (14, 76, 50, 25)
AWARD_WIDTHS_MM = (14, 24, 24, 16, 16, 32, 39)


def write(report: Report, options: WriteOptions) -> Result[bytes]:
    """Write a report as a DOCX document (with dvtool's data part, see :mod:`.custom_part`)."""
    builder = _Builder(report)
    data = builder.build()
    return Result(data, tuple(builder.messages))


def render_visible(report: Report) -> bytes:
    """The DOCX of ``report`` without the data part: only what a person sees."""
    builder = _Builder(report)
    builder.lay_out()
    return builder.save()


class _Builder:
    """Builds one document; collects notes about values the visible text cannot show exactly."""

    def __init__(self, report: Report) -> None:
        import docx

        self.report = report
        self.document: Any = docx.Document()
        self.messages: list[Message] = []
        self._illegal = 0

    def lay_out(self) -> None:
        setup_styles(self.document)
        setup_numbering(self.document)
        setup_page(self.document)
        document = self.report.document
        official.header(self, document, self.report.publisher)
        if document is not None:
            official.kind_line(self, document, self.report.publisher)
        self._title()
        if document is not None:
            official.title_rule(self)
        self._labelled_lines()
        self._sections()
        if document is not None:
            official.footer(self, document)
        self._core_properties()

    def save(self) -> bytes:
        out = io.BytesIO()
        self.document.save(out)
        return out.getvalue()

    def build(self) -> bytes:
        from dvtool.interpret import interpret
        from dvtool.readers.docx import legacy_messages
        from dvtool.readers.docx.custom_part import frame_lines, package_key
        from dvtool.readers.docx.package_checks import check_zip
        from dvtool.readers.docx.parse import parse
        from dvtool.readers.docx.to_document import to_document

        self.lay_out()
        page = parse(self.save(), "<written>")
        visible = interpret(to_document(page, "<written>"))
        notes = [(m.code, m.text) for m in visible.messages]
        part = custom_part.attach(self.document, self.report, visible.value, notes, frame_lines(page))
        if not legacy_messages(page):
            # the reader may take this package as read while it stays as saved here
            names, xml_parts = check_zip(self.save(), "<written>")
            part.seal(package_key(names, xml_parts, part.name, part.visible_json, part.notes_json))
        if self._illegal:
            self.messages.append(
                info(
                    "hidden-control-characters",
                    "{count} control character is not shown in the text (dvtool's data part keeps it)",
                    plural=N_(
                        "{count} control characters are not shown in the text (dvtool's data part keeps them)"
                    ),
                    count=self._illegal,
                )
            )
        return self.save()

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
            paragraph._p.style = STYLE_IDS[style]
        if text:
            self.run(paragraph, text)
        return paragraph

    # -- parts ----------------------------------------------------------------------------

    def _title(self) -> None:
        self.paragraph(official.trich_yeu(self.report.document, self.report.title), "Title")

    def _labelled_lines(self) -> None:
        r = self.report
        organizers = list(r.organizers)
        if any(";" in name for name in organizers):
            self.messages.append(
                info(
                    "ambiguous-organizer",
                    "an organizer name contains ';', which separates organizers in DOCX",
                    pointer="/organizers",
                )
            )
        labels = layout_words().labels  # the first spelling of each is the one written
        lines: list[tuple[str, str | None]] = [
            (labels.time[0], layout.format_time(r.date, r.time_of_day)),
            (labels.location[0], r.location),
            (labels.organizers[0], layout.ORGANIZER_SEPARATOR.join(organizers) or None),
            (labels.reporting_year[0], str(r.reporting_year) if r.reporting_year is not None else None),
            (labels.plan_year[0], str(r.plan_year) if r.plan_year is not None else None),
            (labels.author[0], r.author),
            official.publisher_line(r, labels),
        ]
        shown = official.shown_by_frame(r) if r.document is not None else frozenset()
        for (label, value), field in zip(lines, _LABELLED_FIELDS, strict=True):
            if value is None or field in shown:
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
                # an official document numbers the points of each part "1.", "2.", … (NĐ 30,
                # HD 36: "I. KẾT QUẢ …" / "1. …"); a news report keeps "-" items
                num_id = numbered_list(self.document) if r.document is not None else None
                for item in items:
                    self._item(item, num_id)
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

    def _item(self, item: Item, num_id: str | None = None) -> None:
        """One "-" item (numbered in the list ``num_id``, if given); each figure's words in bold
        where the sentence states them."""
        paragraph = self.paragraph("", "List Bullet")
        if num_id is not None:
            number_paragraph(paragraph, num_id)
        for text, bold in _figure_spans(item.text, item.figures):
            self.run(paragraph, text, bold=bold)

    def _attendance(self) -> None:
        words = layout_words().attendee_table
        rows: list[list[Sequence[str]]] = []
        for chair in self.report.chairs:
            rows.append([[str(len(rows) + 1)], [chair.name], list(chair.titles), [words.chair_role]])
        for attendee in self.report.attendees:
            kind = words.kind_words[attendee.kind]
            rows.append([[str(len(rows) + 1)], [attendee.name], list(attendee.titles), [kind]])
        self._table(words.header, rows, ATTENDEE_WIDTHS_MM)

    def _awards(self, awards: Sequence[Award]) -> None:
        rows: list[list[Sequence[str]]] = []
        for index, award in enumerate(awards, start=1):
            rows.append(
                [
                    [str(index)],
                    [award.award],
                    [award.giver or ""],
                    [_count_cell(award.collectives)],
                    [_count_cell(award.individuals)],
                    list(award.recipients),
                    [award.reason or ""],
                ]
            )
        self._table(layout_words().award_table.header, rows, AWARD_WIDTHS_MM)

    def _table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[Sequence[str]]],
        widths_mm: Sequence[float],
    ) -> Any:
        """A Table Grid table with a bold, repeated header row; each cell holds paragraphs."""
        table = self.document.add_table(rows=1 + len(rows), cols=len(header))
        table.style = "Table Grid"
        column_widths(table, widths_mm)
        repeat_header(table.rows[0])
        for cell, text in zip(table.rows[0].cells, header, strict=True):
            paragraph = cell.paragraphs[0]
            table_paragraph(paragraph, center=True)
            self.run(paragraph, text, bold=True)
        for row, values in zip(table.rows[1:], rows, strict=True):
            for cell, paragraphs in zip(row.cells, values, strict=True):
                first = cell.paragraphs[0]
                table_paragraph(first)
                for index, text in enumerate(paragraphs):
                    paragraph = first if index == 0 else cell.add_paragraph()
                    table_paragraph(paragraph)
                    if text:
                        self.run(paragraph, text)
        return table

    def _core_properties(self) -> None:
        r = self.report
        props = self.document.core_properties
        props.title = self.property_text(r.title)
        signer = r.document.signer.name if r.document and r.document.signer else None
        props.author = self.property_text(signer or r.author or r.publisher or "")
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


def _figure_spans(text: str, figures: Sequence[Figure]) -> list[tuple[str, bool]]:
    """``text`` cut into (part, bold) spans: each figure's source words, found in order, bold."""
    spans: list[tuple[str, bool]] = []
    at = 0
    for figure in figures:
        found = text.find(figure.text, at) if figure.text.strip() else -1
        if found < 0:
            continue
        if found > at:
            spans.append((text[at:found], False))
        spans.append((figure.text, True))
        at = found + len(figure.text)
    if at < len(text) or not spans:
        spans.append((text[at:], False))
    return spans


def _count_cell(count: int) -> str:
    """An award's count of collectives or individuals as its table cell: empty where the text
    states none (0, which the Markdown writer leaves out too), else with Vietnamese thousands."""
    return format_number(count) if count else ""
