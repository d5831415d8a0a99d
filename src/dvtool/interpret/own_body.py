"""dvtool's Markdown layout, first half: a Document's blocks sorted into sections and entries.

Headings name sections (:func:`dvtool.sections.classify_heading`); list items and paragraphs
under them become :class:`Entry` values with their nested items. What is not kept (a
subheading, an unknown section, a code block) is warned about with its line.
:mod:`dvtool.interpret.own_markdown` turns the entries into the report.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from dvtool.document import Block, Span
from dvtool.i18n import N_, Phrase, phrase
from dvtool.messages import Location, Message
from dvtool.sections import classify_heading
from dvtool.vntext import fold


@dataclass
class Entry:
    """A list item or paragraph of a section: its inline pieces and nested list items."""

    inline: tuple[Span, ...] | None
    line: int
    subs: list[Entry] = field(default_factory=list)


@dataclass
class BodyReader:
    authoritative: bool
    expected_title: str | None = None  # the front matter title, whose "# heading" is not a section
    title: str | None = None
    title_line: int | None = None
    seen: dict[str, int] = field(default_factory=dict)  # section -> heading line
    heading_years: dict[str, int] = field(default_factory=dict)
    entries: dict[str, list[Entry]] = field(default_factory=dict)
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
            target.append(Entry(block.spans, self.line(block)))
        else:
            self.warn(
                "md-unsupported",
                "{what} in a report section is not kept",
                self.line(block),
                what=_describe(block),
            )

    def list_entries(self, items: Sequence[Block]) -> Iterator[Entry]:
        for item in items:
            entry = Entry(item.spans if item.text or item.spans else None, self.line(item))
            first_paragraph = entry.inline is None
            for child in item.children:
                if child.kind == "paragraph" and not child.hints.element and first_paragraph:
                    entry.inline, first_paragraph = child.spans, False
                elif child.kind == "paragraph" and not child.hints.element:
                    entry.subs.append(Entry(child.spans, self.line(child)))
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
