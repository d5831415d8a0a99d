"""YAML writer: key order kept, real Vietnamese characters, strings quoted where needed.

Strings that a YAML reader could take for something else ("2023-02-10", "10:30", "yes")
are quoted so any YAML 1.1 or 1.2 reader gets them back as strings.

PyYAML's SafeDumper writes it (:mod:`dvtool.writers._pyyaml`); data of the shapes a front matter
has is written without importing PyYAML, byte for byte the same (:mod:`dvtool.writers.yaml_emit`).
"""

from __future__ import annotations

from typing import Any

from dvtool.formats import WriteOptions
from dvtool.messages import Result
from dvtool.model import Report, report_to_dict
from dvtool.writers.yaml_emit import emit


def dump_data(data: Any) -> str:
    """Dump plain data as block YAML, in the given key order."""
    text = emit(data)
    if text is not None:
        return text
    from dvtool.writers._pyyaml import dump

    return dump(data)


def write(report: Report, options: WriteOptions) -> Result[bytes]:
    """Write a report as YAML."""
    return Result(dump_data(report_to_dict(report)).encode("utf-8"))
