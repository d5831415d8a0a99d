"""YAML reader: safe loading only, and no implicit dates or sexagesimal numbers.

PyYAML's SafeLoader turns ``date: 2023-02-10`` into a ``datetime.date`` and ``10:30`` into
630; a report keeps both as the strings that were written. The loader below is SafeLoader
with the timestamp resolver removed and integers/floats limited to plain decimal forms.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from dvtool.errors import InputError
from dvtool.formats import ReadOptions
from dvtool.messages import Result
from dvtool.model import Report
from dvtool.readers._data import normalize_strings, report_from_data
from dvtool.textio import decode

MAX_ALIASES = 100


class ReportLoader(yaml.SafeLoader):
    """SafeLoader without timestamps, sexagesimals or other YAML 1.1 surprises."""

    def compose_node(self, parent: Any, index: Any) -> Any:  # noqa: D102 - bounds alias use
        if self.check_event(yaml.AliasEvent):
            self._aliases = getattr(self, "_aliases", 0) + 1
            if self._aliases > MAX_ALIASES:
                raise yaml.YAMLError(f"more than {MAX_ALIASES} aliases")
        return super().compose_node(parent, index)


# Plain decimal numbers and true/false only; everything else that YAML 1.1 would guess at
# (dates, 10:30, 0o12, yes/no, 1e5 without a dot) stays a string.
_RESOLVERS: tuple[tuple[str, str, str], ...] = (
    ("tag:yaml.org,2002:int", r"^[-+]?(?:0|[1-9][0-9]*)$", "-+0123456789"),
    ("tag:yaml.org,2002:float", r"^[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$", "-+0123456789."),
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
)
_REPLACED = {tag for tag, _, _ in _RESOLVERS} | {"tag:yaml.org,2002:timestamp"}
ReportLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag not in _REPLACED]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
for _tag, _pattern, _first in _RESOLVERS:
    ReportLoader.add_implicit_resolver(_tag, re.compile(_pattern), list(_first))


def parse(data: bytes, source: str) -> Any:
    """Parse YAML bytes into plain data, NFC-normalized. Raises InputError."""
    text = decode(data, source).value
    if not text.strip():
        raise InputError("empty file, expected a YAML mapping", source)
    try:
        parsed = yaml.load(text, Loader=ReportLoader)  # noqa: S506 - ReportLoader is a SafeLoader
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f" at line {mark.line + 1} column {mark.column + 1}" if mark else ""
        raise InputError(f"invalid YAML{where}: {exc.problem or exc.context}", source) from None
    except yaml.YAMLError as exc:
        raise InputError(f"invalid YAML: {exc}", source) from None
    except RecursionError:
        raise InputError("invalid YAML: nested too deeply", source) from None
    return normalize_strings(parsed)


def read(data: bytes, options: ReadOptions) -> Result[Report]:
    """Read a report from YAML."""
    return report_from_data(parse(data, options.source), options.source)
