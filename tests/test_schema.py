"""The published schema: well-formed, complete, shipped, and the semantic rules."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from dvtool.schema import load_schema, schema_text, semantic_problems, validate_data
from tests.conftest import ROOT, SEED_JSON


def _sample() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SEED_JSON.read_text(encoding="utf-8"))
    return data


def test_schema_is_valid_against_its_metaschema() -> None:
    Draft202012Validator.check_schema(load_schema())


def test_schema_in_the_repository_is_the_packaged_one() -> None:
    assert (ROOT / "schemas" / "conference-report.schema.json").read_text(encoding="utf-8") == schema_text()


def _objects(node: Any, path: str = "#") -> list[tuple[str, dict[str, Any]]]:
    found = []
    if isinstance(node, dict):
        if node.get("type") == "object":
            found.append((path, node))
        for key, value in node.items():
            found.extend(_objects(value, f"{path}/{key}"))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found.extend(_objects(value, f"{path}/{i}"))
    return found


def test_every_object_forbids_unknown_properties() -> None:
    objects = _objects(load_schema())
    assert len(objects) >= 7
    for path, obj in objects:
        assert obj.get("additionalProperties") is False, path


def test_every_property_has_a_bilingual_title_and_description() -> None:
    for path, obj in _objects(load_schema()):
        for name, prop in obj["properties"].items():
            assert " / " in prop.get("title", ""), f"{path}/{name} title"
            assert " — " in prop.get("description", ""), f"{path}/{name} description"


def test_schema_has_an_id_and_uses_draft_2020_12() -> None:
    schema = load_schema()
    assert schema["$id"].startswith("https://")
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_sample_is_valid() -> None:
    assert validate_data(_sample()) == []


@pytest.mark.parametrize(
    ("mutate", "pointer"),
    [
        (lambda d: d.update(date="2023-02-30"), "/date"),
        (lambda d: d.update(date="10/02/2023"), "/date"),
        (lambda d: d.update(plan_year=2021), "/plan_year"),
        (lambda d: d["results"][7]["figures"][0].update(total=10), "/results/7/figures/0/total"),
        (lambda d: d["awards"][0].update(collectives=-1), "/awards/0/collectives"),
        (lambda d: d["chairs"].append({"name": "lê hồng  vinh", "titles": []}), "/chairs/2/name"),
        (lambda d: d.update(unknown=1), ""),
        (lambda d: d.update(title=""), "/title"),
        (lambda d: d.update(time_of_day="noon"), "/time_of_day"),
    ],
)
def test_each_rule_reports_its_pointer(mutate: Any, pointer: str) -> None:
    data = _sample()
    mutate(data)
    problems = validate_data(data)
    assert [p.pointer for p in problems] == [pointer], problems


def test_an_award_whose_counts_the_text_does_not_state_is_valid() -> None:
    """Gold annotations keep "Bằng khen của Thủ tướng Chính phủ" with no count: so does validate."""
    data = _sample()
    data["awards"][0].update(collectives=0, individuals=0, recipients=[])
    assert validate_data(data) == []


def test_an_award_with_named_recipients_needs_no_counts() -> None:
    data = _sample()
    data["awards"][0].update(collectives=0, individuals=0, recipients=["Xã Nghi Phú"])
    assert validate_data(data) == []


def test_semantic_rules_report_every_problem_at_once() -> None:
    data = copy.deepcopy(_sample())
    data.update(date="2023-13-01", plan_year=2000)
    rules = {p.rule for p in semantic_problems(data)}
    assert rules == {"date", "years"}


@pytest.mark.parametrize(
    ("reporting", "plan", "problems"), [(2023, 2023, 0), (2023, 2024, 0), (2023, 2022, 1)]
)
def test_a_plan_year_may_equal_the_reporting_year(reporting: int, plan: int, problems: int) -> None:
    """A mid-year review ("sơ kết 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2023") reports on
    and plans for the same year; only a plan for an earlier year is refused."""
    data = copy.deepcopy(_sample())
    data.update(reporting_year=reporting, plan_year=plan)
    found = [p for p in semantic_problems(data) if p.rule == "years"]
    assert len(found) == problems
