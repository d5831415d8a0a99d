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
from dvtool.i18n import N_
from dvtool.messages import Result
from dvtool.model import Report
from dvtool.readers._data import normalize_strings, report_from_data, value_error_text
from dvtool.safety import MAX_DATA_DEPTH, MAX_DATA_NODES, MAX_INPUT_BYTES, MAX_YAML_ALIASES
from dvtool.textio import decode


def refuse_duplicate_keys(loader: Any, node: yaml.MappingNode) -> None:
    """Refuse a mapping that names one key twice (YAML says keys are unique; PyYAML keeps the
    last silently, while dvtool's JSON reader refuses duplicates: one rule for both).

    Keys brought in by a merge (``<<: *base``) may be overridden, as YAML merges intend.
    """
    seen: set[Any] = set()
    for key_node, _ in node.value:
        if key_node.tag == "tag:yaml.org,2002:merge" or not isinstance(key_node, yaml.ScalarNode):
            continue
        key = loader.construct_object(key_node)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                "while constructing a mapping",
                node.start_mark,
                f"key {key!r} is given twice; refused",
                key_node.start_mark,
            )
        seen.add(key)


class ReportLoader(yaml.SafeLoader):
    """SafeLoader without timestamps, sexagesimals, duplicate keys or other YAML 1.1 surprises."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        refuse_duplicate_keys(self, node)
        return super().construct_mapping(node, deep)


# libyaml composes nodes with C recursion that has no depth limit (a few hundred thousand
# nested "[" crash the process), so the loader is only used after check_events has bounded
# the depth; it is preferred because the pure-Python scanner needs ~10 s for a 50 MB scalar.
_FAST = bool(getattr(yaml, "__with_libyaml__", False))
if _FAST:

    class _CReportLoader(yaml.CSafeLoader):
        """The same rules on libyaml's parser."""

        def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
            refuse_duplicate_keys(self, node)
            return super().construct_mapping(node, deep)

    FastLoader: type[Any] = _CReportLoader
else:  # pragma: no cover - PyYAML built without libyaml
    FastLoader = ReportLoader

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
FastLoader.yaml_implicit_resolvers = ReportLoader.yaml_implicit_resolvers


def _refuse_tag(loader: Any, node: yaml.Node) -> Any:
    raise yaml.constructor.ConstructorError(
        None, None, f"could not determine a constructor for the tag '{node.tag}'", node.start_mark
    )


# SafeLoader still builds bytes, sets, dates and ordered pairs for these explicit tags; none
# of them is JSON data, and a writer would fail on them later, so they are refused here.
for _refused in ("binary", "set", "omap", "pairs", "timestamp"):
    for _loader in (ReportLoader, FastLoader):
        _loader.add_constructor(f"tag:yaml.org,2002:{_refused}", _refuse_tag)


def parse(data: bytes, source: str) -> Any:
    """Parse YAML bytes into plain data, NFC-normalized. Raises InputError.

    Only plain data is read: a tag that is not a YAML core type (``!!python/object``, ``!x``)
    is refused. Nesting deeper than MAX_DATA_DEPTH, more than MAX_YAML_ALIASES alias uses or
    more than MAX_DATA_NODES values (aliases expanded) are refused before anything is built.
    """
    if len(data) > MAX_INPUT_BYTES:
        raise InputError("input is larger than {size} MiB", source, size=MAX_INPUT_BYTES // (1024 * 1024))
    text = decode(data, source, documents=False).value
    if not text.strip():
        raise InputError("empty file, expected a YAML mapping", source)
    try:
        check_events(text, source)
        parsed = yaml.load(text, Loader=FastLoader)  # noqa: S506 - a SafeLoader
    except yaml.constructor.ConstructorError as exc:
        raise _constructor_error(exc, source) from None
    except yaml.MarkedYAMLError as exc:
        if "nesting depth" in (exc.problem or ""):  # libyaml >= 0.2.6 (PyYAML 6.0.4) stops first
            raise InputError(_DEEP, source, limit=MAX_DATA_DEPTH) from None
        raise _marked_error(exc.problem_mark, _one_line(exc.problem or exc.context), source) from None
    except yaml.YAMLError as exc:  # e.g. a control character (ReaderError): its text spans lines
        raise InputError("invalid YAML: {detail}", source, detail=_one_line(str(exc))) from None
    except RecursionError:
        raise InputError("invalid YAML: nested too deeply", source) from None
    except ValueError as exc:  # e.g. an integer with more digits than Python converts
        raise InputError("invalid YAML: {detail}", source, detail=value_error_text(exc)) from None
    return normalize_strings(parsed, source=source)


_DEEP = N_("YAML nested more than {limit} levels deep; refused")


def check_events(text: str, source: str) -> None:
    """Walk the event stream (cheap, flat) and refuse deep nesting and alias bombs early."""
    depth = aliases = events = 0
    for event in yaml.parse(text, Loader=FastLoader):
        events += 1
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DATA_DEPTH:
                raise InputError(_DEEP, source, limit=MAX_DATA_DEPTH)
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
        elif isinstance(event, yaml.AliasEvent):
            aliases += 1
            if aliases > MAX_YAML_ALIASES:
                raise InputError(
                    "YAML uses more than {limit} aliases (*name); refused", source, limit=MAX_YAML_ALIASES
                )
        if events > 2 * MAX_DATA_NODES:
            raise InputError("YAML holds more than {limit} values; refused", source, limit=MAX_DATA_NODES)


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())


def _constructor_error(exc: yaml.constructor.ConstructorError, source: str) -> InputError:
    problem = exc.problem or ""
    tag = re.search(r"tag '([^']*)'", problem)
    mark = exc.problem_mark
    if "constructor for the tag" in problem and tag:
        name = tag.group(1).replace("tag:yaml.org,2002:", "!!")
        if mark:
            return InputError(
                "invalid YAML at line {line}: tag {tag} is not allowed (dvtool reads plain YAML data only)",
                source,
                line=mark.line + 1,
                tag=name,
            )
        return InputError(
            "invalid YAML: tag {tag} is not allowed (dvtool reads plain YAML data only)", source, tag=name
        )
    return _marked_error(mark, _one_line(problem or exc.context), source)


def _marked_error(mark: yaml.Mark | None, detail: str, source: str) -> InputError:
    """The error of a YAML problem, with its line and column when the parser gave them."""
    if mark:
        return InputError(
            "invalid YAML at line {line} column {column}: {detail}",
            source,
            line=mark.line + 1,
            column=mark.column + 1,
            detail=detail,
        )
    return InputError("invalid YAML: {detail}", source, detail=detail)


def read(data: bytes, options: ReadOptions) -> Result[Report]:
    """Read a report from YAML."""
    return report_from_data(parse(data, options.source), options.source)
