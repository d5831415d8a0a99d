"""JSON reader: UTF-8 (BOM accepted), NFC, strict about NaN and duplicate keys."""

from __future__ import annotations

import json
from typing import Any

from dvtool.errors import InputError
from dvtool.formats import ReadOptions
from dvtool.messages import Result
from dvtool.model import Report
from dvtool.readers._data import normalize_strings, report_from_data, value_error_text
from dvtool.safety import MAX_DATA_DEPTH, MAX_INPUT_BYTES
from dvtool.textio import decode


def parse(data: bytes, source: str) -> Any:
    """Parse JSON bytes into plain data, NFC-normalized. Raises InputError.

    Strict JSON only: a duplicate key in one object is an error (neither value is silently
    dropped), NaN/Infinity and numbers too large to be finite (1e999) are errors, nesting is
    limited to MAX_DATA_DEPTH levels (deeper input fails fast, before any RecursionError can
    reach the caller), and input over MAX_INPUT_BYTES is refused.
    """
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(f"input is larger than {MAX_INPUT_BYTES // (1024 * 1024)} MiB", source)
    text = decode(data, source).value
    if not text.strip():
        raise InputError("empty file, expected a JSON object", source)
    try:
        parsed = json.loads(text, parse_constant=_reject_constant, object_pairs_hook=_unique_keys)
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}", source) from None
    except RecursionError:
        raise InputError(f"JSON nested more than {MAX_DATA_DEPTH} levels deep; refused", source) from None
    except ValueError as exc:
        raise InputError(f"invalid JSON: {value_error_text(exc)}", source) from None
    return normalize_strings(parsed, source=source)


def read(data: bytes, options: ReadOptions) -> Result[Report]:
    """Read a report from JSON."""
    return report_from_data(parse(data, options.source), options.source)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate key {key!r}")
        result[key] = value
    return result
