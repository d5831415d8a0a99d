"""The other regular expressions a command compiles, compiled when the package is built.

Besides the cue lists (:mod:`dvtool.extract.cue_patterns`), a one-article command compiles
~185 patterns of its modules (dates, bylines, numbers, the lead …) and of the libraries it
uses: ``re`` parses and compiles each in Python code, about 135 M instructions in all.
``scripts/precompile.py`` records the patterns compiled while every module of the package is
imported and the repository's sample inputs are converted (twice, under two fixed hash seeds,
keeping the patterns both runs compile: a pattern built from a set can differ between
processes), and keeps their code in ``regex_code.<interpreter>.marshal`` beside this module.
:func:`install` (called by :mod:`dvtool.app` for the command line) has ``re`` build a pattern
from that code when the file holds its text and flags: the same pattern (``==``: text, flags,
code) ``re`` compiles, which it still does for anything else. Nothing is written at run time.
"""

from __future__ import annotations

import importlib
import marshal
import re
import sys
from array import array
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

from dvtool.pycache import kept_file, read_kept

# (flags, code as array("I") bytes, groups, groupindex, indexgroup): _sre.compile's arguments
Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]

_sre: Any = importlib.import_module("_sre")  # re's engine; already loaded by ``import re``


def _compiler() -> Any:
    """The module whose ``compile`` ``re`` calls for a pattern it has not cached."""
    try:
        return importlib.import_module("re._compiler")
    except ImportError:  # Python 3.10
        return importlib.import_module("sre_compile")


def _parser() -> Any:
    try:
        return importlib.import_module("re._parser")
    except ImportError:  # Python 3.10
        return importlib.import_module("sre_parse")


def engine_stamp() -> tuple[str, tuple[int, ...], int, int, str]:
    """What compiled code depends on: the interpreter and its regular expression engine."""
    tag = sys.implementation.cache_tag or ""
    return (tag, tuple(sys.version_info[:3]), int(_sre.MAGIC), int(_sre.CODESIZE), sys.byteorder)


def compiled_entry(text: str, flags: int = 0) -> Entry:
    """What ``re.compile(text, flags)`` hands to ``_sre``, as a file keeps it (build time)."""
    parsed = _parser().parse(text, flags)
    code = _compiler()._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    words = array("I", [int(c) for c in code])
    return (
        int(flags | parsed.state.flags),
        words.tobytes(),
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def from_entry(text: str, entry: Entry) -> re.Pattern[str] | None:
    """The pattern ``entry`` holds the code of (None: the engine refuses that code)."""
    try:
        flags, code, groups, groupindex, indexgroup = entry
        pattern: re.Pattern[str] = _sre.compile(
            text, flags, array("I", code).tolist(), groups, groupindex, indexgroup
        )
        return pattern
    except (RuntimeError, TypeError, ValueError):
        return None


def table_file() -> Path:
    return kept_file(__file__, "regex_code")


@lru_cache(maxsize=1)
def table() -> dict[tuple[str, int], Entry]:
    """The patterns kept at build time by text and flags (empty: none, or another engine)."""
    kept = read_kept(table_file(), engine_stamp(), 1)
    return kept[0] if kept is not None and isinstance(kept[0], dict) else {}


def _kept_compile(compile_: Callable[..., Any]) -> Callable[..., Any]:
    def kept_compile(p: Any, flags: int = 0) -> Any:
        entry = table().get((p, flags)) if isinstance(p, str) else None
        pattern = None if entry is None else from_entry(p, entry)
        return compile_(p, flags) if pattern is None else pattern

    kept_compile.kept_from = compile_  # type: ignore[attr-defined]
    return kept_compile


def install() -> None:
    """Have ``re`` take a pattern's code from the file when it holds it."""
    compiler = _compiler()
    if table() and not hasattr(compiler.compile, "kept_from"):
        compiler.compile = _kept_compile(compiler.compile)


@contextmanager
def recording() -> Iterator[list[tuple[str, int]]]:
    """The (text, flags) of the patterns ``re`` compiles meanwhile (build time only)."""
    compiler = _compiler()
    before = compiler.compile
    seen: list[tuple[str, int]] = []

    def record(p: Any, flags: int = 0) -> Any:
        if isinstance(p, str):
            seen.append((p, int(flags)))
        return before(p, flags)

    record.kept_from = before  # type: ignore[attr-defined]  # so that install leaves it alone
    compiler.compile = record
    try:
        yield seen
    finally:
        compiler.compile = before


def file_content(patterns: list[tuple[str, int]]) -> bytes:
    """The file's content for these patterns (build time only)."""
    kept = {(text, flags): compiled_entry(text, flags) for text, flags in sorted(set(patterns))}
    return marshal.dumps((engine_stamp(), kept))
