"""Termination signals handled like Ctrl-C: stop, clean up, exit with 128 + the signal number.

``timeout``, systemd and CI stop a program with SIGTERM (a closed terminal sends SIGHUP).
Python's default for both is to die on the spot, which leaves pool workers running on their
own; raising :class:`Terminated` instead lets the same clean-up as Ctrl-C run (temporary files
removed, workers stopped).
"""

from __future__ import annotations

import os
import signal
from collections.abc import Callable
from types import FrameType
from typing import TypeVar

A = TypeVar("A")
R = TypeVar("R")

HANDLED = (signal.SIGTERM, signal.SIGHUP)


class Terminated(KeyboardInterrupt):
    """SIGTERM or SIGHUP arrived; unwinds like Ctrl-C. ``exit_code`` is 128 + the signal."""

    def __init__(self, signum: int) -> None:
        super().__init__(f"terminated by signal {signum}")
        self.signum = signum
        self.exit_code = 128 + signum


_main_pid: int | None = None  # the process that installed the handlers


def _raise_terminated(signum: int, frame: FrameType | None) -> None:
    if os.getpid() != _main_pid:
        # A pool worker forked with this handler, stopped before its initializer ran: it holds
        # nothing to clean up, so it leaves at once instead of printing a traceback.
        os._exit(128 + signum)
    raise Terminated(signum)


def install() -> None:
    """In the main process: SIGTERM and SIGHUP raise :class:`Terminated`."""
    global _main_pid
    _main_pid = os.getpid()
    for signum in HANDLED:
        try:
            signal.signal(signum, _raise_terminated)
        except (ValueError, OSError):  # not the main thread, or a platform without it
            pass


def interrupt_exit_code(exc: KeyboardInterrupt) -> int:
    """130 for Ctrl-C, 128 + the signal for :class:`Terminated`."""
    return exc.exit_code if isinstance(exc, Terminated) else 128 + signal.SIGINT


# -- in pool workers --

_busy = False


def _worker_signal(signum: int, frame: FrameType | None) -> None:
    # While a job runs, unwind it (its temporary file is removed on the way); between jobs
    # there is nothing to clean up, so leave at once and quietly.
    if _busy:
        raise Terminated(signum) if signum != signal.SIGINT else KeyboardInterrupt()
    os._exit(128 + signum)


def init_worker() -> None:
    """Pool-worker initializer: termination signals stop the worker cleanly."""
    for signum in (*HANDLED, signal.SIGINT):
        signal.signal(signum, _worker_signal)


def run_busy(function: Callable[[A], R], argument: A) -> R:
    """Call ``function(argument)`` with the worker marked busy (see :func:`_worker_signal`)."""
    global _busy
    _busy = True
    try:
        return function(argument)
    finally:
        _busy = False
