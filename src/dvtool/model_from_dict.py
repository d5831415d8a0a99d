"""The report model from its plain JSON shape: :func:`report_from_dict` and its checks.

The checks here are structural only (types, required keys); the schema and semantic rules
live in :mod:`dvtool.schema` and report every problem at once. The way back,
:func:`dvtool.model.report_to_dict`, follows the field table in :mod:`dvtool.model`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any, cast

from dvtool.i18n import N_, Joined, Phrase, phrase
from dvtool.model import (
    ATTENDEE_KINDS,
    CHANGES,
    DOCUMENT_KEYS,
    DOCUMENT_SYSTEMS,
    ISO_DATE,
    ITEM_SECTIONS,
    REPORT_KEYS,
    SIGNER_KEYS,
    SUPPORTED_VERSIONS,
    TIMES_OF_DAY,
    Attendee,
    AttendeeKind,
    Award,
    Change,
    DocumentSystem,
    Figure,
    Item,
    ModelError,
    Number,
    OfficialDocument,
    Person,
    Remark,
    Report,
    Signer,
    TimeOfDay,
    canonical_number,
    is_calendar_day,
)

# ---------------------------------------------------------------------------
# dict -> model. The checks here are structural only (types, required keys); the
# schema and semantic rules live in dvtool.schema and report every problem at once.


class _Reader:
    """Typed access to one JSON object, raising ModelError with a pointer."""

    def __init__(self, data: object, pointer: str) -> None:
        if not isinstance(data, Mapping):
            raise ModelError(pointer, "expected an object, found {kind}", kind=_kind(data))
        self.data = cast(Mapping[str, Any], data)
        self.pointer = pointer

    def check_keys(self, allowed: Sequence[str]) -> None:
        for key in self.data:
            if key not in allowed:
                raise ModelError(f"{self.pointer}/{_escape(str(key))}", "unknown field")

    def _get(self, key: str, required: bool) -> Any:
        if key not in self.data:
            if required:
                raise ModelError(self.pointer, "missing required field '{key}'", key=key)
            return None
        return self.data[key]

    def string(self, key: str, *, required: bool = False, nullable: bool = True) -> str | None:
        value = self._get(key, required)
        if value is None and nullable:
            return None
        if not isinstance(value, str):
            raise ModelError(self.at(key), "expected a string, found {kind}", kind=_kind(value))
        return value

    def text(self, key: str) -> str:
        value = self.string(key, required=True, nullable=False)
        assert value is not None
        return value

    def integer(self, key: str, *, default: int | None = None) -> int | None:
        value = self._get(key, False)
        if value is None:
            return default
        # 2022.0 is an integer to JSON Schema (and so to validate); the model agrees, so that
        # validate and convert give one verdict.
        if isinstance(value, float) and math.isfinite(value) and value.is_integer():
            return int(value)
        if isinstance(value, bool) or not isinstance(value, int):
            raise ModelError(self.at(key), "expected an integer, found {kind}", kind=_kind(value))
        return value

    def number(self, key: str, *, required: bool = False) -> Number | None:
        value = self._get(key, required)
        if value is None and not required:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ModelError(self.at(key), "expected a number, found {kind}", kind=_kind(value))
        if isinstance(value, float) and not math.isfinite(value):
            raise ModelError(self.at(key), "expected a finite number")
        return canonical_number(value)

    def array(self, key: str) -> list[tuple[str, Any]]:
        value = self._get(key, False)
        if value is None:
            return []
        if not isinstance(value, list):
            raise ModelError(self.at(key), "expected an array, found {kind}", kind=_kind(value))
        return [(f"{self.at(key)}/{i}", v) for i, v in enumerate(value)]

    def strings(self, key: str) -> tuple[str, ...]:
        out = []
        for pointer, value in self.array(key):
            if not isinstance(value, str):
                raise ModelError(pointer, "expected a string, found {kind}", kind=_kind(value))
            out.append(value)
        return tuple(out)

    def at(self, key: str) -> str:
        return f"{self.pointer}/{_escape(key)}"


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def _kind(value: object) -> Phrase | str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return phrase("a boolean")
    if isinstance(value, (int, float)):
        return phrase("a number")
    if isinstance(value, str):
        return phrase("a string")
    if isinstance(value, list):
        return phrase("an array")
    if isinstance(value, Mapping):
        return phrase("an object")
    return type(value).__name__


def _figure(data: object, pointer: str) -> Figure:
    r = _Reader(data, pointer)
    r.check_keys(("value", "unit", "total", "text", "change"))
    value = r.number("value", required=True)
    assert value is not None
    change = r.string("change")
    if change is not None and change not in CHANGES:
        raise ModelError(r.at("change"), "must be one of {choices} or null", choices=", ".join(CHANGES))
    return Figure(
        value=value,
        unit=r.string("unit"),
        total=r.number("total"),
        text=r.text("text"),
        change=cast("Change | None", change),
    )


def _date(r: _Reader, key: str) -> str | None:
    """A date field: YYYY-MM-DD naming a day of the calendar, or null. A writer lays the date
    out as a day ("Ngày 30 tháng 02" cannot be), so the model holds no other."""
    value = r.string(key)
    if value is None:
        return None
    if not ISO_DATE.fullmatch(value):
        from dvtool.problem_text import date_message

        raise ModelError(r.at(key), "{detail}", detail=date_message(value))
    if not is_calendar_day(value):
        raise ModelError(r.at(key), "{value} is not a real calendar date", value=value)
    return value


def _signer(data: object, pointer: str) -> Signer:
    r = _Reader(data, pointer)
    r.check_keys(SIGNER_KEYS)
    return Signer(name=r.string("name"), position=r.string("position"), authority=r.string("authority"))


def _document(data: object, pointer: str) -> OfficialDocument:
    r = _Reader(data, pointer)
    r.check_keys(DOCUMENT_KEYS)
    system = r.string("system")
    if system is not None and system not in DOCUMENT_SYSTEMS:
        raise ModelError(
            r.at("system"), "must be one of {choices} or null", choices=", ".join(DOCUMENT_SYSTEMS)
        )
    signer = r.data.get("signer")
    return OfficialDocument(
        kind=r.string("kind"),
        number=r.string("number"),
        issuer=r.string("issuer"),
        parent_issuer=r.string("parent_issuer"),
        system=cast("DocumentSystem | None", system),
        place=r.string("place"),
        date=_date(r, "date"),
        signer=None if signer is None else _signer(signer, r.at("signer")),
        recipients=r.strings("recipients"),
    )


def uses_version_2(data: Mapping[str, Any]) -> str | None:
    """The JSON pointer of the first field version 1 does not have, or None."""
    if "document" in data:
        return "/document"
    for section in ITEM_SECTIONS:
        items = data.get(section)
        for i, item in enumerate(items if isinstance(items, list) else []):
            figures = item.get("figures") if isinstance(item, Mapping) else None
            for j, figure in enumerate(figures if isinstance(figures, list) else []):
                if isinstance(figure, Mapping) and "change" in figure:
                    return f"/{section}/{i}/figures/{j}/change"
    return None


def _item(data: object, pointer: str) -> Item:
    r = _Reader(data, pointer)
    r.check_keys(("text", "figures"))
    figures = tuple(_figure(v, p) for p, v in r.array("figures"))
    return Item(text=r.text("text"), figures=figures)


def _person(data: object, pointer: str) -> Person:
    r = _Reader(data, pointer)
    r.check_keys(("name", "titles"))
    return Person(name=r.text("name"), titles=r.strings("titles"))


def _attendee(data: object, pointer: str) -> Attendee:
    r = _Reader(data, pointer)
    r.check_keys(("name", "kind", "titles"))
    kind = r.string("kind") or "group"
    if kind not in ATTENDEE_KINDS:
        raise ModelError(r.at("kind"), "must be one of {choices}", choices=", ".join(ATTENDEE_KINDS))
    return Attendee(name=r.text("name"), kind=cast(AttendeeKind, kind), titles=r.strings("titles"))


def _remark(data: object, pointer: str) -> Remark:
    r = _Reader(data, pointer)
    r.check_keys(("speaker", "text"))
    return Remark(text=r.text("text"), speaker=r.string("speaker"))


def _award(data: object, pointer: str) -> Award:
    r = _Reader(data, pointer)
    r.check_keys(("award", "giver", "collectives", "individuals", "recipients", "reason"))
    return Award(
        award=r.text("award"),
        giver=r.string("giver"),
        collectives=r.integer("collectives", default=0) or 0,
        individuals=r.integer("individuals", default=0) or 0,
        recipients=r.strings("recipients"),
        reason=r.string("reason"),
    )


def report_from_dict(data: object) -> Report:
    """Build a Report from JSON data, raising :class:`ModelError` on a structural problem."""
    r = _Reader(data, "")
    r.check_keys(REPORT_KEYS)
    version = r.string("schema_version")
    if version is not None and version not in SUPPORTED_VERSIONS:
        supported = Joined(tuple(repr(v) for v in SUPPORTED_VERSIONS), N_(" or "))
        raise ModelError(
            "/schema_version",
            "unsupported schema version {version!r} (dvtool reads {supported})",
            version=version,
            supported=supported,
        )
    if version == "1":
        newer = uses_version_2(r.data)
        if newer is not None:
            raise ModelError(newer, 'this field needs schema_version "2" (the file declares "1")')
    document = r.data.get("document")
    time_of_day = r.string("time_of_day")
    if time_of_day is not None and time_of_day not in TIMES_OF_DAY:
        raise ModelError("/time_of_day", "must be one of {choices} or null", choices=", ".join(TIMES_OF_DAY))
    return Report(
        title=r.text("title"),
        date=_date(r, "date"),
        time_of_day=cast("TimeOfDay | None", time_of_day),
        location=r.string("location"),
        organizers=r.strings("organizers"),
        chairs=tuple(_person(v, p) for p, v in r.array("chairs")),
        attendees=tuple(_attendee(v, p) for p, v in r.array("attendees")),
        reporting_year=r.integer("reporting_year"),
        plan_year=r.integer("plan_year"),
        results=tuple(_item(v, p) for p, v in r.array("results")),
        limitations=tuple(_item(v, p) for p, v in r.array("limitations")),
        tasks=tuple(_item(v, p) for p, v in r.array("tasks")),
        remarks=tuple(_remark(v, p) for p, v in r.array("remarks")),
        awards=tuple(_award(v, p) for p, v in r.array("awards")),
        author=r.string("author"),
        publisher=r.string("publisher"),
        related=r.strings("related"),
        document=None if document is None else _document(document, "/document"),
    )
