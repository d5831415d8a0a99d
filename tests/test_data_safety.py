"""Data safety: outputs are atomic, a killed or interrupted batch leaves no partial file."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import SEED_JSON, dvtool_env


def _inputs(tmp_path: Path, count: int) -> Path:
    data = json.loads(SEED_JSON.read_text(encoding="utf-8"))
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(count):
        data["title"] = f"Báo cáo {i:04d}"
        (folder / f"r{i:04d}.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return folder


def _interruptible() -> None:
    # A shell that starts a job in the background makes it ignore SIGINT, and dvtool rightly keeps
    # an ignored SIGINT ignored; the test stands for a user at a terminal, so the child gets Ctrl-C.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _start(folder: Path, out: Path, jobs: int = 1) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "dvtool",
            "convert",
            "-r",
            str(folder),
            "--to",
            "docx",
            "-o",
            str(out),
            "--jobs",
            str(jobs),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=dvtool_env(),
        preexec_fn=_interruptible,
    )


def _wait_for_outputs(out: Path, proc: subprocess.Popen[bytes], at_least: int) -> None:
    deadline = time.monotonic() + 120  # a hang guard only
    while time.monotonic() < deadline and proc.poll() is None:
        if out.exists() and len(list(out.glob("*.docx"))) >= at_least:
            return
        time.sleep(0.02)


def _assert_complete(out: Path, folder: Path) -> int:
    from dvtool.formats import ReadOptions
    from dvtool.readers.docx import read

    outputs = sorted(out.glob("*.docx"))
    for path in outputs:
        report = read(path.read_bytes(), ReadOptions(str(path))).value
        source = json.loads((folder / path.with_suffix(".json").name).read_text(encoding="utf-8"))
        assert report.title == source["title"]
    return len(outputs)


def test_a_batch_killed_mid_way_leaves_only_complete_outputs(tmp_path: Path) -> None:
    folder = _inputs(tmp_path, 400)
    out = tmp_path / "out"
    proc = _start(folder, out)
    _wait_for_outputs(out, proc, 5)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    written = _assert_complete(out, folder)
    assert 5 <= written < 400
    # A temporary file may survive SIGKILL; it is hidden, never has the output's name,
    # and --recursive skips it.
    for leftover in out.iterdir():
        assert leftover.suffix == ".docx" or (leftover.name.startswith(".") and leftover.suffix == ".part")


def test_ctrl_c_stops_a_batch_cleanly_without_temporary_files(tmp_path: Path) -> None:
    folder = _inputs(tmp_path, 400)
    out = tmp_path / "out"
    proc = _start(folder, out)
    _wait_for_outputs(out, proc, 5)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert b"Traceback" not in stderr and b"interrupted" in stderr
    _assert_complete(out, folder)
    assert not [p for p in out.iterdir() if p.suffix == ".part"]


def test_an_existing_output_survives_a_failed_conversion(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{broken", encoding="utf-8")
    target = tmp_path / "bad.yaml"
    target.write_text("keep me", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "dvtool", "convert", str(bad), "--to", "yaml", "-o", str(target), "--force"],
        capture_output=True,
        env=dvtool_env(),
        check=False,
    )
    assert result.returncode == 3 and target.read_text(encoding="utf-8") == "keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.json", "bad.yaml"]
