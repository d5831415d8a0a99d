"""The parsed Word body (:mod:`.parse`) as a :class:`~dvtool.document.Document`."""

from __future__ import annotations

from dvtool.document import Block, Document, Hints
from dvtool.messages import Location
from dvtool.readers.docx import parse


def to_document(parsed: parse.Document, source: str) -> Document:
    """Paragraphs and tables in body order, each with its place (paragraph N / table N),
    after the first page's header (Word's header parts), hinted as page header, with no place."""
    header = tuple(_block(b, page_header=True) for b in parsed.page_header)
    blocks = header + tuple(_block(b) for b in parsed.blocks)
    return Document(
        blocks,
        messages=parsed.messages,
        origin="docx",
        written_by_dvtool=parsed.written_by_dvtool,
        source=source,
    )


def _block(block: parse.Block, page_header: bool = False) -> Block:
    if isinstance(block, parse.Table):
        where = None if page_header else Location(table=block.index)
        return Block("", "table", 0, where, hints=Hints(page_header=page_header), rows=block.rows)
    hints = Hints(
        page_header=page_header,
        bold=block.bold,
        bold_prefix=block.bold_prefix,
        centered=block.centered,
        style=block.style,
        styled_heading=block.heading_level is not None,
        numbered=block.is_list,
    )
    where = None if page_header else Location(paragraph=block.index)
    if block.heading_level is not None:
        return Block(block.text, "heading", block.heading_level, where, hints=hints)
    if block.is_list:
        return Block(block.text, "list_item", 1, where, hints=hints)
    return Block(block.text, "paragraph", 0, where, hints=hints)
