"""Tasks taken out of a report after the body stages read it (a stray "Nơi nhận" list, the cut
end of a truncated page): the tasks left are renumbered, and their source locations with them."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from dvtool.messages import Location, Result
from dvtool.model import Item, Report

_PREFIX = "/tasks/"


def without_tasks(result: Result[Report], gone: Callable[[int, Item], bool]) -> Result[Report]:
    """The report without the tasks for which ``gone(index, item)`` holds; the locations of a
    kept task ("/tasks/3", "/tasks/3/figures/0") follow it to its new index."""
    tasks = result.value.tasks
    new_index: dict[int, int] = {}
    kept: list[Item] = []
    for i, item in enumerate(tasks):
        if not gone(i, item):
            new_index[i] = len(kept)
            kept.append(item)
    if len(kept) == len(tasks):
        return result
    locations: dict[str, Location] = {}
    for key, where in result.locations.items():
        if not key.startswith(_PREFIX):
            locations[key] = where
            continue
        index, _, rest = key[len(_PREFIX) :].partition("/")
        if index.isdigit() and int(index) in new_index:
            locations[f"{_PREFIX}{new_index[int(index)]}" + (f"/{rest}" if rest else "")] = where
    report = dataclasses.replace(result.value, tasks=tuple(kept))
    return Result(report, result.messages, locations)
