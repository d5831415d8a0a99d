"""dvtool's Markdown layout: front matter plus section headings with bullet lists.

The layout is described in :mod:`dvtool.writers.markdown`. The Document's ``meta`` holds the
front matter; headings are sorted into sections with :func:`dvtool.sections.classify_heading`,
list items and paragraphs under them become entries, and nested list items carry figures,
titles or award fields. Every value's source line is recorded in ``Result.locations``.

With front matter, figures come only from the annotations dvtool writes (so an item without
one has none). Without it the file is taken as hand-written: figures are found in the item
text by the one number parser (:mod:`dvtool.extract.numbers`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from dvtool.document import Block, Document, FrontMatter, Span
from dvtool.errors import InvalidReportError
from dvtool.fieldnames import field_phrase
from dvtool.i18n import N_, Phrase, phrase
from dvtool.interpret.structured import PLAN_YEAR_NOTE
from dvtool.mdformat import GIVER_WORD, award_field, change_word, kind_from_word
from dvtool.messages import Location, Message, Result, info, warning
from dvtool.model import (
    REPORT_KEYS,
    Attendee,
    AttendeeKind,
    Award,
    Figure,
    Item,
    ModelError,
    Remark,
    Report,
    report_from_dict,
)
from dvtool.numfmt import parse_figure_display, parse_number
from dvtool.sections import classify_heading
from dvtool.vntext import fold

FIGURE_SEPARATOR = "—"
_GIVER = f" {GIVER_WORD} "  # "Bằng khen của UBND tỉnh"
ITEM_SECTIONS = ("results", "limitations", "tasks")


def sections_seen(document: Document) -> bool:
    """Whether a heading of the document names a report section."""
    return any(b.kind == "heading" and classify_heading(b.text) for b in document.blocks)


def read(document: Document) -> Result[Report]:
    """The report of a Markdown document in dvtool's layout (front matter and/or sections)."""
    meta = document.meta or FrontMatter()
    title = meta.data.get("title")
    reader = _BodyReader(authoritative=document.meta is not None)
    reader.expected_title = " ".join(title.split()) if isinstance(title, str) else None
    reader.walk(document.blocks)
    return _assemble(meta, reader, document.source)


# ---------------------------------------------------------------------------
# Body: blocks -> sections -> entries


@dataclass
class _Entry:
    """A list item or paragraph of a section: its inline pieces and nested list items."""

    inline: tuple[Span, ...] | None
    line: int
    subs: list[_Entry] = field(default_factory=list)


@dataclass
class _BodyReader:
    authoritative: bool
    expected_title: str | None = None  # the front matter title, whose "# heading" is not a section
    title: str | None = None
    title_line: int | None = None
    seen: dict[str, int] = field(default_factory=dict)  # section -> heading line
    heading_years: dict[str, int] = field(default_factory=dict)
    entries: dict[str, list[_Entry]] = field(default_factory=dict)
    messages: list[Message] = field(default_factory=list)
    section: str | None = None
    section_level: int = 0
    ignoring: str | None = None  # text of an unknown heading whose content is skipped

    @staticmethod
    def line(block: Block) -> int:
        return block.location.line or 0 if block.location else 0

    def warn(self, code: str, template: str, line: int, **args: object) -> None:
        self.messages.append(Message(code, template, "warning", location=Location(line=line), args=args))

    def walk(self, blocks: Sequence[Block]) -> None:
        for block in blocks:
            if block.kind == "heading":
                self.heading(block)
            elif block.kind == "list_item" and not block.hints.starts_list:
                continue  # one list: warned about once, its items read with the first
            elif self.section is None:
                self.outside(block)
            else:
                self.block(block, blocks)

    def heading(self, block: Block) -> None:
        text, line, level = block.text, self.line(block), block.level
        section = classify_heading(text)
        is_title = section is None or " ".join(text.split()) == self.expected_title
        if level == 1 and self.title is None and not self.seen and is_title:
            self.title, self.title_line = text, line
        elif section is not None:
            self.section, self.section_level, self.ignoring = section, level, None
            self.seen.setdefault(section, line)
            self.entries.setdefault(section, [])
            year = _year_in(text)
            if year is not None:
                self.heading_years[section] = year
        elif self.section is not None and level > self.section_level:
            self.warn("md-subheading", "subheading {text!r} is not kept (its content is)", line, text=text)
        else:
            self.section, self.ignoring = None, text
            self.warn(
                "md-unknown-section", "unknown section {text!r}: its content is not kept", line, text=text
            )

    def outside(self, block: Block) -> None:
        if self.ignoring is None:
            self.warn(
                "md-outside",
                "{what} outside any report section is not kept",
                self.line(block),
                what=_describe(block),
            )

    def block(self, block: Block, blocks: Sequence[Block]) -> None:
        assert self.section is not None
        target = self.entries[self.section]
        if block.kind == "list_item":
            target.extend(self.list_entries(_one_list(blocks, block)))
        elif block.kind == "paragraph" and not block.hints.element:
            target.append(_Entry(block.spans, self.line(block)))
        else:
            self.warn(
                "md-unsupported",
                "{what} in a report section is not kept",
                self.line(block),
                what=_describe(block),
            )

    def list_entries(self, items: Sequence[Block]) -> Iterator[_Entry]:
        for item in items:
            entry = _Entry(item.spans if item.text or item.spans else None, self.line(item))
            first_paragraph = entry.inline is None
            for child in item.children:
                if child.kind == "paragraph" and not child.hints.element and first_paragraph:
                    entry.inline, first_paragraph = child.spans, False
                elif child.kind == "paragraph" and not child.hints.element:
                    entry.subs.append(_Entry(child.spans, self.line(child)))
                elif child.kind == "list_item":
                    if child.hints.starts_list:
                        entry.subs.extend(self.list_entries(_one_list(item.children, child)))
                else:
                    self.warn(
                        "md-unsupported",
                        "{what} in a list item is not kept",
                        self.line(child),
                        what=_describe(child),
                    )
            yield entry


def _one_list(blocks: Sequence[Block], first: Block) -> list[Block]:
    """The items of the list that starts with ``first``."""
    start = next(i for i, b in enumerate(blocks) if b is first)
    items = [first]
    for block in blocks[start + 1 :]:
        if block.kind != "list_item" or block.hints.starts_list:
            break
        items.append(block)
    return items


# What a block is, in words (msgids): the reader's element names ("code block") and the kinds.
_BLOCK_NAMES = {
    "paragraph": N_("paragraph"),
    "list": N_("list"),
    "table": N_("table"),
    "block quote": N_("block quote"),
    "code block": N_("code block"),
    "HTML": N_("HTML"),
}


def _describe(block: Block) -> Phrase | str:
    name = block.hints.element or {"list_item": "list", "table": "table"}.get(block.kind, "paragraph")
    template = _BLOCK_NAMES.get(name)
    return phrase(template) if template else name


def _year_in(text: str) -> int | None:
    """A four-digit year in a heading ("Nhiệm vụ năm 2023" -> 2023)."""
    for word in fold(text).replace(",", " ").split():
        if len(word) == 4 and word.isdigit() and word[0] in "12":
            return int(word)
    return None


def inline_text(spans: Sequence[Span] | None) -> str:
    """The plain text of inline pieces."""
    return "".join(s.text for s in spans) if spans is not None else ""


def _parts(spans: Sequence[Span] | None) -> list[Span]:
    return list(spans) if spans is not None else []


# ---------------------------------------------------------------------------
# Entries -> model values. Each builder records locations and warnings on the _Sections.


@dataclass
class _Sections:
    reader: _BodyReader
    figure_finder: Callable[[str], tuple[Figure, ...]] | None
    locations: dict[str, Location] = field(default_factory=dict)

    def at(self, pointer: str, line: int) -> None:
        self.locations[pointer] = Location(line=line)

    def warn(self, code: str, template: str, line: int, **args: object) -> None:
        self.reader.warn(code, template, line, **args)

    def flatten(self, entry: _Entry, what: Phrase) -> str:
        """Entry text with any nested items appended (warned: the model has no nesting there)."""
        parts = [inline_text(entry.inline)]
        for sub in entry.subs:
            self.warn("md-nested", "nested text under a {what} is joined to it", sub.line, what=what)
            parts.append(self.flatten(sub, what))
        return " ".join(p for p in parts if p)

    def items(self, name: str, entries: list[_Entry]) -> tuple[Item, ...]:
        out: list[Item] = []
        for entry in entries:
            self.item(name, entry, out)
        return tuple(out)

    def item(self, name: str, entry: _Entry, out: list[Item]) -> None:
        text = inline_text(entry.inline)
        figures: list[Figure] = []
        lines: list[int] = []
        extra: list[_Entry] = []
        for sub in entry.subs:
            figure = parse_figure(sub.inline)
            if figure is not None and not sub.subs:
                figures.append(figure)
                lines.append(sub.line)
            else:
                extra.append(sub)
        if not text:
            self.warn("md-empty", "empty {section} item is skipped", entry.line, section=field_phrase(name))
            return
        if not entry.subs and not self.reader.authoritative and self.figure_finder is not None:
            figures = list(self.figure_finder(text))
            lines = [entry.line] * len(figures)
        pointer = f"/{name}/{len(out)}"
        self.at(pointer, entry.line)
        for k, line in enumerate(lines):
            self.at(f"{pointer}/figures/{k}", line)
        out.append(Item(text, tuple(figures)))
        for sub in extra:
            # A nested bullet that is not a figure is a point of its own; the model is flat.
            self.warn(
                "md-nested",
                "nested {section} item is read as an item of its own",
                sub.line,
                section=field_phrase(name),
            )
            self.item(name, sub, out)

    def attendees(self, entries: list[_Entry]) -> tuple[Attendee, ...]:
        out: list[Attendee] = []
        for entry in entries:
            name, kind = _name_and_kind(entry.inline)
            if not name:
                self.warn("md-empty", "empty attendee is skipped", entry.line)
                continue
            pointer = f"/attendees/{len(out)}"
            self.at(pointer, entry.line)
            titles = []
            for k, sub in enumerate(entry.subs):
                self.at(f"{pointer}/titles/{k}", sub.line)
                titles.append(self.flatten(sub, phrase("position")))
            out.append(Attendee(name, cast(AttendeeKind, kind), tuple(titles)))
        return tuple(out)

    def remarks(self, entries: list[_Entry]) -> tuple[Remark, ...]:
        out: list[Remark] = []
        for entry in entries:
            parts = _parts(entry.inline)
            speaker: str | None = None
            if len(parts) >= 2 and parts[0].style == "bold":
                rest = inline_text(parts[1:])
                if rest.startswith(":"):
                    speaker, parts = parts[0].text, parts[1:]
            text = inline_text(parts)
            if speaker is not None:
                text = text[1:].removeprefix(" ")
            for sub in entry.subs:
                self.warn("md-nested", "nested text under a remark is joined to it", sub.line)
                text = " ".join(t for t in (text, self.flatten(sub, phrase("remark"))) if t)
            if not text:
                self.warn("md-empty", "empty remark is skipped", entry.line)
                continue
            self.at(f"/remarks/{len(out)}", entry.line)
            out.append(Remark(text, speaker))
        return tuple(out)

    def awards(self, entries: list[_Entry]) -> tuple[Award, ...]:
        out: list[Award] = []
        for entry in entries:
            award = self.award(entry, f"/awards/{len(out)}")
            if award is not None:
                out.append(award)
        return tuple(out)

    def award(self, entry: _Entry, pointer: str) -> Award | None:
        parts = _parts(entry.inline)
        if parts and parts[0].style == "bold":
            name, rest = parts[0].text, inline_text(parts[1:])
        else:
            # Hand-written "Bằng khen của UBND tỉnh": split at the first "của".
            name, rest = inline_text(entry.inline), ""
            head, sep, tail = name.partition(_GIVER)
            if sep:
                name, rest = head, _GIVER + tail
        giver: str | None = None
        if rest.startswith(_GIVER):
            giver = rest[len(_GIVER) :]
        elif rest:
            self.warn(
                "md-award",
                "text after the award name is not understood: {text!r}",
                entry.line,
                text=rest.strip(),
            )
        if not name:
            self.warn("md-empty", "empty award is skipped", entry.line)
            return None
        self.at(pointer, entry.line)
        fields: dict[str, Any] = {"award": name, "giver": giver, "recipients": []}
        for sub in entry.subs:
            self.award_field(sub, pointer, fields)
        fields["recipients"] = tuple(fields["recipients"])
        return Award(**fields)

    def award_field(self, sub: _Entry, pointer: str, fields: dict[str, Any]) -> None:
        label, colon, value = inline_text(sub.inline).partition(":")
        key = award_field(label) if colon else None
        value = value.removeprefix(" ")
        if key is None:
            self.warn(
                "md-award",
                "award detail {label!r} is not understood and not kept",
                sub.line,
                label=label.strip(),
            )
            return
        self.at(f"{pointer}/{key}", sub.line)
        if key in ("collectives", "individuals"):
            number = parse_number(value.strip())
            if not isinstance(number, int) or number < 0:
                self.warn(
                    "md-award",
                    "{label} must be a whole number, found {value!r}",
                    sub.line,
                    label=label.strip(),
                    value=value,
                )
                return
            fields[key] = number
        elif key == "recipients":
            if value.strip():
                fields["recipients"].append(value.strip())
            for k, recipient in enumerate(sub.subs, start=len(fields["recipients"])):
                self.at(f"{pointer}/recipients/{k}", recipient.line)
                fields["recipients"].append(self.flatten(recipient, phrase("recipient")))
            return
        else:
            fields[key] = value
        for nested in sub.subs:
            self.warn(
                "md-nested", "nested text under {label!r} is not kept", nested.line, label=label.strip()
            )

    def related(self, entries: list[_Entry]) -> tuple[str, ...]:
        out: list[str] = []
        for entry in entries:
            text = self.flatten(entry, phrase("related title"))
            if text:
                self.at(f"/related/{len(out)}", entry.line)
                out.append(text)
        return tuple(out)


def _name_and_kind(inline: tuple[Span, ...] | None) -> tuple[str, str]:
    """Attendee name and kind from ``Nguyễn Văn A *(cá nhân)*``; no annotation means a group."""
    parts = _parts(inline)
    if len(parts) >= 2 and parts[-1].style == "italic":
        kind = kind_from_word(parts[-1].text)
        before = inline_text(parts[:-1])
        if kind is not None and before.endswith(" "):
            return before[:-1], kind
    return inline_text(inline), "group"


def parse_figure(inline: tuple[Span, ...] | None) -> Figure | None:
    """A figure annotation: ``**309/411 xã**`` or ``**2,3%** — “tăng 2,3%”``; None otherwise."""
    parts = _parts(inline)
    if not parts or parts[0].style != "bold":
        return None
    display = parts[0].text
    parsed = parse_figure_display(display)
    if parsed is None:
        return None
    value, total, unit = parsed
    rest = inline_text(parts[1:])
    change, rest = change_word(rest)
    if not rest:
        return Figure(value=value, unit=unit, total=total, text=display, change=change)
    text = rest.strip()
    if not text.startswith(FIGURE_SEPARATOR):
        return None
    text = text[len(FIGURE_SEPARATOR) :].removeprefix(" ")
    if len(text) >= 2 and text[0] == "“" and text[-1] == "”":
        text = text[1:-1]
    if not text:
        return None
    return Figure(value=value, unit=unit, total=total, text=text, change=change)


def _figure_finder() -> Callable[[str], tuple[Figure, ...]]:
    """The extractor's figure finder, imported only when a hand-written file needs it."""
    from dvtool.extract.numbers import find_figures

    return find_figures


# ---------------------------------------------------------------------------
# Assembly


def _assemble(meta: FrontMatter, body: _BodyReader, source: str) -> Result[Report]:
    sections = _Sections(body, _figure_finder() if not body.authoritative else None)
    messages: list[Message] = []
    locations: dict[str, Location] = {p: Location(line=n) for p, n in meta.lines.items() if p}

    data = dict(meta.data)
    for key in list(data):
        if key not in REPORT_KEYS:
            line = meta.lines.get(f"/{key}", 2)
            messages.append(
                warning(
                    "md-unknown-field",
                    "unknown front matter field {key!r} is not kept",
                    location=Location(line=line),
                    key=key,
                )
            )
            del data[key]
    _settle_title(data, body, messages, locations)
    if "plan_year" not in data and "tasks" in body.heading_years:
        data["plan_year"] = body.heading_years["tasks"]
        locations["/plan_year"] = Location(line=body.seen["tasks"])
        messages.append(info(PLAN_YEAR_NOTE, "plan year taken from the tasks heading"))
    try:
        report = report_from_dict(data)
    except ModelError as exc:
        line = _line_for(meta.lines, exc.pointer)
        raise InvalidReportError(
            "line {line}: {pointer}: {problem}",
            source,
            line=line,
            pointer=exc.pointer or "/",
            problem=exc.phrase,
        ) from None

    built: dict[str, Any] = {}
    for name in ITEM_SECTIONS:
        if name in body.seen:
            built[name] = sections.items(name, body.entries[name])
    builders: dict[str, Callable[[list[_Entry]], tuple[Any, ...]]] = {
        "attendees": sections.attendees,
        "remarks": sections.remarks,
        "awards": sections.awards,
        "related": sections.related,
    }
    for name, build in builders.items():
        if name in body.seen:
            built[name] = build(body.entries[name])
    for name in built:
        locations[f"/{name}"] = Location(line=body.seen[name])
        if getattr(report, name):
            line = body.seen[name]
            messages.append(
                warning(
                    "md-duplicate",
                    "{section} given in front matter and body; the body wins",
                    location=Location(line=line),
                    section=field_phrase(name),
                )
            )
    locations.update(sections.locations)
    report = dataclasses.replace(report, **built)
    ordered = sorted([*messages, *body.messages], key=_message_line)
    return Result(report, tuple(ordered), locations)


def _message_line(message: Message) -> int:
    """Messages in file order; those without a line come first."""
    return message.location.line or 0 if message.location else 0


def _settle_title(
    data: dict[str, Any], body: _BodyReader, messages: list[Message], locations: dict[str, Location]
) -> None:
    """Front matter title wins; the ``# heading`` fills in when it is absent."""
    if "title" in data:
        title = data["title"]
        if body.title is not None and isinstance(title, str) and " ".join(title.split()) != body.title:
            line = body.title_line
            messages.append(
                warning(
                    "md-title",
                    "heading differs from the front matter title, which is kept",
                    location=Location(line=line),
                )
            )
        return
    if body.title is not None:
        data["title"] = body.title
        locations["/title"] = Location(line=body.title_line)
    else:
        data["title"] = ""
        messages.append(warning("md-no-title", "no title: add a '# title' heading or a 'title:' field"))


def _line_for(lines: dict[str, int], pointer: str) -> int:
    while pointer and pointer not in lines:
        pointer = pointer.rsplit("/", 1)[0]
    return lines.get(pointer, 2 if not pointer else 1)
