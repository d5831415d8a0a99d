"""One verdict everywhere (issue 14, points 6, 12, 18): duplicate keys, integral floats, FIFOs."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from dvtool.errors import InputError
from dvtool.formats import ReadOptions, get_reader
from tests.conftest import SEED_JSON, Runner

DUPLICATES = {
    "yaml": b"title: a\nreporting_year: 2022\ntitle: b\n",
    "json": b'{"title": "a", "title": "b"}',
    "md": b"---\ntitle: a\ndate: 2023-01-01\ntitle: b\n---\n\n# a\n",
    "nested-yaml": b"title: t\nresults:\n  - {text: a, text: b}\n",
}


@pytest.mark.parametrize("case", sorted(DUPLICATES))
def test_duplicate_keys_are_refused_in_every_data_format(case: str) -> None:
    fmt = case.split("-")[-1]
    with pytest.raises(InputError) as caught:
        get_reader(fmt)(DUPLICATES[case], ReadOptions(source=f"dup.{fmt}"))
    assert "twice" in str(caught.value) or "duplicate" in str(caught.value)
    assert "\n" not in str(caught.value)


def test_a_yaml_merge_may_still_override_merged_keys() -> None:
    from dvtool.readers.yaml import parse

    data = parse(b"base: &b {x: 1, y: 2}\nm:\n  <<: *b\n  x: 3\n", "merge.yaml")
    assert data["m"] == {"x": 3, "y": 2}


@pytest.mark.parametrize(("value", "valid"), [(2022.0, True), (2022, True), (2022.5, False), ("2022", False)])
@pytest.mark.parametrize("field", ["reporting_year", "collectives"])
def test_validate_and_convert_give_one_verdict_on_numbers(
    run_dvtool: Runner, tmp_path: Path, field: str, value: object, valid: bool
) -> None:
    data = json.loads(SEED_JSON.read_text(encoding="utf-8"))
    if field == "collectives":
        data["awards"][0]["collectives"] = value
    else:
        data[field] = value
    path = tmp_path / "r.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    validated = run_dvtool(["validate", str(path)])
    converted = run_dvtool(["convert", str(path), "--to", "yaml"])
    assert (validated.returncode == 0) is valid, validated.stdout + validated.stderr
    assert (converted.returncode == 0) is valid, converted.stderr
    if valid:
        assert f"{field}: 2022".encode() in converted.stdout or field == "collectives"


def test_a_fifo_in_a_recursive_folder_is_skipped_with_a_warning(run_dvtool: Runner, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.json").write_bytes(SEED_JSON.read_bytes())
    os.mkfifo(folder / "b.json")
    (folder / "c.json").symlink_to(folder / "gone.json")
    result = run_dvtool(["validate", "-r", str(folder)], timeout=60)  # the timeout is a hang guard
    assert result.returncode == 0
    assert result.stdout.count(b": valid\n") == 1
    assert b"b.json: skipped: a FIFO" in result.stderr
    assert b"c.json: skipped" in result.stderr
