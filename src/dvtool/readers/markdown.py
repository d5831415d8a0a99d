"""Markdown reader: dvtool's own layout exactly, and hand-written reports tolerantly.

The layout is described in :mod:`dvtool.writers.markdown`. Reading works in three steps:

1. YAML front matter (between ``---`` lines at the top) is loaded with the YAML reader's
   :class:`~dvtool.readers.yaml.ReportLoader`, keeping the line of every value.
2. The body is parsed by markdown-it (CommonMark) into a syntax tree; headings are sorted
   into sections with :func:`dvtool.sections.classify_heading`, list items and paragraphs
   under them become entries, and nested list items carry figures, titles or award fields.
3. The pieces are assembled into a :class:`Report`; every value's source line is recorded
   in ``Result.locations``.

With front matter, figures come only from the annotations dvtool writes (so an item without
one has none). Without it the file is taken as hand-written: figures are found in the item
text by the extractor's Vietnamese number parser, and a file with no known sections at all is
handed to free-form extraction. Both are imported lazily, so reading dvtool's own layout (or
any JSON-only run) never loads the extractor.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

import yaml
from markdown_it.tree import SyntaxTreeNode

from dvtool.errors import InputError, InvalidReportError
from dvtool.formats import ReadOptions
from dvtool.mdformat import CHANGE_WORDS, award_field, kind_from_word, new_parser
from dvtool.messages import Location, Message, Result, info, warning
from dvtool.model import (
    REPORT_KEYS,
    Attendee,
    AttendeeKind,
    Award,
    Change,
    Figure,
    Item,
    ModelError,
    Remark,
    Report,
    report_from_dict,
)
from dvtool.numfmt import parse_figure_display, parse_number
from dvtool.readers._data import normalize_strings, value_error_text
from dvtool.readers.yaml import ReportLoader, check_events
from dvtool.sections import classify_heading
from dvtool.textio import decode
from dvtool.vntext import fold

if TYPE_CHECKING:
    from dvtool.extract.blocks import BlockKind

FENCES = ("---", "...")
FIGURE_SEPARATOR = "—"
ITEM_SECTIONS = ("results", "limitations", "tasks")


def read(data: bytes, options: ReadOptions) -> Result[Report]:
    """Read a report from Markdown bytes (UTF-8, BOM accepted)."""
    decoded = decode(data, options.source)
    result = read_text(decoded.value, options.source)
    return result.with_messages(decoded.warnings())


def read_text(text: str, source: str = "<stdin>") -> Result[Report]:
    """Read a report from Markdown text (already NFC). Raises InputError on unreadable input."""
    if not text.strip():
        raise InputError("empty file, expected a Markdown report", source)
    front, body, offset = split_front_matter(text, source)
    meta = _FrontMatter.load(front, source) if front is not None else _FrontMatter()
    tree = SyntaxTreeNode(new_parser().parse(body))
    title = meta.data.get("title")
    reader = _BodyReader(offset, authoritative=front is not None)
    reader.expected_title = " ".join(title.split()) if isinstance(title, str) else None
    reader.walk(tree)
    if front is None and not reader.seen:
        return _extract_free_form(tree, offset, source)
    return _assemble(meta, reader, source)


# ---------------------------------------------------------------------------
# Front matter


def split_front_matter(text: str, source: str) -> tuple[str | None, str, int]:
    """(front matter YAML or None, body, number of lines before the body).

    Like pandoc, a ``---`` first line followed by a non-blank line opens front matter, and a
    ``---`` or ``...`` line closes it.
    """
    lines = text.split("\n")
    if lines[0].rstrip() != "---" or len(lines) < 2 or not lines[1].strip():
        return None, text, 0
    for i in range(1, len(lines)):
        if lines[i].rstrip() in FENCES:
            return "\n".join(lines[1:i]), "\n".join(lines[i + 1 :]), i + 1
    raise InputError("line 1: front matter is not closed by a '---' line", source)


@dataclass
class _FrontMatter:
    data: dict[str, Any] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)

    @classmethod
    def load(cls, text: str, source: str) -> _FrontMatter:
        """Parse the YAML (first line is line 2 of the file) and note each value's line.

        The YAML reader's event pre-pass bounds nesting and aliases first, so a hostile front
        matter is refused before any node is built.
        """
        loader: ReportLoader | None = None
        try:
            with contextlib.suppress(yaml.YAMLError):  # syntax errors: the loader names the line
                check_events(text, source)
            loader = ReportLoader(text)
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else {}
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line = mark.line + 2 if mark else 1
            raise InputError(
                f"line {line}: invalid front matter: {exc.problem or exc.context}", source
            ) from None
        except yaml.YAMLError as exc:
            message = " ".join(str(exc).split())  # a ReaderError's text spans lines
            raise InputError(f"line 1: invalid front matter: {message}", source) from None
        except RecursionError:
            raise InputError("line 1: invalid front matter: nested too deeply", source) from None
        except ValueError as exc:  # e.g. an integer with more digits than Python converts
            raise InputError(f"line 1: invalid front matter: {value_error_text(exc)}", source) from None
        finally:
            if loader is not None:
                loader.dispose()
        if data is None:
            data = {}
        if not isinstance(data, dict):
            raise InputError("line 2: front matter must be a mapping of report fields", source)
        lines: dict[str, int] = {}
        if node is not None:
            _node_lines(node, "", lines, set())
        return cls(normalize_strings(data, source=source), lines)


def _node_lines(node: yaml.Node, pointer: str, out: dict[str, int], seen: set[int]) -> None:
    """Record the line of every value; an aliased node is walked once (no alias blow-up)."""
    out[pointer] = node.start_mark.line + 2
    if id(node) in seen:
        return
    seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode):
                _node_lines(value, f"{pointer}/{key.value}", out, seen)
    elif isinstance(node, yaml.SequenceNode):
        for i, value in enumerate(node.value):
            _node_lines(value, f"{pointer}/{i}", out, seen)


# ---------------------------------------------------------------------------
# Body: blocks -> sections -> entries


@dataclass
class _Entry:
    """A list item or paragraph of a section: its inline text and nested list items."""

    inline: SyntaxTreeNode | None
    line: int
    subs: list[_Entry] = field(default_factory=list)


@dataclass
class _BodyReader:
    offset: int
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

    def line(self, node: SyntaxTreeNode) -> int:
        return (node.map[0] if node.map else 0) + 1 + self.offset

    def warn(self, code: str, text: str, line: int) -> None:
        self.messages.append(warning(code, text, location=Location(line=line)))

    def walk(self, root: SyntaxTreeNode) -> None:
        for node in root.children:
            if node.type == "heading":
                self.heading(node)
            elif node.type == "hr":
                continue
            elif self.section is None:
                self.outside(node)
            else:
                self.block(node)

    def heading(self, node: SyntaxTreeNode) -> None:
        text = inline_text(node.children[0]) if node.children else ""
        line, level = self.line(node), int(node.tag[1:])
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
            self.warn("md-subheading", f"subheading {text!r} is not kept (its content is)", line)
        else:
            self.section, self.ignoring = None, text
            self.warn("md-unknown-section", f"unknown section {text!r}: its content is not kept", line)

    def outside(self, node: SyntaxTreeNode) -> None:
        if self.ignoring is None:
            self.warn(
                "md-outside", f"{_describe(node)} outside any report section is not kept", self.line(node)
            )

    def block(self, node: SyntaxTreeNode) -> None:
        assert self.section is not None
        target = self.entries[self.section]
        if node.type in ("bullet_list", "ordered_list"):
            target.extend(self.list_entries(node))
        elif node.type == "paragraph":
            target.append(_Entry(node.children[0], self.line(node)))
        else:
            self.warn("md-unsupported", f"{_describe(node)} in a report section is not kept", self.line(node))

    def list_entries(self, node: SyntaxTreeNode) -> Iterator[_Entry]:
        for item in node.children:
            entry = _Entry(None, self.line(item))
            for child in item.children:
                if child.type == "paragraph" and entry.inline is None:
                    entry.inline = child.children[0]
                elif child.type == "paragraph":
                    entry.subs.append(_Entry(child.children[0], self.line(child)))
                elif child.type in ("bullet_list", "ordered_list"):
                    entry.subs.extend(self.list_entries(child))
                else:
                    self.warn(
                        "md-unsupported", f"{_describe(child)} in a list item is not kept", self.line(child)
                    )
            yield entry


def _describe(node: SyntaxTreeNode) -> str:
    names = {
        "paragraph": "paragraph",
        "bullet_list": "list",
        "ordered_list": "list",
        "table": "table",
        "blockquote": "block quote",
        "code_block": "code block",
        "fence": "code block",
        "html_block": "HTML",
    }
    return names.get(node.type, node.type.replace("_", " "))


def _year_in(text: str) -> int | None:
    """A four-digit year in a heading ("Nhiệm vụ năm 2023" -> 2023)."""
    for word in fold(text).replace(",", " ").split():
        if len(word) == 4 and word.isdigit() and word[0] in "12":
            return int(word)
    return None


def inline_text(node: SyntaxTreeNode | None) -> str:
    """The plain text of an inline node: escapes resolved, formatting dropped, line breaks kept."""
    return _text_of(node.children) if node is not None else ""


def _text_of(parts: Sequence[SyntaxTreeNode]) -> str:
    out: list[str] = []
    for child in parts:
        if child.type == "softbreak":
            out.append(" ")
        elif child.type == "hardbreak":
            out.append("\n")
        elif child.type in ("text", "code_inline", "html_inline", "image"):
            out.append(child.content)
        else:
            out.append(_text_of(child.children))
    return "".join(out)


def _parts(node: SyntaxTreeNode | None) -> list[SyntaxTreeNode]:
    """Inline children without the empty text nodes markdown-it leaves around emphasis."""
    if node is None:
        return []
    return [c for c in node.children if not (c.type == "text" and not c.content)]


# ---------------------------------------------------------------------------
# Entries -> model values. Each builder records locations and warnings on the _Sections.


@dataclass
class _Sections:
    reader: _BodyReader
    figure_finder: Callable[[str], tuple[Figure, ...]] | None
    locations: dict[str, Location] = field(default_factory=dict)

    def at(self, pointer: str, line: int) -> None:
        self.locations[pointer] = Location(line=line)

    def warn(self, code: str, text: str, line: int) -> None:
        self.reader.warn(code, text, line)

    def flatten(self, entry: _Entry, what: str) -> str:
        """Entry text with any nested items appended (warned: the model has no nesting there)."""
        parts = [inline_text(entry.inline)]
        for sub in entry.subs:
            self.warn("md-nested", f"nested text under a {what} is joined to it", sub.line)
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
            self.warn("md-empty", f"empty {name} item is skipped", entry.line)
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
            self.warn("md-nested", f"nested {name} item is read as an item of its own", sub.line)
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
                titles.append(self.flatten(sub, "title"))
            out.append(Attendee(name, cast(AttendeeKind, kind), tuple(titles)))
        return tuple(out)

    def remarks(self, entries: list[_Entry]) -> tuple[Remark, ...]:
        out: list[Remark] = []
        for entry in entries:
            parts = _parts(entry.inline)
            speaker: str | None = None
            if len(parts) >= 2 and parts[0].type == "strong":
                rest = _text_of(parts[1:])
                if rest.startswith(":"):
                    speaker, parts = inline_text(parts[0]), parts[1:]
            text = _text_of(parts)
            if speaker is not None:
                text = text[1:].removeprefix(" ")
            for sub in entry.subs:
                self.warn("md-nested", "nested text under a remark is joined to it", sub.line)
                text = " ".join(t for t in (text, self.flatten(sub, "remark")) if t)
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
        if parts and parts[0].type == "strong":
            name, rest = inline_text(parts[0]), _text_of(parts[1:])
        else:
            # Hand-written "Bằng khen của UBND tỉnh": split at the first "của".
            name, rest = inline_text(entry.inline), ""
            head, sep, tail = name.partition(" của ")
            if sep:
                name, rest = head, " của " + tail
        giver: str | None = None
        if rest.startswith(" của "):
            giver = rest[len(" của ") :]
        elif rest:
            self.warn(
                "md-award", f"text after the award name is not understood: {rest.strip()!r}", entry.line
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
            self.warn("md-award", f"award detail {label.strip()!r} is not understood and not kept", sub.line)
            return
        self.at(f"{pointer}/{key}", sub.line)
        if key in ("collectives", "individuals"):
            number = parse_number(value.strip())
            if not isinstance(number, int) or number < 0:
                self.warn("md-award", f"{label.strip()} must be a whole number, found {value!r}", sub.line)
                return
            fields[key] = number
        elif key == "recipients":
            if value.strip():
                fields["recipients"].append(value.strip())
            for k, recipient in enumerate(sub.subs, start=len(fields["recipients"])):
                self.at(f"{pointer}/recipients/{k}", recipient.line)
                fields["recipients"].append(self.flatten(recipient, "recipient"))
            return
        else:
            fields[key] = value
        for nested in sub.subs:
            self.warn("md-nested", f"nested text under {label.strip()!r} is not kept", nested.line)

    def related(self, entries: list[_Entry]) -> tuple[str, ...]:
        out: list[str] = []
        for entry in entries:
            text = self.flatten(entry, "related title")
            if text:
                self.at(f"/related/{len(out)}", entry.line)
                out.append(text)
        return tuple(out)


def _name_and_kind(inline: SyntaxTreeNode | None) -> tuple[str, str]:
    """Attendee name and kind from ``Nguyễn Văn A *(cá nhân)*``; no annotation means a group."""
    parts = _parts(inline)
    if len(parts) >= 2 and parts[-1].type == "em":
        kind = kind_from_word(inline_text(parts[-1]))
        before = _text_of(parts[:-1])
        if kind is not None and before.endswith(" "):
            return before[:-1], kind
    return inline_text(inline), "group"


def parse_figure(inline: SyntaxTreeNode | None) -> Figure | None:
    """A figure annotation: ``**309/411 xã**`` or ``**2,3%** — “tăng 2,3%”``; None otherwise."""
    parts = _parts(inline)
    if not parts or parts[0].type != "strong":
        return None
    display = inline_text(parts[0])
    parsed = parse_figure_display(display)
    if parsed is None:
        return None
    value, total, unit = parsed
    rest = _text_of(parts[1:])
    change, rest = _change_word(rest)
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


def _change_word(rest: str) -> tuple[Change | None, str]:
    """ " (tăng)" / " (giảm)" after the bold display: the figure's change (schema 2)."""
    for change, word in CHANGE_WORDS.items():
        if rest.startswith(" " + word):
            return cast("Change", change), rest[len(word) + 1 :]
    return None, rest


def _figure_finder() -> Callable[[str], tuple[Figure, ...]]:
    """The extractor's figure finder, imported only when a hand-written file needs it."""
    from dvtool.extract.numbers import find_figures

    return find_figures


# ---------------------------------------------------------------------------
# Assembly


def _assemble(meta: _FrontMatter, body: _BodyReader, source: str) -> Result[Report]:
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
                    f"unknown front matter field {key!r} is not kept",
                    location=Location(line=line),
                )
            )
            del data[key]
    _settle_title(data, body, messages, locations)
    if "plan_year" not in data and "tasks" in body.heading_years:
        data["plan_year"] = body.heading_years["tasks"]
        locations["/plan_year"] = Location(line=body.seen["tasks"])
        messages.append(info("md-plan-year", "plan year taken from the tasks heading"))
    try:
        report = report_from_dict(data)
    except ModelError as exc:
        line = _line_for(meta.lines, exc.pointer)
        raise InvalidReportError(f"line {line}: {exc.pointer or '/'}: {exc.message}", source) from None

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
                    f"{name} given in front matter and body; the body wins",
                    location=Location(line=line),
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


# ---------------------------------------------------------------------------
# Free-form prose: hand the blocks to extraction.


def _extract_free_form(tree: SyntaxTreeNode, offset: int, source: str) -> Result[Report]:
    """Run :func:`dvtool.extract.extract_blocks` over the document's blocks."""
    from dvtool.extract import Block, extract_blocks

    blocks = [
        Block(text=t, kind=k, level=lv, location=Location(line=n))
        for t, k, lv, n in _blocks(tree.children, offset)
    ]
    return extract_blocks(blocks, source)


def _all_bold(inline: SyntaxTreeNode) -> bool:
    """True when a paragraph's only content is one strong (bold) span."""
    parts = [c for c in inline.children if not (c.type == "text" and not (c.content or "").strip())]
    return len(parts) == 1 and parts[0].type == "strong"


def _blocks(
    nodes: Sequence[SyntaxTreeNode], offset: int, depth: int = 0
) -> Iterator[tuple[str, BlockKind, int, int]]:
    """(text, kind, level, line) of every heading, paragraph, list item and table row."""
    for node in nodes:
        line = (node.map[0] if node.map else 0) + 1 + offset
        if node.type == "heading":
            yield inline_text(node.children[0]), "heading", int(node.tag[1:]), line
        elif node.type == "paragraph":
            text = inline_text(node.children[0])
            # "**I. KẾT QUẢ ĐẠT ĐƯỢC**": people mark headings with bold, as in Word.
            kind: BlockKind = "heading" if _all_bold(node.children[0]) and len(text) <= 200 else "paragraph"
            yield text, kind, 2 if kind == "heading" else depth, line
        elif node.type == "list_item":
            paragraphs = [c for c in node.children if c.type == "paragraph"]
            yield " ".join(inline_text(p.children[0]) for p in paragraphs), "list_item", depth + 1, line
            yield from _blocks([c for c in node.children if c.type != "paragraph"], offset, depth + 1)
        elif node.type == "tr":
            cells = [inline_text(c.children[0]) if c.children else "" for c in node.children]
            yield " | ".join(cells), "table_row", depth, line
        elif node.type != "inline":
            yield from _blocks(node.children, offset, depth)
