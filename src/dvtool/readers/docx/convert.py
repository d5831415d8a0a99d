"""Stage 2 of the DOCX reader: plain blocks → the report model.

Reads the layout dvtool writes (see :mod:`dvtool.writers.docx`) exactly, and documents people
write with the same sections: headings from heading styles, or — when the document uses no
heading styles for its sections — from bold, upper-case or numbered paragraphs; list items from
Word numbering, list styles or a typed "-", "+", "•"; attendance and awards from tables. A
document with no report layout at all is handed to the prose extractor (imported lazily, so
reading dvtool's own DOCX never loads it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from dvtool.errors import InputError
from dvtool.messages import Location, Message, Result, info, warning
from dvtool.model import Attendee, AttendeeKind, Award, Figure, Item, Person, Remark, Report, TimeOfDay
from dvtool.readers.docx import layout
from dvtool.readers.docx.parse import Block, Cell, Document, Paragraph, Table
from dvtool.sections import classify_heading, strip_numbering
from dvtool.vntext import fold

ITEM_SECTIONS = ("results", "limitations", "tasks")
UNKNOWN = "unknown"
MAX_HEADING_CHARS = 150

_MARKER = re.compile(r"^[-+•●▪◦‣∙·*–—]\s+")
_NUMBERED = re.compile(
    r"^\s*(?:(?:phần|mục|chương|phan|muc|chuong)\s+)?([IVXLC]+|\d+(?:\.\d+)*|[a-zđ])\s*[.)\-–:/]\s*",
    re.IGNORECASE,
)
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


def convert(document: Document, source: str) -> Result[Report]:
    """Build the report from extracted blocks; warnings name the paragraph or table."""
    return _Converter(document, source).run()


class _Converter:
    def __init__(self, document: Document, source: str) -> None:
        self.document = document
        self.source = source
        self.fields = _Fields()
        self.locations: dict[str, Location] = {}
        self.messages: list[Message] = list(document.messages)
        # dvtool's own documents and documents with styled section headings: trust the styles
        self.styled = document.written_by_dvtool or any(
            isinstance(b, Paragraph) and (b.heading_level or 0) >= 1 and classify_heading(b.text)
            for b in document.blocks
        )
        self.section: str | None = None
        self.section_level = 0
        self.expect_title = False
        self.dropped: dict[str, list[int]] = {}
        self.layout_seen = False
        self.last_item: tuple[str, int] | None = None
        self.unknown_name = ""
        self.prose: list[Paragraph] = []  # preamble paragraphs of a document a person wrote

    # -- driver ----------------------------------------------------------------------------

    def run(self) -> Result[Report]:
        for block in self.document.blocks:
            if isinstance(block, Paragraph):
                if block.text:
                    self.paragraph(block)
            else:
                self.table(block)
        # dvtool's own DOCX of a nearly empty report (a title only) has no layout to see, yet
        # is still exact; only documents people wrote go to extraction.
        if not self.layout_seen and not self.document.written_by_dvtool:
            return _hand_to_extraction(self.document, self.source)
        return self.finish()

    def finish(self) -> Result[Report]:
        f = self.fields
        if not f.title:
            self._fallback_title()
        assert f.title is not None  # _fallback_title raises when there is no text at all
        if self.prose:
            self._read_prose()
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
        return Result(report, tuple(self.messages), dict(self.locations))

    # -- paragraphs ------------------------------------------------------------------------

    def paragraph(self, p: Paragraph) -> None:
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
                        location=Location(paragraph=p.index),
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

    def title_candidate(self, p: Paragraph) -> bool:
        """Before the title: a Title-styled or centred paragraph, or the one after "BÁO CÁO"."""
        key = fold(p.text).strip(" .:")
        if p.heading_level == 0:
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
        if self.expect_title or (p.centered and not _is_boilerplate(key)):
            self.set("/title", "title", p.text, p)
            return True
        return False

    def heading_level(self, p: Paragraph) -> int | None:
        """The heading level of a paragraph, or None when it is body text."""
        if p.heading_level is not None and p.heading_level >= 1:
            return p.heading_level
        if self.styled or p.is_list or len(p.text) > MAX_HEADING_CHARS:
            return None
        numbered = _NUMBERED.match(p.text)
        letters = [c for c in p.text if c.isalpha()]
        upper = bool(letters) and all(c.isupper() for c in letters)
        if not (p.bold or upper or (numbered and classify_heading(p.text))):
            return None
        if numbered:
            mark = numbered.group(1)
            if _ROMAN.match(mark):
                return 1
            if mark[0].isdigit():
                return 2 + mark.count(".")
            return 3
        return 1 if upper else 2

    def start_section(self, section: str, level: int, p: Paragraph) -> None:
        self.section, self.section_level = section, level
        self.layout_seen = True
        self.last_item = None
        if section == "tasks":
            year = _PLAN_YEAR.search(fold(p.text))
            if year:
                self.fields.heading_plan_year = int(year.group(1))
                self.locations.setdefault("/plan_year", Location(paragraph=p.index))

    def labelled(self, p: Paragraph) -> bool:
        """A "Label: value" line naming a report field (preamble, or chairs anywhere)."""
        label, sep, value = p.text.partition(":")
        if not sep or p.is_list and self.section is not None:
            return False
        name = layout.LABELS.get(strip_numbering(fold(label)).strip(" .-"))
        if name is None or (self.section is not None and name != "chairs"):
            return False
        value = value.strip()
        self.layout_seen = True
        f = self.fields
        if name == "time":
            date, time_of_day = layout.parse_time(value)
            if date is None and time_of_day is None:
                self.warn("unparsed-time", f"cannot read a date or time of day from {value!r}", p)
            f.date, f.time_of_day = date or f.date, time_of_day or f.time_of_day
            self.locations["/date"] = self.locations["/time_of_day"] = Location(paragraph=p.index)
        elif name in ("reporting_year", "plan_year"):
            year = layout.parse_year(value)
            if year is None:
                self.warn("unparsed-year", f"cannot read a year from {value!r}", p)
            self.set(f"/{name}", name, year, p)
        elif name == "organizers":
            f.organizers = [o.strip() for o in value.split(";") if o.strip()]
            self.locations["/organizers"] = Location(paragraph=p.index)
        elif name == "chairs":
            f.chairs.extend(_chairs_from_text(value))
            self.locations["/chairs"] = Location(paragraph=p.index)
        else:
            self.set(f"/{name}", name, value or None, p)
        return True

    def preamble(self, p: Paragraph) -> None:
        key = fold(p.text)
        if _is_boilerplate(key):
            return
        if self.fields.title is None and not (_lead_like(p.text) and not self.document.written_by_dvtool):
            self.set("/title", "title", p.text, p)
            return
        if not self.document.written_by_dvtool:
            self.prose.append(p)  # "Ngày 15/12, Ban Dân vận … tổ chức hội nghị …": read in finish()
        self.drop(p, "")

    def entry(self, p: Paragraph) -> None:
        """One paragraph inside a known section."""
        text = p.text if p.is_list else _MARKER.sub("", p.text, count=1)
        section = self.section
        assert section is not None
        if section == "attendees":
            pointer = f"/attendees/{len(self.fields.attendees)}"
            self.fields.attendees.append(Attendee(name=text, kind="group"))
        elif section == "remarks":
            pointer = f"/remarks/{len(self.fields.sections['remarks'])}"
            self.fields.sections["remarks"].append(_remark(p, text))
        elif section == "awards":
            pointer = f"/awards/{len(self.fields.sections['awards'])}"
            self.fields.sections["awards"].append(_award_from_text(text))
        elif section in ITEM_SECTIONS and self._award_sentence(text, p):
            return
        else:
            items = self.fields.sections[section]
            pointer = f"/{section}/{len(items)}"
            items.append(Item(text) if section in ITEM_SECTIONS else text)
            if section in ITEM_SECTIONS:
                self.last_item = (section, len(items) - 1)
        self.locations[pointer] = Location(paragraph=p.index)

    # -- tables ----------------------------------------------------------------------------

    def table(self, t: Table) -> None:
        if not t.rows:
            return
        rows = [[_cell_text(c) for c in row] for row in t.rows[:3]]  # what the checks below read
        if _is_header_block(rows):
            self.header_block(t)
            return
        if _is_signature_block(rows):
            return  # Nơi nhận and the signature at the foot of an official document
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

    def header_block(self, t: Table) -> None:
        """Issuing body from the left column of the Quốc hiệu table (not layout on its own)."""
        left = [c for row in t.rows for c in row[:1] if c is not None]
        lines = [p for c in left for p in c.paragraphs if p]
        lines = [p for p in lines if not _NUMBER_LINE.match(fold(p)) and any(ch.isalnum() for ch in p)]
        if lines:
            self.set("/publisher", "publisher", " ".join(lines[-1:]), None, Location(table=t.index))

    def figure_table(self, t: Table, columns: dict[str, int]) -> None:
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
            self.locations[pointer] = Location(table=t.index)
        self.fields.sections[section][index] = Item(item.text, tuple(figures))

    def attendance_table(self, t: Table, columns: dict[str, int]) -> None:
        self.layout_seen = True
        for row in t.rows[1:]:
            name_cell = _at(row, columns["name"])
            name = " ".join(p for p in name_cell.paragraphs if p) if name_cell else ""
            if not name:
                continue
            titles_cell = _at(row, columns["titles"]) if "titles" in columns else None
            titles = tuple(p for p in titles_cell.paragraphs if p) if titles_cell else ()
            role = layout.role_kind(_cell_text(_at(row, columns["role"]))) if "role" in columns else None
            if role == "chair":
                self.locations[f"/chairs/{len(self.fields.chairs)}"] = Location(table=t.index)
                self.fields.chairs.append(Person(name=name, titles=titles))
            else:
                kind: AttendeeKind = role if role in ("person", "organization", "group") else "group"  # type: ignore[assignment]
                self.locations[f"/attendees/{len(self.fields.attendees)}"] = Location(table=t.index)
                self.fields.attendees.append(Attendee(name=name, kind=kind, titles=titles))

    def award_table(self, t: Table, columns: dict[str, int]) -> None:
        self.layout_seen = True
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
            self.locations[f"/awards/{len(awards)}"] = Location(table=t.index)
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

    def rows_as_entries(self, t: Table) -> None:
        """A table a person put in a list section: each row becomes one entry."""
        section = self.section
        assert section is not None
        for row in t.rows:
            parts: list[str] = []
            for cell in row:
                text = _cell_text(cell)
                if text and text not in parts:
                    parts.append(text)
            if not parts:
                continue
            text = "; ".join(parts)
            if section == "attendees":
                self.locations[f"/attendees/{len(self.fields.attendees)}"] = Location(table=t.index)
                self.fields.attendees.append(Attendee(name=text))
            else:
                items = self.fields.sections[section]
                self.locations[f"/{section}/{len(items)}"] = Location(table=t.index)
                items.append(Item(text) if section in ITEM_SECTIONS else text)
        self.messages.append(info("table-rows", "table read row by row", location=Location(table=t.index)))

    def drop_table(self, t: Table) -> None:
        self.messages.append(
            warning(
                "dropped-table",
                f"dropped table {t.index} (not a part of the report layout)",
                location=Location(table=t.index),
            )
        )

    # -- helpers ---------------------------------------------------------------------------

    def set(
        self, pointer: str, name: str, value: Any, p: Paragraph | None, where: Location | None = None
    ) -> None:
        setattr(self.fields, name, value)
        self.locations[pointer] = where or Location(paragraph=p.index if p else None)

    def warn(self, code: str, text: str, block: Block) -> None:
        where = (
            Location(paragraph=block.index) if isinstance(block, Paragraph) else Location(table=block.index)
        )
        self.messages.append(warning(code, text, location=where))

    def drop(self, p: Paragraph, what: str) -> None:
        key = what or (f"section {self.unknown_name!r}" if self.section == UNKNOWN else "")
        self.dropped.setdefault(key, []).append(p.index)

    def _undrop(self, index: int) -> None:
        for indexes in self.dropped.values():
            if index in indexes:
                indexes.remove(index)

    def _report_dropped(self) -> None:
        for what, indexes in self.dropped.items():
            if not indexes:
                continue
            where = _ranges(indexes)
            text = f"dropped {len(indexes)} paragraph{'s' if len(indexes) != 1 else ''}"
            text += f" of {what}" if what else " outside the report sections"
            self.messages.append(
                warning("dropped-paragraphs", f"{text} ({where})", location=Location(paragraph=indexes[0]))
            )

    def _fallback_title(self) -> None:
        """No title found: the first paragraph with text, else the first table cell with text."""
        for block in self.document.blocks:
            if isinstance(block, Paragraph) and block.text:
                self.set("/title", "title", block.text, block)
                self._undrop(block.index)
                return
            if isinstance(block, Table):
                for row in block.rows:
                    for cell in row:
                        lines = [p for p in cell.paragraphs if p] if cell is not None else []
                        if lines:
                            self.set("/title", "title", lines[0], None, Location(table=block.index))
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

    def _award_sentence(self, text: str, p: Paragraph) -> bool:
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
            self.locations[f"/awards/{len(awards)}"] = Location(paragraph=p.index)
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
            TextBlock(p.text, "paragraph", 0, Location(paragraph=p.index, excerpt=p.text[:80]))
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
            if where is None or where.paragraph is None:  # found in the title
                self.locations[pointer] = self.locations.get("/title", Location())
            else:
                self.locations[pointer] = Location(paragraph=where.paragraph)
                self._undrop(where.paragraph)
        self.messages.extend(m for m in extracted.messages if not m.is_warning and m.pointer in taken)

    def _plan_year(self) -> None:
        f = self.fields
        if f.plan_year is None:
            f.plan_year = f.heading_plan_year
        elif f.heading_plan_year is not None and f.heading_plan_year != f.plan_year:
            self.messages.append(
                warning(
                    "plan-year-mismatch",
                    f"the tasks heading says {f.heading_plan_year} but 'Năm kế hoạch' says {f.plan_year}; "
                    f"kept {f.plan_year}",
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


def _is_signature_block(rows: list[list[str]]) -> bool:
    """The footer table dvtool writes: "Nơi nhận:" (or nothing) beside the signature."""
    first = rows[0][0] if rows and rows[0] else None
    return first is not None and (
        fold(first).startswith("noi nhan") or (len(rows) == 1 and not first.strip())
    )


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


def _remark(p: Paragraph, text: str) -> Remark:
    """ "**Speaker:** text" — the speaker is the bold lead ending in a colon."""
    prefix = p.bold_prefix
    if prefix.endswith(":") and len(prefix) > 1 and p.text.startswith(prefix):
        rest = p.text[len(prefix) :].strip()
        if rest:
            return Remark(text=rest, speaker=prefix[:-1].strip())
    return Remark(text=text)


_HONORIFIC = re.compile(r"^(?:đồng chí|đ/c|ông|bà)\s+", re.IGNORECASE)


def _chairs_from_text(value: str) -> list[Person]:
    """ "đồng chí A - title, title; đồng chí B - title" as typed by people."""
    people: list[Person] = []
    for part in value.split(";"):
        part = _HONORIFIC.sub("", part.strip().rstrip("."))
        if not part:
            continue
        name, _, titles = _split_name(part)
        people.append(Person(name=name, titles=tuple(t.strip() for t in titles.split(",") if t.strip())))
    return people


def _split_name(part: str) -> tuple[str, str, str]:
    pieces = re.split(r"\s+[-–—]\s+|,\s*", part, maxsplit=1)
    return (pieces[0].strip(), "", pieces[1] if len(pieces) > 1 else "")


_AWARD_FORMS = re.compile(r"(cờ thi đua|bằng khen|giấy khen|danh hiệu [^,;]+)", re.IGNORECASE)


def _award_from_text(text: str) -> Award:
    """Best effort for an award typed as a sentence ("Bằng khen của UBND tỉnh cho 6 tập thể ...")."""
    form = _AWARD_FORMS.search(text)
    collectives = re.search(r"(\d+)\s+tập thể", text, re.IGNORECASE)
    individuals = re.search(r"(\d+)\s+cá nhân", text, re.IGNORECASE)
    giver = re.search(r"\bcủa\s+(.+?)(?=\s+(?:cho|tặng|trao)\b|,|$)", text, re.IGNORECASE)
    reason = re.search(r"\b((?:vì|đã có|có) thành tích.*)$", text, re.IGNORECASE)
    if form is None:
        return Award(award=text)
    return Award(
        award=form.group(1)[:1].upper() + form.group(1)[1:],
        giver=giver.group(1).strip() if giver else None,
        collectives=int(collectives.group(1)) if collectives else 0,
        individuals=int(individuals.group(1)) if individuals else 0,
        reason=reason.group(1).strip().rstrip(".") if reason else None,
    )


def _ranges(indexes: Iterable[int]) -> str:
    """ "paragraphs 3–5, 9"."""
    spans: list[list[int]] = []
    for i in sorted(indexes):
        if spans and i == spans[-1][1] + 1:
            spans[-1][1] = i
        else:
            spans.append([i, i])
    text = ", ".join(f"{a}–{b}" if a != b else str(a) for a, b in spans)
    return ("paragraph " if len(spans) == 1 and spans[0][0] == spans[0][1] else "paragraphs ") + text


def _figure_finder() -> Callable[[str], tuple[Figure, ...]]:
    """The prose figure finder, imported only when a human-written document needs it."""
    from dvtool.extract.numbers import find_figures

    return find_figures


# -- free-form documents -----------------------------------------------------------------------


def _hand_to_extraction(document: Document, source: str) -> Result[Report]:
    """Give a document without report layout to the prose extractor."""
    from dvtool.extract import extract_blocks
    from dvtool.extract.blocks import Block as TextBlock
    from dvtool.extract.blocks import BlockKind

    blocks = []
    for block in document.blocks:
        if isinstance(block, Paragraph):
            if not block.text:
                continue
            kind: BlockKind = (
                "heading"
                if block.heading_level is not None
                else "list_item"
                if block.is_list
                else "paragraph"
            )
            where = Location(paragraph=block.index, excerpt=block.text[:80])
            blocks.append(
                TextBlock(text=block.text, kind=kind, level=block.heading_level or 0, location=where)
            )
        else:
            for row in block.rows:
                cells = [_cell_text(c) for c in row if c is not None and not c.continued]
                text = " | ".join(c for c in cells if c)
                if text:
                    blocks.append(
                        TextBlock(text=text, kind="table_row", level=0, location=Location(table=block.index))
                    )
    result: Result[Report] = extract_blocks(blocks, source)
    return Result(result.value, tuple(document.messages) + tuple(result.messages), result.locations)
