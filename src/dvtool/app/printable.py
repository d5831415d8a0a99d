"""Text shown to a person, made safe for a terminal.

A file name or a document may hold escape sequences (``ESC [ 2 J`` clears the screen, OSC 8
makes links, OSC 52 writes the clipboard), carriage returns that overwrite what was printed,
newlines that forge extra ``error:`` lines, or bidirectional controls that reorder what is
shown. Everything dvtool prints for a person goes through :func:`printable`, which replaces
those characters with visible escapes (``\\x1b``, ``\\n``, ``\\u202e``). Data on stdout
(JSON, YAML, CSV, Markdown conversions) is left as it is: there the characters are content.
"""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=1)  # compiling this class (it reaches past U+00FF) is slow: only when needed
def _unsafe() -> re.Pattern[str]:
    # C0 controls, DEL, C1 controls, bidi embeddings/overrides/isolates, line/paragraph
    # separators, and lone surrogates (non-UTF-8 bytes of a file name, decoded with surrogateescape).
    return re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8, as os.fsdecode keeps it
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """``text`` with every control, bidi-control and undecodable character shown as an escape."""
    if text.isascii() and text.isprintable():  # U+0020..U+007E only: nothing to escape
        return text
    return _unsafe().sub(_escape, text)


def printable_path(path: str) -> str:
    """A file name for messages: bytes that are not UTF-8 shown as ``\\xNN``; controls escaped.

    The result is always encodable as UTF-8, so JSON records and stderr lines never fail on it.
    """
    return printable(path)
