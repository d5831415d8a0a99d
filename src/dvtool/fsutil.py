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


def same_file(a: Path, b: Path) -> bool:
    """True when both paths name the same existing file (or the same resolved path)."""
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return a.resolve() == b.resolve()


def refuse_input_targets(target: Path, inputs: Iterable[str]) -> None:
    """Refuse an output path that is one of the inputs: an input is never overwritten."""
    for name in inputs:
        if same_file(target, Path(name)) or target.resolve() == Path(name).resolve():
            raise UsageError("refusing to write over an input file", str(target))
