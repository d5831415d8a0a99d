"""Running a job over many inputs: in order, optionally in a process pool, with fail-fast.

The pool fails safe: a worker that dies (out of memory, SIGKILL) fails only the input it was
working on and is replaced; a fork that fails (process limits) leaves fewer workers, or none
and the rest run in this process; Ctrl-C, SIGTERM and SIGHUP stop the workers before this
process exits, so none is left behind.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from dvtool.app.jobs import Outcome
from dvtool.app.signals import init_worker, interrupt_exit_code, run_busy
from dvtool.errors import EXIT_INPUT

if TYPE_CHECKING:  # multiprocessing is imported only when a pool is started
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess

S = TypeVar("S")

# Below this many inputs a pool costs more (process start-up) than it saves.
MIN_POOL_BATCH = 8
MAX_JOBS = 64
"""Most worker processes, whatever --jobs says: each may hold an input's whole model in memory."""
WORKERS_PER_CPU = 2
"""More workers than twice the CPUs only add memory: the jobs are CPU-bound."""
WORKER_DIED = "the worker process died while reading it (out of memory, or killed by a signal)"
QUEUED_PER_WORKER = 2
"""Inputs handed to a worker ahead of its results: it starts the next one while this process
is still taking in the last, instead of waiting for it (small inputs are a fraction of a
millisecond each, about the cost of one hand-over)."""
QUEUED_MESSAGE_MAX = 16 * 1024
"""Largest message queued to a busy worker (far below a pipe's buffer)."""
MAX_CHUNK = 16
"""Most inputs handed to a worker in one message when the jobs may be run again (``retryable``):
each hand-over and each result wakes a process, which costs as much as validating a small
file; in chunks the workers and this process wake once per chunk."""


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


def run(
    job: Callable[[S], Outcome], specs: Sequence[S], jobs: int, *, retryable: bool = False
) -> Generator[Outcome, None, None]:
    """Yield each spec's Outcome in input order, whatever order the work finishes in.

    ``retryable`` jobs have no effect but their Outcome (validate): the pool hands them out in
    chunks, and runs again, one by one, the inputs of a chunk whose worker died.
    Stop consuming to stop early: the workers are stopped when the generator closes.
    """
    workers = min(worker_limit(jobs), len(specs))
    if workers <= 1 or len(specs) < MIN_POOL_BATCH:
        for spec in specs:
            yield job(spec)
        return
    chunk = max(1, min(MAX_CHUNK, len(specs) // (workers * 4))) if retryable else 1
    yield from _Pool(job, specs, workers, chunk).outcomes()


@dataclass
class _Worker:
    """One worker process, its end of a pipe, and the indexes of the specs it was sent, one
    list per message, in order: it works on the first and has the others queued in the pipe."""

    process: BaseProcess
    conn: Connection
    tasks: list[list[int]] = field(default_factory=list)


class _Pool:
    """A small process pool that knows which input each worker holds.

    concurrent.futures' pool marks every unfinished task failed when one worker dies (and may
    lose results already computed); here a dead worker fails exactly the input it was given,
    a new worker takes its place, and the batch goes on.
    """

    def __init__(self, job: Callable[[S], Outcome], specs: Sequence[S], workers: int, chunk: int = 1) -> None:
        self.job: Callable[[Any], Outcome] = job
        self.specs: Sequence[Any] = specs
        self.size = workers
        self.chunk = chunk
        self.window = workers * 4 * chunk  # outcomes buffered ahead of the one to yield next
        self.workers: list[_Worker] = []
        self.results: dict[int, Outcome] = {}
        self.next_task = 0
        self.retry: list[int] = []  # queued to a worker that died before starting them
        self.alone: set[int] = set()  # in a chunk whose worker died: each is run by itself

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
            while len(worker.tasks) < QUEUED_PER_WORKER:
                indexes = self._take_chunk(waiting_for)
                if not indexes or not self._assign(worker, indexes):
                    break
        busy = [w for w in self.workers if w.tasks]
        if not busy:  # no worker could be started: do the next input here
            index = self._take(len(self.specs))
            assert index is not None
            self.results[index] = self.job(self.specs[index])
            return
        from multiprocessing.connection import wait

        ready = wait([w.conn for w in busy] + [w.process.sentinel for w in busy])
        for worker in busy:
            if worker.conn in ready or worker.process.sentinel in ready:
                self._collect(worker)

    def _take_chunk(self, waiting_for: int) -> list[int]:
        """The inputs of the next message: up to ``chunk`` of them, or one that must run alone.

        Towards the end a chunk is at most half of each worker's share of what is left (at
        least one input), so the workers finish together instead of one waiting for the
        other's last chunk.
        """
        left = len(self.specs) - self.next_task
        size = max(1, min(self.chunk, left // (2 * self.size)))
        indexes: list[int] = []
        while len(indexes) < size:
            if self.retry and self.retry[0] in self.alone:
                if not indexes:
                    indexes.append(self.retry.pop(0))
                break
            index = self._take(waiting_for)
            if index is None:
                break
            indexes.append(index)
        return indexes

    def _take(self, waiting_for: int) -> int | None:
        """The next input to hand out: one a dead worker left, else the next new one in the window."""
        if self.retry:
            return self.retry.pop(0)
        if self.next_task < min(len(self.specs), waiting_for + self.window):
            self.next_task += 1
            return self.next_task - 1
        return None

    def _assign(self, worker: _Worker, indexes: list[int]) -> bool:
        """Send the inputs ``indexes`` to ``worker``; False (and the inputs kept for later)
        when the worker is busy and the message is large.

        A message queued behind a busy worker must fit in the pipe: were this process blocked
        sending it while the worker is blocked sending a large result, both would wait for ever.
        """
        from multiprocessing.reduction import ForkingPickler

        message = ForkingPickler.dumps((self.job, [self.specs[i] for i in indexes]))
        if worker.tasks and len(message) > QUEUED_MESSAGE_MAX:
            if len(indexes) > 1:  # too large together: each goes by itself
                self.alone.update(indexes)
            self.retry = sorted([*self.retry, *indexes])
            return False
        worker.tasks.append(indexes)
        with contextlib.suppress(OSError, ValueError):  # a dead worker shows up in _collect
            worker.conn.send_bytes(message)
        return True

    def _collect(self, worker: _Worker) -> None:
        assert worker.tasks
        try:
            outcomes: list[Outcome] = worker.conn.recv()
        except (EOFError, OSError):
            self._replace(worker)
            return
        for index, outcome in zip(worker.tasks.pop(0), outcomes, strict=True):
            self.results[index] = outcome

    def _replace(self, dead: _Worker) -> None:
        assert dead.tasks
        working_on, *queued = dead.tasks
        if len(working_on) == 1:
            source = source_of(self.specs[working_on[0]])
            self.results[working_on[0]] = Outcome(source, EXIT_INPUT, f"{source}: {WORKER_DIED}")
        else:  # which of the chunk killed it is not known: each is run again, by itself
            self.alone.update(working_on)
            queued.append(working_on)
        # Not started (or to be run alone): other workers read them.
        self.retry = sorted(self.retry + [index for indexes in queued for index in indexes])
        _end(dead)
        self.workers.remove(dead)
        self._grow()

    def _stop(self) -> None:
        for worker in self.workers:
            with contextlib.suppress(OSError, ValueError):
                worker.conn.send(None)
            if worker.tasks:
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


def _picklable(spec: Any, outcome: Outcome) -> Outcome:
    """``outcome``, or the failure to send it when it cannot be pickled."""
    import pickle
    from multiprocessing.reduction import ForkingPickler

    try:
        ForkingPickler.dumps(outcome)
    except (pickle.PicklingError, TypeError, AttributeError) as exc:
        source = source_of(spec)
        return Outcome(source, EXIT_INPUT, f"{source}: cannot process: {exc}")
    return outcome


def _worker_main(conn: Connection) -> None:
    """A worker's life: run the jobs it is sent until told to stop (None) or the pipe closes."""
    import pickle

    init_worker()
    try:
        while True:
            item = conn.recv()
            if item is None:
                return
            job, specs = item
            outcomes = [run_busy(job, spec) for spec in specs]
            try:
                conn.send(outcomes)
            except (pickle.PicklingError, TypeError, AttributeError):
                conn.send([_picklable(spec, outcome) for spec, outcome in zip(specs, outcomes, strict=True)])
    except (EOFError, OSError):
        return
    except KeyboardInterrupt as exc:  # Terminated too: the job has cleaned up; leave quietly
        os._exit(interrupt_exit_code(exc))
