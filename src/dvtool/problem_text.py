"""Schema errors in plain words, each saying what to write instead.

jsonschema's own messages (``'10/02/2023' does not match '^[0-9]{4}-…'``, ``['integer',
'null']``) are written for programmers. An office clerk needs the field, what it must be and,
where it can be worked out, the value to write: "date must be YYYY-MM-DD: write 2023-02-10".
Every message is built here, in one place, as a translatable phrase: an English gettext
template with its arguments (``str()`` is the English text NDJSON carries; the reporters show
``translated()``).
"""

from __future__ import annotations

import re
from typing import Any

from dvtool.fieldnames import field_phrase
from dvtool.i18n import N_, Joined, Phrase, phrase

# How each JSON type is said in a message.
TYPE_WORDS = {
    "integer": N_("a whole number"),
    "number": N_("a number"),
    "string": N_("text"),
    "array": N_("a list"),
    "object": N_("an object ({...})"),
    "boolean": N_("true or false"),
    "null": N_("empty (null)"),
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


def schema_message(error: Any) -> Phrase:
    """One plain line for a jsonschema ValidationError."""
    field = field_name(list(error.absolute_path))
    kind = error.validator
    if kind == "required":
        return phrase("required field {name!r} is missing: add it", name=_missing_field(error))
    if kind == "additionalProperties":
        extra = sorted(set(error.instance) - set(error.schema.get("properties", {})))
        names = ", ".join(repr(k) for k in extra)
        if len(extra) > 1:
            return phrase("unknown fields {names}: remove them or correct the spelling", names=names)
        return phrase("unknown field {names}: remove it or correct the spelling", names=names)
    if kind == "type":
        return _type_message(field, error.validator_value, error.instance)
    if kind == "pattern" and list(error.absolute_path) == ["date"]:
        return date_message(error.instance)
    if kind == "minLength":
        return phrase("{field} must not be empty: write it, or remove the field", field=field)
    if kind in ("minimum", "maximum"):
        return _range_message(field, error.schema, error.instance)
    if kind == "enum":
        return _enum_message(field, error.validator_value, error.instance)
    if kind == "const":
        return phrase(
            "{field} must be {wanted}, not {value}",
            field=field,
            wanted=_show(error.validator_value),
            value=_show(error.instance),
        )
    message: str = error.message
    return phrase("{detail}", detail=message if len(message) <= 160 else message[:157] + "...")


def field_name(path: list[Any]) -> Phrase | str:
    """The field in words a clerk knows: the last named part ("date" -> "meeting date")."""
    if not path:
        return phrase("the report")
    *parents, last = path
    if isinstance(last, int):
        owner = next((p for p in reversed(parents) if isinstance(p, str)), None)
        return phrase(
            "{owner} entry {number}", owner=field_phrase(owner) if owner else phrase("list"), number=last + 1
        )
    return field_phrase(str(last))


def date_message(value: Any) -> Phrase:
    """``date must be YYYY-MM-DD: write 2023-02-10``, with the value rewritten when it can be."""
    if isinstance(value, str):
        match = _DMY.match(value)
        if match:
            day, month, year = (int(g) for g in match.groups())
            return phrase("date must be YYYY-MM-DD: write {date}", date=f"{year:04d}-{month:02d}-{day:02d}")
        match = _YMD.match(value)
        if match:
            year, month, day = (int(g) for g in match.groups())
            return phrase("date must be YYYY-MM-DD: write {date}", date=f"{year:04d}-{month:02d}-{day:02d}")
    return phrase("date must be YYYY-MM-DD (for example 2023-02-10), not {value}", value=_show(value))


def _missing_field(error: Any) -> str:
    found = re.match(r"'([^']+)' is a required property", error.message)
    if found:
        return found.group(1)
    missing = [k for k in error.validator_value if k not in (error.instance or {})]
    return str(missing[0]) if missing else "?"


def _type_message(field: Phrase | str, expected: Any, value: Any) -> Phrase:
    kinds = [expected] if isinstance(expected, str) else list(expected)
    words = Joined(tuple(Phrase(template) for template in (TYPE_WORDS.get(k, k) for k in kinds)), N_(" or "))
    message = phrase("{field} must be {kinds}, not {value}", field=field, kinds=words, value=_describe(value))
    numeric = {"integer", "number"} & set(kinds)
    if numeric and isinstance(value, str):
        digits = value.strip().replace(".", "").replace(" ", "")
        if digits.isdigit():
            return phrase("{message}: write {number} without quotes", message=message, number=int(digits))
    if "array" in kinds and isinstance(value, str):
        return phrase("{message}: write it as a list, [{value}]", message=message, value=_show(value))
    return message


def _range_message(field: Phrase | str, schema: dict[str, Any], value: Any) -> Phrase:
    low, high = schema.get("minimum"), schema.get("maximum")
    if low is not None and high is not None:
        return phrase(
            "{field} must be between {low} and {high}, not {value}",
            field=field,
            low=low,
            high=high,
            value=_show(value),
        )
    if low is not None:
        return phrase("{field} must be {low} or more, not {value}", field=field, low=low, value=_show(value))
    return phrase("{field} must be {high} or less, not {value}", field=field, high=high, value=_show(value))


def _enum_message(field: Phrase | str, allowed: Any, value: Any) -> Phrase:
    choices = [c for c in allowed if c is not None]
    listed = ", ".join(str(c) for c in choices)
    if None in allowed:
        message = phrase(
            "{field} must be one of {choices} or empty (null), not {value}",
            field=field,
            choices=listed,
            value=_show(value),
        )
    else:
        message = phrase(
            "{field} must be one of {choices}, not {value}", field=field, choices=listed, value=_show(value)
        )
    if isinstance(value, str):
        suggestion = TIME_OF_DAY_WORDS.get(" ".join(value.split()).casefold())
        if suggestion in choices:
            return phrase("{message}: write {suggestion}", message=message, suggestion=suggestion)
    return message


def _describe(value: Any) -> Phrase | str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"{str(value).lower()}"
    if isinstance(value, (list, dict)):
        return phrase("a list") if isinstance(value, list) else phrase("an object")
    return _show(value)


def _show(value: Any) -> str:
    text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= MAX_SHOWN else text[: MAX_SHOWN - 1] + "…"
