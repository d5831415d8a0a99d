"""Run Python code or the dvtool CLI in a child process and measure its peak memory.

The child reports its own high-water mark (``VmHWM`` from /proc/self/status, which starts
afresh at exec; ``ru_maxrss`` would carry over the forking test process's peak) into a file
named by an environment variable, from an ``atexit`` hook. Tests can then assert bounded
memory without timing assertions; the timeout only guards against hangs.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from tests.conftest import dvtool_env

# Runs in the child: register the report, then run the code or the dvtool module.
_WRAPPER = r"""
import atexit, os, resource, runpy, sys

def _report():
    peak = None
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    peak = int(line.split()[1]) / 1024
    except OSError:
        pass
    if peak is None:
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        peak = rss / (1024 * 1024 if sys.platform == "darwin" else 1024)
    with open(os.environ["DVTOOL_MEASURE_FILE"], "w") as out:
        out.write(str(peak))

atexit.register(_report)
mode, payload, *rest = sys.argv[1:]
if mode == "code":
    sys.argv = ["-c"]
    exec(compile(payload, "<measured>", "exec"), {"__name__": "__main__"})
else:
    sys.argv = ["dvtool", *rest]
    runpy.run_module("dvtool", run_name="__main__", alter_sys=True)
"""


@dataclass(frozen=True)
class Measured:
    returncode: int
    stdout: bytes
    stderr: bytes
    max_rss_mib: float

    @property
    def stderr_lines(self) -> list[str]:
        return self.stderr.decode("utf-8", "replace").splitlines()


def _run(
    argv: list[str], *, input: bytes | None, stdin: IO[bytes] | None, timeout: float, cwd: Path | None
) -> Measured:
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "peak"
        env = dvtool_env(DVTOOL_MEASURE_FILE=str(report))
        done = subprocess.run(
            [sys.executable, "-c", _WRAPPER, *argv],
            input=input,
            stdin=stdin if input is None else None,
            capture_output=True,
            env=env,
            cwd=cwd,
            timeout=timeout,  # a hang guard, not a speed assertion
            check=False,
        )
        peak = float(report.read_text()) if report.exists() else float("nan")
    return Measured(done.returncode, done.stdout, done.stderr, peak)


def run_python(code: str, *, timeout: float = 60, cwd: Path | None = None) -> Measured:
    """Run a Python snippet in a fresh interpreter and measure it."""
    return _run(["code", code], input=None, stdin=None, timeout=timeout, cwd=cwd)


def run_cli(
    args: Sequence[str],
    *,
    input: bytes | None = None,
    stdin: IO[bytes] | None = None,
    timeout: float = 60,
    cwd: Path | None = None,
) -> Measured:
    """Run ``dvtool ARGS`` (this checkout's code) and measure it."""
    return _run(["cli", "", *args], input=input, stdin=stdin, timeout=timeout, cwd=cwd)


__all__ = ["Measured", "run_cli", "run_python"]
