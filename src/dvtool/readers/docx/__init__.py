"""DOCX reader: the package and its XML (:mod:`.package`, :mod:`.parse`) → a
:class:`~dvtool.document.Document` (:mod:`.to_document`), read by :mod:`dvtool.interpret`."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dvtool.document import Document
    from dvtool.formats import ReadOptions
    from dvtool.messages import Result
    from dvtool.model import Report


def document(data: bytes, options: ReadOptions) -> Document:
    """The Document of a DOCX file."""
    from dvtool.readers.docx.parse import parse
    from dvtool.readers.docx.to_document import to_document

    return to_document(parse(data, options.source), options.source)


def read(data: bytes, options: ReadOptions) -> Result[Report]:
    """Read a report from DOCX bytes."""
    from dvtool.interpret import interpret
    from dvtool.legacy import legacy_encoding_messages

    doc = document(data, options)
    # Text typed in .VnTime (TCVN3) or VNI fonts reads as mojibake: say so.
    sample = "\n".join(block.text for block in doc.blocks[:2000])
    return interpret(doc).with_messages(legacy_encoding_messages(sample))
