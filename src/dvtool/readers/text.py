"""Plain-text reader: bytes -> :class:`~dvtool.document.Document` of paragraph blocks.

Bytes are decoded leniently (UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1258)
and normalized to NFC; the "encoding" note is kept so ``--verbose`` can show what was read.
Hard-wrapped lines are joined into paragraphs; what each paragraph means is decided by
:mod:`dvtool.interpret`.
"""

from __future__ import annotations

from collections.abc import Iterator

from dvtool.document import Block, Cell, Document
from dvtool.formats import ReadOptions
from dvtool.messages import Location, Result
from dvtool.model import Report
from dvtool.textio import decode


def document(data: bytes, options: ReadOptions) -> Document:
    """The Document of a text file."""
    from dvtool.extract.blocks import text_paragraphs

    decoded = decode(data, options.source, legacy=True)
    # An empty file is readable: it has no blocks, so it is judged "no report found" (exit 1).
    blocks = tuple(_tables(text_paragraphs(decoded.value)))
    return Document(blocks, messages=decoded.messages, origin="text", source=options.source)


CELL_SEPARATOR = " | "


def _tables(blocks: list[Block]) -> Iterator[Block]:
    """Consecutive lines typed as "cell | cell" with the same number of cells are a table."""
    run: list[Block] = []
    for block in [*blocks, Block("")]:
        width = block.text.count(CELL_SEPARATOR) + 1 if CELL_SEPARATOR in block.text else 0
        if run and (width != run[0].text.count(CELL_SEPARATOR) + 1):
            yield from _table(run)
            run = []
        if width >= 2:
            run.append(block)
        elif block.text:
            yield block


def _table(run: list[Block]) -> Iterator[Block]:
    if len(run) < 2:
        yield from run
        return
    rows = tuple(tuple(Cell((c.strip(),)) for c in b.text.split(CELL_SEPARATOR)) for b in run)
    lines = tuple(b.location or Location() for b in run)
    yield Block("", "table", 0, run[0].location, rows=rows, row_locations=lines)


def read(data: bytes, options: ReadOptions) -> Result[Report]:
    """Read a report from free-form text."""
    from dvtool.interpret import interpret

    return interpret(document(data, options))
