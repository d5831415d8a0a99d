"""The cue lists' patterns, compiled when the package is built.

Each list of ``cues.yaml`` is matched with one alternation of all its phrases
(:class:`dvtool.extract.cueset.CueSet`). Python's ``re`` parses and compiles such a pattern in
Python code: the ~330 patterns a one-article command needs were over a quarter of its
instructions. ``scripts/precompile.py`` compiles every cue pattern once, at build time, into
``cue_patterns.<interpreter>.marshal`` beside this module (the code ``re`` would hand to
``_sre``); :func:`compile_pattern` builds a pattern from it, which ``==`` the one
``re.compile`` builds. Nothing is written at run time. A pattern the file does not hold (an
edited ``cues.yaml``, no file, another interpreter or ``re`` engine) is compiled by ``re`` as
before, so a stale file only costs time; ``tests/extract/test_cue_patterns.py`` fails while the
file is out of date with the YAML.
"""

from __future__ import annotations

import importlib
import marshal
import re
import sys
from array import array
from functools import lru_cache
from pathlib import Path
from typing import Any

# (flags, code as array("I") bytes, groups, groupindex, indexgroup): _sre.compile's arguments
Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]

_sre: Any = importlib.import_module("_sre")  # re's engine; already loaded by ``import re``


def table_file() -> Path:
    """Where the compiled patterns of this interpreter are kept."""
    return Path(__file__).with_name(f"cue_patterns.{sys.implementation.cache_tag}.marshal")


def engine_stamp() -> tuple[str, tuple[int, ...], int, int, str]:
    """What compiled code depends on: the interpreter and its regular expression engine."""
    tag = sys.implementation.cache_tag or ""
    return (tag, tuple(sys.version_info[:3]), int(_sre.MAGIC), int(_sre.CODESIZE), sys.byteorder)


@lru_cache(maxsize=1)
def _table() -> dict[str, Entry]:
    try:
        stamp, table = marshal.loads(table_file().read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}  # no file (or a damaged one): every pattern is compiled by ``re``
    if stamp != engine_stamp() or not isinstance(table, dict):
        return {}
    return table


def compile_pattern(text: str) -> re.Pattern[str]:
    """``re.compile(text)``, from the code compiled at build time when the file holds it."""
    entry = _table().get(text)
    if entry is not None:
        try:
            flags, code, groups, groupindex, indexgroup = entry
            pattern: re.Pattern[str] = _sre.compile(
                text, flags, array("I", code).tolist(), groups, groupindex, indexgroup
            )
            return pattern
        except (RuntimeError, TypeError, ValueError):  # _sre refuses code it cannot run
            pass
    return re.compile(text)


def compiled_entry(text: str) -> Entry:
    """What ``re.compile(text)`` hands to ``_sre``, as the file keeps it (build time only)."""
    try:
        from re import _compiler, _parser  # type: ignore[attr-defined]
    except ImportError:  # Python 3.10
        import sre_compile as _compiler
        import sre_parse as _parser
    parsed = _parser.parse(text, 0)
    code = _compiler._code(parsed, 0)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    words = array("I", [int(c) for c in code])
    return int(parsed.state.flags), words.tobytes(), parsed.state.groups - 1, groupindex, tuple(indexgroup)


def all_pattern_texts() -> list[str]:
    """The text of every pattern a cue list of ``cues.yaml`` can build, in a stable order."""
    from dvtool.extract.cues import CueSet, cues

    vocabulary = cues()
    sets: list[CueSet] = [*vocabulary.sets.values()]
    sets += [s for mapping in vocabulary.maps.values() for s in mapping.values()]
    texts = {text for s in sets for text in s.pattern_texts()}
    return sorted(texts)


def build_table() -> bytes:
    """The file's content for the current ``cues.yaml`` and this interpreter."""
    table = {text: compiled_entry(text) for text in all_pattern_texts()}
    return marshal.dumps((engine_stamp(), table))
