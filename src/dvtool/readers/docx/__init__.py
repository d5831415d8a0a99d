"""DOCX reader: the package and its XML (:mod:`.package`, :mod:`.parse`) → a
:class:`~dvtool.document.Document` (:mod:`.to_document`), read by :mod:`dvtool.interpret`;
dvtool's own data part (:mod:`.custom_part`) then restores exact values the page cannot hold."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dvtool.document import Document
    from dvtool.formats import ReadOptions
    from dvtool.messages import Message, Result
    from dvtool.model import Report
    from dvtool.readers.docx.custom_part import CheckedZip
    from dvtool.readers.docx.parse import Document as ParsedDocument


def document(data: bytes, options: ReadOptions) -> Document:
    """The Document of a DOCX file."""
    from dvtool.readers.docx.parse import parse
    from dvtool.readers.docx.to_document import to_document

    return to_document(parse(data, options.source), options.source)


def read(data: bytes, options: ReadOptions) -> Result[Report]:
    """Read a report from DOCX bytes."""
    from dvtool.messages import Result
    from dvtool.readers.docx import custom_part

    source = options.source
    stored, checked = custom_part.read_untouched(data, source)
    if stored is not None:
        # The package is as this dvtool wrote it: the interpreter would read ``visible`` from the
        # page (with the stored notes, which merge drops, and no legacy-font warning: the writer
        # stores no key then), so neither runs unless the values' locations are looked at.
        locations = custom_part.DeferredLocations(
            lambda: _interpret(_parse(data, source, checked), source).locations
        )
        read_now = Result(stored.visible, (), locations)
        return custom_part.merge(stored, read_now, stored.frame or ())
    parsed = _parse(data, source, checked)
    result = _interpret(parsed, source).with_messages(legacy_messages(parsed))
    # dvtool's data part (see dvtool.writers.docx.custom_part): exact values where the visible
    # text is as written, the person's edits where it is not.
    stored, notes = custom_part.read(data, source)
    if stored is not None:
        return custom_part.merge(stored, result, custom_part.frame_lines(parsed))
    if parsed.written_by_dvtool:  # dvtool's layout whose data part was removed or is damaged
        from dvtool.readers.docx import without_data_part
        from dvtool.readers.docx.to_document import to_document

        result = without_data_part.read(to_document(parsed, source), result, damaged=bool(notes))
    return result.with_messages(notes) if notes else result


def legacy_messages(parsed: ParsedDocument) -> tuple[Message, ...]:
    """Text typed in .VnTime (TCVN3) or VNI fonts reads as mojibake: say so."""
    from dvtool.legacy import legacy_encoding_messages

    sample = "\n".join(getattr(block, "text", "") or "" for block in parsed.blocks[:2000])
    return tuple(legacy_encoding_messages(sample))


def _parse(data: bytes, source: str, checked: CheckedZip | None = None) -> ParsedDocument:
    from dvtool.readers.docx.parse import parse

    return parse(data, source, checked)


def _interpret(parsed: ParsedDocument, source: str) -> Result[Report]:
    from dvtool.interpret import interpret
    from dvtool.readers.docx.to_document import to_document

    return interpret(to_document(parsed, source))
