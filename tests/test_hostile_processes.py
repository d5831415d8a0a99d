"""Signals, dying workers and failing forks (issue 14, points 3, 10, 13 and the --jobs bound of 17)."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from dvtool.app import batch
from dvtool.app.jobs import Outcome
from dvtool.errors import EXIT_INPUT, EXIT_OK
from tests.test_data_safety import _assert_complete, _inputs, _start, _wait_for_outputs


def _square(n: int) -> Outcome:
    return Outcome(f"in{n}", payload=n * n)


def _die_on_three(n: int) -> Outcome:
    if n == 3:
        os.kill(os.getpid(), signal.SIGKILL)
    return _square(n)


def test_a_killed_worker_fails_only_its_input_and_the_batch_goes_on() -> None:
    outcomes = list(batch.run(_die_on_three, list(range(20)), 2))
    assert [o.payload for o in outcomes if o.exit_code == EXIT_OK] == [n * n for n in range(20) if n != 3]
    failed = [o for o in outcomes if o.exit_code != EXIT_OK]
    assert len(failed) == 1 and failed[0].exit_code == EXIT_INPUT
    assert failed[0].error is not None and batch.WORKER_DIED in failed[0].error


def _die_on_three_and_four(n: int) -> Outcome:
    if n in (3, 4):
        os.kill(os.getpid(), signal.SIGKILL)
    return _square(n)


def test_inputs_queued_behind_a_dying_worker_are_read_by_another() -> None:
    # Workers get inputs ahead (batch.QUEUED_PER_WORKER); the one killed by 3 may hold 4, which
    # must then be tried again elsewhere (and kill that worker in turn), never reported unread.
    outcomes = list(batch.run(_die_on_three_and_four, list(range(30)), 2))
    read = [o.payload for o in outcomes if o.exit_code == EXIT_OK]
    assert read == [n * n for n in range(30) if n not in (3, 4)]
    failed = [o for o in outcomes[3:5] if o.exit_code == EXIT_INPUT]
    assert len(failed) == 2 and all(o.error and batch.WORKER_DIED in o.error for o in failed)


def _length(text: str) -> Outcome:
    return Outcome(f"in{len(text)}", payload=len(text))


def test_large_inputs_are_not_queued_behind_a_busy_worker() -> None:
    sizes = [batch.QUEUED_MESSAGE_MAX * 4 + n for n in range(12)] + list(range(12))
    outcomes = list(batch.run(_length, ["x" * n for n in sizes], 2))
    assert [o.payload for o in outcomes] == sizes


def test_a_failing_fork_falls_back_to_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse() -> int:
        raise BlockingIOError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(os, "fork", refuse)
    outcomes = list(batch.run(_square, list(range(12)), 4))
    assert [o.payload for o in outcomes] == [n * n for n in range(12)]


def test_jobs_has_an_upper_bound() -> None:
    assert batch.worker_limit(1000) <= batch.MAX_JOBS
    assert batch.worker_limit(1000) <= batch.WORKERS_PER_CPU * batch.default_jobs()
    assert batch.worker_limit(1) == 1


def _children_alive(marker: str) -> list[int]:
    """Processes whose command line names ``marker`` (the batch's unique output folder)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if marker.encode() in (entry / "cmdline").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="needs /proc")
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_sigterm_and_sighup_stop_a_parallel_batch_like_ctrl_c(tmp_path: Path, signum: int) -> None:
    folder = _inputs(tmp_path, 400)
    out = tmp_path / "out"
    proc = _start(folder, out, jobs=2)
    _wait_for_outputs(out, proc, 5)
    proc.send_signal(signum)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 128 + signum
    assert b"Traceback" not in stderr and b"interrupted" in stderr
    deadline = time.monotonic() + 10  # a hang guard: workers must be gone, not finishing
    while _children_alive(str(out)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _children_alive(str(out)) == []
    written = _assert_complete(out, folder)
    assert written < 400
    time.sleep(0.5)
    assert len(list(out.glob("*.docx"))) == written  # nothing is written after the exit
    assert not [p for p in out.iterdir() if p.suffix == ".part"]
