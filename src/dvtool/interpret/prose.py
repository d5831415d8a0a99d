"""The prose stage: a Document with no report layout, read as free-form Vietnamese prose.

The blocks are flattened into what the extraction stages of :mod:`dvtool.extract` read: one
block per heading, paragraph, list item and table row. How a block *looks* decides its kind
here, once for every format: a paragraph that is only bold text is a heading (people mark
headings with bold in Word and in Markdown), and a line of plain text is classified by its
numbering and capitals (:func:`dvtool.extract.blocks.classify_line`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence

from dvtool.document import Block, Document
from dvtool.messages import Location, Result
from dvtool.model import Report

MAX_BOLD_HEADING = 200


def read(document: Document, *, official: bool = False) -> Result[Report]:
    """Extract a report from a document's blocks; the reader's warnings come first."""
    import dvtool.extract as extract

    result: Result[Report] = extract.extract_blocks(
        list(prose_blocks(document)), document.source, official=official
    )
    return Result(result.value, document.messages + result.messages, result.locations)


def prose_blocks(document: Document) -> Iterator[Block]:
    """The flat blocks extraction reads."""
    if document.origin == "text":
        from dvtool.extract.blocks import classify_line

        for block in document.blocks:
            yield classify_line(block.text, block.location)
        return
    blocks = list(_flatten(document.blocks, excerpts=document.origin == "docx"))
    title = document.title_hint
    if title and not any(b.kind == "heading" and b.level == 1 for b in blocks):
        # An HTML <title> says "Headline | Site" or "Headline - Site": keep the headline.
        blocks.insert(0, Block(title.split(" | ")[0].split(" - ")[0].strip(), "heading", 1, Location(line=1)))
    yield from blocks


def _flatten(blocks: Sequence[Block], *, excerpts: bool) -> Iterator[Block]:
    for block in blocks:
        where = block.location
        if excerpts and where is not None and block.text:
            where = dataclasses.replace(where, excerpt=block.text[:80])
        if block.kind == "table":
            yield from _rows(block)
        elif block.kind == "heading":
            yield Block(block.text, "heading", block.level, where)
        elif block.kind == "list_item":
            paragraphs = [block.text] if block.spans or block.text else []
            paragraphs += [c.text for c in block.children if c.kind == "paragraph" and not c.hints.element]
            yield Block(" ".join(paragraphs), "list_item", block.level, where)
            yield from _flatten(
                [c for c in block.children if c.kind != "paragraph" or c.hints.element], excerpts=excerpts
            )
        elif block.hints.element:
            yield from _flatten(block.children, excerpts=excerpts)
        elif block.hints.bold and len(block.text) <= MAX_BOLD_HEADING:
            yield Block(block.text, "heading", 2, where)
        elif block.kind == "paragraph" and block.level == 0:
            from dvtool.extract.blocks import classify_line

            yield classify_line(block.text, where)
        else:
            yield Block(block.text, block.kind, block.level, where)


def _rows(table: Block) -> Iterator[Block]:
    from dvtool.interpret.indicators import indicator_lines

    lines = indicator_lines(table)
    if lines is not None:  # STT | Chỉ tiêu | ĐVT | Thực hiện: one line per indicator, no STT
        yield from (Block(text, "table_row", 0, table.location) for text in lines)
        return
    for i, row in enumerate(table.rows):
        cells = [c.text.strip() for c in row if c is not None and not c.continued]
        text = " | ".join(c for c in cells if c)
        if text:
            where = table.row_locations[i] if i < len(table.row_locations) else table.location
            yield Block(text, "table_row", 0, where)
