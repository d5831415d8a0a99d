"""An archive stream accounts for every file of the folder: skipped files get an envelope line too.

``convert -r DIR --to jsonl --envelope`` writes ``{"source": FILE, "skipped": REASON}`` for each
file dvtool does not read (first, as ``validate --format json`` does), and reading the stream back
says again that those files were skipped instead of taking the line for a broken report.
"""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from dvtool.app.cli import app
from tests.conftest import SEED_JSON

runner = CliRunner()


def _archive(tmp_path: Path) -> Path:
    folder = tmp_path / "archive"
    (folder / "2019").mkdir(parents=True)
    (folder / "a.json").write_bytes(SEED_JSON.read_bytes())
    (folder / "cu.doc").write_bytes(b"\xd0\xcf\x11\xe0 legacy Word")
    (folder / "2019" / "scan.pdf").write_bytes(b"%PDF-1.4")
    return folder


def _records(data: bytes) -> list[dict[str, object]]:
    return [json.loads(line) for line in data.splitlines() if line.strip()]


def _stream(tmp_path: Path) -> tuple[Path, Path]:
    folder = _archive(tmp_path)
    stream = tmp_path / "all.jsonl"
    made = runner.invoke(app, ["convert", "-r", str(folder), "--envelope", "-o", str(stream)])
    assert made.exit_code == 0, made.stderr
    return folder, stream


def test_every_file_of_the_folder_has_a_line(tmp_path: Path) -> None:
    folder = _archive(tmp_path)
    result = runner.invoke(app, ["convert", "-r", str(folder), "--to", "jsonl", "--envelope"])
    assert result.exit_code == 0
    records = _records(result.stdout_bytes)
    assert records[:2] == [
        {"source": str(folder / "2019" / "scan.pdf"), "skipped": ".pdf is not a format dvtool reads"},
        {"source": str(folder / "cu.doc"), "skipped": ".doc is not a format dvtool reads"},
    ]
    assert records[2]["source"] == str(folder / "a.json") and "report" in records[2]
    assert len(records) == 3
    assert "cu.doc: skipped" in result.stderr  # people are still told on stderr


def test_without_envelope_a_stream_has_only_reports(tmp_path: Path) -> None:
    folder = _archive(tmp_path)
    result = runner.invoke(app, ["convert", "-r", str(folder), "--to", "jsonl"])
    assert result.exit_code == 0
    assert [sorted(r) for r in _records(result.stdout_bytes)] == [
        sorted(json.loads(SEED_JSON.read_text(encoding="utf-8")))
    ]


def test_strict_still_fails_and_the_stream_is_still_written(tmp_path: Path) -> None:
    folder = _archive(tmp_path)
    stream = tmp_path / "all.jsonl"
    result = runner.invoke(app, ["convert", "-r", str(folder), "--envelope", "-o", str(stream), "--strict"])
    assert result.exit_code == 4
    assert [r.get("skipped") is not None for r in _records(stream.read_bytes())] == [True, True, False]


def test_reading_the_stream_back_says_the_files_were_skipped(tmp_path: Path) -> None:
    folder, stream = _stream(tmp_path)
    summary = runner.invoke(app, ["summarize", str(stream), "-F", "json"])
    assert summary.exit_code == 0, summary.stderr
    assert [r["path"] for r in _records(summary.stdout_bytes)] == [f"{stream}:3 ({folder / 'a.json'})"]
    assert f"{stream}:2 ({folder / 'cu.doc'}): skipped when the stream was made" in summary.stderr
    strict = runner.invoke(app, ["summarize", str(stream), "-F", "json", "--strict"])
    assert strict.exit_code == 4


def test_validate_gives_the_skipped_lines_their_own_records(tmp_path: Path) -> None:
    folder, stream = _stream(tmp_path)
    result = runner.invoke(app, ["validate", str(stream), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    records = _records(result.stdout_bytes)
    assert [(r["status"], r["reason"]) for r in records[:2]] == [
        ("skipped", ".pdf is not a format dvtool reads"),
        ("skipped", ".doc is not a format dvtool reads"),
    ]
    assert records[2]["status"] == "valid" and len(records) == 3


def test_converting_the_stream_again_keeps_the_skipped_lines(tmp_path: Path) -> None:
    folder, stream = _stream(tmp_path)
    again = runner.invoke(app, ["convert", str(stream), "--to", "jsonl", "--envelope", "-q"])
    assert again.exit_code == 0 and again.stderr == ""
    records = _records(again.stdout_bytes)
    assert [r["source"] for r in records] == [
        f"{stream}:1 ({folder / '2019' / 'scan.pdf'})",
        f"{stream}:2 ({folder / 'cu.doc'})",
        f"{stream}:3 ({folder / 'a.json'})",
    ]
    assert records[1]["skipped"] == ".doc is not a format dvtool reads"


def test_a_stream_of_skipped_lines_only_converts_to_nothing(tmp_path: Path) -> None:
    lines = tmp_path / "skips.jsonl"
    lines.write_text('{"source": "x.doc", "skipped": "old"}\n{"source": "y.pdf", "skipped": "scan"}\n')
    out = tmp_path / "out"
    result = runner.invoke(app, ["convert", str(lines), "--to", "json", "-o", f"{out}/"])
    assert result.exit_code == 0, result.stderr
    assert not out.exists() or list(out.iterdir()) == []
    assert result.stderr.count("skipped when the stream was made") == 2
