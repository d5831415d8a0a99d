"""Retryable jobs (validate) go to the workers in chunks, with the same guarantees one by one:
input order, a dying worker fails only the input that killed it, large inputs are not queued."""

from __future__ import annotations

import os
import signal
import threading

import pytest

from dvtool.app import batch
from dvtool.app.jobs import Outcome
from dvtool.errors import EXIT_INPUT, EXIT_OK


def _square(n: int) -> Outcome:
    return Outcome(f"in{n}", payload=n * n)


def _die_on(n: int, killers: tuple[int, ...]) -> Outcome:
    if n in killers:
        os.kill(os.getpid(), signal.SIGKILL)
    return _square(n)


def _die_on_seven(n: int) -> Outcome:
    return _die_on(n, (7,))


def _die_on_seven_and_eight(n: int) -> Outcome:
    return _die_on(n, (7, 8))


def _lock(n: int) -> Outcome:
    return Outcome(f"in{n}", payload=threading.Lock() if n == 5 else n)  # a lock cannot be pickled


def _length(text: str) -> Outcome:
    return Outcome(f"in{len(text)}", payload=len(text))


def test_chunks_are_used_and_outcomes_come_in_input_order() -> None:
    specs = list(range(200))
    assert max(1, min(batch.MAX_CHUNK, len(specs) // (2 * 4))) > 1  # really chunked
    outcomes = list(batch.run(_square, specs, 2, retryable=True))
    assert [o.payload for o in outcomes] == [n * n for n in specs]


@pytest.mark.parametrize(("job", "killers"), [(_die_on_seven, (7,)), (_die_on_seven_and_eight, (7, 8))])
def test_a_worker_killed_in_a_chunk_fails_only_the_input_that_killed_it(
    job: object, killers: tuple[int, ...]
) -> None:
    outcomes = list(batch.run(job, list(range(120)), 2, retryable=True))  # type: ignore[arg-type]
    assert [o.payload for o in outcomes if o.exit_code == EXIT_OK] == [
        n * n for n in range(120) if n not in killers
    ]
    failed = [i for i, o in enumerate(outcomes) if o.exit_code != EXIT_OK]
    assert failed == list(killers)
    assert all(
        outcomes[i].exit_code == EXIT_INPUT and batch.WORKER_DIED in (outcomes[i].error or "") for i in failed
    )


def test_an_outcome_that_cannot_be_sent_fails_alone() -> None:
    outcomes = list(batch.run(_lock, list(range(100)), 2, retryable=True))
    assert [o.payload for o in outcomes if o.exit_code == EXIT_OK] == [n for n in range(100) if n != 5]
    assert outcomes[5].exit_code == EXIT_INPUT and "cannot process" in (outcomes[5].error or "")


def test_large_inputs_in_chunks_are_not_queued_behind_a_busy_worker() -> None:
    sizes = [batch.QUEUED_MESSAGE_MAX // 3 + n for n in range(60)] + list(range(60))
    outcomes = list(batch.run(_length, ["x" * n for n in sizes], 2, retryable=True))
    assert [o.payload for o in outcomes] == sizes


def test_a_failing_fork_falls_back_to_this_process_with_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse() -> int:
        raise BlockingIOError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(os, "fork", refuse)
    outcomes = list(batch.run(_square, list(range(100)), 4, retryable=True))
    assert [o.payload for o in outcomes] == [n * n for n in range(100)]
