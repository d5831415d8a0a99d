"""Stage 2 of the DOCX reader: plain blocks → the report model.

Reads the layout dvtool writes (see :mod:`dvtool.writers.docx`) exactly, and documents people
write with the same sections: headings from heading styles, or — when the document uses no
heading styles for its sections — from bold, upper-case or numbered paragraphs; list items from
Word numbering, list styles or a typed "-", "+", "•"; attendance and awards from tables. A
document with no report layout at all is handed to the prose extractor (imported lazily, so
reading dvtool's own DOCX never loads it).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from dvtool.document import Block, Cell, Document
from dvtool.errors import InputError
from dvtool.extract.blocks import classify_line, strip_marker
from dvtool.extract.cues import fold_aligned
from dvtool.mdformat import GIVER_WORD, award_field, kind_from_word
from dvtool.messages import Location, Message, Result, info, warning
from dvtool.model import Attendee, AttendeeKind, Award, Figure, Item, Person, Remark, Report, TimeOfDay
from dvtool.readers.docx import layout
from dvtool.sections import classify_heading, strip_numbering
from dvtool.vntext import fold

ITEM_SECTIONS = ("results", "limitations", "tasks")
UNKNOWN = "unknown"
PLAN_YEAR_NOTE = "plan-year-heading"
MAX_HEADING_CHARS = 150

_NUMBER_MARK = re.compile(r"^\s*(?:(?:phan|muc|chuong)\s+)?([ivxlc]+|\d+(?:\.\d+)*|[a-z])\s*[.)\-:/]\s*")
_ROMAN = re.compile(r"^[IVXLC]+$")
_PLAN_YEAR = re.compile(r"\bnam\s+(\d{4})\b")
_BOILERPLATE = (
    "cong hoa xa hoi chu nghia viet nam",
    "doc lap - tu do - hanh phuc",
    "doc lap, tu do, hanh phuc",
    "dang cong san viet nam",
)
_NUMBER_LINE = re.compile(r"^so\s*:|^so\s+\d")  # "Số: 05/BC-SNV", "Số 07-HD/BDVTU"
# A title (trích yếu) is a line or two with no closing period; otherwise it is body text.
MAX_TITLE = 250


def _lead_like(text: str) -> bool:
    """A sentence of body text rather than a title line."""
    return len(text) > MAX_TITLE or text.rstrip().endswith(".")


_DOC_TYPES = {"bao cao", "bien ban", "thong bao", "ket luan", "tom tat", "tham luan", "tin", "ban tin"}


@dataclass
class _Fields:
    """The report under construction, with where each value came from."""

    title: str | None = None
    date: str | None = None
    time_of_day: str | None = None
    location: str | None = None
    organizers: list[str] = field(default_factory=list)
    chairs: list[Person] = field(default_factory=list)
    attendees: list[Attendee] = field(default_factory=list)
    reporting_year: int | None = None
    plan_year: int | None = None
    heading_plan_year: int | None = None
    sections: dict[str, list[Any]] = field(
        default_factory=lambda: {
            "results": [],
            "limitations": [],
            "tasks": [],
            "remarks": [],
            "awards": [],
            "related": [],
        }
    )
    author: str | None = None
    publisher: str | None = None


def read(document: Document) -> Result[Report] | None:
    """The report of a structured document, or None when it has no layout this stage reads."""
    converter = _Converter(document, document.source)
    converter.scan()
    return converter.finish() if converter.claims() else None


class _Converter:
    def __init__(self, document: Document, source: str) -> None:
        self.document = document
        self.source = source
        self.fields = _Fields()
        self.locations: dict[str, Location] = {}
        self.messages: list[Message] = list(document.messages)
        # dvtool's own documents and documents with styled section headings: trust the styles
        self.styled = document.written_by_dvtool or any(
            b.kind != "table" and (_heading(b) or 0) >= 1 and classify_heading(b.text)
            for b in document.blocks
        )
        self.section: str | None = None
        self.section_level = 0
        self.expect_title = False
        self.dropped: dict[str, list[int]] = {}
        self.layout_seen = False
        self.strong = False  # "Label: value" lines or tables of dvtool's layout
        self.took_children = False  # the last entry read its nested blocks itself
        self.title_guessed = False
        self.entries: list[tuple[Block, str]] = []  # entry blocks and the pointer each made
        self.marked_sections: set[str] = set()  # sections under a heading the format marks
        self.last_item: tuple[str, int] | None = None
        self.unknown_name = ""
        self.prose: list[Block] = []  # preamble paragraphs of a document a person wrote
        self.unit = "paragraph" if document.origin == "docx" else "line"

    def place_of(self, number: int) -> Location:
        return Location(paragraph=number) if self.unit == "paragraph" else Location(line=number)

    # -- driver ----------------------------------------------------------------------------

    def run(self) -> Result[Report]:
        self.walk(self.document.blocks)
        return self.finish()

    def claims(self) -> bool:
        """Whether the document has a report layout this stage reads (after :meth:`scan`).

        dvtool's own DOCX (even a nearly empty one), "Label: value" lines, tables of figures,
        awards or attendance, and section headings the format marks (a Markdown or HTML
        heading, a Word heading style, a bold line). Plain numbered or upper-case lines alone
        are left to the prose stage, which reads them as well.
        """
        return self.document.written_by_dvtool or self.strong or bool(self.marked_sections - {"related"})

    def scan(self) -> None:
        self.walk(self.document.blocks)

    def finish(self) -> Result[Report]:
        f = self.fields
        if not f.title:
            self._fallback_title()
        assert f.title is not None  # _fallback_title raises when there is no text at all
        if self.prose or not self.document.written_by_dvtool:
            self._read_prose()
        if not self.document.written_by_dvtool:
            self._read_zones()
        if not self.document.written_by_dvtool:
            self._read_tail()
            self._dedupe_related()
        self._plan_year()
        self._report_dropped()
        if not self.document.written_by_dvtool:
            self._find_figures()
        report = Report(
            title=f.title,
            date=f.date,
            time_of_day=_time_of_day(f.time_of_day),
            location=f.location,
            organizers=tuple(f.organizers),
            chairs=tuple(f.chairs),
            attendees=tuple(f.attendees),
            reporting_year=f.reporting_year,
            plan_year=f.plan_year,
            results=tuple(f.sections["results"]),
            limitations=tuple(f.sections["limitations"]),
            tasks=tuple(f.sections["tasks"]),
            remarks=tuple(f.sections["remarks"]),
            awards=tuple(f.sections["awards"]),
            author=f.author,
            publisher=f.publisher,
            related=tuple(f.sections["related"]),
        )
        if not self.document.written_by_dvtool:
            from dvtool.extract.core import not_found

            self.messages.extend(not_found(report))
        return Result(report, tuple(self.messages), dict(self.locations))

    def walk(self, blocks: tuple[Block, ...]) -> None:
        for block in blocks:
            if block.kind == "table":
                self.table(block)
                continue
            if block.text:
                self.paragraph(block)
            if block.children and not self.took_children:
                self.walk(block.children)  # nested list items are items of their own
            self.took_children = False

    # -- paragraphs ------------------------------------------------------------------------

    def paragraph(self, p: Block) -> None:
        if self.section is None and self.fields.title is None and self.title_candidate(p):
            return
        if self.section is None and self.labelled(p):
            return
        level = self.heading_level(p)
        if level is not None:
            section = classify_heading(p.text)
            if section is not None:
                self.start_section(section, level, p)
                return
            if self.section not in (None, UNKNOWN) and level > self.section_level:
                self.messages.append(
                    info(
                        "subheading",
                        f"sub-heading {p.text!r} read as part of its section",
                        location=_place(p),
                    )
                )
                return
            if self.section is not None or self.fields.title is not None:
                self.section, self.section_level = UNKNOWN, level
                self.unknown_name = p.text
                self.drop(p, "")
                return
        if self.labelled(p):
            return
        if self.section is None:
            self.preamble(p)
        elif self.section == UNKNOWN:
            self.drop(p, "")
        else:
            self.entry(p)

    def title_candidate(self, p: Block) -> bool:
        """Before the title: a Title-styled or centred paragraph, or the one after "BÁO CÁO"."""
        key = fold(p.text).strip(" .:")
        if _heading(p) == 0:
            self.set("/title", "title", p.text, p)
            return True
        if key in _DOC_TYPES:
            self.expect_title = True
            return True
        if self.expect_title and _lead_like(p.text):
            # "BÁO CÁO" followed straight by the opening paragraph: that is the lead, not a
            # title; it still fills the date, organizers and chairs below.
            self.expect_title = False
            return False
        if self.expect_title or (p.hints.centered and not _is_boilerplate(key)):
            self.set("/title", "title", p.text, p)
            return True
        return False

    def heading_level(self, p: Block) -> int | None:
        """The heading level of a paragraph, or None when it is body text."""
        if p.kind == "heading" and p.level >= 1:
            return p.level
        if self.styled or (p.kind == "list_item") or len(p.text) > MAX_HEADING_CHARS:
            return None
        line = classify_line(p.text)
        if line.kind == "heading" and (self.section is None or line.level > 1 or classify_heading(p.text)):
            return line.level
        numbered = _NUMBER_MARK.match(fold_aligned(p.text))  # offsets are those of p.text
        letters = [c for c in p.text if c.isalpha()]
        upper = bool(letters) and all(c.isupper() for c in letters)
        if not (p.hints.bold or upper or (numbered and classify_heading(p.text))):
            return None
        if numbered:
            mark = p.text[numbered.start(1) : numbered.end(1)]
            if _ROMAN.match(mark):
                return 1
            if mark[0].isdigit():
                return 2 + mark.count(".")
            return 3
        return 1 if upper else 2

    def start_section(self, section: str, level: int, p: Block) -> None:
        self.section, self.section_level = section, level
        self.layout_seen = True
        self.marked_sections.add(section)
        self.last_item = None
        if section == "tasks":
            year = _PLAN_YEAR.search(fold(p.text))
            if year:
                self.fields.heading_plan_year = int(year.group(1))
                self.locations.setdefault("/plan_year", _place(p))

    def labelled(self, p: Block) -> bool:
        """A "Label: value" line naming a report field (preamble, or chairs anywhere)."""
        label, sep, value = p.text.partition(":")
        if not sep or (p.kind == "list_item") and self.section is not None:
            return False
        name = layout.LABELS.get(strip_numbering(fold(label)).strip(" .-"))
        if name is None or (self.section is not None and name != "chairs"):
            return False
        value = value.strip()
        self.layout_seen = True
        # A byline ("Tác giả: …") ends many news items; alone it is no report layout.
        self.strong = self.strong or name not in ("author", "publisher")
        f = self.fields
        if name == "time":
            date, time_of_day = layout.parse_time(value)
            if date is None and time_of_day is None:
                self.warn("unparsed-time", f"cannot read a date or time of day from {value!r}", p)
            f.date, f.time_of_day = date or f.date, time_of_day or f.time_of_day
            self.locations["/date"] = self.locations["/time_of_day"] = _place(p)
        elif name in ("reporting_year", "plan_year"):
            year = layout.parse_year(value)
            if year is None:
                self.warn("unparsed-year", f"cannot read a year from {value!r}", p)
            self.set(f"/{name}", name, year, p)
        elif name == "organizers":
            f.organizers = [o.strip() for o in value.split(";") if o.strip()]
            self.locations["/organizers"] = _place(p)
        elif name == "chairs":
            f.chairs.extend(_chairs_from_text(value))
            self.locations["/chairs"] = _place(p)
        else:
            self.set(f"/{name}", name, value or None, p)
        return True

    def preamble(self, p: Block) -> None:
        key = fold(p.text)
        if _is_boilerplate(key):
            return
        if self.fields.title is None and not (_lead_like(p.text) and not self.document.written_by_dvtool):
            self.set("/title", "title", p.text, p)
            self.title_guessed = True  # the first line: the prose stage's zones may know better
            return
        if not self.document.written_by_dvtool:
            self.prose.append(p)  # "Ngày 15/12, Ban Dân vận … tổ chức hội nghị …": read in finish()
        self.drop(p, "")

    def entry(self, p: Block) -> None:
        """One paragraph inside a known section."""
        text = p.text if (p.kind == "list_item") else strip_marker(p.text)
        section = self.section
        assert section is not None
        if section == "attendees":
            pointer = f"/attendees/{len(self.fields.attendees)}"
            self.fields.attendees.append(self._attendee(p, text))
        elif section == "remarks":
            pointer = f"/remarks/{len(self.fields.sections['remarks'])}"
            self.fields.sections["remarks"].append(
                _remark(p, text, written_by_dvtool=self.document.written_by_dvtool)
            )
        elif section == "awards":
            pointer = f"/awards/{len(self.fields.sections['awards'])}"
            self.fields.sections["awards"].append(self._award(p, text))
        elif section in ITEM_SECTIONS and self._award_sentence(text, p):
            return
        else:
            items = self.fields.sections[section]
            pointer = f"/{section}/{len(items)}"
            items.append(Item(text) if section in ITEM_SECTIONS else text)
            if section in ITEM_SECTIONS:
                self.last_item = (section, len(items) - 1)
        self.locations[pointer] = _place(p)
        self.entries.append((p, pointer))

    def _attendee(self, p: Block, text: str) -> Attendee:
        """ "Nguyễn Văn A *(cá nhân)*" with its titles as nested items (dvtool's Markdown)."""
        kind: AttendeeKind = "group"
        spans = [s for s in p.spans if s.text]
        if len(spans) >= 2 and spans[-1].style == "italic":
            named = kind_from_word(spans[-1].text)
            before = "".join(s.text for s in spans[:-1])
            if named is not None and before.endswith(" "):
                text, kind = before[:-1], named  # type: ignore[assignment]
        titles = tuple(c.text for c in p.children if c.text)
        self.took_children = bool(titles)
        return Attendee(name=text, kind=kind, titles=titles)

    def _award(self, p: Block, text: str) -> Award:
        """An award line; nested "Số tập thể: 6", "Được khen:" items fill its fields."""
        spans = [s for s in p.spans if s.text]
        if spans and spans[0].style == "bold" and len(spans) > 1:
            rest = "".join(s.text for s in spans[1:])
            lead = f" {GIVER_WORD} "
            giver = rest.removeprefix(lead).strip() if rest.startswith(lead) else None
            award = Award(award=spans[0].text, giver=giver or None)
        elif spans and spans[0].style == "bold":
            award = Award(award=spans[0].text)
        else:
            award = _award_from_text(text)
        details: dict[str, Any] = {}
        recipients: list[str] = list(award.recipients)
        for child in p.children:
            label, colon, value = child.text.partition(":")
            key = award_field(label) if colon else None
            if key in ("collectives", "individuals"):
                count = layout.parse_count(value)
                details[key] = count if count is not None else 0
            elif key == "recipients":
                recipients += [value.strip()] if value.strip() else []
                recipients += [c.text for c in child.children if c.text]
            elif key in ("reason", "giver"):
                details[key] = value.strip() or None
        self.took_children = bool(p.children)
        return dataclasses.replace(award, recipients=tuple(recipients), **details)

    # -- tables ----------------------------------------------------------------------------

    def table(self, t: Block) -> None:
        if not t.rows:
            return
        rows = [[_cell_text(c) for c in row] for row in t.rows[:3]]  # what the checks below read
        if _is_header_block(rows):
            self.header_block(t)
            return
        header = rows[0]
        figures = layout.match_columns(header, layout.FIGURE_COLUMNS)
        attendance = layout.match_columns(header, layout.ATTENDEE_COLUMNS)
        awards = layout.match_columns(header, layout.AWARD_COLUMNS)
        if figures and {"text", "value"} <= figures.keys() and self.section in ITEM_SECTIONS:
            self.figure_table(t, figures)
        elif awards and "award" in awards and awards.keys() & {"collectives", "individuals", "recipients"}:
            self.award_table(t, awards)
        elif attendance and "name" in attendance and attendance.keys() & {"role", "titles"}:
            self.attendance_table(t, attendance)
        elif self.section in (*ITEM_SECTIONS, "related", "attendees"):
            self.rows_as_entries(t)
        else:
            self.drop_table(t)

    def header_block(self, t: Block) -> None:
        """Issuing body from the left column of the Quốc hiệu table (not layout on its own)."""
        left = [c for row in t.rows for c in row[:1] if c is not None]
        lines = [p for c in left for p in c.paragraphs if p]
        lines = [p for p in lines if not _NUMBER_LINE.match(fold(p)) and any(ch.isalnum() for ch in p)]
        if lines:
            self.set("/publisher", "publisher", " ".join(lines[-1:]), None, _place(t))

    def figure_table(self, t: Block, columns: dict[str, int]) -> None:
        if self.last_item is None:
            self.drop_table(t)
            return
        section, index = self.last_item
        item = self.fields.sections[section][index]
        figures = list(item.figures)
        for row_number, row in enumerate(t.rows[1:], start=2):
            cells = {name: _cell_text(_at(row, i)) for name, i in columns.items()}
            text, value = cells.get("text", ""), layout.parse_number(cells.get("value", ""))
            if not text and not cells.get("value"):
                continue
            total_text = cells.get("total", "")
            total = layout.parse_number(total_text) if total_text else None
            if not text or value is None or (total_text and total is None):
                self.warn("unparsed-figure", f"row {row_number} of the figures table is not a figure", t)
                continue
            pointer = f"/{section}/{index}/figures/{len(figures)}"
            figures.append(Figure(value=value, text=text, unit=cells.get("unit") or None, total=total))
            self.locations[pointer] = _place(t)
        self.fields.sections[section][index] = Item(item.text, tuple(figures))

    def attendance_table(self, t: Block, columns: dict[str, int]) -> None:
        self.layout_seen = self.strong = True
        for row in t.rows[1:]:
            name_cell = _at(row, columns["name"])
            name = " ".join(p for p in name_cell.paragraphs if p) if name_cell else ""
            if not name:
                continue
            titles_cell = _at(row, columns["titles"]) if "titles" in columns else None
            titles = tuple(p for p in titles_cell.paragraphs if p) if titles_cell else ()
            role = layout.role_kind(_cell_text(_at(row, columns["role"]))) if "role" in columns else None
            if role == "chair":
                self.locations[f"/chairs/{len(self.fields.chairs)}"] = _place(t)
                self.fields.chairs.append(Person(name=name, titles=titles))
            else:
                kind: AttendeeKind = role if role in ("person", "organization", "group") else "group"  # type: ignore[assignment]
                self.locations[f"/attendees/{len(self.fields.attendees)}"] = _place(t)
                self.fields.attendees.append(Attendee(name=name, kind=kind, titles=titles))

    def award_table(self, t: Block, columns: dict[str, int]) -> None:
        self.layout_seen = self.strong = True
        awards = self.fields.sections["awards"]
        for row_number, row in enumerate(t.rows[1:], start=2):

            def text(name: str, row: tuple[Cell | None, ...] = row) -> str:
                return _cell_text(_at(row, columns[name])) if name in columns else ""

            if not text("award"):
                continue
            counts = []
            for name in ("collectives", "individuals"):
                count = layout.parse_count(text(name))
                if count is None:
                    self.warn("unparsed-count", f"row {row_number}: {text(name)!r} is not a count", t)
                    count = 0
                counts.append(count)
            recipients_cell = _at(row, columns["recipients"]) if "recipients" in columns else None
            self.locations[f"/awards/{len(awards)}"] = _place(t)
            awards.append(
                Award(
                    award=text("award"),
                    giver=text("giver") or None,
                    collectives=counts[0],
                    individuals=counts[1],
                    recipients=tuple(p for p in recipients_cell.paragraphs if p) if recipients_cell else (),
                    reason=text("reason") or None,
                )
            )

    def rows_as_entries(self, t: Block) -> None:
        """A table a person put in a list section: each row becomes one entry."""
        section = self.section
        assert section is not None
        for row in t.rows[_header_rows(t) :]:
            parts: list[str] = []
            for cell in row:
                text = _cell_text(cell)
                if text and text not in parts:
                    parts.append(text)
            if not parts:
                continue
            text = "; ".join(parts)
            if section == "attendees":
                self.locations[f"/attendees/{len(self.fields.attendees)}"] = _place(t)
                self.fields.attendees.append(Attendee(name=text))
            else:
                items = self.fields.sections[section]
                self.locations[f"/{section}/{len(items)}"] = _place(t)
                items.append(Item(text) if section in ITEM_SECTIONS else text)
        self.messages.append(info("table-rows", "table read row by row", location=_place(t)))

    def drop_table(self, t: Block) -> None:
        self.messages.append(
            warning(
                "dropped-table",
                f"dropped table {_place(t).table} (not a part of the report layout)",
                location=_place(t),
            )
        )

    # -- helpers ---------------------------------------------------------------------------

    def set(
        self, pointer: str, name: str, value: Any, p: Block | None, where: Location | None = None
    ) -> None:
        setattr(self.fields, name, value)
        self.locations[pointer] = where or (_place(p) if p else Location())

    def warn(self, code: str, text: str, block: Block) -> None:
        self.messages.append(warning(code, text, location=_place(block)))

    def drop(self, p: Block, what: str) -> None:
        key = what or (f"section {self.unknown_name!r}" if self.section == UNKNOWN else "")
        self.dropped.setdefault(key, []).append(_number(p))

    def _undrop(self, index: int) -> None:
        for indexes in self.dropped.values():
            if index in indexes:
                indexes.remove(index)

    def _report_dropped(self) -> None:
        for what, indexes in self.dropped.items():
            if not indexes:
                continue
            where = _ranges(indexes, self.unit)
            text = f"dropped {len(indexes)} paragraph{'s' if len(indexes) != 1 else ''}"
            text += f" of {what}" if what else " outside the report sections"
            self.messages.append(
                warning("dropped-paragraphs", f"{text} ({where})", location=self.place_of(indexes[0]))
            )

    def _fallback_title(self) -> None:
        """No title found: the first paragraph with text, else the first table cell with text."""
        for block in self.document.blocks:
            if block.kind != "table" and block.text:
                self.set("/title", "title", block.text, block)
                self._undrop(_number(block))
                return
            if block.kind == "table":
                for row in block.rows:
                    for cell in row:
                        lines = [p for p in cell.paragraphs if p] if cell is not None else []
                        if lines:
                            self.set("/title", "title", lines[0], None, _place(block))
                            return
        dropped = "; ".join(m.text for m in self.document.messages)
        raise InputError(
            "the document has no text to read a report from" + (f" ({dropped})" if dropped else ""),
            self.source,
        )

    def _find_figures(self) -> None:
        """Figures of items a person wrote (no figures table): from the shared number parser."""
        finder = _figure_finder()
        for section in ITEM_SECTIONS:
            items = self.fields.sections[section]
            for i, item in enumerate(items):
                if not item.figures:
                    items[i] = Item(item.text, tuple(finder(item.text)))

    def _award_sentence(self, text: str, p: Block) -> bool:
        """An award sentence a person typed under a section ("Dịp này, UBND huyện tặng Giấy khen
        cho 4 tập thể …") is an award, not an item. dvtool's own items are kept as written."""
        if self.document.written_by_dvtool:
            return False
        from dvtool.extract.awards import is_award_sentence, parse_awards

        if not is_award_sentence(text):
            return False
        awards = self.fields.sections["awards"]
        found = parse_awards(text, awards[-1].giver if awards else None)
        for award in found:
            self.locations[f"/awards/{len(awards)}"] = _place(p)
            awards.append(award)
        return bool(found)

    def _read_prose(self) -> None:
        """Fill the fields the layout left empty from the preamble prose, through extraction."""
        from dvtool.extract import Block as TextBlock
        from dvtool.extract import extract_blocks

        title = self.fields.title or ""
        # A bare "BÁO CÁO" title would be read as a document-type line joined to the lead.
        head = [] if fold(title).strip(" .:") in _DOC_TYPES else [TextBlock(title, "heading", 1)]
        blocks = head + [
            TextBlock(p.text, "paragraph", 0, dataclasses.replace(_place(p), excerpt=p.text[:80]))
            for p in self.prose
        ]
        extracted = extract_blocks(blocks, self.source)
        f, found = self.fields, extracted.value
        taken: list[str] = []
        for name in ("date", "time_of_day", "location", "reporting_year"):
            if getattr(f, name) is None and getattr(found, name) is not None:
                setattr(f, name, getattr(found, name))
                taken.append(f"/{name}")
        for name in ("organizers", "chairs", "attendees"):
            if not getattr(f, name) and getattr(found, name):
                setattr(f, name, list(getattr(found, name)))
                taken.extend(p for p in extracted.locations if p.startswith(f"/{name}/"))
        for pointer in taken:
            where = extracted.locations.get(pointer)
            if where is None or (where.paragraph is None and where.line is None):  # in the title
                self.locations[pointer] = self.locations.get("/title", Location())
            else:
                self.locations[pointer] = Location(line=where.line, paragraph=where.paragraph)
                self._undrop(where.paragraph if where.paragraph is not None else where.line or 0)
        self.messages.extend(m for m in extracted.messages if not m.is_warning and m.pointer in taken)

    def _read_zones(self) -> None:
        """Header, title and signature zones of a typed official report, as the prose stage
        reads them: the title after the header lines, the place-and-date line, the signer."""
        from dvtool.interpret.prose import read as read_prose

        whole = read_prose(dataclasses.replace(self.document, messages=()))
        found, f = whole.value, self.fields
        if self.title_guessed and found.title and found.title != f.title:
            f.title = found.title
            self.locations["/title"] = whole.locations.get("/title", Location())
        for name in ("date", "time_of_day", "reporting_year", "author", "publisher"):
            if getattr(f, name) is None and getattr(found, name) is not None:
                setattr(f, name, getattr(found, name))
                self.locations[f"/{name}"] = whole.locations.get(f"/{name}", Location())

    def _read_tail(self) -> None:
        """A byline or signature at the end ("Lê Thắng - Hội CCB huyện") is author and
        publisher, not the last item: read with the prose reader's own tail rule."""
        from dvtool.extract.core import read_tail

        entries = [(p, ptr) for p, ptr in self.entries if ptr.split("/")[1] in ITEM_SECTIONS]
        tail = read_tail([p for p, _ in entries])
        if not tail.size or (tail.author is None and tail.publisher is None):
            return
        last = entries[-tail.size :]
        for section in ITEM_SECTIONS:
            indexes = [int(ptr.split("/")[2]) for _, ptr in last if ptr.split("/")[1] == section]
            size = len(self.fields.sections[section])
            if indexes != list(range(size - len(indexes), size)):
                return  # not the last items of their sections: leave them alone
        for _, pointer in reversed(last):
            self.fields.sections[pointer.split("/")[1]].pop()
            self.locations.pop(pointer, None)
        for name in ("author", "publisher"):
            value = getattr(tail, name)
            if value is not None and getattr(self.fields, name) is None:
                setattr(self.fields, name, value)
                self.locations[f"/{name}"] = tail.locations.get(f"/{name}", Location())

    def _dedupe_related(self) -> None:
        """A page lists a related headline twice (two widgets): keep it once."""
        related = self.fields.sections["related"]
        kept = list(dict.fromkeys(related))
        if len(kept) == len(related):
            return
        places = {text: self.locations.get(f"/related/{i}") for i, text in reversed(list(enumerate(related)))}
        for i in range(len(related)):
            self.locations.pop(f"/related/{i}", None)
        for i, text in enumerate(kept):
            where = places.get(text)
            if where is not None:
                self.locations[f"/related/{i}"] = where
        self.fields.sections["related"] = kept

    def _plan_year(self) -> None:
        f = self.fields
        if f.plan_year is None:
            f.plan_year = f.heading_plan_year
            if f.plan_year is not None:
                self.messages.append(info(PLAN_YEAR_NOTE, "plan year taken from the tasks heading"))
        elif f.heading_plan_year is not None and f.heading_plan_year != f.plan_year:
            self.messages.append(
                warning(
                    "plan-year-mismatch",
                    f"the tasks heading says {f.heading_plan_year} but "
                    f"'{layout.LABEL_PLAN_YEAR}' says {f.plan_year}; kept {f.plan_year}",
                    pointer="/plan_year",
                )
            )


# -- small readers ---------------------------------------------------------------------------


def _cell_text(cell: Cell | None) -> str:
    return cell.text.strip() if cell is not None else ""


def _at(row: tuple[Cell | None, ...], index: int) -> Cell | None:
    return row[index] if index < len(row) else None


def _is_header_block(rows: list[list[str]]) -> bool:
    text = fold(" ".join(t for row in rows[:3] for t in row))
    return "cong hoa xa hoi chu nghia viet nam" in text or "dang cong san viet nam" in text


def _is_boilerplate(key: str) -> bool:
    """Quốc hiệu, Tiêu ngữ, "Số: ...", a place-and-date line, rules made of dashes or stars."""
    return (
        key.startswith(_BOILERPLATE)
        or bool(_NUMBER_LINE.match(key))
        or not any(c.isalnum() for c in key)
        or _is_place_date(key)
    )


def _is_place_date(key: str) -> bool:
    """ "Hà Nội, ngày 05 tháng 01 năm 2020" — the header's place and date line."""
    return bool(re.search(r"^[^,]{1,40}, ngay\s+\S+\s+thang\s+\S+\s+nam\s+\S+$", key))


def _time_of_day(value: str | None) -> TimeOfDay | None:
    if value == "morning":
        return "morning"
    if value == "afternoon":
        return "afternoon"
    if value == "evening":
        return "evening"
    return None


def _remark(p: Block, text: str, *, written_by_dvtool: bool = False) -> Remark:
    """ "**Speaker:** text" — the speaker is the bold lead ending in a colon."""
    prefix = p.hints.bold_prefix
    if prefix.endswith(":") and len(prefix) > 1 and p.text.startswith(prefix):
        rest = p.text[len(prefix) :].strip()
        if rest:
            return Remark(text=rest, speaker=prefix[:-1].strip())
    if prefix and p.text.startswith(prefix + ":"):  # "**Speaker**: text", as dvtool writes it
        rest = p.text[len(prefix) + 1 :].strip()
        if rest:
            return Remark(text=rest, speaker=prefix.strip())
    if written_by_dvtool:
        return Remark(text=text)
    from dvtool.extract.people import find_speaker  # "Đồng chí Trần Thị Lan đề nghị …"

    return Remark(text=text, speaker=find_speaker(text))


def _chairs_from_text(value: str) -> list[Person]:
    """ "đồng chí A - title, title; đồng chí B - title" as typed by people: the prose stage's
    people parser."""
    from dvtool.extract.people import parse_people

    return [Person(name=p.name, titles=p.titles) for p in parse_people(value)]


def _award_from_text(text: str) -> Award:
    """An award typed as a sentence ("Bằng khen của UBND tỉnh cho 6 tập thể …"): read by the
    prose stage's award parser; a line it cannot read is kept whole as the award's name."""
    from dvtool.extract.awards import parse_awards
    from dvtool.extract.cues import cues

    found = parse_awards(text)
    if len(found) == 1:
        return found[0]
    name = cues().award_names.at_start(text)
    if name is None:
        return Award(award=text)
    rest = text[name.end :].strip(" .")
    giver = rest[len(GIVER_WORD) :].strip() if rest.startswith(GIVER_WORD + " ") else ""
    return Award(award=text[: name.end], giver=giver or None)


def _ranges(indexes: Iterable[int], unit: str = "paragraph") -> str:
    """ "paragraphs 3–5, 9"."""
    spans: list[list[int]] = []
    for i in sorted(indexes):
        if spans and i == spans[-1][1] + 1:
            spans[-1][1] = i
        else:
            spans.append([i, i])
    text = ", ".join(f"{a}–{b}" if a != b else str(a) for a, b in spans)
    return (unit + " " if len(spans) == 1 and spans[0][0] == spans[0][1] else unit + "s ") + text


MAX_HEADER_CELL = 40


def _header_rows(table: Block) -> int:
    """Rows that head a table: marked so by the format, or a first row of short labels
    without figures ("Chỉ tiêu | Kết quả") above further rows."""
    if table.header_rows:
        return table.header_rows
    if len(table.rows) < 2:
        return 0
    cells = [c.text for c in table.rows[0] if c is not None]
    looks = all(len(c) <= MAX_HEADER_CELL and not any(ch.isdigit() for ch in c) for c in cells)
    return 1 if cells and looks else 0


def _place(block: Block) -> Location:
    return block.location or Location()


def _number(block: Block) -> int:
    """A block's paragraph number (DOCX) or line (text formats), for "paragraphs 3–5"."""
    where = _place(block)
    return where.paragraph if where.paragraph is not None else where.line or 0


def _heading(block: Block) -> int | None:
    """A heading's level (0 for a Word Title), None for other blocks."""
    return block.level if block.kind == "heading" else None


def _figure_finder() -> Callable[[str], tuple[Figure, ...]]:
    """The prose figure finder, imported only when a human-written document needs it."""
    from dvtool.extract.numbers import find_figures

    return find_figures
