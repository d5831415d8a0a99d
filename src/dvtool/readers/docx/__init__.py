"""DOCX reader: the package and its XML (:mod:`.package`, :mod:`.parse`) → a
:class:`~dvtool.document.Document` (:mod:`.to_document`), read by :mod:`dvtool.interpret`;
dvtool's own data part (:mod:`.custom_part`) then restores exact values the page cannot hold."""

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
    from dvtool.readers.docx import custom_part
    from dvtool.readers.docx.parse import parse
    from dvtool.readers.docx.to_document import to_document

    parsed = parse(data, options.source)
    result = interpret(to_document(parsed, options.source))
    # Text typed in .VnTime (TCVN3) or VNI fonts reads as mojibake: say so.
    sample = "\n".join(getattr(block, "text", "") or "" for block in parsed.blocks[:2000])
    result = result.with_messages(legacy_encoding_messages(sample))
    # dvtool's data part (see dvtool.writers.docx.custom_part): exact values where the visible
    # text is as written, the person's edits where it is not.
    stored, notes = custom_part.read(data, options.source)
    if stored is not None:
        return custom_part.merge(stored, result, custom_part.frame_lines(parsed))
    return result.with_messages(notes) if notes else result
