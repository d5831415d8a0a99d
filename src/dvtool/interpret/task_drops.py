"""Items taken out of a report after the body stages read it (a stray "Nơi nhận" list, the cut
end of a truncated page): the items left are renumbered, and their source locations with them."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from dvtool.messages import Location, Result
from dvtool.model import Item, Report


def without_tasks(result: Result[Report], gone: Callable[[int, Item], bool]) -> Result[Report]:
    """The report without the tasks for which ``gone(index, item)`` holds."""
    return without_items(result, "tasks", gone)


def without_items(result: Result[Report], section: str, gone: Callable[[int, Item], bool]) -> Result[Report]:
    """The report without the items of ``section`` ("tasks", "limitations", …) for which
    ``gone(index, item)`` holds; the locations of a kept item ("/tasks/3", "/tasks/3/figures/0")
    follow it to its new index."""
    items: tuple[Item, ...] = getattr(result.value, section)
    prefix = f"/{section}/"
    new_index: dict[int, int] = {}
    kept: list[Item] = []
    for i, item in enumerate(items):
        if not gone(i, item):
            new_index[i] = len(kept)
            kept.append(item)
    if len(kept) == len(items):
        return result
    locations: dict[str, Location] = {}
    for key, where in result.locations.items():
        if not key.startswith(prefix):
            locations[key] = where
            continue
        index, _, rest = key[len(prefix) :].partition("/")
        if index.isdigit() and int(index) in new_index:
            locations[f"{prefix}{new_index[int(index)]}" + (f"/{rest}" if rest else "")] = where
    report = dataclasses.replace(result.value, **{section: tuple(kept)})  # type: ignore[arg-type]
    return Result(report, result.messages, locations)
