"""What the round-16 new-user trial tripped over: each test failed on the main branch before its fix."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dvtool.app.cli import app
from tests.conftest import SEED_JSON

runner = CliRunner()


@pytest.mark.parametrize("name", ["x.txt", "x.pdf", "x.html"])
def test_an_output_extension_dvtool_does_not_write_is_a_usage_error(tmp_path: Path, name: str) -> None:
    # JSON in "x.txt" was read back as a free-form text ('Title  "title": …')
    target = tmp_path / name
    result = runner.invoke(app, ["convert", str(SEED_JSON), "-o", str(target)])
    assert result.exit_code == 2
    assert f"{target}: {target.suffix} is not a format dvtool writes" in result.stderr
    assert "x.json" in result.stderr and "--to" in result.stderr
    assert not target.exists()


def test_such_a_name_is_written_when_to_says_the_format(tmp_path: Path) -> None:
    target = tmp_path / "report.txt"
    result = runner.invoke(app, ["convert", str(SEED_JSON), "-o", str(target), "--to", "json"])
    assert result.exit_code == 0, result.stderr
    assert json.loads(target.read_text(encoding="utf-8")) == json.loads(SEED_JSON.read_text(encoding="utf-8"))


def test_a_name_without_an_extension_is_still_json_by_default(tmp_path: Path) -> None:
    target = tmp_path / "report"
    assert runner.invoke(app, ["convert", str(SEED_JSON), "-o", str(target)]).exit_code == 0
    assert json.loads(target.read_text(encoding="utf-8"))["schema_version"] == "2"


def test_validate_says_only_no_report_of_an_empty_text(tmp_path: Path) -> None:
    # it also said "/title: title must not be empty", a second verdict on the same emptiness
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = runner.invoke(app, ["validate", str(empty), "--format", "json"])
    assert result.exit_code == 1
    record = json.loads(result.stdout)
    assert [p["rule"] for p in record["problems"]] == ["no-report"]


def test_validate_names_no_field_of_a_file_that_is_no_report(tmp_path: Path) -> None:
    # a guessed headline ("/title: no headline found …") was a warning about a field of a file
    # that validate then said holds no report
    path = tmp_path / "note.txt"
    path.write_text(
        "This note describes the quarterly plan for the warehouse team, and the suppliers it works "
        "with every week. Milk, bread and eggs arrive on Mondays.\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["validate", str(path), "--format", "json"])
    record = json.loads(result.stdout)
    assert [p["rule"] for p in record["problems"]] == ["no-report"]
    assert record["warnings"] == []
    assert "/title" not in result.stderr
