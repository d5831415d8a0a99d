"""The methods of dvtool's dataclasses, compiled when the package is built.

``@dataclass`` writes the source of each class's ``__init__``, ``__repr__``, ``__eq__`` … and
compiles it with ``exec`` when the class is defined: for the ~56 classes a one-article command
defines, about 180 M instructions (an eighth of the command). ``scripts/precompile.py`` records
those sources while it imports every module of the package and keeps their code objects in
``dataclass_code.<interpreter>.marshal`` beside this module; :func:`install` (called by
:mod:`dvtool.app` for the command line) has :mod:`dataclasses` run a source's code from that file
instead of compiling it again: the same code object the compiler would give (a test compares
them), so the classes are the same. A source the file does not hold (a class added or changed
since the build, another interpreter) is compiled as before. Nothing is written at run time.
"""

from __future__ import annotations

import builtins
import dataclasses
import marshal
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from types import CodeType
from typing import Any

from dvtool.pycache import kept_file, read_kept

_EXEC_NAME = "exec"  # the builtin dataclasses calls; a module global of that name shadows it


def table_file() -> Path:
    """Where the compiled methods of this interpreter are kept."""
    return kept_file(__file__, "dataclass_code")


def stamp() -> tuple[str, tuple[int, ...]]:
    """What the code objects depend on: the interpreter."""
    return sys.implementation.cache_tag or "", tuple(sys.version_info[:3])


def compiled(source: str) -> CodeType:
    """The code ``exec(source)`` in :mod:`dataclasses` compiles (it has no ``__future__`` flags
    to pass on, so none are inherited here either)."""
    return compile(source, "<string>", "exec", dont_inherit=True)


@lru_cache(maxsize=1)
def table() -> dict[str, CodeType]:
    """The compiled sources kept at build time (empty: none, or not for this interpreter)."""
    kept = read_kept(table_file(), stamp(), 1)
    return kept[0] if kept is not None and isinstance(kept[0], dict) else {}


def _exec_kept(source: Any, globals_: Any = None, locals_: Any = None, /) -> None:
    if isinstance(source, str):  # not compiled by exec here: this module's __future__ flags
        source = table().get(source) or compiled(source)
    builtins.exec(source, globals_, locals_)


def install() -> None:
    """Have :mod:`dataclasses` take the methods' code from the file when it holds them."""
    if table() and _EXEC_NAME not in vars(dataclasses):
        setattr(dataclasses, _EXEC_NAME, _exec_kept)


@contextmanager
def recording() -> Iterator[list[str]]:
    """The sources :mod:`dataclasses` compiles meanwhile (build time only)."""
    sources: list[str] = []
    before: Callable[..., Any] | None = vars(dataclasses).get(_EXEC_NAME)

    def record(source: Any, globals_: Any = None, locals_: Any = None, /) -> None:
        if isinstance(source, str):
            sources.append(source)
            source = compiled(source)
        builtins.exec(source, globals_, locals_)

    setattr(dataclasses, _EXEC_NAME, record)
    try:
        yield sources
    finally:
        if before is None:
            delattr(dataclasses, _EXEC_NAME)
        else:
            setattr(dataclasses, _EXEC_NAME, before)


def build_table(sources: list[str]) -> dict[str, CodeType]:
    """The file's table for these sources (build time only)."""
    return {source: compiled(source) for source in sources}


def file_content(sources: list[str]) -> bytes:
    return marshal.dumps((stamp(), build_table(sources)))
