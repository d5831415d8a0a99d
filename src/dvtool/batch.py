"""Running a job over many inputs: in order, optionally in a process pool, with fail-fast."""

from __future__ import annotations

import os
from collections.abc import Callable, Generator, Sequence
from concurrent.futures import Executor
from typing import TypeVar

from dvtool.jobs import Outcome

S = TypeVar("S")

# Below this many inputs a pool costs more (process start-up) than it saves.
MIN_POOL_BATCH = 8


def default_jobs() -> int:
    """The number of CPUs this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def run(job: Callable[[S], Outcome], specs: Sequence[S], jobs: int) -> Generator[Outcome, None, None]:
    """Yield each spec's Outcome in input order, whatever order the work finishes in.

    Stop consuming to stop early: pending work is cancelled when the generator closes.
    """
    if jobs <= 1 or len(specs) < MIN_POOL_BATCH:
        for spec in specs:
            yield job(spec)
        return
    executor = _executor(min(jobs, len(specs)))
    try:
        chunk = max(1, min(16, len(specs) // (jobs * 4)))
        yield from executor.map(job, specs, chunksize=chunk)
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def _executor(workers: int) -> Executor:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # fork shares the already-imported modules with the workers, so they start at once;
    # spawn is the only choice where fork does not exist (Windows).
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context(method))
