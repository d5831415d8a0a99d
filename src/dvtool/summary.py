"""Report -> Summary: what a person reads in ten seconds, and what a pipeline aggregates."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from dvtool.model import Report

HEADLINE_FIGURES = 3


@dataclass(frozen=True)
class ResultLine:
    """One result with its headline figures, for the single-report screen."""

    text: str
    figures: tuple[str, ...]


@dataclass(frozen=True)
class Summary:
    """The numbers and names of one report."""

    path: str
    title: str
    date: str | None
    time_of_day: str | None
    location: str | None
    chairs: tuple[str, ...]
    attendees: int
    results: int
    figures: int
    limitations: int
    tasks: int
    remarks: int
    awards: int
    award_collectives: int
    award_individuals: int
    result_lines: tuple[ResultLine, ...]

    def to_record(self) -> dict[str, Any]:
        """JSON-ready data (one NDJSON line), result lines included."""
        data = asdict(self)
        data["chairs"] = list(self.chairs)
        data["result_lines"] = [{"text": r.text, "figures": list(r.figures)} for r in self.result_lines]
        return data


CSV_FIELDS: tuple[str, ...] = (
    "path",
    "title",
    "date",
    "time_of_day",
    "chairs",
    "attendees",
    "results",
    "figures",
    "limitations",
    "tasks",
    "remarks",
    "awards",
    "award_collectives",
    "award_individuals",
)
# Counted columns: the totals row sums them.
TOTAL_FIELDS: tuple[str, ...] = CSV_FIELDS[CSV_FIELDS.index("attendees") :]


def summarize(report: Report, path: str) -> Summary:
    """Summarize one report."""
    return Summary(
        path=path,
        title=report.title,
        date=report.date,
        time_of_day=report.time_of_day,
        location=report.location,
        chairs=tuple(p.name for p in report.chairs),
        attendees=len(report.attendees),
        results=len(report.results),
        figures=sum(len(i.figures) for i in report.results),
        limitations=len(report.limitations),
        tasks=len(report.tasks),
        remarks=len(report.remarks),
        awards=len(report.awards),
        award_collectives=sum(a.collectives for a in report.awards),
        award_individuals=sum(a.individuals for a in report.awards),
        result_lines=tuple(
            ResultLine(item.text, tuple(f.text for f in item.figures[:HEADLINE_FIGURES]))
            for item in report.results
        ),
    )


def totals(summaries: Sequence[Summary]) -> dict[str, int]:
    """Column sums over several reports (the totals row)."""
    return {name: sum(int(getattr(s, name)) for s in summaries) for name in TOTAL_FIELDS}
