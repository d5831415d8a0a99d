"""The YAML dvtool writes for its own plain data, without importing PyYAML.

PyYAML's import costs a one-file command more than its whole Markdown writing (its reader
compiles a character class of all of Unicode), yet a report's front matter is a few keys, short
strings, years and lists. :func:`emit` writes such data exactly as :func:`dvtool.writers.yaml.dump_data`
has PyYAML write it (SafeDumper, block style, key order kept, ``allow_unicode``, no folding,
strings quoted as :mod:`dvtool.writers._pyyaml` decides), and returns None for anything outside the shapes
it knows, for which the caller uses PyYAML itself:

* a mapping at the root; mappings with string keys, lists, strings, ints, bools and None inside;
* strings on one line of printable characters, shorter than :data:`MAX_STRING`; quoted ones
  without characters PyYAML escapes;
* no list directly inside a list, no float, no object met twice (PyYAML would anchor it).

``tests/writers/test_yaml_emit.py`` compares it with PyYAML on generated data (hypothesis).
"""

from __future__ import annotations

from typing import Any

MAX_STRING = 4000  # far below PyYAML's line width (1 << 16): it never folds what is emitted here
MAX_KEY = 64  # far below the 128 characters of a YAML simple key
MAX_DEPTH = 100  # nesting kept far from PyYAML's line width

# First characters of a plain scalar that PyYAML reads as an indicator, or for which its
# resolver has patterns (numbers, "<<", "=", "~") beyond the words below.
_AWKWARD_FIRST = frozenset("#,[]{}&*!|>'\"%@`?:-+.<=~")
# Strings PyYAML's resolver reads as booleans or null, and the ones dvtool quotes besides.
_RESOLVED_WORDS = frozenset(
    "yes Yes YES no No NO true True TRUE false False FALSE on On ON off Off OFF null Null NULL".split()
)
_QUOTED_WORDS = frozenset(("on", "off", "y", "n"))


class _Unknown(Exception):
    """The data has a shape this emitter does not write; PyYAML will."""


def emit(data: Any) -> str | None:
    """``data`` as PyYAML's block YAML, or None when the data is outside the shapes known here."""
    if type(data) is not dict:
        return None
    if not data:
        return "{}\n"
    lines: list[str] = []
    try:
        _mapping(data, 0, lines, None, set())
    except _Unknown:
        return None
    return "\n".join(lines) + "\n"


def _mapping(data: dict[Any, Any], column: int, lines: list[str], first: str | None, seen: set[int]) -> None:
    _once(data, seen)
    if column > MAX_DEPTH * 2:
        raise _Unknown
    indent = " " * column
    for key, value in data.items():
        if type(key) is not str or not key or len(key) > MAX_KEY:
            raise _Unknown
        lead = indent if first is None else first
        first = None
        head = lead + _scalar(key) + ":"
        if type(value) is list:
            if value:
                lines.append(head)
                _sequence(value, column, lines, seen)
            else:
                _once(value, seen)
                lines.append(head + " []")
        elif type(value) is dict:
            if value:
                lines.append(head)
                _mapping(value, column + 2, lines, None, seen)
            else:
                _once(value, seen)
                lines.append(head + " {}")
        else:
            lines.append(head + " " + _scalar(value))


def _sequence(data: list[Any], column: int, lines: list[str], seen: set[int]) -> None:
    _once(data, seen)
    dash = " " * column + "- "
    for value in data:
        if type(value) is dict and value:
            _mapping(value, column + 2, lines, dash, seen)
        elif type(value) is list and value:
            raise _Unknown
        elif type(value) is list or type(value) is dict:
            _once(value, seen)
            lines.append(dash + ("[]" if type(value) is list else "{}"))
        else:
            lines.append(dash + _scalar(value))


def _once(container: object, seen: set[int]) -> None:
    """PyYAML anchors a list or mapping met twice (``&id001``): leave that to it."""
    if id(container) in seen:
        raise _Unknown
    seen.add(id(container))


def _scalar(value: object) -> str:
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if type(value) is int:
        return str(value)
    if type(value) is not str or len(value) > MAX_STRING:
        raise _Unknown
    return _string(value)


def _string(value: str) -> str:
    """As ``dvtool.writers._pyyaml._represent_str`` and PyYAML's emitter write a one-line string."""
    if not value or value != value.strip() or value[0].isdigit() or ":" in value:
        return _quoted(value)
    if value[0] in _AWKWARD_FIRST:
        raise _Unknown
    if value in _RESOLVED_WORDS or value.lower() in _QUOTED_WORDS:
        return _quoted(value)
    # str.isprintable() excludes controls, line breaks (also NEL, LS, PS), tabs, surrogates,
    # U+FEFF, U+FFFE/U+FFFF, every character PyYAML does not write plain (no regex: a character
    # class this wide costs more to compile than PyYAML's import saves).
    if "#" in value or not value.isprintable():
        raise _Unknown
    return value


def _quoted(value: str) -> str:
    # PyYAML escapes characters beyond U+FFFF inside double quotes, and those isprintable() rejects
    if not value.isprintable() or (value and max(value) > "\uffff"):
        raise _Unknown
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
