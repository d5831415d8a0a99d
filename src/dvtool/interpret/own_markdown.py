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
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, cast

from dvtool.document import Document, FrontMatter
from dvtool.errors import InvalidReportError
from dvtool.extract.layout_words import layout_words
from dvtool.fieldnames import field_phrase
from dvtool.i18n import Phrase, phrase
from dvtool.interpret.annotations import figure_finder, inline_parts, inline_text, name_and_kind, parse_figure
from dvtool.interpret.own_body import BodyReader, Entry
from dvtool.interpret.structured import PLAN_YEAR_NOTE
from dvtool.mdformat import award_field
from dvtool.messages import Location, Message, Result, info, warning
from dvtool.model import (
    ITEM_SECTIONS,
    REPORT_KEYS,
    Attendee,
    AttendeeKind,
    Award,
    Figure,
    Item,
    ModelError,
    Remark,
    Report,
)
from dvtool.model_from_dict import report_from_dict
from dvtool.numfmt import parse_number
from dvtool.sections import classify_heading


def sections_seen(document: Document) -> bool:
    """Whether a heading of the document names a report section."""
    return any(b.kind == "heading" and classify_heading(b.text) for b in document.blocks)


def read(document: Document) -> Result[Report]:
    """The report of a Markdown document in dvtool's layout (front matter and/or sections)."""
    meta = document.meta or FrontMatter()
    title = meta.data.get("title")
    reader = BodyReader(authoritative=document.meta is not None)
    reader.expected_title = " ".join(title.split()) if isinstance(title, str) else None
    reader.walk(document.blocks)
    return _assemble(meta, reader, document.source)


# ---------------------------------------------------------------------------
# Entries -> model values. Each builder records locations and warnings on the _Sections.


@dataclass
class _Sections:
    reader: BodyReader
    figure_finder: Callable[[str], tuple[Figure, ...]] | None
    locations: dict[str, Location] = field(default_factory=dict)

    def at(self, pointer: str, line: int) -> None:
        self.locations[pointer] = Location(line=line)

    def warn(self, code: str, template: str, line: int, **args: object) -> None:
        self.reader.warn(code, template, line, **args)

    def flatten(self, entry: Entry, what: Phrase) -> str:
        """Entry text with any nested items appended (warned: the model has no nesting there)."""
        parts = [inline_text(entry.inline)]
        for sub in entry.subs:
            self.warn("md-nested", "nested text under a {what} is joined to it", sub.line, what=what)
            parts.append(self.flatten(sub, what))
        return " ".join(p for p in parts if p)

    def items(self, name: str, entries: list[Entry]) -> tuple[Item, ...]:
        out: list[Item] = []
        for entry in entries:
            self.item(name, entry, out)
        return tuple(out)

    def item(self, name: str, entry: Entry, out: list[Item]) -> None:
        text = inline_text(entry.inline)
        figures: list[Figure] = []
        lines: list[int] = []
        extra: list[Entry] = []
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

    def attendees(self, entries: list[Entry]) -> tuple[Attendee, ...]:
        out: list[Attendee] = []
        for entry in entries:
            name, kind = name_and_kind(entry.inline)
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

    def remarks(self, entries: list[Entry]) -> tuple[Remark, ...]:
        out: list[Remark] = []
        for entry in entries:
            parts = inline_parts(entry.inline)
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

    def awards(self, entries: list[Entry]) -> tuple[Award, ...]:
        out: list[Award] = []
        for entry in entries:
            award = self.award(entry, f"/awards/{len(out)}")
            if award is not None:
                out.append(award)
        return tuple(out)

    def award(self, entry: Entry, pointer: str) -> Award | None:
        parts = inline_parts(entry.inline)
        giver_word = f" {layout_words().giver_word} "  # "Bằng khen của UBND tỉnh"
        if parts and parts[0].style == "bold":
            name, rest = parts[0].text, inline_text(parts[1:])
        else:
            # Hand-written "Bằng khen của UBND tỉnh": split at the first "của".
            name, rest = inline_text(entry.inline), ""
            head, sep, tail = name.partition(giver_word)
            if sep:
                name, rest = head, giver_word + tail
        giver: str | None = None
        if rest.startswith(giver_word):
            giver = rest[len(giver_word) :]
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

    def award_field(self, sub: Entry, pointer: str, fields: dict[str, Any]) -> None:
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

    def related(self, entries: list[Entry]) -> tuple[str, ...]:
        out: list[str] = []
        for entry in entries:
            text = self.flatten(entry, phrase("related title"))
            if text:
                self.at(f"/related/{len(out)}", entry.line)
                out.append(text)
        return tuple(out)


# ---------------------------------------------------------------------------
# Assembly


def _assemble(meta: FrontMatter, body: BodyReader, source: str) -> Result[Report]:
    sections = _Sections(body, figure_finder() if not body.authoritative else None)
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
    builders: dict[str, Callable[[list[Entry]], tuple[Any, ...]]] = {
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
    data: dict[str, Any], body: BodyReader, messages: list[Message], locations: dict[str, Location]
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
