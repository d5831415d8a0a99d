"""The dvtool Markdown layout, shared by the Markdown reader and writer.

One place defines what the writer produces and the reader accepts back:

* Vietnamese number display for figure annotations ("3.509", "2,3", "309/411 xã"), parsed
  back exactly;
* backslash escaping that keeps any text literal under CommonMark (and under pandoc's
  Markdown extensions that matter for plain text);
* the words used for attendee kinds and award fields;
* the markdown-it parser configuration.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

    from dvtool.model import Change

from dvtool.extract.layout_words import layout_words
from dvtool.vntext import fold

# ---------------------------------------------------------------------------
# Escaping: every character that could start Markdown syntax is backslash-escaped, so the
# parser hands back exactly the text that was written. CommonMark allows a backslash before
# any ASCII punctuation, so over-escaping is harmless; "~ ^ $" are for pandoc's extensions.

_ALWAYS = frozenset("\\`*_[]<>|#~^$")
_LINE_START = frozenset("-+=")


def escape(text: str) -> str:
    """Escape one line of text for use inside a paragraph, heading or emphasis."""
    if _ALWAYS.isdisjoint(text) and "&" not in text:
        escaped = text  # most lines: nothing to escape inside (no loop over the characters)
    else:
        out: list[str] = []
        for i, ch in enumerate(text):
            if ch in _ALWAYS or (ch == "&" and _starts_entity(text, i + 1)):
                out.append("\\" + ch)
            else:
                out.append(ch)
        escaped = "".join(out)
    if escaped[:1] in _LINE_START:
        return "\\" + escaped
    return _escape_ordered_marker(escaped)


def _starts_entity(text: str, index: int) -> bool:
    return index < len(text) and (text[index].isalnum() or text[index] == "#")


def _escape_ordered_marker(line: str) -> str:
    """ "2023. Foo" would start an ordered list: escape the dot ("2023\\. Foo")."""
    i = 0
    while i < len(line) and i < 10 and line[i].isdigit():
        i += 1
    if 0 < i <= 9 and line[i : i + 1] in (".", ")") and line[i + 1 : i + 2] in ("", " ", "\t"):
        return line[:i] + "\\" + line[i:]
    return line


def escape_block(text: str, indent: str) -> str:
    """Escape text that may hold newlines: each one becomes a hard line break."""
    lines = [escape(line) for line in text.split("\n")]
    return ("\\\n" + indent).join(lines)


def representable(text: str) -> bool:
    """True when a Markdown paragraph can carry ``text`` exactly (no edge whitespace per line)."""
    if not text or "\r" in text or text != text.strip():
        return False
    return all(line == line.strip() for line in text.split("\n"))


# ---------------------------------------------------------------------------
# Words of the layout: ``markdown_kinds``, ``markdown_award_labels``, ``giver_word`` and
# ``change_words`` of extract/layout_words.yaml. The writer uses the first spelling; the reader
# accepts any (folded).


def change_word(rest: str) -> tuple[Change | None, str]:
    """ " (tăng)" / " (giảm)" after a figure's bold display: its change (schema 2), and the rest."""
    for change, word in layout_words().change_words.items():
        if rest.startswith(" " + word):
            return cast("Change", change), rest[len(word) + 1 :]
    return None, rest


def kind_from_word(word: str) -> str | None:
    """The attendee kind an annotation word names ("cá nhân" -> "person"), or None."""
    return layout_words().markdown_kinds.read.get(fold(word).strip(" ()"))


def award_field(label: str) -> str | None:
    """The award field a label names ("Số tập thể" -> "collectives"), or None."""
    return layout_words().markdown_award_labels.read.get(fold(label).strip(" .:"))


def new_parser() -> MarkdownIt:
    """CommonMark, plus pipe tables (people put awards in tables)."""
    from markdown_it import MarkdownIt  # only the reader parses; writers never pay for it

    return MarkdownIt("commonmark").enable("table")
