"""Values kept between runs like bytecode, in a package's ``__pycache__``.

A one-file command spends much of its time building things that are the same on every run
(the parsed cue lists, the compiled schema check). :func:`remembered` keeps such a value in a
marshal file beside the package's bytecode, with the exact text it was built from, and uses it
only when that text equals the one given now; anything else (a different text, a damaged or
missing file, a folder that cannot be written, a value marshal cannot keep exactly) means the
value is built again. Nothing is written when Python writes no bytecode
(``PYTHONDONTWRITEBYTECODE``) or keeps it elsewhere (``PYTHONPYCACHEPREFIX``).
"""

from __future__ import annotations

import contextlib
import marshal
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


def cache_file(module_file: str, name: str) -> Path | None:
    """Where the value ``name`` of the package holding ``module_file`` is kept (None: nowhere)."""
    tag = sys.implementation.cache_tag  # marshal's format belongs to the interpreter version
    if not tag or sys.pycache_prefix:  # bytecode kept elsewhere: leave the package alone
        return None
    return Path(module_file).parent / "__pycache__" / f"{name}.{tag}.marshal"


def remembered(cache: Path | None, key: str, build: Callable[[], T]) -> T:
    """The value built from ``key``: from ``cache`` when it holds one for this very key."""
    kept = None if cache is None else read_kept(cache, key, 1)
    if kept is not None:
        return kept[0]  # type: ignore[no-any-return]
    value = build()
    if cache is not None and not sys.dont_write_bytecode:
        _write(cache, (key, value))
    return value


def kept_file(module_file: str, stem: str) -> Path:
    """``<stem>.<interpreter>.marshal`` beside ``module_file``: a file the build step
    (``scripts/precompile.py``) keeps in the package, never written at run time."""
    return Path(module_file).with_name(f"{stem}.{sys.implementation.cache_tag}.marshal")


def read_kept(path: Path, stamp: object, size: int) -> tuple[Any, ...] | None:
    """The ``size`` values a marshal file keeps after ``stamp`` (the key or interpreter they were
    built for); None for no such file, a damaged one, another stamp or another shape."""
    try:
        kept = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not isinstance(kept, tuple) or len(kept) != size + 1 or kept[0] != stamp:
        return None
    return kept[1:]


def yaml_data(module_file: str, name: str, text: str) -> Any:
    """``text`` parsed as YAML (:func:`parse_yaml`), through the cache ``name`` of the package
    holding ``module_file``: PyYAML is imported only when the text changed."""
    return remembered(cache_file(module_file, name), text, lambda: parse_yaml(text))


def parse_yaml(text: str) -> Any:
    """``text`` parsed with PyYAML's safe loader, libyaml's when there (ten times faster)."""
    import yaml  # only when a text is parsed

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # SafeLoader or its C twin
    return yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader


def _write(cache: Path, entry: tuple[str, Any]) -> None:
    try:
        payload = marshal.dumps(entry)
    except ValueError:
        return  # a value marshal cannot hold (a YAML date): built every time
    if marshal.loads(payload) != entry:
        return  # a value it does not keep exactly (NaN)
    partial = cache.with_name(f"{cache.name}.{os.getpid()}.part")
    try:
        cache.parent.mkdir(exist_ok=True)
        partial.write_bytes(payload)
        os.replace(partial, cache)  # readers see the old file or the new one, never half of one
    except OSError:
        with contextlib.suppress(OSError):
            partial.unlink()
