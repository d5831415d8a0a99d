"""Plain-text reader: bytes -> :class:`~dvtool.document.Document` of paragraph blocks.

Bytes are decoded leniently (UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1258)
and normalized to NFC; the "encoding" note is kept so ``--verbose`` can show what was read.
Hard-wrapped lines are joined into paragraphs; what each paragraph means is decided by
:mod:`dvtool.interpret`.
"""

from __future__ import annotations

from dvtool.document import Document
from dvtool.errors import InputError
from dvtool.formats import ReadOptions
from dvtool.messages import Result
from dvtool.model import Report
from dvtool.textio import decode


def document(data: bytes, options: ReadOptions) -> Document:
    """The Document of a text file."""
    from dvtool.extract.blocks import text_paragraphs

    decoded = decode(data, options.source, legacy=True)
    if not decoded.value.strip():
        raise InputError("empty file, expected the text of a report", options.source)
    blocks = tuple(text_paragraphs(decoded.value))
    return Document(blocks, messages=decoded.messages, origin="text", source=options.source)


def read(data: bytes, options: ReadOptions) -> Result[Report]:
    """Read a report from free-form text."""
    from dvtool.interpret import interpret

    return interpret(document(data, options))
