"""Shared tail of the JSON and YAML readers: plain data -> Report."""

from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import Any

from dvtool.errors import InputError, InvalidReportError
from dvtool.messages import Result
from dvtool.model import ModelError, Report
from dvtool.model_from_dict import report_from_dict
from dvtool.safety import MAX_DATA_DEPTH, MAX_DATA_NODES
from dvtool.textio import nfc


@lru_cache(maxsize=1)  # a class past U+00FF is slow to compile: only for data that needs it
def _surrogate() -> re.Pattern[str]:
    return re.compile("[\ud800-\udfff]")


def normalize_strings(data: Any, *, source: str | None = None) -> Any:
    """NFC-normalize every string (keys too) in nested JSON data.

    It is also the last guard against hostile data, raising InputError for: nesting deeper
    than MAX_DATA_DEPTH (a self-referencing YAML alias too), more than MAX_DATA_NODES values
    counted with YAML aliases expanded (so an alias bomb stops here, with bounded memory),
    numbers that are not finite (JSON ``1e999``), and lone surrogates (JSON ``"\\ud800"``),
    which no UTF-8 writer could write back.
    """
    return _Normalizer(source).value(data, 0)


class _Normalizer:
    def __init__(self, source: str | None) -> None:
        self.source = source
        self.nodes = 0

    def value(self, data: Any, depth: int) -> Any:
        self.nodes += 1
        if self.nodes > MAX_DATA_NODES:
            raise InputError(
                "more than {limit} values (aliases expanded); refused", self.source, limit=MAX_DATA_NODES
            )
        if isinstance(data, str):
            return self.string(data)
        if isinstance(data, float) and not math.isfinite(data):
            raise InputError(
                "number {number} is not finite (too large, or NaN/Infinity)", self.source, number=data
            )
        if isinstance(data, (list, dict)):
            if depth >= MAX_DATA_DEPTH:
                raise InputError(
                    "data nested more than {limit} levels deep; refused", self.source, limit=MAX_DATA_DEPTH
                )
            if isinstance(data, list):
                return [self.value(v, depth + 1) for v in data]
            return {self.string(str(k)): self.value(v, depth + 1) for k, v in data.items()}
        if data is None or isinstance(data, (bool, int, float)):
            return data
        raise InputError(
            "unsupported value of type {kind}; plain data only", self.source, kind=type(data).__name__
        )

    def string(self, text: str) -> str:
        match = None if text.isascii() else _surrogate().search(text)
        if match:
            code = f"\\u{ord(match.group()):04x}"
            raise InputError(
                "text contains a lone surrogate {code}, which is not a character", self.source, code=code
            )
        return nfc(text)


def value_error_text(exc: ValueError) -> str:
    """A parser's ValueError as one short line (Python's digit-limit message is long)."""
    text = str(exc)
    if "integer string conversion" in text:
        return "a number has more than 4300 digits"
    return " ".join(text.split())


def report_from_data(data: Any, source: str) -> Result[Report]:
    """Build the model from parsed data; a structural problem is an InvalidReportError."""
    try:
        report = report_from_dict(data)
    except ModelError as exc:
        raise InvalidReportError(
            "{pointer}: {problem}", source, pointer=exc.pointer or "/", problem=exc.phrase
        ) from None
    return Result(report)
