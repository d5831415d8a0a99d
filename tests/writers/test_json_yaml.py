"""JSON and YAML writers: real Vietnamese characters, stable order, exact round trips."""

from __future__ import annotations

from hypothesis import given, settings

from dvtool.formats import ReadOptions, WriteOptions
from dvtool.model import Report
from dvtool.readers import json as json_reader
from dvtool.readers import yaml as yaml_reader
from dvtool.schema import validate_data
from dvtool.writers import json as json_writer
from dvtool.writers import yaml as yaml_writer
from dvtool.writers.yaml import dump_data
from tests.conftest import SEED_JSON
from tests.strategies import reports

OPTS = ReadOptions(source="x")


def test_json_output_has_real_vietnamese_characters_and_two_space_indent() -> None:
    report = json_reader.read(SEED_JSON.read_bytes(), OPTS).value
    text = json_writer.write(report, WriteOptions()).value.decode("utf-8")
    assert "\\u" not in text and "Lê Hồng Vinh" in text
    assert '\n  "title": ' in text
    assert text == SEED_JSON.read_text(encoding="utf-8")


def test_compact_json_is_one_line() -> None:
    report = json_reader.read(SEED_JSON.read_bytes(), OPTS).value
    text = json_writer.write(report, WriteOptions(compact=True)).value.decode("utf-8")
    assert text.count("\n") == 1 and text.endswith("\n")


@settings(max_examples=80, deadline=None)
@given(reports())
def test_json_round_trip_is_exact_and_valid(report: Report) -> None:
    data = json_writer.write(report, WriteOptions()).value
    assert json_reader.read(data, OPTS).value == report
    assert validate_data(json_reader.parse(data, "x")) == []


@settings(max_examples=80, deadline=None)
@given(reports())
def test_yaml_round_trip_is_exact(report: Report) -> None:
    data = yaml_writer.write(report, WriteOptions()).value
    assert yaml_reader.read(data, OPTS).value == report


def test_yaml_quotes_what_a_reader_could_mistake() -> None:
    text = dump_data({"a": "2023-02-10", "b": "10:30", "c": "yes", "d": "Lê Hồng Vinh", "e": "012"})
    assert 'a: "2023-02-10"' in text and 'b: "10:30"' in text and 'c: "yes"' in text
    assert "d: Lê Hồng Vinh" in text and 'e: "012"' in text
