"""Safe output: atomic writes that never leave half a file nor replace an input."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from dvtool.errors import OutputError, UsageError


def write_atomic(path: Path, data: bytes, *, force: bool = False) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename.

    A crash, a full disk or Ctrl-C leaves either the old file or the complete new one.
    An existing file is replaced only with ``force``.
    """
    if path.exists() and not force:
        raise UsageError("output exists (use --force to replace it)", str(path))
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise OutputError(f"cannot write: {exc.strerror}", str(path)) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if not force and path.exists():
            raise UsageError("output exists (use --force to replace it)", str(path))
        os.replace(tmp, path)
    except OSError as exc:
        _discard(tmp)
        raise OutputError(f"cannot write: {exc.strerror}", str(path)) from None
    except BaseException:
        _discard(tmp)
        raise


def _discard(tmp: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(tmp)


class InputGuard:
    """Refuses output paths that name an input: an input is never overwritten.

    Inputs are resolved once (and their device/inode noted), so checking the outputs of a
    batch of thousands costs one lookup each.
    """

    def __init__(self, inputs: Iterable[str]) -> None:
        self.paths: set[Path] = set()
        self.inodes: set[tuple[int, int]] = set()
        for name in inputs:
            path = Path(name)
            self.paths.add(path.resolve())
            with contextlib.suppress(OSError):
                st = path.stat()
                self.inodes.add((st.st_dev, st.st_ino))

    def check(self, target: Path) -> None:
        """Raise UsageError when ``target`` is one of the inputs (same path or same file)."""
        if target.resolve() in self.paths:
            raise UsageError("refusing to write over an input file", str(target))
        with contextlib.suppress(OSError):
            st = target.stat()
            if (st.st_dev, st.st_ino) in self.inodes:
                raise UsageError("refusing to write over an input file", str(target))
