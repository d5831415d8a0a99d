"""Hostile paths through the real CLI: each gives its result or one clear line and exit code."""

from __future__ import annotations

import os
import shutil
import threading
import unicodedata
from pathlib import Path

import pytest

from dvtool.errors import EXIT_INPUT, EXIT_OK, EXIT_USAGE
from tests.conftest import SEED_JSON
from tests.measure import run_cli


def copy_seed(folder: Path, name: str) -> Path:
    target = folder / name
    shutil.copyfile(SEED_JSON, target)
    return target


def one_error_line(stderr: bytes) -> str:
    lines = [line for line in stderr.decode("utf-8", "replace").splitlines() if line.strip()]
    assert len(lines) == 1, lines
    assert "Traceback" not in lines[0]
    return lines[0]


@pytest.mark.parametrize(
    "name",
    [
        "báo cáo hội nghị.json",
        "with  two spaces.json",
        unicodedata.normalize("NFD", "Hội nghị tổng kết.json"),
        "dấu'nháy\"kép.json",
    ],
    ids=["vietnamese-spaces", "spaces", "nfd-name", "quotes"],
)
def test_paths_with_spaces_and_vietnamese_characters_convert(tmp_path: Path, name: str) -> None:
    path = copy_seed(tmp_path, name)
    measured = run_cli(["convert", str(path), "--to", "yaml"])
    assert measured.returncode == EXIT_OK, measured.stderr
    assert "Ban chỉ đạo".encode() in measured.stdout


def test_a_leading_dash_path_works_after_double_dash_or_with_dot_slash(tmp_path: Path) -> None:
    copy_seed(tmp_path, "-report.json")
    after_dashes = run_cli(["convert", "--to", "yaml", "--", "-report.json"], cwd=tmp_path)
    assert after_dashes.returncode == EXIT_OK, after_dashes.stderr
    dotted = run_cli(["convert", "./-report.json", "--to", "yaml"], cwd=tmp_path)
    assert dotted.returncode == EXIT_OK, dotted.stderr


def test_a_leading_dash_path_without_double_dash_is_a_usage_error(tmp_path: Path) -> None:
    copy_seed(tmp_path, "-report.json")
    measured = run_cli(["convert", "-report.json", "--to", "yaml"], cwd=tmp_path)
    assert measured.returncode == EXIT_USAGE
    assert b"Traceback" not in measured.stderr


def test_a_directory_given_as_a_file_is_one_line_and_exit_3(tmp_path: Path) -> None:
    folder = tmp_path / "thư mục.json"
    folder.mkdir()
    measured = run_cli(["convert", str(folder), "--to", "yaml"])
    assert measured.returncode == EXIT_INPUT
    assert "directory" in one_error_line(measured.stderr)


def test_a_missing_file_is_one_line_and_exit_3(tmp_path: Path) -> None:
    measured = run_cli(["summarize", str(tmp_path / "không có.docx")])
    assert measured.returncode == EXIT_INPUT
    assert "no such file" in one_error_line(measured.stderr)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_an_unreadable_file_is_one_line_and_exit_3(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        # chmod 000 does not stop root; /proc/self/mem opens but fails on read (EIO) for anyone.
        mem = Path("/proc/self/mem")
        if not mem.exists():
            pytest.skip("running as root without /proc: no file is unreadable to root")
        measured = run_cli(["convert", str(mem), "--from", "json", "--to", "yaml"])
        assert measured.returncode == EXIT_INPUT
        assert "/proc/self/mem: cannot read" in one_error_line(measured.stderr)
        return
    path = copy_seed(tmp_path, "secret.json")
    path.chmod(0)
    try:
        measured = run_cli(["convert", str(path), "--to", "yaml"])
    finally:
        path.chmod(0o600)
    assert measured.returncode == EXIT_INPUT
    assert "secret.json" in one_error_line(measured.stderr)


def _feed_fifo(fifo: Path, data: bytes) -> threading.Thread:
    def write() -> None:
        with fifo.open("wb") as out:  # blocks until the reader opens its end
            out.write(data)

    thread = threading.Thread(target=write, daemon=True)
    thread.start()
    return thread


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs mkfifo")
def test_a_fifo_on_stdin_is_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    writer = _feed_fifo(fifo, SEED_JSON.read_bytes())
    with fifo.open("rb") as stdin:
        measured = run_cli(["convert", "-", "--from", "json", "--to", "yaml"], stdin=stdin, timeout=30)
    writer.join(timeout=5)
    assert measured.returncode == EXIT_OK, measured.stderr
    assert "Ban chỉ đạo".encode() in measured.stdout


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs mkfifo")
def test_a_fifo_given_as_a_path_is_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    writer = _feed_fifo(fifo, SEED_JSON.read_bytes())
    measured = run_cli(["convert", str(fifo), "--to", "yaml"], timeout=30)
    writer.join(timeout=5)
    assert measured.returncode == EXIT_OK, measured.stderr


def test_garbage_on_stdin_is_one_line_and_exit_3() -> None:
    measured = run_cli(
        ["convert", "-", "--from", "docx", "--to", "json"], input=b"\xd0\xcf\x11\xe0" + b"\x00" * 600
    )
    assert measured.returncode == EXIT_INPUT
    assert "<stdin>" in one_error_line(measured.stderr)
