"""dvtool.schema_errors gives exactly the errors jsonschema gives, so messages do not change."""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from dvtool.model import report_to_dict
from dvtool.schema import load_schema, schema_problems
from dvtool.schema_errors import walker_for
from tests.strategies import reports
from tests.test_schema_engines import ODD_VALUES, SAMPLE, _key_mutations, _paths, _replace

WALK = walker_for(load_schema())
REFERENCE = Draft202012Validator(load_schema())


def _seen(errors: Any) -> list[tuple[Any, ...]]:
    return [
        (list(e.absolute_path), e.validator, e.validator_value, e.instance, e.schema, e.message)
        for e in errors
    ]


def _same(doc: Any) -> bool:
    assert WALK is not None
    ours, theirs = _seen(WALK(doc)), _seen(REFERENCE.iter_errors(doc))
    assert ours == theirs, (ours, theirs)
    return bool(theirs)


def test_the_shipped_schema_is_walked_without_jsonschema() -> None:
    assert WALK is not None


def test_same_errors_for_every_single_value_mutation_of_the_sample() -> None:
    invalid = 0
    for path in _paths(SAMPLE):
        for value in [*ODD_VALUES, 3.0, -0.5, "morning ", {"name": "x", "extra": 1}, ["", 1]]:
            invalid += _same(_replace(copy.deepcopy(SAMPLE), path, value))
    assert invalid > 100  # the mutations really are invalid, so errors were compared


def test_same_errors_for_added_and_removed_keys_and_several_problems_at_once() -> None:
    for doc in _key_mutations({"extra": 1, "b": None, 3: 1}):
        _same(doc)
    many = copy.deepcopy(SAMPLE)
    many.update(date=20230210, colour="red", plan_year="2023", time_of_day="noon", title="")
    assert _same(many)
    for value in (None, [], "x", 1, {"signer": {"name": 1, "x": 2}}, {"signer": None, "date": "1/2/2023"}):
        _same({**SAMPLE, "document": value})


def test_a_signer_valid_under_no_choice_is_one_error() -> None:
    doc = {**SAMPLE, "document": {"signer": {"name": 1}}}
    assert _same(doc)
    assert [p.pointer for p in schema_problems(doc)] == ["/document/signer"]


def test_a_schema_with_a_keyword_it_does_not_know_is_left_to_jsonschema() -> None:
    assert walker_for({"type": "object", "format": "date"}) is None
    assert walker_for({"$ref": "https://example.org/other.json"}) is None
    assert walker_for({"additionalProperties": {"type": "string"}}) is None
    assert walker_for({"enum": [1, 2]}) is None
    walk = walker_for({"type": "object", "properties": {"a": {"type": "integer", "minimum": 0}}})
    assert walk is not None
    assert [e.message for e in walk({"a": -1.0})] == ["-1.0 is less than the minimum of 0"]


@settings(max_examples=60, deadline=None)
@given(reports(), st.data())
def test_same_errors_on_generated_reports_and_their_mutations(report: Any, data: st.DataObject) -> None:
    doc = report_to_dict(report)
    _same(doc)
    path = data.draw(st.sampled_from(_paths(doc)))
    _same(_replace(doc, path, data.draw(st.sampled_from(ODD_VALUES))))
