"""What the structured stage leaves to the prose stage's rules: the lead sentence (date,
organizers, chairs), the zones of an official report (title after the header lines, place and
date, signer), a byline at the end, and related headlines listed twice."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

from dvtool.document import Block, BlockKind
from dvtool.extract.blocks import classify_line
from dvtool.extract.layout_words import layout_words
from dvtool.interpret.lines import _is_kind_line, _place
from dvtool.messages import Location
from dvtool.model import ITEM_SECTIONS
from dvtool.vntext import fold

if TYPE_CHECKING:
    from dvtool.interpret.structured import _Converter as Converter
    from dvtool.model import Report


def read_preamble(conv: Converter) -> None:
    """Fill the fields the layout left empty from the preamble prose, through extraction."""
    from dvtool.extract import Block as TextBlock
    from dvtool.extract import extract_blocks

    title = conv.fields.title or ""
    # A bare "BÁO CÁO" title would be read as a document-type line joined to the lead.
    head = [] if _is_kind_line(fold(title).strip(" .:")) else [TextBlock(title, "heading", 1)]
    blocks = head + [
        TextBlock(p.text, _prose_kind(p), 0, dataclasses.replace(_place(p), excerpt=p.text[:80]))
        for p in conv.prose
    ]
    extracted = extract_blocks(blocks, conv.source)
    f, found = conv.fields, extracted.value
    taken: list[str] = []
    for name in ("date", "time_of_day", "location", "reporting_year"):
        if getattr(f, name) is None and getattr(found, name) is not None:
            setattr(f, name, getattr(found, name))
            taken.append(f"/{name}")
    for name in ("organizers", "chairs", "attendees"):
        if not getattr(f, name) and getattr(found, name):
            setattr(f, name, list(getattr(found, name)))
            taken.extend(p for p in extracted.locations if p.startswith(f"/{name}/"))
    _preamble_items(conv, found, extracted.locations)
    for pointer in taken:
        where = extracted.locations.get(pointer)
        if where is None or (where.paragraph is None and where.line is None):  # in the title
            conv.locations[pointer] = conv.locations.get("/title", Location())
        else:
            conv.locations[pointer] = Location(line=where.line, paragraph=where.paragraph)
            conv._undrop(where.paragraph if where.paragraph is not None else where.line or 0)
    conv.messages.extend(m for m in extracted.messages if not m.is_warning and m.pointer in taken)


def _prose_kind(p: Block) -> BlockKind:
    """A point of a list ("- Giá nông sản …") stays one for the prose rules (the points after "…
    những tồn tại, hạn chế …, như sau:" are limitations); every other line is a paragraph."""
    listed = p.kind == "list_item" or classify_line(p.text).kind == "list_item"
    return "list_item" if listed else "paragraph"


def _preamble_items(conv: Converter, found: Report, locations: Mapping[str, Location]) -> None:
    """The results and limitations the prose above the first section heading states, for a
    section the layout left empty ("a) Về tình hình … 6 tháng đầu năm:" as a list item, then
    "Tuy nhiên, … những tồn tại, hạn chế …, như sau:" and its points, before "b) Nhiệm vụ …");
    not the legal bases a body opens with ("Căn cứ …")."""
    from dvtool.extract.cues import cues

    other = _under_other_parts(conv)
    for name in ("results", "limitations"):
        items = conv.fields.sections[name]
        if items:
            continue
        for i, item in enumerate(getattr(found, name)):
            if cues().legal_bases.at_start(item.text) is not None:
                continue
            where = locations.get(f"/{name}/{i}")
            if name == "results" and where is not None and (where.paragraph, where.line) in other:
                continue
            if where is not None and (where.paragraph is not None or where.line is not None):
                conv.locations[f"/{name}/{len(items)}"] = Location(line=where.line, paragraph=where.paragraph)
                conv._undrop(where.paragraph if where.paragraph is not None else where.line or 0)
            items.append(item)


def _under_other_parts(conv: Converter) -> set[tuple[int | None, int | None]]:
    """The places of the preamble's lines under a numbered heading that names no account of the
    period ("I. Sự phù hợp của Dự thảo nghị quyết với …", "Sự cần thiết …": ``other_part_headings``)
    and under its sub-headings, up to the next heading of its level or above."""
    from dvtool.extract.cues import cues, fold_aligned
    from dvtool.interpret.heading_levels import numbered_level

    prose = {(_place(p).paragraph, _place(p).line) for p in conv.prose}
    places: set[tuple[int | None, int | None]] = set()
    under: int | None = None  # the level of the heading naming another part
    for p in _flat(conv.document.blocks):
        numbered = numbered_level(p.text)
        if numbered is not None and (under is None or numbered[0] <= under):
            words = p.text[numbered[1] :]
            for topic in layout_words().heading_topic_words:  # "Về sự phù hợp …"
                if fold_aligned(words).startswith(fold(topic) + " "):
                    words = words[len(topic) + 1 :]
                    break
            under = numbered[0] if cues().other_part_headings.at_start(words) is not None else None
        where = (_place(p).paragraph, _place(p).line)
        if under is not None and where in prose:
            places.add(where)
    return places


def _flat(blocks: tuple[Block, ...]) -> Iterator[Block]:
    for b in blocks:
        if b.kind != "table":
            yield b
            yield from _flat(b.children)


def read_zones(conv: Converter) -> None:
    """Header, title and signature zones of a typed official report, as the prose stage
    reads them: the title after the header lines, the place-and-date line, the signer."""
    from dvtool.interpret.prose import read as read_prose

    whole = read_prose(dataclasses.replace(conv.document, messages=()))
    found, f = whole.value, conv.fields
    if conv.title_guessed and found.title and found.title != f.title:
        f.title = found.title
        conv.locations["/title"] = whole.locations.get("/title", Location())
    for name in ("date", "time_of_day", "reporting_year", "author", "publisher"):
        if getattr(f, name) is None and getattr(found, name) is not None:
            setattr(f, name, getattr(found, name))
            conv.locations[f"/{name}"] = whole.locations.get(f"/{name}", Location())


def read_tail(conv: Converter) -> None:
    """A byline or signature at the end ("Lê Thắng - Hội CCB huyện") is author and
    publisher, not the last item: read with the prose reader's own tail rule."""
    from dvtool.extract.tails import read_tail

    entries = [(p, ptr) for p, ptr in conv.entries if ptr.split("/")[1] in ITEM_SECTIONS]
    tail = read_tail([p for p, _ in entries])
    if not tail.size or (tail.author is None and tail.publisher is None):
        return
    last = entries[-tail.size :]
    for section in ITEM_SECTIONS:
        indexes = [int(ptr.split("/")[2]) for _, ptr in last if ptr.split("/")[1] == section]
        size = len(conv.fields.sections[section])
        if indexes != list(range(size - len(indexes), size)):
            return  # not the last items of their sections: leave them alone
    for _, pointer in reversed(last):
        conv.fields.sections[pointer.split("/")[1]].pop()
        conv.locations.pop(pointer, None)
    for name in ("author", "publisher"):
        value = getattr(tail, name)
        if value is not None and getattr(conv.fields, name) is None:
            setattr(conv.fields, name, value)
            conv.locations[f"/{name}"] = tail.locations.get(f"/{name}", Location())


def dedupe_related(conv: Converter) -> None:
    """A page lists a related headline twice (two widgets): keep it once."""
    related = conv.fields.sections["related"]
    kept = list(dict.fromkeys(related))
    if len(kept) == len(related):
        return
    places = {text: conv.locations.get(f"/related/{i}") for i, text in reversed(list(enumerate(related)))}
    for i in range(len(related)):
        conv.locations.pop(f"/related/{i}", None)
    for i, text in enumerate(kept):
        where = places.get(text)
        if where is not None:
            conv.locations[f"/related/{i}"] = where
    conv.fields.sections["related"] = kept
