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
            conv.messages.append(dropped_message(what, indexes, conv.unit))


def dropped_message(what: str, indexes: list[int], unit: str) -> Message:
    """The warning for paragraphs (``unit`` "paragraph") or lines ("line") left out of the
    report, of the section headed ``what`` ("" outside every section)."""
    where = _ranges(indexes, unit)
    at = Location(paragraph=indexes[0]) if unit == "paragraph" else Location(line=indexes[0])
    if what:
        return warning(
            "dropped-paragraphs",
            "dropped {count} paragraph of section {section!r} ({where})",
            plural=N_("dropped {count} paragraphs of section {section!r} ({where})"),
            location=at,
            count=len(indexes),
            section=what,
            where=where,
        )
    return warning(
        "dropped-paragraphs",
        "dropped {count} paragraph outside the report sections ({where})",
        plural=N_("dropped {count} paragraphs outside the report sections ({where})"),
        location=at,
        count=len(indexes),
        where=where,
    )
