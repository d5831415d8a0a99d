"""JSON writer: UTF-8, real Vietnamese characters, 2-space indent, schema key order."""

from __future__ import annotations

import json

from dvtool.formats import WriteOptions
from dvtool.messages import Result
from dvtool.model import Report, report_to_dict


def dumps(report: Report, *, compact: bool = False) -> str:
    """The report as JSON text ending in a newline."""
    data = report_to_dict(report)
    if compact:
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False) + "\n"
    return json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def write(report: Report, options: WriteOptions) -> Result[bytes]:
    """Write a report as JSON."""
    return Result(dumps(report, compact=options.compact).encode("utf-8"))
