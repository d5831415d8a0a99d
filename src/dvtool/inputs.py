"""Input lists: paths, folders, ``-`` for stdin and ``--files-from`` lists, and reading them."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
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
) -> list[InputRef]:
    """Turn command-line inputs into a flat, ordered list of InputRefs."""
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
            refs.extend(_walk(name))
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


def _walk(root: str) -> Iterator[InputRef]:
    """Files under ``root`` with a known extension, sorted, with paths relative to ``root``."""
    found: list[str] = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(
            os.path.join(folder, f)
            for f in files
            if not f.startswith((".", "~$")) and PurePath(f).suffix.lower() in EXTENSIONS
        )
    for path in sorted(found):
        yield InputRef(path, PurePath(os.path.relpath(path, root)))


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
