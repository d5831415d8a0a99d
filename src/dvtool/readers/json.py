"""JSON reader: UTF-8 (BOM accepted), NFC, strict about NaN and duplicate keys."""

from __future__ import annotations

import json
import math
from typing import Any

from dvtool.errors import InputError
from dvtool.formats import ReadOptions
from dvtool.messages import Result
from dvtool.model import Report
from dvtool.readers._data import normalize_strings, report_from_data, value_error_text
from dvtool.safety import MAX_DATA_DEPTH, MAX_DATA_NODES, MAX_INPUT_BYTES
from dvtool.textio import decode


def parse(data: bytes, source: str) -> Any:
    """Parse JSON bytes into plain data, NFC-normalized. Raises InputError.

    Strict JSON only: a duplicate key in one object is an error (neither value is silently
    dropped), NaN/Infinity and numbers too large to be finite (1e999) are errors, nesting is
    limited to MAX_DATA_DEPTH levels (deeper input fails fast, before any RecursionError can
    reach the caller), and input over MAX_INPUT_BYTES is refused.
    """
    parsed, shape_unchecked = parse_unchecked(data, source)
    if shape_unchecked:
        check_shape(parsed, source)
    return parsed


def parse_unchecked(data: bytes, source: str) -> tuple[Any, bool]:
    """:func:`parse`, leaving out the walk that enforces the depth and value-count limits when
    only that walk is left to do; the flag says so.

    The caller must then call :func:`check_shape` before it reports anything about the data,
    unless the data is known to keep the limits otherwise (``validate``: a document valid
    under a schema that bounds the nesting, and a text too short to hold MAX_DATA_NODES values).
    """
    if len(data) > MAX_INPUT_BYTES:
        raise InputError("input is larger than {size} MiB", source, size=MAX_INPUT_BYTES // (1024 * 1024))
    text = decode(data, source, documents=False).value
    if not text.strip():
        raise InputError("empty file, expected a JSON object", source)
    try:
        parsed = json.loads(
            text, parse_constant=_reject_constant, parse_float=_finite_float, object_pairs_hook=_unique_keys
        )
    except json.JSONDecodeError as exc:
        # At the end, or inside a string no quote closes before the end: the text stops early.
        if exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string"):
            raise InputError(
                "invalid JSON: the text ends at line {line} column {column} before the JSON is complete"
                " (is the file cut short?)",
                source,
                line=exc.lineno,
                column=exc.colno,
            ) from None
        raise InputError(
            "invalid JSON at line {line} column {column}: {detail}",
            source,
            line=exc.lineno,
            column=exc.colno,
            detail=exc.msg,
        ) from None
    except RecursionError:
        raise InputError(
            "JSON nested more than {limit} levels deep; refused", source, limit=MAX_DATA_DEPTH
        ) from None
    except ValueError as exc:
        raise InputError("invalid JSON: {detail}", source, detail=value_error_text(exc)) from None
    if "\\" in text:
        # An escape (\u0301, \ud800) can make a string that is not NFC, or not text at all.
        return normalize_strings(parsed, source=source), False
    # Without escapes every string is a slice of the decoded text, which is already NFC and
    # free of lone surrogates, and floats were checked as they were parsed: only the depth
    # and size limits are left to enforce, which a walk over the containers does at a fraction
    # of the cost (check_shape). Each value takes at least one character of the text, so a
    # text of at most MAX_DATA_NODES characters cannot exceed the value count.
    if len(text) > MAX_DATA_NODES:
        check_shape(parsed, source)
        return parsed, False
    return parsed, True


def check_shape(data: Any, source: str) -> None:
    """The depth and value-count limits of normalize_strings, looking at containers only."""
    stack = [(data, 0)] if type(data) is dict or type(data) is list else []
    values = 1
    while stack:
        node, depth = stack.pop()
        if depth >= MAX_DATA_DEPTH:
            raise InputError(
                "data nested more than {limit} levels deep; refused", source, limit=MAX_DATA_DEPTH
            )
        values += len(node)
        if values > MAX_DATA_NODES:
            raise InputError("more than {limit} values; refused", source, limit=MAX_DATA_NODES)
        for value in node.values() if type(node) is dict else node:
            if type(value) is dict or type(value) is list:
                stack.append((value, depth + 1))


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"number {text} is not finite (too large)")
    return value


def read(data: bytes, options: ReadOptions) -> Result[Report]:
    """Read a report from JSON."""
    return report_from_data(parse(data, options.source), options.source)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = dict(pairs)  # built in C; a key seen twice makes it shorter
    if len(result) == len(pairs):
        return result
    result = {}  # find the first repeated key, in the order of the file
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate key {key!r}")
        result[key] = value
    return result
