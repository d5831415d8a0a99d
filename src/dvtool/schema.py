"""The published JSON Schema and the semantic rules a schema cannot express.

``validate_data`` checks plain JSON data (as parsed from a file) and returns every problem,
each with the JSON pointer of the offending value. jsonschema is imported on first use.
"""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from dvtool.i18n import N_, Phrase
from dvtool.model import Report, report_to_dict

SCHEMA_FILE = "conference-report.schema.json"


@dataclass(frozen=True)
class Problem:
    """One reason a document is not a valid report.

    ``template`` is an English gettext msgid with ``{name}`` fields filled from ``args``;
    ``message`` is the English text (NDJSON), ``translated()`` the interface language's.
    """

    pointer: str
    template: str
    rule: str = "schema"
    args: Mapping[str, object] = field(default_factory=dict, hash=False)

    @property
    def message(self) -> str:
        return str(Phrase(self.template, self.args))

    def translated(self) -> str:
        return Phrase(self.template, self.args).translated()


def schema_text() -> str:
    """The schema exactly as shipped in the package."""
    return resources.files("dvtool").joinpath("schemas").joinpath(SCHEMA_FILE).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def load_schema() -> dict[str, Any]:
    """The schema as data."""
    data: dict[str, Any] = json.loads(schema_text())
    return data


@lru_cache(maxsize=1)
def _validator() -> Any:
    from jsonschema import Draft202012Validator

    return Draft202012Validator(load_schema())


@lru_cache(maxsize=1)
def _fast_check() -> Callable[[Any], Any]:
    """A compiled yes/no check (fastjsonschema), ~30x faster than jsonschema on a valid report.

    The schema uses only keywords whose meaning is the same in draft 7 and 2020-12, so its
    verdicts match jsonschema's; tests/test_schema_engines.py proves it on valid, invalid and
    randomly mutated documents. jsonschema stays the source of every error message.
    """
    import fastjsonschema

    schema = dict(load_schema())
    schema["$schema"] = "http://json-schema.org/draft-07/schema#"
    check: Callable[[Any], Any] = fastjsonschema.compile(schema, use_formats=False)
    return check


def warm_up() -> None:
    """Compile the fast check now (worker processes forked later inherit it)."""
    _fast_check()


def is_schema_valid(data: Any) -> bool:
    """The fast verdict alone: does ``data`` satisfy the schema?"""
    import fastjsonschema

    try:
        _fast_check()(data)
    except fastjsonschema.JsonSchemaException:
        return False
    return True


def validate_data(data: Any) -> list[Problem]:
    """Every schema problem, then (on schema-valid data) every semantic problem."""
    problems = [] if is_schema_valid(data) else schema_problems(data)
    if not problems:
        problems = list(semantic_problems(data))
    return problems


def validate_report(report: Report) -> list[Problem]:
    """Validate an in-memory report."""
    return validate_data(report_to_dict(report))


def schema_problems(data: Any) -> list[Problem]:
    """Problems found by the JSON Schema, in document order."""
    errors = sorted(_validator().iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path])
    return [_problem(e) for e in errors]


def _pointer(path: Any) -> str:
    return "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in path)


def _problem(error: Any) -> Problem:
    """A schema error as dvtool's own message (translatable), with the value shortened."""
    pointer = _pointer(error.absolute_path)
    kind, value = error.validator, error.validator_value
    if kind == "additionalProperties":
        extra = sorted(set(error.instance) - set(error.schema.get("properties", {})))
        names = ", ".join(repr(k) for k in extra)
        if len(extra) > 1:
            return Problem(pointer, "unknown fields {names}", args={"names": names})
        return Problem(pointer, "unknown field {names}", args={"names": names})
    if kind == "required":
        missing = error.message.split("'")[1] if error.message.count("'") >= 2 else error.message
        return Problem(pointer, "missing required field '{field}'", args={"field": missing})
    if kind == "type":
        expected = ", ".join(repr(t) for t in (value if isinstance(value, list) else [value]))
        return Problem(
            pointer,
            "{value} is not of type {expected}",
            args={"value": _short(error.instance), "expected": expected},
        )
    if kind == "minLength":
        return Problem(pointer, "must not be empty")
    if kind in ("minimum", "maximum"):
        template = (
            N_("{value} is less than the minimum of {limit}")
            if kind == "minimum"
            else N_("{value} is greater than the maximum of {limit}")
        )
        return Problem(pointer, template, args={"value": _short(error.instance), "limit": value})
    if kind in ("enum", "const"):
        choices = ", ".join(repr(v) for v in (value if kind == "enum" else [value]))
        return Problem(
            pointer,
            "{value} is not one of {choices}",
            args={"value": _short(error.instance), "choices": choices},
        )
    if kind == "pattern" and pointer == "/date":
        return Problem(
            pointer, "{value} is not a date written YYYY-MM-DD", args={"value": _short(error.instance)}
        )
    message: str = error.message
    return Problem(
        pointer, "{detail}", args={"detail": message if len(message) <= 160 else message[:157] + "..."}
    )


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def semantic_problems(data: Mapping[str, Any]) -> Iterator[Problem]:
    """Rules beyond the schema: real dates, year order, totals, award counts, duplicate chairs."""
    yield from _date_rule(data)
    yield from _year_rule(data)
    yield from _figure_rule(data)
    yield from _award_rule(data)
    yield from _chair_rule(data)


def _date_rule(data: Mapping[str, Any]) -> Iterator[Problem]:
    value = data.get("date")
    if value is None:
        return
    try:
        _dt.date.fromisoformat(value)
    except ValueError:
        yield Problem("/date", "{value} is not a real calendar date", "date", {"value": value})


def _year_rule(data: Mapping[str, Any]) -> Iterator[Problem]:
    reporting, plan = data.get("reporting_year"), data.get("plan_year")
    if reporting is not None and plan is not None and plan <= reporting:
        yield Problem(
            "/plan_year",
            "plan_year {plan} must be later than reporting_year {reporting}",
            "years",
            {"plan": plan, "reporting": reporting},
        )


def _figure_rule(data: Mapping[str, Any]) -> Iterator[Problem]:
    for section in ("results", "limitations", "tasks"):
        for i, item in enumerate(data.get(section, [])):
            for j, figure in enumerate(item.get("figures", [])):
                total = figure.get("total")
                if total is not None and total < figure["value"]:
                    yield Problem(
                        f"/{section}/{i}/figures/{j}/total",
                        "total {total} is smaller than value {value} in {text!r}",
                        "total",
                        {"total": total, "value": figure["value"], "text": figure["text"]},
                    )


def _award_rule(data: Mapping[str, Any]) -> Iterator[Problem]:
    for i, award in enumerate(data.get("awards", [])):
        counted = award.get("collectives", 0) + award.get("individuals", 0)
        if counted < 1 and not award.get("recipients"):
            yield Problem(
                f"/awards/{i}/collectives",
                "award {award!r} has no recipients: give collectives, individuals or names",
                "award-recipients",
                {"award": award["award"]},
            )


def _chair_rule(data: Mapping[str, Any]) -> Iterator[Problem]:
    seen: dict[str, int] = {}
    for i, chair in enumerate(data.get("chairs", [])):
        key = " ".join(chair["name"].split()).casefold()
        if key in seen:
            yield Problem(
                f"/chairs/{i}/name",
                "{name!r} is already listed as chair {index}",
                "duplicate-chair",
                {"name": chair["name"], "index": seen[key]},
            )
        else:
            seen[key] = i
