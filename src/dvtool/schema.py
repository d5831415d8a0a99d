"""The published JSON Schema and the semantic rules a schema cannot express.

``validate_data`` checks plain JSON data (as parsed from a file) and returns every problem,
each with the JSON pointer of the offending value. The errors are jsonschema's, reproduced by
``schema_errors.py``; jsonschema itself is imported only for a schema that module cannot walk.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from dvtool.i18n import Phrase
from dvtool.messages import Location
from dvtool.model import ISO_DATE, Report, is_calendar_day, report_to_dict
from dvtool.model_from_dict import uses_version_2
from dvtool.pycache import cache_file, remembered

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


@dataclass(frozen=True)
class LocatedProblem(Problem):
    """A problem with the place it points at in the source (a line of a JSON/YAML file, a
    paragraph of a document), as ``validate`` reports it."""

    location: Location | None = None


def schema_text() -> str:
    """The schema exactly as shipped in the package."""
    try:  # a package in a folder: read it directly (importlib.resources costs ~1 ms to import)
        with open(os.path.join(os.path.dirname(__file__), "schemas", SCHEMA_FILE), encoding="utf-8") as f:
            return f.read()
    except OSError:  # a package in a zip file, say
        from importlib import resources

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
    randomly mutated documents. The error messages come from schema_problems.
    """
    import fastjsonschema

    schema = dict(load_schema())
    schema["$schema"] = "http://json-schema.org/draft-07/schema#"
    # Each $ref becomes a call that formats the item's name (``data.results[3]``) whether or not
    # it fails; with the definitions written in place the check runs about 2.5 times faster.
    defs = schema.pop("$defs", {})
    inlined = _inline_refs(schema, defs)
    # Generating and compiling the check's code takes a validate command some 30 ms before any
    # file is read: the code object is kept beside the bytecode (dvtool.pycache), for this
    # schema and this fastjsonschema.
    key = json.dumps([fastjsonschema.VERSION, inlined], sort_keys=True, ensure_ascii=False)
    built = remembered(cache_file(__file__, "schema-check"), key, lambda: _check_code(inlined))
    if built is None:  # not one function: fastjsonschema's own way
        check: Callable[[Any], Any] = fastjsonschema.compile(inlined, use_formats=False)
        return check
    name, code = built
    namespace: dict[str, Any] = {}
    exec(code, namespace)  # noqa: S102 - code fastjsonschema generated from our own schema
    compiled: Callable[[Any], Any] = namespace[name]
    return compiled


def _check_code(schema: dict[str, Any]) -> tuple[str, Any] | None:
    """The name and code object of the check ``fastjsonschema.compile`` would build, or None
    when its code is more than one function (then which one is the check is not plain)."""
    import fastjsonschema

    source = fastjsonschema.compile_to_code(schema, use_formats=False)
    names = re.findall(r"^def (\w+)\(", source, flags=re.MULTILINE)
    if len(names) != 1:
        return None
    return names[0], compile(source, "<schema check>", "exec")


_LOCAL_DEF = "#/$defs/"
_ANNOTATIONS = frozenset({"title", "description", "$comment", "examples", "default"})


def _inline_refs(node: Any, defs: Mapping[str, Any]) -> Any:
    """``node`` with every ``{"$ref": "#/$defs/NAME"}`` replaced by that definition (also
    inlined); a reference's sibling keywords (title, description) are kept beside it. The
    schema's definitions do not refer to themselves, so this ends."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(_LOCAL_DEF):
            siblings = {k: v for k, v in node.items() if k != "$ref"}
            target = _inline_refs(defs[ref[len(_LOCAL_DEF) :]], defs)
            if set(siblings) <= _ANNOTATIONS:
                return {**siblings, **target}
            return {"allOf": [siblings, target]}  # 2020-12: keywords beside $ref apply too
        return {k: _inline_refs(v, defs) for k, v in node.items()}
    if isinstance(node, list):
        return [_inline_refs(v, defs) for v in node]
    return node


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


def validate_data(data: Any, schema_valid: bool | None = None) -> list[Problem]:
    """Every schema problem and every semantic problem, in one run (``schema_valid``: the
    verdict of :func:`is_schema_valid` when the caller has it already).

    The semantic rules look only at values of the right type, so a value the schema already
    refused is not reported twice.
    """
    if schema_valid is None:
        schema_valid = is_schema_valid(data)
    problems = [] if schema_valid else schema_problems(data)
    if isinstance(data, Mapping):
        problems.extend(semantic_problems(data))
    return problems


@lru_cache(maxsize=1)
def valid_nesting() -> int | None:
    """The most levels of lists and objects inside one another a document valid under the
    schema can have (an object holding a list of objects is 3), or None when the schema leaves
    it open. ``validate`` skips the JSON reader's nesting walk for a valid document when this
    is below the reader's limit."""
    defs = load_schema().get("$defs", {})
    return _levels(load_schema(), defs, 0)


_SCALARS = frozenset({"string", "integer", "number", "boolean", "null"})


def _levels(node: Any, defs: Mapping[str, Any], seen: int) -> int | None:
    """An upper bound on the container levels of a value valid under ``node`` (None: none)."""
    if seen > 64 or not isinstance(node, Mapping):
        return None  # a reference loop, or a boolean schema
    bounds: list[int] = []
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith(_LOCAL_DEF) and ref[len(_LOCAL_DEF) :] in defs:
        target = _levels(defs[ref[len(_LOCAL_DEF) :]], defs, seen + 1)
        if target is not None:
            bounds.append(target)
    enum = node.get("enum")
    if isinstance(enum, list) and not any(isinstance(v, (list, dict)) for v in enum):
        bounds.append(0)
    choices = node.get("oneOf")
    if isinstance(choices, list):
        levels = [_levels(choice, defs, seen + 1) for choice in choices]
        if levels and all(level is not None for level in levels):
            bounds.append(max(level for level in levels if level is not None))
    kinds = node.get("type")
    kinds = [kinds] if isinstance(kinds, str) else kinds
    if isinstance(kinds, list) and kinds:
        typed = _typed_levels(node, kinds, defs, seen)
        if typed is not None:
            bounds.append(typed)
    return min(bounds) if bounds else None


def _typed_levels(
    node: Mapping[str, Any], kinds: list[Any], defs: Mapping[str, Any], seen: int
) -> int | None:
    levels = [0]
    for kind in kinds:
        if kind in _SCALARS:
            continue
        if kind == "object" and node.get("additionalProperties") is False:
            inner = [_levels(v, defs, seen + 1) for v in node.get("properties", {}).values()]
            if any(level is None for level in inner):
                return None
            levels.append(1 + max((level for level in inner if level is not None), default=0))
        elif kind == "array" and "items" in node:
            inner_level = _levels(node["items"], defs, seen + 1)
            if inner_level is None:
                return None
            levels.append(1 + inner_level)
        else:
            return None
    return max(levels)


def validate_report(report: Report) -> list[Problem]:
    """Validate an in-memory report."""
    return validate_data(report_to_dict(report))


def schema_problems(data: Any) -> list[Problem]:
    """Problems found by the JSON Schema, in document order."""
    walk = _schema_walker()
    found = walk(data) if walk is not None else _validator().iter_errors(data)
    errors = sorted(found, key=lambda e: [str(p) for p in e.absolute_path])
    return [_problem(e) for e in errors]


@lru_cache(maxsize=1)
def _schema_walker() -> Callable[[Any], Any] | None:
    """jsonschema's errors without importing jsonschema (dvtool.schema_errors), or None when
    the schema uses a keyword that module does not reproduce."""
    from dvtool.schema_errors import walker_for

    return walker_for(load_schema())


def _pointer(path: Any) -> str:
    return "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in path)


def _problem(error: Any) -> Problem:
    """A schema error in plain words, saying what to write instead (a translatable phrase)."""
    from dvtool.problem_text import schema_message

    said = schema_message(error)
    return Problem(_pointer(error.absolute_path), said.template, args=said.args)


def semantic_problems(data: Mapping[str, Any]) -> Iterator[Problem]:
    """Rules beyond the schema: real dates, year order, totals, duplicate chairs, and no
    version 2 field in a file that declares version 1.

    An award with no counts and no names is no problem: the counts are 0 when the text does
    not state them, as in the evaluation's gold annotations ("Bằng khen của Thủ tướng Chính
    phủ" given, how many not said), so convert's output of such a sentence is valid.
    """
    yield from _version_rule(data)
    yield from _date_rule(data)
    yield from _year_rule(data)
    totals, texts = _figure_rules(data)
    yield from totals
    yield from texts
    yield from _chair_rule(data)


def _version_rule(data: Mapping[str, Any]) -> Iterator[Problem]:
    if data.get("schema_version") == "1":
        newer = uses_version_2(data)
        if newer is not None:
            yield Problem(newer, 'this field needs schema_version "2" (the file declares "1")', "version")


def _date_rule(data: Mapping[str, Any]) -> Iterator[Problem]:
    document = data.get("document")
    issued = document.get("date") if isinstance(document, Mapping) else None
    for pointer, value in (("/date", data.get("date")), ("/document/date", issued)):
        # the schema's "^…$" lets one final newline through; the day test then refuses it
        if not isinstance(value, str) or not ISO_DATE.fullmatch(value.removesuffix("\n")):
            continue  # no date, or one the schema refuses (with its fix)
        if not is_calendar_day(value):
            yield Problem(pointer, "{value} is not a real calendar date", "date", {"value": value})


def _year(value: Any) -> int | None:
    """``value`` if it is a whole number (not a bool), else None."""
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _number(value: Any) -> float | int | None:
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _dicts(value: Any) -> Iterator[tuple[int, Mapping[str, Any]]]:
    """The (index, object) pairs of a list, passing over what is not an object."""
    if isinstance(value, list):
        for i, item in enumerate(value):
            if isinstance(item, Mapping):
                yield i, item


def _year_rule(data: Mapping[str, Any]) -> Iterator[Problem]:
    reporting, plan = _year(data.get("reporting_year")), _year(data.get("plan_year"))
    # equal years are a mid-year review: "sơ kết 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2023"
    if reporting is not None and plan is not None and plan < reporting:
        yield Problem(
            "/plan_year",
            "plan_year {plan} must not be earlier than reporting_year {reporting}",
            "years",
            {"plan": plan, "reporting": reporting},
        )


def _figure_rules(data: Mapping[str, Any]) -> tuple[list[Problem], list[Problem]]:
    """The total rule (a total below its value) and the figure-text rule (a figure's ``text``
    must still be in its item: an edited item with a stale figure is caught), in one walk over
    the figures; each rule's problems in document order."""
    from dvtool.figures_check import figure_text_in_item

    totals: list[Problem] = []
    texts: list[Problem] = []
    for section in ("results", "limitations", "tasks"):
        for i, item in _dicts(data.get(section)):
            text = item.get("text")
            for j, figure in _dicts(item.get("figures")):
                total, value = _number(figure.get("total")), _number(figure.get("value"))
                if total is not None and value is not None and total < value:
                    totals.append(
                        Problem(
                            f"/{section}/{i}/figures/{j}/total",
                            "total {total} is smaller than value {value} in {text!r}",
                            "total",
                            {"total": total, "value": value, "text": figure.get("text")},
                        )
                    )
                quoted = figure.get("text")
                if (
                    isinstance(text, str)
                    and isinstance(quoted, str)
                    and quoted
                    and not figure_text_in_item(quoted, text)
                ):
                    texts.append(
                        Problem(
                            f"/{section}/{i}/figures/{j}/text",
                            "figure {quoted!r} is not in the text of its item: "
                            "change the figure to match the item, or remove it",
                            "figure-text",
                            {"quoted": quoted},
                        )
                    )
    return totals, texts


def _chair_rule(data: Mapping[str, Any]) -> Iterator[Problem]:
    seen: dict[str, int] = {}
    for i, chair in _dicts(data.get("chairs")):
        name = chair.get("name")
        if not isinstance(name, str) or not name.strip():
            continue
        key = " ".join(name.split()).casefold()
        if key in seen:
            yield Problem(
                f"/chairs/{i}/name",
                "{name!r} is already listed as chair no. {number}",
                "duplicate-chair",
                {"name": name, "number": seen[key] + 1},  # counted from 1, as the words count
            )
        else:
            seen[key] = i
