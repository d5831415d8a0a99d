"""Input lists: paths, folders, ``-`` for stdin and ``--files-from`` lists, and reading them."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import PurePath

from dvtool.app.printable import printable_path
from dvtool.app.stdstreams import check_stdin
from dvtool.errors import InputError, UsageError
from dvtool.formats import EXTENSIONS
from dvtool.i18n import N_, Phrase, phrase
from dvtool.safety import MAX_INPUT_BYTES, read_limited

STDIN_NAME = "<stdin>"


@dataclass(frozen=True)
class InputRef:
    """One input: a file path, or stdin when ``path`` is None.

    ``relative`` is where its output goes under ``-o DIR`` (subfolders kept under --recursive).
    """

    path: str | None
    relative: PurePath
    label: str | None = None  # one report of a stream: "all.jsonl:3 (a.docx)"

    @property
    def display(self) -> str:
        """The name shown in messages and records: controls and non-UTF-8 bytes escaped."""
        if self.label is not None:
            return printable_path(self.label)
        return STDIN_NAME if self.path is None else printable_path(self.path)

    @property
    def is_stdin(self) -> bool:
        return self.path is None


@dataclass(frozen=True)
class Expansion:
    """The inputs found, and the files inside folders that were passed over (not a known format)."""

    refs: list[InputRef]
    skipped: list[str]


def expand(
    args: Iterable[str],
    *,
    recursive: bool = False,
    files_from: str | None = None,
    null_separated: bool = False,
) -> list[InputRef]:
    """Turn command-line inputs into a flat, ordered list of InputRefs."""
    return expand_all(args, recursive=recursive, files_from=files_from, null_separated=null_separated).refs


def expand_all(
    args: Iterable[str],
    *,
    recursive: bool = False,
    files_from: str | None = None,
    null_separated: bool = False,
) -> Expansion:
    """The InputRefs of the command-line inputs, and the files under folders that were skipped."""
    names = list(args)
    skipped: list[str] = []
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
            refs.extend(_walk(name, skipped))
        else:
            refs.append(InputRef(name, PurePath(os.path.basename(os.path.normpath(name)) or name)))
    if stdin_seen and files_from == "-":
        raise UsageError("stdin cannot be both an input and the --files-from list")
    return Expansion(refs, skipped)


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


def _walk(root: str, skipped: list[str]) -> Iterator[InputRef]:
    """Regular files under ``root`` with a known extension, sorted, with paths relative to ``root``.

    Other files (.doc, .pdf, no extension, ...) and files that are not regular files (FIFOs,
    sockets, devices, dangling links: reading one could block forever or fail) are added to
    ``skipped`` so they can be named; hidden files and Word's ``~$`` lock files are passed over
    silently.
    """
    found: list[str] = []
    others: list[str] = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for f in files:
            if f.startswith((".", "~$")):
                continue
            path = os.path.join(folder, f)
            known = PurePath(f).suffix.lower() in EXTENSIONS and _special_kind(path) is None
            (found if known else others).append(path)
    skipped.extend(sorted(others))
    for path in sorted(found):
        yield InputRef(path, PurePath(os.path.relpath(path, root)))


def _special_kind(path: str) -> Phrase | None:
    """What a path that is not a regular file is ('a FIFO', ...), or None for a regular file."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return phrase("a dangling link or unreadable entry")
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISFIFO(mode):
        return phrase("a FIFO (named pipe)")
    if stat.S_ISSOCK(mode):
        return phrase("a socket")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return phrase("a device")
    return phrase("a special file")


def read_bytes(ref: InputRef, stdin_data: bytes | None = None, limit: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of an input, refusing folders, missing files and files over ``limit``.

    ``stdin_data`` is what the parent process already read: stdin, or one report of a stream.
    """
    if stdin_data is not None:
        return stdin_data
    if ref.path is None:
        return read_stdin(limit)
    data = read_regular(ref.path, limit)
    if data is not None:
        return data
    if os.path.isdir(ref.path):
        raise InputError(
            "is a directory, not a file", ref.path, hint="use --recursive to read the files in it"
        )
    return read_limited(ref.path, limit, ref.path)


def read_regular(path: str, limit: int = MAX_INPUT_BYTES) -> bytes | None:
    """The bytes of a regular file of at most ``limit`` bytes, with plain system calls; None
    for anything else (a folder; a FIFO or device, which must not be opened twice) and when
    it cannot be read, so that :func:`read_bytes` then names the problem.

    Every JSON and YAML input of a batch is read twice (the stream check before the jobs, then
    the job), so this is about half the cost of read_limited and its checks for a small file.
    """
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            return None
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    except (OSError, ValueError):
        return None
    try:
        parts: list[bytes] = []
        size = 0
        while size <= limit:
            # What stat said first: one read to the end for a file that did not change.
            want = info.st_size + 1 if not parts else 64 * 1024
            part = os.read(fd, min(want, limit + 1 - size))
            if not part:
                break
            parts.append(part)
            size += len(part)
    except OSError:
        return None
    finally:
        os.close(fd)
    return None if size > limit else b"".join(parts)


def read_stdin(limit: int = MAX_INPUT_BYTES) -> bytes:
    """All of stdin, up to ``limit`` bytes."""
    check_stdin()
    return read_limited(sys.stdin.buffer, limit, STDIN_NAME)


def skip_reason(path: str) -> Phrase:
    """Why a file inside a folder was not read (str() English, translated() for people)."""
    special = _special_kind(path)
    if special is not None:
        return phrase("{kind}, not a regular file", kind=special)
    suffix = PurePath(path).suffix.lower()
    if not suffix:
        return phrase(
            "no file extension, so its format is unknown (name it .txt, .md, .json, ... to read it)"
        )
    return phrase("{suffix} is not a format dvtool reads", suffix=suffix)


def skipped_summary(skipped: Iterable[str]) -> Phrase:
    """One counted line: "skipped 12 files dvtool does not read (.pdf: 7, .doc: 4, no extension: 1)"."""
    counts: dict[str, int] = {}
    for path in skipped:
        special = _special_kind(path)
        key = str(special) if special else PurePath(path).suffix.lower() or "no extension"
        counts[key] = counts.get(key, 0) + 1
    total = sum(counts.values())
    kinds = ", ".join(f"{key}: {n}" for key, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    return Phrase(
        N_("skipped {count} file dvtool does not read ({kinds})"),
        {"count": total, "kinds": kinds},
        plural=N_("skipped {count} files dvtool does not read ({kinds})"),
    )
