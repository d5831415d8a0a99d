"""Rough edges of 0.2.0 found on real files: which "not found" messages --strict counts, errors
printed once in a batch, and a validate NDJSON stream that accounts for every file."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from dvtool.extract.core import not_found
from dvtool.model import FIELDS, Item, Report
from tests.conftest import SEED_JSON, Runner, dvtool_env

# A news item as a reporter writes it: a headline, the date, a result; no place, no chair,
# no awards, no byline.
ARTICLE = (
    "Huyện Yên Thành tổng kết công tác dân vận năm 2023\n\n"
    "Sáng 8/1/2024, Ban Dân vận Huyện ủy Yên Thành tổ chức hội nghị tổng kết công tác dân vận "
    "năm 2023.\n\n"
    "Năm qua, toàn huyện có 120 mô hình dân vận khéo được công nhận, tăng 15 mô hình so với năm 2022.\n"
)
UNDATED = ARTICLE.replace("Sáng 8/1/2024, ", "")


# ------------------------------------------------ 1. required and optional "not found"


def test_only_fields_every_report_states_give_not_found_warnings() -> None:
    messages = not_found(Report(title=""))
    warned = {m.pointer for m in messages if m.is_warning}
    noted = {m.pointer for m in messages if not m.is_warning}
    assert warned == {"/title", "/date", "/results"}
    assert {"/location", "/organizers", "/remarks", "/awards", "/limitations", "/chairs"} <= noted
    assert all(m.code == "not-found" for m in messages)  # one code: a pipeline filters by level
    assert len(messages) == sum(1 for f in FIELDS if f.sought)


def test_a_found_required_field_gives_no_message_at_all() -> None:
    pointers = {m.pointer for m in not_found(Report(title="T", date="2024-01-08", results=(Item("x"),)))}
    assert not pointers & {"/title", "/date", "/results"}


def test_strict_passes_a_news_item_without_optional_fields(run_dvtool: Runner, tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = run_dvtool(["convert", str(article), "--to", "json", "--strict"])
    assert result.returncode == 0, result.stderr.decode()
    assert b"not found" not in result.stderr  # notes are shown with -v only
    verbose = run_dvtool(["convert", str(article), "--to", "json", "--strict", "-v"])
    assert verbose.returncode == 0
    assert "info: " in verbose.stderr.decode() and "location not found" in verbose.stderr.decode()


def test_strict_fails_a_news_item_without_a_date(run_dvtool: Runner, tmp_path: Path) -> None:
    article = tmp_path / "undated.txt"
    article.write_text(UNDATED, encoding="utf-8")
    result = run_dvtool(["convert", str(article), "--to", "json", "--strict"])
    assert result.returncode == 4
    stderr = result.stderr.decode()
    assert "warning: " in stderr and "date not found" in stderr
    assert "location not found" not in stderr


# ------------------------------------------------ 2. each error once, a summary that counts


def _batch(folder: Path) -> list[Path]:
    folder.mkdir()
    good = folder / "good.json"
    good.write_bytes(SEED_JSON.read_bytes())
    broken = folder / "broken.json"
    broken.write_text("{", encoding="utf-8")
    empty = folder / "empty.yaml"
    empty.write_text("", encoding="utf-8")
    return [good, broken, empty]


@pytest.mark.parametrize("command", [["validate"], ["convert", "--to", "jsonl"], ["summarize"]])
def test_a_batch_prints_each_error_once_and_sums_up_with_the_names(
    run_dvtool: Runner, tmp_path: Path, command: list[str]
) -> None:
    good, broken, empty = _batch(tmp_path / "in")
    result = run_dvtool([*command, str(good), str(broken), str(empty)])
    assert result.returncode == 3
    lines = result.stderr.decode().splitlines()
    errors = [line for line in lines if line.startswith("error: ")]
    assert len(errors) == 2
    for error in errors:
        assert sum(error.removeprefix("error: ") in line for line in lines) == 1, lines
    at = lines.index("2 of 3 inputs failed (errors above):")
    assert lines[at + 1 :] == [f"  {broken}", f"  {empty}"]


def test_a_single_failing_input_has_no_summary(run_dvtool: Runner, tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    lines = run_dvtool(["validate", str(broken)]).stderr.decode().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ")


def test_the_summary_in_vietnamese(run_dvtool: Runner, tmp_path: Path) -> None:
    good, broken, empty = _batch(tmp_path / "in")
    env = dvtool_env(DVTOOL_LANG="vi")
    stderr = run_dvtool(["validate", str(good), str(broken), str(empty)], env=env).stderr.decode()
    assert "2 trên 3 tệp đầu vào bị lỗi (xem các lỗi ở trên):" in stderr


# ------------------------------------------------ 3. every file has an NDJSON record


def _archive(root: Path) -> Path:
    folder = root / "archive"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.json").write_bytes(SEED_JSON.read_bytes())
    (folder / "bad.json").write_text('{"title": 5}', encoding="utf-8")
    (folder / "broken.json").write_text("{", encoding="utf-8")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4")
    (folder / "sub" / "README").write_bytes(b"notes")
    (folder / ".hidden.json").write_bytes(b"{}")  # hidden files are not inputs
    return folder


def _records(stdout: bytes) -> dict[str, dict[str, object]]:
    records = [json.loads(line) for line in stdout.decode().splitlines()]
    return {os.path.relpath(str(r["path"]), "archive"): r for r in records}


def test_validate_json_has_one_record_per_file_with_its_status(run_dvtool: Runner, tmp_path: Path) -> None:
    _archive(tmp_path)
    result = run_dvtool(["validate", "-r", "archive", "--format", "json"], cwd=tmp_path)
    assert result.returncode == 3
    records = _records(result.stdout)
    assert sorted(records) == sorted(["a.json", "bad.json", "broken.json", "scan.pdf", "sub/README"])
    assert {name: r["status"] for name, r in records.items()} == {
        "a.json": "valid",
        "bad.json": "invalid",
        "broken.json": "error",
        "scan.pdf": "skipped",
        "sub/README": "skipped",
    }
    assert records["scan.pdf"]["reason"] == ".pdf is not a format dvtool reads"
    assert records["scan.pdf"]["valid"] is None and records["scan.pdf"]["exit_code"] == 0
    assert "invalid JSON" in str(records["broken.json"]["reason"])
    assert records["a.json"]["reason"] is None
    keys = {tuple(r) for r in records.values()}
    assert len(keys) == 1  # one record shape for every status


def test_skipped_records_carry_exit_code_4_under_strict(run_dvtool: Runner, tmp_path: Path) -> None:
    _archive(tmp_path)
    result = run_dvtool(["validate", "-r", "archive", "--format", "json", "--strict"], cwd=tmp_path)
    records = _records(result.stdout)
    assert records["scan.pdf"]["exit_code"] == 4 and records["sub/README"]["exit_code"] == 4


def test_a_folder_of_unread_files_still_gives_their_records(run_dvtool: Runner, tmp_path: Path) -> None:
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4")
    result = run_dvtool(["validate", "-r", "archive", "--format", "json"], cwd=tmp_path)
    assert result.returncode == 2  # no input dvtool reads: a usage error, as before
    assert [r["status"] for r in _records(result.stdout).values()] == ["skipped"]
