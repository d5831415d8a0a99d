"""JSON and YAML readers: strict parsing, NFC, BOM, no YAML surprises."""

from __future__ import annotations

import json
import unicodedata

import pytest

from dvtool.errors import InputError, InvalidReportError
from dvtool.formats import ReadOptions
from dvtool.readers import json as json_reader
from dvtool.readers import yaml as yaml_reader
from tests.conftest import SEED_JSON

OPTS = ReadOptions(source="x")


def test_json_with_a_utf8_bom_reads() -> None:
    data = b"\xef\xbb\xbf" + SEED_JSON.read_bytes()
    assert json_reader.read(data, OPTS).value.title.startswith("Ban chỉ đạo")


def test_nfd_json_is_normalized_to_nfc() -> None:
    nfd = unicodedata.normalize("NFD", '{"title": "Hội nghị tổng kết"}')
    report = json_reader.read(nfd.encode("utf-8"), OPTS).value
    assert report.title == unicodedata.normalize("NFC", "Hội nghị tổng kết")
    assert len(report.title) == len("Hội nghị tổng kết")


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        (b"", "empty file"),
        (b"   \n", "empty file"),
        (b'{"title": ', "the text ends at line 1 column 11 before the JSON is complete"),
        (b'{"title": "a" "b"}', "invalid JSON at line 1 column 15"),
        ('{"title": "Hội'.encode(), "cut short"),
        (b'{"title": "a", "title": "b"}', "duplicate key 'title'"),
        (b'{"title": "a", "plan_year": NaN}', "NaN is not a JSON number"),
        (b'{"title": "a", "plan_year": Infinity}', "Infinity is not a JSON number"),
        (b'{"title": "\xff"}', "not UTF-8"),
    ],
)
def test_unreadable_json_is_an_input_error(raw: bytes, fragment: str) -> None:
    with pytest.raises(InputError, match=fragment):
        json_reader.read(raw, OPTS)


def test_json_of_the_wrong_shape_is_an_invalid_report() -> None:
    with pytest.raises(InvalidReportError, match="/results: expected an array"):
        json_reader.read(b'{"title": "a", "results": {}}', OPTS)


def test_yaml_keeps_dates_and_clock_times_as_strings() -> None:
    data = yaml_reader.parse(b"date: 2023-02-10\nlocation: 10:30\nplan_year: 2023\n", "x")
    assert data == {"date": "2023-02-10", "location": "10:30", "plan_year": 2023}


@pytest.mark.parametrize("value", ["yes", "no", "on", "off", "0o12", "1e5", "0x1F", "012"])
def test_yaml_does_not_guess_at_words_or_odd_numbers(value: str) -> None:
    assert yaml_reader.parse(f"location: {value}\n".encode(), "x") == {"location": value}


def test_yaml_refuses_python_tags() -> None:
    with pytest.raises(InputError, match="invalid YAML"):
        yaml_reader.parse(b"title: !!python/object/apply:os.system ['echo hi']\n", "x")


def test_yaml_syntax_errors_name_the_line() -> None:
    with pytest.raises(InputError, match="line 2"):
        yaml_reader.parse(b"title: a\n  - b: [\n", "x")


def test_yaml_and_json_of_the_sample_give_the_same_report() -> None:
    from dvtool.writers.yaml import dump_data

    data = json.loads(SEED_JSON.read_text(encoding="utf-8"))
    as_yaml = dump_data(data).encode("utf-8")
    assert yaml_reader.read(as_yaml, OPTS).value == json_reader.read(SEED_JSON.read_bytes(), OPTS).value
