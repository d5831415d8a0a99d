"""Safe output: atomic writes that never leave half a file, replace an input or a device."""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterable
from pathlib import Path

from dvtool.errors import OutputError, UsageError
from dvtool.i18n import Phrase

NAME_MAX = 255
"""Longest file name (in bytes) that Linux, macOS and Windows file systems accept."""
_TEMP_SUFFIX = ".XXXXXXXX.part"  # the shape mkstemp gives the temporary file's name


def write_atomic(path: Path, data: bytes, *, force: bool = False, make_folders: bool = False) -> None:
    """Write ``data`` to ``path`` without ever leaving half a file or replacing what it must not.

    * A regular file is written through a temporary file in the same folder: a crash, a full
      disk or Ctrl-C leaves either the old file or the complete new one. An existing file is
      replaced only with ``force``; without it the new file is put in place with ``link()``,
      which fails when the name exists, so two runs writing one folder never overwrite each
      other (checking first and renaming later would leave a gap between the two).
    * A symbolic link to a regular file: the file it points at is replaced (with ``force``);
      the link stays. A dangling link counts as an existing output.
    * A character device or FIFO (``/dev/null``, ``/dev/stdout``, a named pipe), or any path
      under ``/dev`` or ``/proc``: written in place, never renamed over; a block device,
      socket or folder: refused.
    * The folder must exist (a mistyped ``-o /nonexistent/x.json`` is named, not created),
      unless ``make_folders``: the files of ``-o DIR``, whose folders dvtool makes.
    """
    kind = _target_kind(path)
    if kind == "stream":
        _write_in_place(path, data)
        return
    if kind == "refused":
        raise UsageError("output is a device, socket or folder, not a file; refused", str(path))
    target = _follow_link(path, force)
    if not force and os.path.lexists(target):
        raise UsageError("output exists (use --force to replace it)", str(path))
    _write_through_temp(path, target, data, force, make_folders)


def check_output_name(name: str) -> None:
    """Refuse ``-o ''``: an empty name would otherwise mean the current folder."""
    if not name.strip():
        raise UsageError("the output name is empty", hint="give -o FILE, -o FOLDER/ or -o - for stdout")
    for part in Path(name).parts:
        size = len(os.fsencode(part))
        if size > NAME_MAX:
            raise UsageError(
                "file name too long ({size} bytes; the limit is {limit})", name, size=size, limit=NAME_MAX
            )


def is_stream(path: Path) -> bool:
    """ "-o /dev/stdout", a named pipe: written in place, a name that says no format."""
    return _target_kind(path) == "stream"


def _target_kind(path: Path) -> str:
    """'stream' (write in place), 'refused', or 'file' (a regular file, new or existing)."""
    absolute = os.path.abspath(path)
    try:
        mode = os.stat(path).st_mode
    except OSError:
        mode = None
    if absolute.startswith(("/dev/", "/proc/")) and (mode is None or not stat.S_ISDIR(mode)):
        return "stream" if mode is not None else "file"
    if mode is None or stat.S_ISREG(mode):
        return "file"
    if stat.S_ISCHR(mode) or stat.S_ISFIFO(mode):
        return "stream"
    return "refused"


def _follow_link(path: Path, force: bool) -> Path:
    """The path whose file is replaced: the target of a symbolic link to a file, else ``path``."""
    if not path.is_symlink():
        return path
    if not path.exists():
        if not force:
            raise UsageError("output is a dangling symbolic link (use --force to replace it)", str(path))
        return path
    return Path(os.path.realpath(path))


def _write_in_place(path: Path, data: bytes) -> None:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_NOCTTY)
    except OSError as exc:
        raise OutputError("cannot write: {reason}", str(path), reason=_reason(exc)) from None
    try:
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
    except OSError as exc:
        raise OutputError("cannot write: {reason}", str(path), reason=_reason(exc)) from None
    finally:
        os.close(fd)


def _file_in_the_way(folder: Path) -> Path | None:
    """The nearest existing part of ``folder`` when it is a file, which no folder can be made in."""
    for part in (folder, *folder.parents):
        if os.path.lexists(part):
            return part if not part.is_dir() else None
    return None


def _missing_folder(path: Path, folder: Path) -> OutputError:
    """The error for a file whose folder does not exist: that folder named, and how to make it."""
    return OutputError(
        "cannot write: the folder {folder} does not exist",
        str(path),
        hint="create the folder first, or correct the path",
        folder=folder,
    )


def _write_through_temp(path: Path, target: Path, data: bytes, force: bool, make_folders: bool) -> None:
    folder = target.parent
    try:
        if make_folders:
            folder.mkdir(parents=True, exist_ok=True)
        elif not folder.is_dir() and _file_in_the_way(folder) is None:
            raise _missing_folder(path, folder)
        import tempfile  # only when a file is written

        fd, tmp = tempfile.mkstemp(prefix=temp_prefix(target.name), suffix=".part", dir=folder)
    except OSError as exc:
        blocker = _file_in_the_way(folder)
        if blocker is not None:
            raise OutputError(
                "cannot write in {folder}: {file} is a file, not a folder",
                str(path),
                folder=folder,
                file=blocker,
            ) from None
        raise OutputError(
            "cannot write in {folder}: {reason}", str(path), folder=folder, reason=_reason(exc)
        ) from None
    try:
        # mkstemp makes the file private (0600); give it the mode a plain open() would,
        # or keep the mode of the file it replaces.
        os.chmod(tmp, _existing_mode(target))
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if force:
            os.replace(tmp, target)
        else:
            _place_new(tmp, target, path)
    except OSError as exc:
        _discard(tmp)
        raise OutputError("cannot write: {reason}", str(path), reason=_reason(exc)) from None
    except BaseException:
        _discard(tmp)
        raise


def _place_new(tmp: str, target: Path, shown: Path) -> None:
    """Give the finished temporary file its name only if nothing has that name (atomically)."""
    try:
        os.link(tmp, target)
    except FileExistsError:
        raise UsageError("output exists (use --force to replace it)", str(shown)) from None
    except OSError:
        # No hard links here (FAT, some network file systems): reserve the name with O_EXCL,
        # which is atomic too, then rename over the empty placeholder.
        try:
            os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except FileExistsError:
            raise UsageError("output exists (use --force to replace it)", str(shown)) from None
        os.replace(tmp, target)
        return
    _discard(tmp)


def temp_prefix(name: str) -> str:
    """``.NAME.`` for the temporary file, with NAME cut so the whole name fits :data:`NAME_MAX`
    bytes (a 183-character Vietnamese title is already 250 bytes of UTF-8)."""
    room = NAME_MAX - len(_TEMP_SUFFIX) - 2
    encoded = os.fsencode(name)
    if len(encoded) > room:
        name = os.fsdecode(encoded[:room].decode("utf-8", errors="ignore").encode("utf-8"))
    return f".{name}."


def _reason(exc: OSError) -> Phrase | str:
    from dvtool.app.stdstreams import describe_os_error

    return describe_os_error(exc)


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
            self.paths.add(_resolved(path))
            with contextlib.suppress(OSError):
                st = path.stat()
                self.inodes.add((st.st_dev, st.st_ino))

    def check(self, target: Path) -> None:
        """Raise UsageError when ``target`` is one of the inputs (same path or same file)."""
        if _resolved(target) in self.paths:
            raise UsageError("refusing to write over an input file", str(target))
        with contextlib.suppress(OSError):
            st = target.stat()
            if (st.st_dev, st.st_ino) in self.inodes:
                raise UsageError("refusing to write over an input file", str(target))


def _resolved(path: Path) -> Path:
    """The absolute path with links followed; a link loop resolves to itself (Path.resolve()
    raises RuntimeError on one)."""
    return Path(os.path.realpath(path))
