"""Shared tail of the JSON and YAML readers: plain data -> Report."""

from __future__ import annotations

from typing import Any

from dvtool.errors import InvalidReportError
from dvtool.messages import Result
from dvtool.model import ModelError, Report, report_from_dict
from dvtool.textio import nfc


def normalize_strings(data: Any) -> Any:
    """NFC-normalize every string (keys too) in nested JSON data."""
    if isinstance(data, str):
        return nfc(data)
    if isinstance(data, list):
        return [normalize_strings(v) for v in data]
    if isinstance(data, dict):
        return {nfc(str(k)): normalize_strings(v) for k, v in data.items()}
    return data


def report_from_data(data: Any, source: str) -> Result[Report]:
    """Build the model from parsed data; a structural problem is an InvalidReportError."""
    try:
        report = report_from_dict(data)
    except ModelError as exc:
        raise InvalidReportError(f"{exc.pointer or '/'}: {exc.message}", source) from None
    return Result(report)
