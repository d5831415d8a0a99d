"""dvtool's inline annotations in its Markdown layout: bold figures, italic attendee kinds.

``**309/411 xã**``, ``**2,3%** (tăng) — “tăng 2,3%”`` and ``Nguyễn Văn A *(cá nhân)*`` are what
:mod:`dvtool.writers.markdown` writes; here they are read back from a block's inline spans.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from dvtool.document import Span
from dvtool.mdformat import change_word, kind_from_word
from dvtool.model import Figure
from dvtool.numfmt import parse_figure_display

FIGURE_SEPARATOR = "—"


def inline_text(spans: Sequence[Span] | None) -> str:
    """The plain text of inline pieces."""
    return "".join(s.text for s in spans) if spans is not None else ""


def inline_parts(spans: Sequence[Span] | None) -> list[Span]:
    return list(spans) if spans is not None else []


def name_and_kind(inline: tuple[Span, ...] | None) -> tuple[str, str]:
    """Attendee name and kind from ``Nguyễn Văn A *(cá nhân)*``; no annotation means a group."""
    parts = inline_parts(inline)
    if len(parts) >= 2 and parts[-1].style == "italic":
        kind = kind_from_word(parts[-1].text)
        before = inline_text(parts[:-1])
        if kind is not None and before.endswith(" "):
            return before[:-1], kind
    return inline_text(inline), "group"


def parse_figure(inline: tuple[Span, ...] | None) -> Figure | None:
    """A figure annotation: ``**309/411 xã**`` or ``**2,3%** — “tăng 2,3%”``; None otherwise."""
    parts = inline_parts(inline)
    if not parts or parts[0].style != "bold":
        return None
    display = parts[0].text
    parsed = parse_figure_display(display)
    if parsed is None:
        return None
    value, total, unit = parsed
    rest = inline_text(parts[1:])
    change, rest = change_word(rest)
    if not rest:
        return Figure(value=value, unit=unit, total=total, text=display, change=change)
    text = rest.strip()
    if not text.startswith(FIGURE_SEPARATOR):
        return None
    text = text[len(FIGURE_SEPARATOR) :].removeprefix(" ")
    if len(text) >= 2 and text[0] == "“" and text[-1] == "”":
        text = text[1:-1]
    if not text:
        return None
    return Figure(value=value, unit=unit, total=total, text=text, change=change)


def figure_finder() -> Callable[[str], tuple[Figure, ...]]:
    """The extractor's figure finder, imported only when a hand-written file needs it."""
    from dvtool.extract.numbers import find_figures

    return find_figures
