"""Schema version 2 beside version 1: old files read and validate, and are written as v2."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import Runner

V1 = {
    "schema_version": "1",
    "title": "Hội nghị triển khai nhiệm vụ năm 2023",
    "results": [
        {"text": "Tăng 2,3% so với năm 2021.", "figures": [{"value": 2.3, "unit": "%", "text": "Tăng 2,3%"}]}
    ],
}


def test_a_version_1_file_validates_and_converts_to_version_2(run_dvtool: Runner, tmp_path: Path) -> None:
    source = tmp_path / "old.json"
    source.write_text(json.dumps(V1, ensure_ascii=False), encoding="utf-8")
    valid = run_dvtool(["validate", str(source)])
    assert valid.returncode == 0, valid.stderr.decode()
    done = run_dvtool(["convert", str(source), "--to", "json"])
    assert done.returncode == 0, done.stderr.decode()
    data = json.loads(done.stdout)
    assert data["schema_version"] == "2"
    assert data["results"] == [
        {
            "text": V1["results"][0]["text"],
            "figures": [{"value": 2.3, "unit": "%", "total": None, "text": "Tăng 2,3%"}],
        }
    ]


def test_a_version_1_file_with_a_document_is_invalid_with_one_verdict(
    run_dvtool: Runner, tmp_path: Path
) -> None:
    source = tmp_path / "mixed.json"
    source.write_text(
        json.dumps({**V1, "document": {"kind": "BÁO CÁO"}}, ensure_ascii=False), encoding="utf-8"
    )
    valid = run_dvtool(["validate", str(source)])
    assert valid.returncode == 1
    assert b"/document" in valid.stdout + valid.stderr
    done = run_dvtool(["convert", str(source), "--to", "yaml"])
    assert done.returncode == 1 and done.stdout == b""
    assert b"/document" in done.stderr


def test_an_unknown_version_names_the_versions_dvtool_reads(run_dvtool: Runner, tmp_path: Path) -> None:
    source = tmp_path / "new.json"
    source.write_text(json.dumps({"schema_version": "3", "title": "x"}), encoding="utf-8")
    done = run_dvtool(["convert", str(source), "--to", "json"])
    assert done.returncode == 1
    assert b"schema_version must be one of 1, 2, not '3'" in done.stderr  # at its line, as validate says it
