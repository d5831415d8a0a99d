"""When an item's text and its figure annotations disagree, the text wins.

dvtool's own Markdown and Word files carry each item's figures as annotations beside the
text (bold sub-items, a small table). A person who edits a number in the text ("3.509" →
"3.600") rarely edits the annotation too; reading the stale annotation would silently keep
the old figure. So after a Markdown or Word file is read, any item with an annotated figure
whose ``text`` is no longer in the item has its figures re-read from the item text, with a
warning naming the item. The check is a pure function on the model, independent of how the
readers are built.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dvtool.messages import Message, Result, warning
from dvtool.model import Figure, Item, Report

SECTIONS = ("results", "limitations", "tasks")


def _plain(text: str) -> str:
    return " ".join(text.split()).casefold()


def figure_text_in_item(figure_text: str, item_text: str) -> bool:
    """Is the figure's source phrase still in the item (spacing and case aside)?"""
    # A phrase found as it is is also found once both sides are plain: collapsing spaces and
    # casefolding (character by character) keep a substring a substring. Only a phrase not
    # found as it is pays for the two copies.
    return figure_text in item_text or _plain(figure_text) in _plain(item_text)


def stale_figures(item: Item) -> list[str]:
    """The figure texts of ``item`` that are no longer in its text."""
    return [f.text for f in item.figures if not figure_text_in_item(f.text, item.text)]


def reconcile_figures(report: Report, source: str) -> Result[Report]:
    """Re-read the figures of every item whose annotated figures are not in its text."""
    messages: list[Message] = []
    changes: dict[str, tuple[Item, ...]] = {}
    for section in SECTIONS:
        items: tuple[Item, ...] = getattr(report, section)
        new_items = list(items)
        for i, item in enumerate(items):
            stale = stale_figures(item)
            if not stale:
                continue
            from dvtool.extract.numbers import find_figures  # the extraction cues load only when needed

            new_items[i] = replace(item, figures=_past_marker(item.text, find_figures(item.text)))
            messages.append(_reread_warning(f"/{section}/{i}", stale))
        if new_items != list(items):
            changes[section] = tuple(new_items)
    if not changes:
        return Result(report)
    return Result(replace(report, **changes), tuple(messages))  # type: ignore[arg-type]


# The number of an item typed before its text: "(1) …", "1. …", "- 2) …".
_ITEM_NUMBER = re.compile(r"\s*(?:[-–•+]\s*)?\(?(\d{1,3})[.)]\s")


def _past_marker(text: str, figures: tuple[Figure, ...]) -> tuple[Figure, ...]:
    """The figures of ``text`` without the item's own number, which is no figure (as the first
    reading of the item knew)."""
    marker = _ITEM_NUMBER.match(text)
    if marker is None or not figures or figures[0].text != marker.group(1):
        return figures
    return figures[1:]


def _reread_warning(pointer: str, stale: list[str]) -> Message:
    shown = ", ".join(repr(t) for t in stale[:3]) + (", ..." if len(stale) > 3 else "")
    return warning(
        "figures-reread",
        "the item's text no longer has its figure {shown}: figures re-read from the edited text",
        pointer=pointer,
        shown=shown,
    )
