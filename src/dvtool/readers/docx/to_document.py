"""The parsed Word body (:mod:`.parse`) as a :class:`~dvtool.document.Document`."""

from __future__ import annotations

from dvtool.document import Block, Document, Hints
from dvtool.messages import Location
from dvtool.readers.docx import parse


def to_document(parsed: parse.Document, source: str) -> Document:
    """Paragraphs and tables in body order, each with its place (paragraph N / table N)."""
    blocks = tuple(_block(b) for b in parsed.blocks)
    return Document(
        blocks,
        messages=parsed.messages,
        origin="docx",
        written_by_dvtool=parsed.written_by_dvtool,
        source=source,
    )


def _block(block: parse.Block) -> Block:
    if isinstance(block, parse.Table):
        return Block("", "table", 0, Location(table=block.index), rows=block.rows)
    hints = Hints(
        bold=block.bold,
        bold_prefix=block.bold_prefix,
        centered=block.centered,
        style=block.style,
        styled_heading=block.heading_level is not None,
        numbered=block.is_list,
    )
    where = Location(paragraph=block.index)
    if block.heading_level is not None:
        return Block(block.text, "heading", block.heading_level, where, hints=hints)
    if block.is_list:
        return Block(block.text, "list_item", 1, where, hints=hints)
    return Block(block.text, "paragraph", 0, where, hints=hints)
