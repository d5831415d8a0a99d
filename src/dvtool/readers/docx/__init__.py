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
    from dvtool.readers.docx.parse import Document as ParsedDocument


def document(data: bytes, options: ReadOptions) -> Document:
    """The Document of a DOCX file."""
    from dvtool.readers.docx.parse import parse
    from dvtool.readers.docx.to_document import to_document

    return to_document(parse(data, options.source), options.source)


def read(data: bytes, options: ReadOptions) -> Result[Report]:
    """Read a report from DOCX bytes."""
    from dvtool.legacy import legacy_encoding_messages
    from dvtool.messages import Result
    from dvtool.readers.docx import custom_part
    from dvtool.readers.docx.parse import parse

    parsed = parse(data, options.source)
    # Text typed in .VnTime (TCVN3) or VNI fonts reads as mojibake: say so.
    sample = "\n".join(getattr(block, "text", "") or "" for block in parsed.blocks[:2000])
    legacy = legacy_encoding_messages(sample)
    # dvtool's data part (see dvtool.writers.docx.custom_part): exact values where the visible
    # text is as written, the person's edits where it is not.
    stored, notes = custom_part.read(data, options.source)
    if stored is not None and custom_part.untouched(stored, parsed):
        # The page is as this dvtool wrote it: the interpreter would read ``visible`` (and the
        # stored notes, which merge drops); it runs only if the locations are looked at.
        source = options.source
        locations = custom_part.DeferredLocations(lambda: _interpret(parsed, source).locations)
        read_now = Result(stored.visible, legacy, locations)
        return custom_part.merge(stored, read_now, custom_part.frame_lines(parsed))
    result = _interpret(parsed, options.source).with_messages(legacy)
    if stored is not None:
        return custom_part.merge(stored, result, custom_part.frame_lines(parsed))
    return result.with_messages(notes) if notes else result


def _interpret(parsed: ParsedDocument, source: str) -> Result[Report]:
    from dvtool.interpret import interpret
    from dvtool.readers.docx.to_document import to_document

    return interpret(to_document(parsed, source))
