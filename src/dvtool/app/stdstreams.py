"""The standard streams when they are closed, full or gone.

* A closed stdin, stdout or stderr (``<&-``, ``>&-``, ``2>&-``) leaves Python with ``None``
  for that stream. :func:`guard` opens ``/dev/null`` on the free descriptor (so that no file
  dvtool opens later lands on fd 1 and receives the output), remembers which ones were closed,
  and gives Python working stream objects again. Reading a closed stdin or writing a closed
  stdout is then a clear error (exit 3); a closed stderr only silences messages, so the data
  on stdout and the exit code stay what they would be.
* Writing stdout on a full disk (``> /dev/full``) says so, instead of ``OSError [Errno 28]``.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import sys

from dvtool.errors import InputError, OutputError
from dvtool.i18n import Phrase, os_reason, phrase

STDOUT_NAME = "<stdout>"
_closed: set[int] = set()
_stdout_identity: tuple[int, int] | None = None


def guard() -> None:
    """Make fds 0-2 valid (``/dev/null`` in place of a closed one) and note which were closed."""
    for fd, flags in ((0, os.O_RDONLY), (1, os.O_WRONLY), (2, os.O_WRONLY)):
        try:
            os.fstat(fd)
        except OSError:
            _closed.add(fd)
            _devnull_on(fd, flags)
    global _stdout_identity
    _stdout_identity = _identity(1)
    if sys.stdin is None:
        sys.stdin = io.TextIOWrapper(open(0, "rb", closefd=False), encoding="utf-8")
    if sys.stdout is None:
        sys.stdout = io.TextIOWrapper(open(1, "wb", closefd=False), encoding="utf-8")
    if sys.stderr is None:
        sys.stderr = io.TextIOWrapper(open(2, "wb", closefd=False), encoding="utf-8", errors="replace")


def _devnull_on(fd: int, flags: int) -> None:
    """Put ``/dev/null`` on ``fd`` (opened with ``flags``)."""
    null = os.open(os.devnull, flags)
    if null != fd:
        os.dup2(null, fd)
        os.close(null)


def check_stdin() -> None:
    """Raise InputError when stdin was closed (``<&-``) and is about to be read."""
    if 0 in _closed:
        raise InputError("stdin is closed, nothing to read", "<stdin>", hint="give a file, or pipe data in")


class ReaderGone(Exception):
    """The reader of stdout went away (``| head``): the command stops quietly, exit 0.

    Its own class, not ``BrokenPipeError``, so that a pipe failing anywhere else (stderr's
    reader gone) can never pass for it and end a run with exit 0 and its data unwritten.
    """


def write_stdout(data: bytes) -> None:
    """Write and flush ``data`` on stdout; a closed stdout or a full disk is an OutputError.

    The reader going away raises :class:`ReaderGone`, which the caller answers by stopping quietly.
    """
    if 1 in _closed:
        raise OutputError("stdout is closed, the output has nowhere to go", STDOUT_NAME, hint="use -o FILE")
    try:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    except BrokenPipeError:
        raise ReaderGone from None
    except OSError as exc:
        raise OutputError("cannot write: {reason}", STDOUT_NAME, reason=describe_os_error(exc)) from None


def write_stderr(data: bytes) -> None:
    """Write and flush a message for a person on stderr; never fails.

    When stderr cannot be written (its reader has gone, a full disk), ``/dev/null`` takes its
    place for the rest of the run, as for a stderr closed from the start: later messages are
    dropped without a try, and the data on stdout and the exit code stay what they would be.
    """
    if 2 in _closed:
        return
    try:
        sys.stderr.buffer.write(data)
        sys.stderr.flush()
    except OSError:
        _silence_stderr()


def _silence_stderr() -> None:
    _closed.add(2)
    try:
        _devnull_on(2, os.O_WRONLY)
    except OSError:
        return
    # Bytes left in the buffer from the failed write now go to /dev/null, at the next flush.
    with contextlib.suppress(OSError):
        sys.stderr.flush()


def describe_os_error(exc: OSError) -> Phrase | str:
    """A short reason for an OSError, in words people know (a phrase: translated when shown)."""
    if exc.errno == errno.ENOSPC:
        return phrase("no space left on the device (the disk is full)")
    if exc.errno == errno.EDQUOT:
        return phrase("disk quota exceeded")
    if exc.errno == errno.ENAMETOOLONG:
        return phrase("a file name is too long")
    return os_reason(exc)


def _identity(fd: int) -> tuple[int, int] | None:
    try:
        info = os.fstat(fd)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def exit_code_after_exit(code: str | int | None) -> str | int | None:
    """The exit code to use when something (rich, printing help) called ``sys.exit(code)``.

    rich answers a broken pipe (``dvtool --help | head -1``) by putting ``/dev/null`` on
    stdout and exiting 1; the reader going away is not dvtool's failure, so that becomes 0,
    as it is for the commands' own output.
    """
    if code == 1 and _stdout_identity is not None and _identity(1) != _stdout_identity:
        devnull = os.stat(os.devnull)
        if _identity(1) == (devnull.st_dev, devnull.st_ino):
            return 0
    return code
