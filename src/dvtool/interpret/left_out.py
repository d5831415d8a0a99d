"""What the structured stage leaves out of the report, said in warnings.

A paragraph the stage does not keep (outside every section, under a heading it does not know, a
line that only heads the ones after it) is noted by ``_Converter.drop`` and reported here as
"dropped-paragraphs", so no text a person typed leaves the report in silence. A sub-heading read
as part of its section ("1. Công tác tuyên truyền" under "II. NHIỆM VỤ …") is no item itself:
the entries under it are. One with nothing under it before the next heading of its rank or
above (a point typed like a heading, a topic left empty) would leave its text nowhere, so it is
dropped, and said to be, when that next heading (or the end) comes.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dvtool.document import Block
from dvtool.i18n import N_
from dvtool.interpret.lines import _place, _ranges
from dvtool.messages import Location, Message, info, warning

if TYPE_CHECKING:
    from dvtool.interpret.structured import _Converter as Converter


@dataclass(frozen=True)
class OpenSubheading:
    """A sub-heading read as part of its section, not yet followed by a heading of its rank."""

    block: Block
    level: int
    read: int  # how much the stage had read when it came (:func:`_read_so_far`)
    section: str  # the heading of its section, for the warning


def subheading(conv: Converter, p: Block, level: int) -> None:
    """A sub-heading read as part of its section: noted, and watched for what comes under it."""
    conv.messages.append(
        info(
            "subheading", "sub-heading {text!r} read as part of its section", location=_place(p), text=p.text
        )
    )
    conv.open_subheadings.append(OpenSubheading(p, level, _read_so_far(conv), conv.section_heading))


def heading(conv: Converter, level: int) -> None:
    """A heading of ``level`` (0 for the end of the document) closes the sub-headings of its rank
    and below; one that nothing was read under is a dropped paragraph of its section."""
    still: list[OpenSubheading] = []
    for sub in conv.open_subheadings:
        if sub.level < level:
            still.append(sub)
        elif _read_so_far(conv) == sub.read:
            conv.drop(sub.block, sub.section)
    conv.open_subheadings = still


def _read_so_far(conv: Converter) -> int:
    """A count that grows with everything the stage reads: entries, items, located values."""
    items = sum(len(v) for v in conv.fields.sections.values()) + len(conv.fields.attendees)
    return len(conv.entries) + items + len(conv.locations)


def report_dropped(conv: Converter) -> None:
    """One "dropped-paragraphs" warning per section the dropped paragraphs were in."""
    for what, indexes in conv.dropped.items():
        if indexes:
            first = conv.dropped_text.get(min(indexes), "")
            conv.messages.append(dropped_message(what, indexes, conv.unit, first))


# How much of a dropped paragraph a warning quotes: enough to find it, short enough for one line.
EXCERPT_CHARS = 60


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    """The start of ``text`` to quote in a warning: spaces collapsed, NFC, and when longer than
    ``limit`` cut at a word (never inside a letter and its marks) and ended with "…"."""
    flat = unicodedata.normalize("NFC", " ".join(text.split()))
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    while cut and unicodedata.combining(flat[len(cut)]):  # a mark NFC could not compose
        cut = cut[:-1]
    return cut.rstrip(" ,;:.-–") + "…"


# The warning's templates: one paragraph, several at one place (a line of text may hold several
# paragraphs), several at more places; in a section and outside every section.
IN_SECTION = N_("dropped {count} paragraph of section {section!r}: {excerpt!r}")
IN_SECTION_HERE = N_("dropped {count} paragraphs of section {section!r}; the first: {excerpt!r}")
IN_SECTION_MORE = N_(
    "dropped {count} paragraphs of section {section!r} (also {where}); the first: {excerpt!r}"
)
OUTSIDE = N_("dropped {count} paragraph outside the report sections: {excerpt!r}")
OUTSIDE_HERE = N_("dropped {count} paragraphs outside the report sections; the first: {excerpt!r}")
OUTSIDE_MORE = N_(
    "dropped {count} paragraphs outside the report sections (also {where}); the first: {excerpt!r}"
)


def dropped_message(what: str, indexes: list[int], unit: str, text: str = "") -> Message:
    """The warning for paragraphs (``unit`` "paragraph") or lines ("line") left out of the
    report, of the section headed ``what`` ("" outside every section); ``text`` is the first
    one's. The warning's location is the first paragraph, so the text names only the others,
    and quotes the start of the first."""
    first = min(indexes)
    at = Location(paragraph=first) if unit == "paragraph" else Location(line=first)
    others = sorted(set(indexes) - {first})
    where = _ranges(others, unit) if others else ""
    count, quoted, code = len(indexes), excerpt(text), "dropped-paragraphs"
    if what:
        plural = IN_SECTION_MORE if others else IN_SECTION_HERE
        return warning(
            code,
            IN_SECTION,
            plural=plural,
            location=at,
            count=count,
            section=what,
            where=where,
            excerpt=quoted,
        )
    plural = OUTSIDE_MORE if others else OUTSIDE_HERE
    return warning(code, OUTSIDE, plural=plural, location=at, count=count, where=where, excerpt=quoted)
