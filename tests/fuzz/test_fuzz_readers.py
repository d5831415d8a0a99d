"""A short, deterministic fuzz run of every reader in the normal test suite.

The long run is ``python -m tests.fuzz.run --seconds 600`` (see tests/fuzz/README.md).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from dvtool.formats import READERS
from tests.conftest import Runner
from tests.fuzz.harness import (
    STRUCTURAL,
    available_formats,
    check,
    reader_format,
    strategy_for,
    structural_strategy,
)

FORMATS = available_formats()
SHORT = settings(
    max_examples=40,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


# Crashes found in readers owned by other helpers, reported to them; remove the entry with the fix.
KNOWN_CRASHES: dict[str, str] = {}


@pytest.mark.parametrize(
    "fmt",
    [
        pytest.param(fmt, marks=pytest.mark.xfail(reason=KNOWN_CRASHES[fmt], strict=False))
        if fmt in KNOWN_CRASHES
        else fmt
        for fmt in READERS
    ],
)
def test_mutated_inputs_give_a_report_or_a_clean_error(fmt: str) -> None:
    if fmt not in FORMATS:
        pytest.skip(f"the {fmt} reader is not on this branch yet")

    @SHORT
    @given(strategy_for(fmt))
    def run(data: bytes) -> None:
        check(fmt, data)

    run()


def test_the_seed_of_every_available_reader_is_read_without_error() -> None:
    """The fuzzer starts from valid inputs; a broken seed would only exercise error paths."""
    from dvtool.formats import ReadOptions, get_reader
    from tests.fuzz.seeds import SEEDS

    for fmt in ("json", "yaml"):
        assert get_reader(fmt)(SEEDS[fmt](), ReadOptions(source="seed")).value.title


@pytest.mark.parametrize("name", sorted(STRUCTURAL))
def test_structural_shapes_give_a_report_or_a_clean_error(name: str) -> None:
    """Deep nesting, omitted end tags, long lines and style chains (issue 14); few examples,
    as each may be large. Hangs and quadratic blow-ups show as a test that never finishes."""

    @settings(SHORT, max_examples=12)
    @given(structural_strategy(name))
    def run(data: bytes) -> None:
        check(reader_format(name), data)

    run()


SPECIAL_INPUTS = ["/dev/null", "/dev/zero", "folder", "socket", "dangling", "loop", "fifo-in-folder"]
SPECIAL_OUTPUTS = ["/dev/null", "fifo", "folder/", "socket", "dangling", "existing", "long-name"]


def _special(kind: str, where: Path) -> str:
    import os
    import socket

    path = where / kind.replace("/", "")
    if kind.startswith("/dev/"):
        return kind
    if kind.rstrip("/") == "folder":
        path.mkdir()
        return str(path) + ("/" if kind.endswith("/") else "")
    if kind == "socket":
        server = socket.socket(socket.AF_UNIX)
        server.bind(str(path))
        _SOCKETS.append(server)
    elif kind == "dangling":
        path.symlink_to(where / "nowhere")
    elif kind == "loop":
        path.symlink_to(path)
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "fifo-in-folder":
        path.mkdir()
        os.mkfifo(path / "x.json")
    elif kind == "existing":
        path.write_text("keep", encoding="utf-8")
    elif kind == "long-name":
        path = where / ("Báo cáo " * 40 + ".json")
    return str(path)


_SOCKETS: list[Any] = []


@pytest.mark.parametrize("output", SPECIAL_OUTPUTS)
@pytest.mark.parametrize("source", SPECIAL_INPUTS)
def test_special_files_as_inputs_and_outputs_end_cleanly(
    run_dvtool: Runner, tmp_path: Path, source: str, output: str
) -> None:
    """Every pairing of an odd input with an odd output: a documented exit code, one-line
    errors, no traceback, no hang (the timeout is only a guard), and nothing replaced."""
    import stat as stat_module
    import threading

    source_path = _special(source, tmp_path / "in" if (tmp_path / "in").mkdir() is None else tmp_path)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    output_path = _special(output, out_dir)
    if output == "fifo":  # drain the FIFO so that a writer is never blocked forever
        threading.Thread(target=lambda: Path(output_path).read_bytes(), daemon=True).start()
    args = ["convert", "-r", source_path] if source == "fifo-in-folder" else ["convert", source_path]
    result = run_dvtool([*args, "--to", "json", "-o", output_path], timeout=60)
    assert result.returncode in (0, 1, 2, 3), result.stderr
    assert b"Traceback" not in result.stderr and b"internal error" not in result.stderr
    for line in result.stderr.splitlines():
        assert line.startswith((b"error: ", b"warning: ", b"  ")) or b"inputs failed" in line, line
    if output == "existing":
        assert Path(output_path).read_text(encoding="utf-8") == "keep"
    if output == "fifo":
        assert stat_module.S_ISFIFO(Path(output_path).lstat().st_mode)
    if output == "socket":
        assert stat_module.S_ISSOCK(Path(output_path).lstat().st_mode)
    for server in _SOCKETS:
        server.close()
    _SOCKETS.clear()
