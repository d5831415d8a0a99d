"""The errors jsonschema's Draft 2020-12 validator reports for dvtool's schema, without jsonschema.

``validate`` turns schema errors into plain messages (``problem_text.py``). jsonschema costs a
worker some 40 ms to import and a few milliseconds per invalid file; this module walks the
schema the way jsonschema's ``iter_errors`` does, keyword by keyword in the schema's own
order, and builds the same errors: the same path, keyword, keyword value, instance, subschema
and message. It knows only the keywords dvtool's schema uses; :func:`walker_for` returns None
for a schema with any other keyword (or a ``$ref`` that is not local), and the caller then
asks jsonschema. tests/test_schema_errors.py checks the two agree, error for error.
"""

from __future__ import annotations

import numbers
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

# Keywords that never produce an error (annotations and the schema's own bookkeeping).
_QUIET = frozenset({"$schema", "$id", "$defs", "$comment", "title", "description", "examples", "default"})
_LOCAL_DEF = "#/$defs/"


@dataclass(frozen=True)
class SchemaError:
    """The attributes of a jsonschema ``ValidationError`` that dvtool reads."""

    message: str
    validator: str | None
    validator_value: Any
    instance: Any
    schema: Any
    absolute_path: tuple[str | int, ...]


Path = tuple[str | int, ...]
Out = list[SchemaError]
Schema = Mapping[str, Any]


def _is_type(instance: Any, kind: str) -> bool:
    """jsonschema's Draft 2020-12 type checker."""
    if kind == "object":
        return isinstance(instance, dict)
    if kind == "array":
        return isinstance(instance, list)
    if kind == "string":
        return isinstance(instance, str)
    if kind == "null":
        return instance is None
    if kind == "boolean":
        return isinstance(instance, bool)
    if kind == "integer":
        if isinstance(instance, bool):
            return False
        return isinstance(instance, int) or (isinstance(instance, float) and instance.is_integer())
    if kind == "number":
        return not isinstance(instance, bool) and isinstance(instance, numbers.Number)
    raise ValueError(f"unknown type {kind!r}")  # walker_for refuses such a schema


class _Walker:
    def __init__(self, root: Mapping[str, Any]) -> None:
        self.root = root
        defs = root.get("$defs", {})
        self.defs: Mapping[str, Any] = defs if isinstance(defs, Mapping) else {}
        self.checks: dict[str, Callable[[Any, Any, Schema, Path, Out], None]] = {
            "$ref": self._ref,
            "additionalProperties": self._additional,
            "enum": self._enum,
            "items": self._items,
            "maximum": self._maximum,
            "minLength": self._min_length,
            "minimum": self._minimum,
            "oneOf": self._one_of,
            "pattern": self._pattern,
            "properties": self._properties,
            "required": self._required,
            "type": self._type,
        }

    def errors(self, instance: Any) -> list[SchemaError]:
        out: Out = []
        self.descend(instance, self.root, (), out)
        return out

    def descend(self, instance: Any, schema: Any, path: Path, out: Out) -> None:
        if schema is True:
            return
        if schema is False:
            out.append(
                SchemaError(f"False schema does not allow {instance!r}", None, None, instance, schema, path)
            )
            return
        checks = self.checks
        for keyword, value in schema.items():
            check = checks.get(keyword)
            if check is not None:
                check(value, instance, schema, path, out)

    # Each check appends what jsonschema's keyword function yields, with the details that
    # ``iter_errors`` sets on it (the keyword, its value, the instance and the subschema).

    def _ref(self, ref: Any, instance: Any, schema: Schema, path: Path, out: Out) -> None:
        self.descend(instance, self.defs[ref[len(_LOCAL_DEF) :]], path, out)

    def _type(self, types: Any, instance: Any, schema: Schema, path: Path, out: Out) -> None:
        kinds = [types] if isinstance(types, str) else types
        if not any(_is_type(instance, kind) for kind in kinds):
            reprs = ", ".join(repr(kind) for kind in kinds)
            out.append(
                SchemaError(f"{instance!r} is not of type {reprs}", "type", types, instance, schema, path)
            )

    def _properties(self, properties: Any, instance: Any, schema: Schema, path: Path, out: Out) -> None:
        if not isinstance(instance, dict):
            return
        for name, subschema in properties.items():
            if name in instance:
                self.descend(instance[name], subschema, (*path, name), out)

    def _required(self, required: Any, instance: Any, schema: Schema, path: Path, out: Out) -> None:
        if not isinstance(instance, dict):
            return
        for name in required:
            if name not in instance:
                out.append(
                    SchemaError(
                        f"{name!r} is a required property", "required", required, instance, schema, path
                    )
                )

    def _additional(self, allowed: Any, instance: Any, schema: Schema, path: Path, out: Out) -> None:
        if not isinstance(instance, dict):
            return
        properties = schema.get("properties", {})
        extras = {name for name in instance if name not in properties}
        if extras and not allowed:
            shown = sorted(extras, key=str)
            verb = "was" if len(shown) == 1 else "were"
            names = ", ".join(repr(extra) for extra in shown)
            message = f"Additional properties are not allowed ({names} {verb} unexpected)"
            out.append(SchemaError(message, "additionalProperties", allowed, instance, schema, path))

    def _items(self, items: Any, instance: Any, schema: Schema, path: Path, out: Out) -> None:
        if not isinstance(instance, list):
            return
        for index, item in enumerate(instance):
            self.descend(item, items, (*path, index), out)

    def _enum(self, enums: Any, instance: Any, schema: Schema, path: Path, out: Out) -> None:
        # jsonschema's ``equal`` for choices that are strings or null (checked by walker_for).
        if not any(each is instance or (isinstance(each, str) and each == instance) for each in enums):
            out.append(
                SchemaError(f"{instance!r} is not one of {enums!r}", "enum", enums, instance, schema, path)
            )

    def _min_length(self, least: Any, instance: Any, schema: Schema, path: Path, out: Out) -> None:
        if isinstance(instance, str) and len(instance) < least:
            said = "should be non-empty" if least == 1 else "is too short"
            out.append(SchemaError(f"{instance!r} {said}", "minLength", least, instance, schema, path))

    def _minimum(self, least: Any, instance: Any, schema: Schema, path: Path, out: Out) -> None:
        if _is_type(instance, "number") and instance < least:
            message = f"{instance!r} is less than the minimum of {least!r}"
            out.append(SchemaError(message, "minimum", least, instance, schema, path))

    def _maximum(self, most: Any, instance: Any, schema: Schema, path: Path, out: Out) -> None:
        if _is_type(instance, "number") and instance > most:
            message = f"{instance!r} is greater than the maximum of {most!r}"
            out.append(SchemaError(message, "maximum", most, instance, schema, path))

    def _pattern(self, pattern: Any, instance: Any, schema: Schema, path: Path, out: Out) -> None:
        if isinstance(instance, str) and not re.search(pattern, instance):
            message = f"{instance!r} does not match {pattern!r}"
            out.append(SchemaError(message, "pattern", pattern, instance, schema, path))

    def _one_of(self, choices: Any, instance: Any, schema: Schema, path: Path, out: Out) -> None:
        valid = [choice for choice in choices if not self._fails(instance, choice, path)]
        if not valid:
            message = f"{instance!r} is not valid under any of the given schemas"
            out.append(SchemaError(message, "oneOf", choices, instance, schema, path))
        elif len(valid) > 1:
            # jsonschema lists the later valid choices first, then the first one.
            reprs = ", ".join(repr(choice) for choice in [*valid[1:], valid[0]])
            message = f"{instance!r} is valid under each of {reprs}"
            out.append(SchemaError(message, "oneOf", choices, instance, schema, path))

    def _fails(self, instance: Any, schema: Any, path: Path) -> bool:
        found: Out = []
        self.descend(instance, schema, path, found)
        return bool(found)


def _supported(node: Any, defs: Mapping[str, Any], known: frozenset[str]) -> bool:
    """Does the schema use only keywords (and local references) the walker reproduces?"""
    if isinstance(node, bool):
        return True
    if not isinstance(node, Mapping):
        return False
    for keyword, value in node.items():
        if keyword in _QUIET:
            continue
        if keyword not in known:
            return False
        if keyword == "$ref":
            if not (
                isinstance(value, str) and value.startswith(_LOCAL_DEF) and value[len(_LOCAL_DEF) :] in defs
            ):
                return False
        elif keyword == "properties":
            if not isinstance(value, Mapping) or not all(_supported(v, defs, known) for v in value.values()):
                return False
        elif keyword in ("items", "additionalProperties"):
            if keyword == "additionalProperties" and value is not False:
                return False  # only "no other fields" is reproduced
            if keyword == "items" and not _supported(value, defs, known):
                return False
        elif keyword == "oneOf":
            if not isinstance(value, list) or not all(_supported(v, defs, known) for v in value):
                return False
        elif keyword == "enum":
            if not isinstance(value, list) or not all(v is None or isinstance(v, str) for v in value):
                return False
        elif keyword == "type":
            kinds = [value] if isinstance(value, str) else value
            if not isinstance(kinds, list) or not all(k in _TYPES for k in kinds):
                return False
        elif keyword == "required":
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                return False
        elif keyword in ("minimum", "maximum"):
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                return False
        elif keyword == "minLength":
            if isinstance(value, bool) or not isinstance(value, int):
                return False
        elif keyword == "pattern" and not isinstance(value, str):
            return False
    return True


_TYPES = frozenset({"object", "array", "string", "null", "boolean", "integer", "number"})


def walker_for(schema: Mapping[str, Any]) -> Callable[[Any], list[SchemaError]] | None:
    """A function giving jsonschema's errors for ``schema``, or None when the schema uses a
    keyword this module does not reproduce."""
    walker = _Walker(schema)
    defs = walker.defs
    known = frozenset(walker.checks)
    if not all(_supported(node, defs, known) for node in [schema, *defs.values()]):
        return None
    return walker.errors
