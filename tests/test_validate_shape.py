"""validate leaves out the JSON reader's nesting walk only where the schema's verdict bounds it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import given, settings

from dvtool.app.inputs import InputRef
from dvtool.app.jobs import LoadSpec, validate_job
from dvtool.errors import EXIT_INPUT, EXIT_INVALID, EXIT_OK
from dvtool.model import report_to_dict
from dvtool.safety import MAX_DATA_DEPTH
from dvtool.schema import _levels, is_schema_valid, valid_nesting
from tests.conftest import SEED_JSON
from tests.strategies import reports


def _nesting(value: Any) -> int:
    """Levels of lists and objects inside one another (a scalar is 0)."""
    if isinstance(value, dict):
        return 1 + max((_nesting(v) for v in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((_nesting(v) for v in value), default=0)
    return 0


def test_the_schema_bounds_the_nesting_of_a_valid_report_below_the_readers_limit() -> None:
    sample = json.loads(SEED_JSON.read_text(encoding="utf-8"))
    bound = valid_nesting()
    assert bound is not None and _nesting(sample) <= bound <= MAX_DATA_DEPTH


@settings(max_examples=40, deadline=None)
@given(reports())
def test_no_valid_report_nests_deeper_than_the_bound(report: Any) -> None:
    doc = report_to_dict(report)
    assert is_schema_valid(doc)
    bound = valid_nesting()
    assert bound is not None and _nesting(doc) <= bound


def test_an_open_schema_gives_no_bound() -> None:
    assert _levels({"type": "object"}, {}, 0) is None  # other fields may hold anything
    assert _levels({"type": "array"}, {}, 0) is None
    assert _levels({}, {}, 0) is None
    assert _levels({"type": ["string", "null"]}, {}, 0) == 0
    closed = {"type": "object", "additionalProperties": False, "properties": {"a": {"$ref": "#/$defs/x"}}}
    assert _levels(closed, {"x": {"type": "array", "items": {"type": "string"}}}, 0) == 2
    assert _levels({"$ref": "#/$defs/loop"}, {"loop": {"$ref": "#/$defs/loop"}}, 0) is None


def _validate(path: Path) -> Any:
    return validate_job(LoadSpec(InputRef(str(path), Path(path.name))))


def _deep(levels: int) -> Any:
    value: Any = "x"
    for _ in range(levels):
        value = [value]
    return value


def test_too_deep_data_is_still_refused_as_unreadable_input(tmp_path: Path) -> None:
    for where in ("related", "colour"):
        path = tmp_path / f"{where}.json"
        path.write_text(json.dumps({"title": "t", where: _deep(MAX_DATA_DEPTH + 5)}), encoding="utf-8")
        outcome = _validate(path)
        assert outcome.exit_code == EXIT_INPUT
        assert outcome.error is not None and f"more than {MAX_DATA_DEPTH} levels" in outcome.error


def test_data_just_inside_the_limit_is_an_invalid_report_not_a_refused_input(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text(json.dumps({"title": "t", "related": _deep(MAX_DATA_DEPTH - 2)}), encoding="utf-8")
    assert _validate(path).exit_code == EXIT_INVALID
    path.write_text(json.dumps({"title": "t", "related": ["a"]}), encoding="utf-8")
    assert _validate(path).exit_code == EXIT_OK
