"""The fast yes/no engine (fastjsonschema) and jsonschema give identical verdicts."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from dvtool.model import report_to_dict
from dvtool.schema import is_schema_valid, schema_problems
from tests.conftest import SEED_JSON
from tests.strategies import reports

SAMPLE: dict[str, Any] = json.loads(SEED_JSON.read_text(encoding="utf-8"))

# Values that break, or nearly break, each kind of constraint in the schema.
ODD_VALUES = [
    None,
    True,
    False,
    0,
    -1,
    1.5,
    2.0,
    1899,
    2201,
    "",
    "x",
    "2023-02-10",
    "2023-2-1",
    [],
    [""],
    ["x"],
    {},
    {"x": 1},
    float(2**53),
    "morning",
    "noon",
    "1",
    "group",
]


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            found.extend(_paths(value, (*prefix, key)))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found.extend(_paths(value, (*prefix, i)))
    return found


def _replace(doc: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    target = doc
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    return doc


def _agree(doc: Any) -> None:
    fast = is_schema_valid(doc)
    slow = not schema_problems(doc)
    assert fast == slow, (fast, slow, json.dumps(doc, ensure_ascii=False)[:300])


def test_engines_agree_on_every_single_value_mutation_of_the_sample() -> None:
    paths = _paths(SAMPLE)
    invalid = 0
    for path in paths:
        for value in ODD_VALUES:
            doc = _replace(copy.deepcopy(SAMPLE), path, value)
            _agree(doc)
            invalid += not is_schema_valid(doc)
    assert invalid > len(paths)  # the mutations really do produce invalid documents


def _key_mutations(extra: dict[Any, Any]) -> Iterator[Any]:
    """The sample with each key of each object removed in turn, and with ``extra`` keys added."""
    for path in _paths(SAMPLE):
        target = SAMPLE
        for part in path:
            target = target[part]
        if isinstance(target, dict):
            for key in list(target):
                smaller = copy.deepcopy(target)
                del smaller[key]
                yield _replace(copy.deepcopy(SAMPLE), path, smaller)
            yield _replace(copy.deepcopy(SAMPLE), path, {**target, **extra})


def test_engines_agree_on_added_and_removed_keys() -> None:
    for doc in _key_mutations({"extra": 1}):
        _agree(doc)


@settings(max_examples=60, deadline=None)
@given(reports(), st.data())
def test_engines_agree_on_generated_reports_and_their_mutations(report: Any, data: st.DataObject) -> None:
    doc = report_to_dict(report)
    _agree(doc)
    path = data.draw(st.sampled_from(_paths(doc)))
    _agree(_replace(doc, path, data.draw(st.sampled_from(ODD_VALUES))))
