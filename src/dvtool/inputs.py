"""Input lists: paths, folders, ``-`` for stdin and ``--files-from`` lists, and reading them."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import PurePath

from dvtool.errors import InputError, UsageError
from dvtool.formats import EXTENSIONS
from dvtool.printable import printable_path
from dvtool.safety import MAX_INPUT_BYTES, read_limited
from dvtool.streams import check_stdin

STDIN_NAME = "<stdin>"


@dataclass(frozen=True)
class InputRef:
    """One input: a file path, or stdin when ``path`` is None.

    ``relative`` is where its output goes under ``-o DIR`` (subfolders kept under --recursive).
    """

    path: str | None
    relative: PurePath

    @property
    def display(self) -> str:
        """The name shown in messages and records: controls and non-UTF-8 bytes escaped."""
        return STDIN_NAME if self.path is None else printable_path(self.path)

    @property
    def is_stdin(self) -> bool:
        return self.path is None


def expand(
    args: Iterable[str],
    *,
    recursive: bool = False,
    files_from: str | None = None,
    null_separated: bool = False,
    on_skip: Callable[[str, str], None] | None = None,
) -> list[InputRef]:
    """Turn command-line inputs into a flat, ordered list of InputRefs.

    Files found in folders that are not regular files (FIFOs, sockets, devices: reading one
    could block forever) are left out; ``on_skip(path, reason)`` is told about each.
    """
    names = list(args)
    if files_from is not None:
        names.extend(_read_list(files_from, null_separated))
    refs: list[InputRef] = []
    stdin_seen = False
    for name in names:
        if name == "-":
            if stdin_seen:
                raise UsageError("'-' (stdin) can be given only once")
            stdin_seen = True
            refs.append(InputRef(None, PurePath("stdin")))
        elif recursive and os.path.isdir(name):
            refs.extend(_walk(name, on_skip))
        else:
            refs.append(InputRef(name, PurePath(os.path.basename(os.path.normpath(name)) or name)))
    if stdin_seen and files_from == "-":
        raise UsageError("stdin cannot be both an input and the --files-from list")
    return refs


MAX_LIST_BYTES = 16 * 1024 * 1024
"""Largest --files-from list (about 100,000 long paths): ``-T /dev/zero`` stops here."""


def _read_list(files_from: str, null_separated: bool) -> list[str]:
    if files_from == "-":
        check_stdin()
        raw = read_limited(sys.stdin.buffer, MAX_LIST_BYTES, "the file list (<stdin>)")
    else:
        raw = read_limited(files_from, MAX_LIST_BYTES, files_from)
    text = raw.decode("utf-8", errors="surrogateescape")
    parts = text.split("\0") if null_separated else text.splitlines()
    return [p for p in (x if null_separated else x.strip() for x in parts) if p]


def _walk(root: str, on_skip: Callable[[str, str], None] | None = None) -> Iterator[InputRef]:
    """Regular files under ``root`` with a known extension, sorted, relative to ``root``."""
    found: list[str] = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if name.startswith((".", "~$")) or PurePath(name).suffix.lower() not in EXTENSIONS:
                continue
            path = os.path.join(folder, name)
            kind = _special_kind(path)
            if kind is None:
                found.append(path)
            elif on_skip is not None:
                on_skip(path, f"skipped: {kind}, not a regular file")
    for path in sorted(found):
        yield InputRef(path, PurePath(os.path.relpath(path, root)))


def _special_kind(path: str) -> str | None:
    """What a path that is not a regular file is ('a FIFO', ...), or None for a regular file."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return "a dangling link or unreadable entry"
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a special file"


def read_bytes(ref: InputRef, stdin_data: bytes | None = None, limit: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of an input, refusing folders, missing files and files over ``limit``."""
    if ref.path is None:
        return read_stdin(limit) if stdin_data is None else stdin_data
    if os.path.isdir(ref.path):
        raise InputError(
            "is a directory, not a file", ref.path, hint="use --recursive to read the files in it"
        )
    return read_limited(ref.path, limit, ref.path)


def read_stdin(limit: int = MAX_INPUT_BYTES) -> bytes:
    """All of stdin, up to ``limit`` bytes."""
    check_stdin()
    return read_limited(sys.stdin.buffer, limit, STDIN_NAME)
