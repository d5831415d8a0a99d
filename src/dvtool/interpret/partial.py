"""The report under construction in the structured stage, with the values found so far."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from dvtool.model import Attendee, Person


@dataclass
class Fields:
    """The report under construction, with where each value came from."""

    title: str | None = None
    date: str | None = None
    time_of_day: str | None = None
    location: str | None = None
    organizers: list[str] = field(default_factory=list)
    chairs: list[Person] = field(default_factory=list)
    attendees: list[Attendee] = field(default_factory=list)
    reporting_year: int | None = None
    plan_year: int | None = None
    heading_plan_year: int | None = None
    sections: dict[str, list[Any]] = field(
        default_factory=lambda: {
            "results": [],
            "limitations": [],
            "tasks": [],
            "remarks": [],
            "awards": [],
            "related": [],
        }
    )
    author: str | None = None
    publisher: str | None = None
