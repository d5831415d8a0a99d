"""Closed and full standard streams, odd file names, terminal escapes (issue 14: 7, 8, 9, 11, 17, 22)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from dvtool.app.printable import printable
from tests.conftest import SEED_JSON, Runner, dvtool_env


def _shell(command: str, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    """Run ``dvtool`` (a shell function here) under sh, for redirections like ``>&-``."""
    script = f'dvtool() {{ "{sys.executable}" -m dvtool "$@"; }}\n{command}'
    return subprocess.run(
        ["sh", "-c", script], capture_output=True, cwd=cwd, env=dvtool_env(), timeout=120, check=False
    )


@pytest.mark.parametrize(
    "command",
    [
        "dvtool validate - <&-",
        "dvtool validate -T - <&-",
        "dvtool convert s.json >&-",
        "dvtool validate s.json >&-",
        "dvtool summarize s.json >&-",
        "dvtool schema >&-",
        "dvtool --version >&-",
    ],
)
def test_a_closed_standard_stream_is_a_clear_error(tmp_path: Path, command: str) -> None:
    (tmp_path / "s.json").write_bytes(SEED_JSON.read_bytes())
    result = _shell(command, tmp_path)
    assert result.returncode == 3, result.stderr
    assert b"Traceback" not in result.stderr and b"internal error" not in result.stderr
    assert b"is closed" in result.stderr
    assert result.stderr.count(b"\n") == 1


def test_a_closed_stderr_keeps_the_data_and_the_exit_code(tmp_path: Path) -> None:
    (tmp_path / "s.json").write_bytes(SEED_JSON.read_bytes())
    result = _shell("dvtool validate -F json s.json 2>&-", tmp_path)
    assert result.returncode == 0
    assert json.loads(result.stdout)["valid"] is True


# A report without a date: converting or summarizing it prints a warning on stderr first.
_UNDATED = "Hội nghị tổng kết công tác dân vận\n\nHội nghị đã xây dựng 125 mô hình dân vận khéo.\n"


def _with_stderr_gone(args: list[str], cwd: Path) -> subprocess.CompletedProcess[bytes]:
    """Run the real CLI with stderr a pipe whose reader has already gone (``2>&1 >out | head -1``).

    The read end is closed before dvtool starts, so its first message meets EPIPE, every time.
    """
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        return subprocess.run(
            [sys.executable, "-m", "dvtool", *args],
            stdout=subprocess.PIPE,
            stderr=write_end,
            cwd=cwd,
            env=dvtool_env(),
            timeout=120,
            check=False,
        )
    finally:
        os.close(write_end)


@pytest.mark.parametrize(
    ("args", "kind"),
    [
        (["convert", "u.txt", "--to", "json"], "json"),
        (["convert", "u.txt", "--to", "json", "--explain"], "json"),
        (["convert", "u.txt", "--to", "jsonl", "s.json"], "jsonl"),
        (["summarize", "u.txt", "s.json", "--format", "csv"], "csv"),
        (["validate", "--format", "json", "s.json", "nothing.json"], "jsonl"),
    ],
)
def test_a_stderr_whose_reader_has_gone_loses_no_data(tmp_path: Path, args: list[str], kind: str) -> None:
    (tmp_path / "u.txt").write_text(_UNDATED, encoding="utf-8")
    (tmp_path / "s.json").write_bytes(SEED_JSON.read_bytes())
    with_stderr = subprocess.run(
        [sys.executable, "-m", "dvtool", *args],
        capture_output=True,
        cwd=tmp_path,
        env=dvtool_env(),
        check=False,
    )
    assert with_stderr.stderr, "the case must print a message on stderr, or it tests nothing"
    gone = _with_stderr_gone(args, tmp_path)
    assert gone.stdout == with_stderr.stdout
    assert gone.returncode == with_stderr.returncode
    if kind == "json":
        assert json.loads(gone.stdout)["results"]
    elif kind == "jsonl":
        assert len(gone.stdout.splitlines()) == 2
    else:
        rows = gone.stdout.decode("utf-8").splitlines()
        assert rows[0].startswith("path,") and any(row.startswith("u.txt,") for row in rows)


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
def test_a_stderr_on_a_full_disk_loses_no_data(tmp_path: Path) -> None:
    (tmp_path / "u.txt").write_text(_UNDATED, encoding="utf-8")
    result = _shell("dvtool convert u.txt --to json 2>/dev/full", tmp_path)
    assert result.returncode == 0
    assert json.loads(result.stdout)["results"]


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
def test_stdout_on_a_full_disk_says_the_disk_is_full(tmp_path: Path) -> None:
    (tmp_path / "s.json").write_bytes(SEED_JSON.read_bytes())
    result = _shell("dvtool convert s.json > /dev/full", tmp_path)
    assert result.returncode == 3
    assert b"disk is full" in result.stderr and b"Errno" not in result.stderr


def test_help_into_a_closed_pipe_exits_0(tmp_path: Path) -> None:
    script = f'"{sys.executable}" -m dvtool --help | head -c 1 > /dev/null; exit ${{PIPESTATUS[0]}}'
    result = subprocess.run(["bash", "-c", script], capture_output=True, env=dvtool_env(), check=False)
    assert result.returncode == 0, result.stderr


def test_an_endless_files_from_list_is_refused(run_dvtool: Runner) -> None:
    result = run_dvtool(["validate", "-T", "/dev/zero", "-0"], timeout=60)
    assert result.returncode == 3
    assert b"larger than" in result.stderr


NON_UTF8 = os.fsdecode(b"b\xe1o c\xe1o.json")


@pytest.mark.parametrize(
    "args",
    [
        ["validate"],
        ["validate", "-F", "json"],
        ["summarize", "-F", "csv"],
        ["summarize", "-F", "json"],
        ["summarize"],
        ["convert", "--to", "jsonl"],
    ],
)
def test_a_file_name_that_is_not_utf8_is_shown_escaped(
    run_dvtool: Runner, tmp_path: Path, args: list[str]
) -> None:
    (tmp_path / NON_UTF8).write_bytes(SEED_JSON.read_bytes())
    (tmp_path / "broken.json").write_bytes(b"{")
    result = run_dvtool([*args, NON_UTF8, "broken.json"], cwd=tmp_path)
    assert result.returncode == 3  # broken.json is still reported after the odd name
    assert b"internal error" not in result.stderr and b"Traceback" not in result.stderr
    assert b"broken.json" in result.stderr
    result.stdout.decode("utf-8")  # everything printed is UTF-8
    if args == ["summarize", "-F", "csv"]:
        assert result.stdout == b""  # a summary that would leave out broken.json is not written
    elif args[0] != "convert" and args != ["summarize"]:  # a one-report summary shows no path
        assert b"xe1o c" in result.stdout  # shown as \\xe1 (JSON doubles the backslash)


def test_a_recursive_batch_over_non_utf8_names_reports_every_input(
    run_dvtool: Runner, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(10):
        (folder / os.fsdecode(f"r{i}\xe1".encode("latin-1") + b".json")).write_bytes(SEED_JSON.read_bytes())
    result = run_dvtool(["validate", "-r", str(folder), "-j", "2"])
    assert result.returncode == 0, result.stderr
    assert result.stdout.count(b": valid\n") == 10


def test_vietnamese_names_under_a_latin1_locale(run_dvtool: Runner, tmp_path: Path) -> None:
    (tmp_path / "báo cáo.json").write_bytes(SEED_JSON.read_bytes())
    # Few machines have a Latin-1 locale installed; the stream encoding is what used to fail.
    env = dvtool_env(LC_ALL="en_US.ISO-8859-1", LANG="en_US.ISO-8859-1", PYTHONIOENCODING="latin-1")
    for args in (["validate"], ["validate", "-F", "json"], ["summarize"], ["summarize", "-F", "csv"]):
        result = run_dvtool([*args, "báo cáo.json"], cwd=tmp_path, env=env)
        assert result.returncode == 0, result.stderr
        assert b"internal error" not in result.stderr


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("a\x1b[2Jb", "a\\x1b[2Jb"),
        ("x\nerror: forged", "x\\nerror: forged"),
        ("over\rwrite", "over\\rwrite"),
        ("\u202etxt.exe", "\\u202etxt.exe"),
        ("\x9b31m", "\\x9b31m"),
        ("Báo cáo tổng kết", "Báo cáo tổng kết"),
    ],
)
def test_printable_escapes_controls_and_keeps_vietnamese(raw: str, shown: str) -> None:
    assert printable(raw) == shown


def test_escape_sequences_in_names_and_text_never_reach_the_terminal(
    run_dvtool: Runner, tmp_path: Path
) -> None:
    data = json.loads(SEED_JSON.read_text(encoding="utf-8"))
    data["title"] = "Báo cáo \x1b]52;c;cHduZWQ=\x07 \x1b[2J"
    name = "x\x1b[31m\nerror: forged.json"
    (tmp_path / name).write_text(json.dumps(data), encoding="utf-8")
    (tmp_path / "bad\x1b[2J.json").write_bytes(b"{")
    for args in (
        ["summarize"],
        ["summarize", "-F", "md"],
        ["validate"],
        ["convert", "--explain", "--to", "yaml"],
    ):
        result = run_dvtool([*args, name, "bad\x1b[2J.json"], cwd=tmp_path)
        assert b"\x1b" not in result.stderr, args
        if args[0] != "convert":
            assert b"\x1b" not in result.stdout, args
        assert not any(line.startswith(b"error: forged") for line in result.stderr.splitlines())
