"""Safe output: atomic writes that never leave half a file nor replace an input."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

from dvtool.errors import OutputError, UsageError
from dvtool.i18n import os_reason


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
        raise OutputError("cannot write: {reason}", str(path), reason=os_reason(exc)) from None
    try:
        # mkstemp makes the file private (0600); give it the mode a plain open() would,
        # or keep the mode of the file it replaces.
        os.chmod(tmp, _existing_mode(path))
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if not force and path.exists():
            raise UsageError("output exists (use --force to replace it)", str(path))
        os.replace(tmp, path)
    except OSError as exc:
        _discard(tmp)
        raise OutputError("cannot write: {reason}", str(path), reason=os_reason(exc)) from None
    except BaseException:
        _discard(tmp)
        raise


def _existing_mode(path: Path) -> int:
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return 0o666 & ~_umask()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


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
