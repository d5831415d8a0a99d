"""Schema errors in plain words, each saying what to write instead.

jsonschema's own messages (``'10/02/2023' does not match '^[0-9]{4}-…'``, ``['integer',
'null']``) are written for programmers. An office clerk needs the field, what it must be and,
where it can be worked out, the value to write: "date must be YYYY-MM-DD: write 2023-02-10".
Every message is built here, in one place, from plain English strings.
"""

from __future__ import annotations

import re
from typing import Any

# How each JSON type is said in a message.
TYPE_WORDS = {
    "integer": "a whole number",
    "number": "a number",
    "string": "text",
    "array": "a list",
    "object": "an object ({...})",
    "boolean": "true or false",
    "null": "empty (null)",
}
# Vietnamese words people write for the time of day, and the value the schema wants.
TIME_OF_DAY_WORDS = {
    "sáng": "morning",
    "buổi sáng": "morning",
    "trưa": "afternoon",
    "chiều": "afternoon",
    "buổi chiều": "afternoon",
    "tối": "evening",
    "buổi tối": "evening",
    "đêm": "evening",
}
MAX_SHOWN = 60

_DMY = re.compile(r"^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})\s*$")
_YMD = re.compile(r"^\s*(\d{4})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*$")


def schema_message(error: Any) -> str:
    """One plain line for a jsonschema ValidationError."""
    field = field_name(list(error.absolute_path))
    kind = error.validator
    if kind == "required":
        missing = _missing_field(error)
        return f"required field {missing!r} is missing: add it"
    if kind == "additionalProperties":
        extra = sorted(set(error.instance) - set(error.schema.get("properties", {})))
        names = ", ".join(repr(k) for k in extra)
        plural = "s " if len(extra) > 1 else " "
        return f"unknown field{plural}{names}: remove it or correct the spelling"
    if kind == "type":
        return _type_message(field, error.validator_value, error.instance)
    if kind == "pattern" and field == "date":
        return date_message(error.instance)
    if kind == "minLength":
        return f"{field} must not be empty: write it, or remove the field"
    if kind in ("minimum", "maximum"):
        return _range_message(field, error.schema, error.instance)
    if kind == "enum":
        return _enum_message(field, error.validator_value, error.instance)
    if kind == "const":
        return f"{field} must be {_show(error.validator_value)}, not {_show(error.instance)}"
    message: str = error.message
    return message if len(message) <= 160 else message[:157] + "..."


def field_name(path: list[Any]) -> str:
    """``date``, ``awards[0].collectives``-like words for a path: the last named part."""
    if not path:
        return "the report"
    *parents, last = path
    if isinstance(last, int):
        owner = next((p for p in reversed(parents) if isinstance(p, str)), "list")
        return f"{owner} entry {last + 1}"
    return str(last)


def date_message(value: Any) -> str:
    """``date must be YYYY-MM-DD: write 2023-02-10``, with the value rewritten when it can be."""
    if isinstance(value, str):
        match = _DMY.match(value)
        if match:
            day, month, year = (int(g) for g in match.groups())
            return f"date must be YYYY-MM-DD: write {year:04d}-{month:02d}-{day:02d}"
        match = _YMD.match(value)
        if match:
            year, month, day = (int(g) for g in match.groups())
            return f"date must be YYYY-MM-DD: write {year:04d}-{month:02d}-{day:02d}"
    return f"date must be YYYY-MM-DD (for example 2023-02-10), not {_show(value)}"


def _missing_field(error: Any) -> str:
    found = re.match(r"'([^']+)' is a required property", error.message)
    if found:
        return found.group(1)
    missing = [k for k in error.validator_value if k not in (error.instance or {})]
    return str(missing[0]) if missing else "?"


def _type_message(field: str, expected: Any, value: Any) -> str:
    kinds = [expected] if isinstance(expected, str) else list(expected)
    words = " or ".join(TYPE_WORDS.get(k, k) for k in kinds)
    message = f"{field} must be {words}, not {_describe(value)}"
    numeric = {"integer", "number"} & set(kinds)
    if numeric and isinstance(value, str):
        digits = value.strip().replace(".", "").replace(" ", "")
        if digits.isdigit():
            return f"{message}: write {int(digits)} without quotes"
    if "array" in kinds and isinstance(value, str):
        return f"{message}: write it as a list, [{_show(value)}]"
    return message


def _range_message(field: str, schema: dict[str, Any], value: Any) -> str:
    low, high = schema.get("minimum"), schema.get("maximum")
    if low is not None and high is not None:
        return f"{field} must be between {low} and {high}, not {_show(value)}"
    if low is not None:
        return f"{field} must be {low} or more, not {_show(value)}"
    return f"{field} must be {high} or less, not {_show(value)}"


def _enum_message(field: str, allowed: Any, value: Any) -> str:
    choices = [c for c in allowed if c is not None]
    words = ", ".join(str(c) for c in choices) + (" or empty (null)" if None in allowed else "")
    message = f"{field} must be one of {words}, not {_show(value)}"
    if isinstance(value, str):
        suggestion = TIME_OF_DAY_WORDS.get(" ".join(value.split()).casefold())
        if suggestion in choices:
            return f"{message}: write {suggestion}"
    return message


def _describe(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"{str(value).lower()}"
    if isinstance(value, (list, dict)):
        return "a list" if isinstance(value, list) else "an object"
    return _show(value)


def _show(value: Any) -> str:
    text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= MAX_SHOWN else text[: MAX_SHOWN - 1] + "…"
