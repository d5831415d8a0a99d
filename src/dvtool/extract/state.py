"""What the prose stage has found so far, with where each value came from."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from dvtool.extract.person_names import NamedPerson
from dvtool.messages import Location, Message, info, warning
from dvtool.model import FIELDS, Attendee, Award, Item, Remark, Report

if TYPE_CHECKING:
    from dvtool.extract.blocks import Block

ITEM_STATES = ("results", "limitations", "tasks")


@dataclass
class _Source:
    text: str
    location: Location | None


@dataclass
class _State:
    """What has been found so far, with provenance."""

    title: str = ""
    date: str | None = None
    time_of_day: str | None = None
    location: str | None = None
    organizers: list[str] = field(default_factory=list)
    chairs: list[NamedPerson] = field(default_factory=list)
    attendees: list[Attendee] = field(default_factory=list)
    attendance_pending: bool = False  # "…, có sự tham dự của" ended a paragraph: its list is next
    reporting_year: int | None = None
    stamped_headline: Block | None = None  # the line above the page's date line (zones.py)
    dateline_date: _dt.date | None = None  # "(BVBNĐ-29/12/2017) Sáng nay, …": the page's date
    page_clock: bool = False  # the page's date came from a line above everything else (zones.py)
    plan_year: int | None = None
    partial_period: bool = False  # the reporting period is part of a year ("6 tháng đầu năm")
    partial_plan: bool = False  # the plan period is part of a year ("6 tháng cuối năm 2024")
    items: dict[str, list[Item]] = field(default_factory=lambda: {s: [] for s in ITEM_STATES})
    remarks: list[Remark] = field(default_factory=list)
    awards: list[Award] = field(default_factory=list)
    author: str | None = None
    publisher: str | None = None
    labelled_publisher: bool = False  # the publisher is a news aggregator's label under the article
    related: list[str] = field(default_factory=list)
    locations: dict[str, Location] = field(default_factory=dict)
    messages: list[Message] = field(default_factory=list)

    def note(self, pointer: str, source: _Source | None, excerpt: str | None = None) -> None:
        where = source.location if source else None
        self.locations[pointer] = Location(
            line=where.line if where else None,
            paragraph=where.paragraph if where else None,
            table=where.table if where else None,
            excerpt=excerpt or (source.text if source else None),
        )

    def keep_awards(self, keep: list[int]) -> None:
        """Keep the awards at these indexes, with the locations they were noted at."""
        if len(keep) == len(self.awards):
            return
        moved = {i: self.locations.pop(f"/awards/{i}", None) for i in range(len(self.awards))}
        self.awards = [self.awards[i] for i in keep]
        for new, old in enumerate(keep):
            where = moved[old]
            if where is not None:
                self.locations[f"/awards/{new}"] = where


def not_found(report: Report, said: Sequence[Message] = ()) -> list[Message]:
    """A "not found" message for every field extraction looks for and left empty (the field
    table in :mod:`dvtool.model` says which); nothing is invented to fill them. A field every
    report states gets a warning (``--strict`` fails on it), an optional one an info note.
    A field a warning in ``said`` is already about gets none: one warning per cause ("a date
    without a year was found" says why /date is empty)."""
    warned = {m.pointer for m in said if m.is_warning}
    return [
        (warning if spec.required else info)("not-found", spec.not_found, pointer=f"/{spec.name}")
        for spec in FIELDS
        if spec.sought and getattr(report, spec.name) in (None, "", ()) and f"/{spec.name}" not in warned
    ]
