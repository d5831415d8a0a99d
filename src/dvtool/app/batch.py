"""Running a job over many inputs: in order, optionally in a process pool, with fail-fast.

The pool fails safe: a worker that dies (out of memory, SIGKILL) fails only the input it was
working on and is replaced; a fork that fails (process limits) leaves fewer workers, or none
and the rest run in this process; Ctrl-C, SIGTERM and SIGHUP stop the workers before this
process exits, so none is left behind.
"""

from __future__ import annotations

import contextlib
import os
import pickle
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Any, TypeVar

from dvtool.app.jobs import Outcome
from dvtool.app.signals import init_worker, interrupt_exit_code, run_busy
from dvtool.errors import EXIT_INPUT

S = TypeVar("S")

# Below this many inputs a pool costs more (process start-up) than it saves.
MIN_POOL_BATCH = 8
MAX_JOBS = 64
"""Most worker processes, whatever --jobs says: each may hold an input's whole model in memory."""
WORKERS_PER_CPU = 2
"""More workers than twice the CPUs only add memory: the jobs are CPU-bound."""
WORKER_DIED = "the worker process died while reading it (out of memory, or killed by a signal)"


def default_jobs() -> int:
    """The number of CPUs this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def worker_limit(jobs: int) -> int:
    """``jobs`` bounded by :data:`MAX_JOBS` and :data:`WORKERS_PER_CPU` times the CPUs."""
    return max(1, min(jobs, MAX_JOBS, WORKERS_PER_CPU * default_jobs()))


def source_of(spec: Any) -> str:
    """The input a job spec is about, for a failure that has no Outcome of its own."""
    for holder in (spec, getattr(spec, "load", None)):
        ref = getattr(holder, "ref", None)
        if ref is not None:
            return str(ref.display)
    return "<input>"


def run(job: Callable[[S], Outcome], specs: Sequence[S], jobs: int) -> Generator[Outcome, None, None]:
    """Yield each spec's Outcome in input order, whatever order the work finishes in.

    Stop consuming to stop early: the workers are stopped when the generator closes.
    """
    workers = min(worker_limit(jobs), len(specs))
    if workers <= 1 or len(specs) < MIN_POOL_BATCH:
        for spec in specs:
            yield job(spec)
        return
    yield from _Pool(job, specs, workers).outcomes()


@dataclass
class _Worker:
    """One worker process, its end of a pipe, and the index of the spec it is working on."""

    process: BaseProcess
    conn: Connection
    task: int | None = None


class _Pool:
    """A small process pool that knows which input each worker holds.

    concurrent.futures' pool marks every unfinished task failed when one worker dies (and may
    lose results already computed); here a dead worker fails exactly the input it was given,
    a new worker takes its place, and the batch goes on.
    """

    def __init__(self, job: Callable[[S], Outcome], specs: Sequence[S], workers: int) -> None:
        self.job: Callable[[Any], Outcome] = job
        self.specs: Sequence[Any] = specs
        self.size = workers
        self.window = workers * 4  # outcomes buffered ahead of the one to yield next
        self.workers: list[_Worker] = []
        self.results: dict[int, Outcome] = {}
        self.next_task = 0

    def outcomes(self) -> Generator[Outcome, None, None]:
        try:
            self._grow()
            for index in range(len(self.specs)):
                while index not in self.results:
                    self._step(index)
                yield self.results.pop(index)
        finally:
            self._stop()

    def _grow(self) -> None:
        while len(self.workers) < self.size:
            worker = _start_worker()
            if worker is None:  # fork failed (process or memory limits): carry on with fewer
                self.size = len(self.workers)
                return
            self.workers.append(worker)

    def _step(self, waiting_for: int) -> None:
        """Hand out work, then take in whatever finished (or died) first."""
        for worker in self.workers:
            if worker.task is None and self.next_task < min(len(self.specs), waiting_for + self.window):
                self._assign(worker, self.next_task)
                self.next_task += 1
        busy = [w for w in self.workers if w.task is not None]
        if not busy:  # no worker could be started: do the next input here
            self.results[self.next_task] = self.job(self.specs[self.next_task])
            self.next_task += 1
            return
        ready = wait([w.conn for w in busy] + [w.process.sentinel for w in busy])
        for worker in busy:
            if worker.conn in ready or worker.process.sentinel in ready:
                self._collect(worker)

    def _assign(self, worker: _Worker, index: int) -> None:
        worker.task = index
        with contextlib.suppress(OSError, ValueError):  # a dead worker shows up in _collect
            worker.conn.send((self.job, self.specs[index]))

    def _collect(self, worker: _Worker) -> None:
        assert worker.task is not None
        try:
            outcome: Outcome = worker.conn.recv()
        except (EOFError, OSError):
            self._replace(worker)
            return
        self.results[worker.task] = outcome
        worker.task = None

    def _replace(self, dead: _Worker) -> None:
        assert dead.task is not None
        source = source_of(self.specs[dead.task])
        self.results[dead.task] = Outcome(source, EXIT_INPUT, f"{source}: {WORKER_DIED}")
        _end(dead)
        self.workers.remove(dead)
        self._grow()

    def _stop(self) -> None:
        for worker in self.workers:
            with contextlib.suppress(OSError, ValueError):
                worker.conn.send(None)
            if worker.task is not None:
                worker.process.terminate()  # SIGTERM: the job unwinds and removes its temp file
        for worker in self.workers:
            _end(worker)
        self.workers.clear()


def _end(worker: _Worker) -> None:
    worker.process.join(timeout=5)
    if worker.process.is_alive():
        worker.process.kill()
        worker.process.join()
    worker.conn.close()


def _start_worker() -> _Worker | None:
    import multiprocessing

    # fork shares the already-imported modules with the workers, so they start at once;
    # spawn is the only choice where fork does not exist (Windows).
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context: Any = multiprocessing.get_context(method)
    parent, child = context.Pipe()
    process = context.Process(target=_worker_main, args=(child,), daemon=True)
    try:
        process.start()
    except OSError:
        parent.close()
        child.close()
        return None
    child.close()
    return _Worker(process, parent)


def _worker_main(conn: Connection) -> None:
    """A worker's life: run the jobs it is sent until told to stop (None) or the pipe closes."""
    init_worker()
    try:
        while True:
            item = conn.recv()
            if item is None:
                return
            job, spec = item
            outcome = run_busy(job, spec)
            try:
                conn.send(outcome)
            except (pickle.PicklingError, TypeError, AttributeError) as exc:
                source = source_of(spec)
                conn.send(Outcome(source, EXIT_INPUT, f"{source}: cannot process: {exc}"))
    except (EOFError, OSError):
        return
    except KeyboardInterrupt as exc:  # Terminated too: the job has cleaned up; leave quietly
        os._exit(interrupt_exit_code(exc))
