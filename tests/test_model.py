"""The report model: dict shape, structural checks, canonical numbers."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings

from dvtool.model import (
    REPORT_KEYS,
    Figure,
    Item,
    ModelError,
    Report,
    canonical_number,
    report_from_dict,
    report_to_dict,
)
from tests.conftest import SEED_JSON
from tests.strategies import reports


def test_report_to_dict_keeps_the_schema_key_order() -> None:
    assert tuple(report_to_dict(Report(title="T"))) == REPORT_KEYS


def test_sample_survives_dict_round_trip_unchanged() -> None:
    data = json.loads(SEED_JSON.read_text(encoding="utf-8"))
    assert report_to_dict(report_from_dict(data)) == data


@settings(max_examples=80, deadline=None)
@given(reports())
def test_every_generated_report_survives_dict_round_trip(report: Report) -> None:
    assert report_from_dict(report_to_dict(report)) == report


def test_missing_lists_default_to_empty_and_scalars_to_null() -> None:
    report = report_from_dict({"title": "Hội nghị"})
    assert report.results == () and report.date is None and report.schema_version == "1"


@pytest.mark.parametrize(
    ("data", "pointer"),
    [
        ({"title": 3}, "/title"),
        ({}, ""),
        ({"title": "x", "extra": 1}, "/extra"),
        (
            {"title": "x", "results": [{"text": "a", "figures": [{"value": "3", "text": "3"}]}]},
            "/results/0/figures/0/value",
        ),
        ({"title": "x", "awards": [{"award": "Bằng khen", "collectives": True}]}, "/awards/0/collectives"),
        ({"title": "x", "attendees": [{"name": "A", "kind": "robot"}]}, "/attendees/0/kind"),
        ({"title": "x", "time_of_day": "noon"}, "/time_of_day"),
        ({"title": "x", "schema_version": "2"}, "/schema_version"),
        ({"title": "x", "chairs": "Lê Hồng Vinh"}, "/chairs"),
    ],
)
def test_structural_problems_name_the_json_pointer(data: object, pointer: str) -> None:
    with pytest.raises(ModelError) as caught:
        report_from_dict(data)
    assert caught.value.pointer == pointer


def test_an_array_is_not_a_report() -> None:
    with pytest.raises(ModelError, match="expected an object, found an array"):
        report_from_dict([{"title": "x"}])


def test_integral_floats_become_ints_and_fractions_stay() -> None:
    assert canonical_number(2.0) == 2 and isinstance(canonical_number(2.0), int)
    assert canonical_number(2.3) == 2.3
    figure = (
        report_from_dict({"title": "x", "results": [{"text": "t", "figures": [{"value": 5.0, "text": "5"}]}]})
        .results[0]
        .figures[0]
    )
    assert figure == Figure(value=5, text="5") and isinstance(figure.value, int)


def test_reports_compare_by_value() -> None:
    a = Report(title="T", results=(Item("x", (Figure(1, "1"),)),))
    b = Report(title="T", results=(Item("x", (Figure(1, "1"),)),))
    assert a == b and hash(a) == hash(b)
