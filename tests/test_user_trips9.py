"""What a new user tripped over in trial 9 (dvtool 0.8.0): each test failed before its fix."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.conftest import SEED_JSON, Runner

# ------------------------------------------------ CSV cells a spreadsheet would run as formulas


def _seed_with(tmp_path: Path, name: str, **changes: object) -> Path:
    report = json.loads(SEED_JSON.read_text(encoding="utf-8"))
    report.update(changes)
    path = tmp_path / name
    path.write_text(json.dumps(report, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_a_csv_text_cell_that_starts_like_a_formula_gets_a_quote(
    run_dvtool: Runner, tmp_path: Path, start: str
) -> None:
    title = f"{start}1+1 Hội nghị"
    chairs = [{"name": f"{start}cmd|' /C calc'!A0", "titles": []}]
    _seed_with(tmp_path, "x.json", title=title, chairs=chairs)
    target = tmp_path / "bao-cao.csv"
    result = run_dvtool(["summarize", "x.json", "-o", str(target)], cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    header, row = _csv_rows(target.read_bytes())
    cells = dict(zip(header, row, strict=True))
    assert cells["title"] == "'" + title.replace("\r", "\n")
    assert cells["chairs"] == "'" + chairs[0]["name"].replace("\r", "\n")


def _csv_rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


@pytest.mark.parametrize("name", ["=x.json", "+x.json", "-x.json", "@x.json"])
def test_a_file_name_that_starts_like_a_formula_gets_a_quote_in_csv(
    run_dvtool: Runner, tmp_path: Path, name: str
) -> None:
    _seed_with(tmp_path, name)
    result = run_dvtool(["summarize", "--format", "csv", "--", name], cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    header, row = _csv_rows(result.stdout)
    assert dict(zip(header, row, strict=True))["path"] == "'" + name


def test_csv_counts_and_ordinary_text_are_unchanged(run_dvtool: Runner, tmp_path: Path) -> None:
    _seed_with(tmp_path, "a.json", title="Hội nghị = tổng kết -1")
    result = run_dvtool(["summarize", "a.json", "--format", "csv"], cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    header, row = _csv_rows(result.stdout)
    cells = dict(zip(header, row, strict=True))
    assert cells["title"] == "Hội nghị = tổng kết -1"
    assert cells["path"] == "a.json" and cells["date"] == "2023-02-10"
    assert cells["results"] == "16" and cells["chairs"] == "Lê Hồng Vinh; Ngọc Kim Nam"
