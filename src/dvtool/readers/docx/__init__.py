"""DOCX reader: the package and its XML (:mod:`.package`, :mod:`.parse`) → plain blocks, then a
converter to the model (:mod:`.convert`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dvtool.formats import ReadOptions
    from dvtool.messages import Result
    from dvtool.model import Report


def read(data: bytes, options: ReadOptions) -> Result[Report]:
    """Read a report from DOCX bytes."""
    from dvtool.legacy import legacy_encoding_messages
    from dvtool.readers.docx import custom_part
    from dvtool.readers.docx.convert import convert
    from dvtool.readers.docx.parse import parse

    document = parse(data, options.source)
    result = convert(document, options.source)
    # Text typed in .VnTime (TCVN3) or VNI fonts reads as mojibake: say so.
    sample = "\n".join(getattr(block, "text", "") or "" for block in document.blocks[:2000])
    result = result.with_messages(legacy_encoding_messages(sample))
    # dvtool's data part (see dvtool.writers.docx.custom_part): exact values where the visible
    # text is as written, the person's edits where it is not.
    stored, notes = custom_part.read(data, options.source)
    if stored is not None:
        return custom_part.merge(stored, result, custom_part.frame_lines(document))
    return result.with_messages(notes) if notes else result
