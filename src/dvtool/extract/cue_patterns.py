"""The cue lists' patterns, compiled when the package is built.

Each list of ``cues.yaml`` is matched with one alternation of all its phrases
(:class:`dvtool.extract.cueset.CueSet`). Python's ``re`` parses and compiles such a pattern in
Python code: the ~330 patterns a one-article command needs were over a quarter of its
instructions, and building their texts (folding, tone keys, escaping) another tenth.
``scripts/precompile.py`` builds every cue pattern once, at build time, into
``cue_patterns.<interpreter>.marshal`` beside this module: each list's texts by kind and
phrases (:func:`kept_text`, used only while the code that builds them, ``cueset.py`` and
``vntext.py``, is byte for byte what it was) and each text's code as ``re`` would hand it to
``_sre`` (:func:`compile_pattern`: a pattern ``==`` the one ``re.compile`` builds). Nothing is
written at run time. What the file does not hold (an edited ``cues.yaml``, no file, another
interpreter or ``re`` engine) is built and compiled as before, so a stale file only costs time;
``tests/extract/test_cue_patterns.py`` fails while the file is out of date.
"""

from __future__ import annotations

import marshal
import re
from functools import lru_cache
from pathlib import Path

from dvtool.pycache import kept_file, read_kept
from dvtool.regex_code import Entry, compiled_entry, engine_stamp, from_entry


def table_file() -> Path:
    """Where the compiled patterns of this interpreter are kept."""
    return kept_file(__file__, "cue_patterns")


# The kinds of pattern a list builds (CueSet.pattern_texts, in this order).
KINDS = ("plain", "keyed", "unmarked", "glued")

# The modules whose code turns a list's phrases into its patterns' texts: the texts kept at build
# time are used only while they are exactly as they were then.
_TEXT_CODE = ("cueset.py", "../vntext.py")

Texts = dict[tuple[str, tuple[str, ...]], str]


@lru_cache(maxsize=1)
def _file() -> tuple[Texts, dict[str, Entry]]:
    kept = read_kept(table_file(), engine_stamp(), 3)
    if kept is None:
        return {}, {}  # no file (or a damaged or foreign one): every pattern is built and compiled by ``re``
    code_sources, texts, table = kept
    if not isinstance(table, dict) or not isinstance(texts, dict):
        return {}, {}
    if code_sources != text_code_sources():
        texts = {}  # the code that builds the texts changed since: they are built again
    return texts, table


def _table() -> dict[str, Entry]:
    return _file()[1]


def text_code_sources() -> tuple[bytes, ...] | None:
    """The source of the modules that build the patterns' texts (None: not readable)."""
    try:
        return tuple((Path(__file__).parent / name).read_bytes() for name in _TEXT_CODE)
    except OSError:
        return None


def kept_text(kind: str, phrases: tuple[str, ...]) -> str | None:
    """The text of the pattern of ``kind`` the list of ``phrases`` builds, as kept at build
    time (None: not kept, or built by other code)."""
    return _file()[0].get((kind, phrases))


def compile_pattern(text: str) -> re.Pattern[str]:
    """``re.compile(text)``, from the code compiled at build time when the file holds it."""
    entry = _table().get(text)
    pattern = None if entry is None else from_entry(text, entry)
    return re.compile(text) if pattern is None else pattern


def all_pattern_texts() -> Texts:
    """The text of every pattern a cue list of ``cues.yaml`` builds, by kind and phrases."""
    from dvtool.extract.cues import CueSet, cues

    vocabulary = cues()
    sets: list[CueSet] = [*vocabulary.sets.values()]
    sets += [s for mapping in vocabulary.maps.values() for s in mapping.values()]
    return {(kind, s.phrases): text for s in sets for kind, text in zip(KINDS, s.built_texts(), strict=True)}


def build_table() -> bytes:
    """The file's content for the current ``cues.yaml``, code and interpreter."""
    texts = all_pattern_texts()
    table = {text: compiled_entry(text) for text in sorted(set(texts.values()))}
    return marshal.dumps((engine_stamp(), text_code_sources(), texts, table))
