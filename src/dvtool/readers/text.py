"""Plain-text reader: a news article or a typed report, extracted into the model.

Bytes are decoded leniently (UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1258)
and normalized to NFC; the "encoding" note is kept so ``--verbose`` can show what was read.
"""

from __future__ import annotations

from dvtool.errors import InputError
from dvtool.extract import extract_text
from dvtool.formats import ReadOptions
from dvtool.messages import Result
from dvtool.model import Report
from dvtool.textio import decode


def read(data: bytes, options: ReadOptions) -> Result[Report]:
    """Read a report from free-form text."""
    decoded = decode(data, options.source, legacy=True)
    if not decoded.value.strip():
        raise InputError("empty file, expected the text of a report", options.source)
    result = extract_text(decoded.value, options.source)
    return Result(result.value, decoded.messages + result.messages, result.locations)
