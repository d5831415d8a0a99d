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
    from dvtool.readers.docx.convert import convert
    from dvtool.readers.docx.parse import parse

    document = parse(data, options.source)
    result = convert(document, options.source)
    # Text typed in .VnTime (TCVN3) or VNI fonts reads as mojibake: say so.
    sample = "\n".join(getattr(block, "text", "") or "" for block in document.blocks[:2000])
    return result.with_messages(legacy_encoding_messages(sample))
