"""The structured stage: sections, "Label: value" lines and tables, for every format.

Reads dvtool's own Word layout exactly, and reports people type in any format: section
headings from Markdown/HTML headings, Word heading styles, or bold, upper-case or numbered
lines; list items; labels under the title; tables (:mod:`.tables`). What the layout leaves
empty is read by the prose stage's rules (:mod:`.fill`). A document without layout is left
to the prose stage (:func:`read` returns None).
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from dvtool.document import Block, Document
from dvtool.extract import requests
from dvtool.extract.blocks import strip_marker
from dvtool.extract.dates import parse_time_line, parse_year
from dvtool.extract.layout_words import layout_words
from dvtool.interpret import (
    attendee_lines,
    fill,
    heading_levels,
    left_out,
    official_body,
    tables,
    unnamed_sections,
)
from dvtool.interpret.lines import (
    _award_from_text,
    _chairs_from_text,
    _heading,
    _is_boilerplate,
    _is_kind_line,
    _lead_like,
    _number,
    _place,
    _remark,
    _time_of_day,
)
from dvtool.interpret.partial import Fields as _Fields
from dvtool.mdformat import award_field, kind_from_word
from dvtool.messages import Location, Message, Result, info, warning
from dvtool.model import ITEM_SECTIONS, Attendee, AttendeeKind, Award, Item, Report
from dvtool.readers.docx import layout
from dvtool.sections import classify_heading, strip_numbering
from dvtool.vntext import fold

UNKNOWN = "unknown"
PLAN_YEAR_NOTE = "plan-year-heading"
_PLAN_YEAR = re.compile(r"\bnam\s+(\d{4})\b")


def read(document: Document) -> Result[Report] | None:
    """The report of a structured document, or None when it has no layout this stage reads."""
    if not any(_texts(document.blocks)):  # dvtool's styles, the body emptied: no report (exit 1)
        return None
    converter = _Converter(document, document.source)
    converter.scan()
    return converter.finish() if converter.claims() else None


def _texts(blocks: tuple[Block, ...]) -> Any:
    """(text, paragraph or None, table or None) of each line with text, cells too, in order."""
    for block in blocks:
        if block.kind != "table":
            if block.text:
                yield block.text, block, None
            continue
        for row in block.rows:
            for cell in row:
                for line in cell.paragraphs if cell is not None else ():
                    if line:
                        yield line, None, block


class _Converter:
    def __init__(self, document: Document, source: str) -> None:
        self.document = document
        self.source = source
        self.fields = _Fields()
        self.locations: dict[str, Location] = {}
        self.messages: list[Message] = list(document.messages)
        # dvtool's own documents and documents with styled section headings: trust the styles
        self.styled = document.written_by_dvtool or any(
            b.kind != "table" and (_heading(b) or 0) >= 1 and self.section_of(b.text) for b in document.blocks
        )
        self.section: str | None = None
        self.section_level = 0
        self.expect_title = False
        self.dropped: dict[str, list[int]] = {}
        self.dropped_text: dict[int, str] = {}  # a dropped paragraph's text, quoted in the warning
        self.layout_seen = False
        self.strong = False  # "Label: value" lines or tables of dvtool's layout
        self.took_children = False  # the last entry read its nested blocks itself
        self.title_guessed = False
        self.entries: list[tuple[Block, str]] = []  # entry blocks and the pointer each made
        self.marked_sections: set[str] = set()  # sections under a heading the format marks
        self.last_item: tuple[str, int] | None = None
        self.unknown_name = ""
        self.unknown_heading = 0  # its paragraph number, and whether its text is kept
        self.keeping = False
        self.kept: dict[
            str, list[int]
        ] = {}  # unnamed sections read as results: interpret/unnamed_sections.py
        self.uncounted: set[str] = set()  # the pointers of their items, whose numbers are no figures
        self.prose: list[Block] = []  # preamble paragraphs of a document a person wrote
        self.unit = "paragraph" if document.origin == "docx" else "line"
        self.section_heading = ""
        self.body = official_body.BodyState()
        self.following: Block | None = None  # the block after the one being read
        self.open_subheadings: list[left_out.OpenSubheading] = []

    def place_of(self, number: int) -> Location:
        return Location(paragraph=number) if self.unit == "paragraph" else Location(line=number)

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
        left_out.heading(self, 0)  # the end closes every sub-heading, before the prose stage reads
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
        unnamed_sections.report_kept(self)
        left_out.report_dropped(self)
        if not self.document.written_by_dvtool:
            official_body.find_figures(self)
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
            from dvtool.extract.state import not_found

            self.messages.extend(not_found(report, self.messages))
        return Result(report, tuple(self.messages), dict(self.locations))

    def walk(self, blocks: tuple[Block, ...]) -> None:
        for i, block in enumerate(blocks):
            after = blocks[i + 1] if i + 1 < len(blocks) else None
            self.following = block.children[0] if block.children else after
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
        untitled = self.section is None and self.fields.title is None
        if tables.appendix(self, p) or (untitled and self.title_candidate(p)):
            return
        if (self.section is None and self.labelled(p)) or official_body.labelled_limitations(self, p):
            return
        level = self.heading_level(p)
        if level is not None and official_body.task_point(self, p, level, self.following):
            level = None  # "1. Rà soát hồ sơ" typed among the tasks: a point, not a sub-heading
        if level is not None:
            left_out.heading(self, level)
            section = self.section_of(p.text)
            if section is None and self.body.under_requests(level):
                section = requests.REQUESTS
            deeper = self.section not in (None, UNKNOWN) and level > self.section_level
            if deeper and self.section == "tasks" and requests.topic_only(p.text):
                section = None  # "III. NHIỆM VỤ TUẦN TỚI" > "1. Công tác lãnh đạo …": a topic of the tasks
            if section is not None and not (deeper and section == self.section != requests.REQUESTS):
                self.start_section(section, level, p)
                return
            if deeper:
                left_out.subheading(self, p, level)
                return
            if self.section is not None or self.fields.title is not None:
                self.section, self.section_level = UNKNOWN, level
                self.unknown_name, self.unknown_heading = p.text, _number(p)
                self.keeping, self.body.listing_shortcomings = unnamed_sections.opens(self, p), False
                self.drop(p, "")
                return
        if self.labelled(p):
            return
        if self.section is None:
            self.preamble(p)
        elif self.section in (UNKNOWN, tables.APPENDIX):  # an appendix has no entries
            if not (self.section == UNKNOWN and self.keeping and unnamed_sections.keep(self, p)):
                self.drop(p, "")
        else:
            self.entry(p)

    def title_candidate(self, p: Block) -> bool:
        """Before the title: a Title-styled or centred paragraph, or the one after "BÁO CÁO"."""
        key = fold(p.text).strip(" .:")
        if _heading(p) == 0:
            self.set("/title", "title", p.text, p)
            return True
        if _is_kind_line(key):
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
        return heading_levels.heading_level(self, p)

    def section_of(self, text: str) -> str | None:
        """The section a heading names (:func:`dvtool.extract.requests.section_of`)."""
        if self.document.written_by_dvtool:
            return classify_heading(text)
        return requests.section_of(text)

    def start_section(self, section: str, level: int, p: Block) -> None:
        self.section, self.section_level = section, level
        self.section_heading = p.text
        self.body.start(section, level, p.text)
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
        name = layout_words().label_fields.get(strip_numbering(fold(label)).strip(" .-"))
        if name is None or (self.section is not None and name != "chairs"):
            return False
        value = value.strip()
        self.layout_seen = True
        # A byline ("Tác giả: …") ends many news items; alone it is no report layout.
        self.strong = self.strong or name not in ("author", "publisher")
        f = self.fields
        if name == "time":
            date, time_of_day = parse_time_line(value)
            if date is None and time_of_day is None:
                self.warn("unparsed-time", "cannot read a date or time of day from {value!r}", p, value=value)
            f.date, f.time_of_day = date or f.date, time_of_day or f.time_of_day
            self.locations["/date"] = self.locations["/time_of_day"] = _place(p)
        elif name in ("reporting_year", "plan_year"):
            year = parse_year(value)
            if year is None:
                self.warn("unparsed-year", "cannot read a year from {value!r}", p, value=value)
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
        heads = unnamed_sections.heads_preamble(self, p)  # "I. Sự cần thiết …" after the lead
        if self.fields.title is None and not (_lead_like(p.text) and not self.document.written_by_dvtool):
            self.set("/title", "title", p.text, p)
            self.title_guessed = True  # the first line: the prose stage's zones may know better
            return
        if heads:
            self.drop(p, "")
            return
        if self.keeping and unnamed_sections.keep(self, p):
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
            if (name := official_body.attendee_entry(self, p, text)) is None:
                return  # "1. Công ty Iway:" heads the people listed under it
            pointer = f"/attendees/{len(self.fields.attendees)}"
            self.fields.attendees.append(attendee_lines.as_person(self, self._attendee(p, name)))
        elif section == "remarks":
            pointer = f"/remarks/{len(self.fields.sections['remarks'])}"
            self.fields.sections["remarks"].append(
                _remark(p, text, written_by_dvtool=self.document.written_by_dvtool)
            )
            if not self.document.written_by_dvtool:
                official_body.remark_tasks(self, p, text)
        elif section == "awards":
            pointer = f"/awards/{len(self.fields.sections['awards'])}"
            self.fields.sections["awards"].append(self._award(p, text))
        elif section in ITEM_SECTIONS and (
            official_body.award_sentence(self, text, p) or tables.sub_item(self, p, text)
        ):
            return
        elif section == requests.REQUESTS:
            official_body.request_entry(self, p, text)
            return
        elif section == "tasks" and not self.document.written_by_dvtool and official_body.no_task(p.text):
            self.drop(p, self.section_heading)  # a header of the tasks, or an agreement only
            return
        elif section in ("results", "limitations") and not self.document.written_by_dvtool:
            official_body.sorted_entry(self, p, text, section)
            return
        elif (
            section == "tasks"
            and not self.document.written_by_dvtool
            and (official_body.topic_tasks(self, p, text) or official_body.point_tasks(self, p, text))
        ):
            return  # "- Về nguồn nhân lực: Chú trọng A. Tiếp tục B.": one task per direction
        else:
            items = self.fields.sections[section]
            pointer = f"/{section}/{len(items)}"
            text = official_body.kept_text(self, section, text)  # "… cơ bản nhất trí với …" left out
            items.append(Item(text) if section in ITEM_SECTIONS else text)
            if section in ITEM_SECTIONS:
                self.last_item = (section, len(items) - 1)
        where = _place(p)
        if not self.document.written_by_dvtool:  # --explain shows the start of the entry
            where = dataclasses.replace(where, excerpt=text[:80])
        self.locations[pointer] = where
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
            lead = f" {layout_words().giver_word} "
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

    # -- tables: interpret/tables.py ---------------------------------------------------------

    def table(self, t: Block) -> None:
        tables.read_table(self, t)

    # -- helpers ---------------------------------------------------------------------------

    def set(
        self, pointer: str, name: str, value: Any, p: Block | None, where: Location | None = None
    ) -> None:
        setattr(self.fields, name, value)
        self.locations[pointer] = where or (_place(p) if p else Location())

    def warn(self, code: str, template: str, block: Block, **args: object) -> None:
        self.messages.append(Message(code, template, "warning", location=_place(block), args=args))

    def drop(self, p: Block, what: str) -> None:
        """Note a paragraph not kept; ``what`` names its section ("" outside every section)."""
        key = what or (self.unknown_name if self.section == UNKNOWN else "")
        self.dropped.setdefault(key, []).append(_number(p))
        self.dropped_text.setdefault(_number(p), p.text)

    def _undrop(self, index: int) -> None:
        for indexes in self.dropped.values():
            if index in indexes:
                indexes.remove(index)

    def _fallback_title(self) -> None:
        """No title found: the first paragraph with text, else the first table cell with text
        (there is one: :func:`read` leaves a document without text to the prose stage)."""
        line, paragraph, table = next(iter(_texts(self.document.blocks)))
        if paragraph is not None:
            self.set("/title", "title", line, paragraph)
            self._undrop(_number(paragraph))
        elif table is not None:
            self.set("/title", "title", line, None, _place(table))

    # -- what the prose stage reads better: interpret/fill.py ----------------------------------

    def _read_prose(self) -> None:
        fill.read_preamble(self)

    def _read_zones(self) -> None:
        fill.read_zones(self)

    def _read_tail(self) -> None:
        fill.read_tail(self)

    def _dedupe_related(self) -> None:
        fill.dedupe_related(self)

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
                    "the tasks heading says {heading} but '{label}' says {year}; kept {year}",
                    pointer="/plan_year",
                    heading=f.heading_plan_year,
                    label=layout_words().labels.plan_year[0],
                    year=f.plan_year,
                )
            )
