"""The report model: the one in-memory representation of a conference report.

Every reader returns a :class:`Report`, every writer takes one. The classes are frozen
dataclasses holding tuples, so two reports compare equal exactly when every field does.
No I/O happens here; :func:`report_from_dict` / :func:`report_to_dict` translate between the
model and the plain JSON shape published in ``schemas/conference-report.schema.json``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, cast

from dvtool.i18n import N_, Joined, Phrase, phrase

SCHEMA_VERSION = "2"
# Versions a file may declare. Version 1 has no ``document`` and no figure ``change``; a v1 file
# reads as before and is written back as the current version.
SUPPORTED_VERSIONS: tuple[str, ...] = ("1", "2")

TimeOfDay = Literal["morning", "afternoon", "evening"]
AttendeeKind = Literal["person", "organization", "group"]
TIMES_OF_DAY: tuple[str, ...] = ("morning", "afternoon", "evening")
ATTENDEE_KINDS: tuple[str, ...] = ("person", "organization", "group")
Change = Literal["increase", "decrease"]
CHANGES: tuple[str, ...] = ("increase", "decrease")
DocumentSystem = Literal["state", "party"]
DOCUMENT_SYSTEMS: tuple[str, ...] = ("state", "party")

Number = int | float


@dataclass(frozen=True)
class Figure:
    """A number stated in the text: "309/411 xã" is value 309, total 411, unit "xã"."""

    value: Number
    text: str
    unit: str | None = None
    total: Number | None = None
    change: Change | None = None  # "giảm 2,5%" is a decrease, not growth (schema 2)


@dataclass(frozen=True)
class Item:
    """One result, limitation or task, with the figures it states."""

    text: str
    figures: tuple[Figure, ...] = ()


@dataclass(frozen=True)
class Person:
    """A chair of the meeting: a name and the titles given with it."""

    name: str
    titles: tuple[str, ...] = ()


@dataclass(frozen=True)
class Attendee:
    """One entry of the attendance: a person, an organization or a group of people."""

    name: str
    kind: AttendeeKind = "group"
    titles: tuple[str, ...] = ()


@dataclass(frozen=True)
class Remark:
    """A speech or direction given at the meeting."""

    text: str
    speaker: str | None = None


@dataclass(frozen=True)
class Award:
    """An award handed out at the meeting ("Bằng khen cho 6 tập thể và 7 cá nhân")."""

    award: str
    giver: str | None = None
    collectives: int = 0
    individuals: int = 0
    recipients: tuple[str, ...] = ()
    reason: str | None = None


@dataclass(frozen=True)
class Signer:
    """Who signs an official document: "TM. BAN CHỈ ĐẠO / TRƯỞNG BAN / Nguyễn Văn Hùng"."""

    name: str | None = None
    position: str | None = None
    authority: str | None = None


@dataclass(frozen=True)
class OfficialDocument:
    """The parts of an official document around its body (schema 2): header, number, signature.

    ``system`` says which layout it follows: "state" (NĐ 30/2020/NĐ-CP) or "party"
    (Hướng dẫn 36-HD/VPTW). ``date`` is the issue date, None when the day is left blank.
    """

    kind: str | None = None
    number: str | None = None
    issuer: str | None = None
    parent_issuer: str | None = None
    system: DocumentSystem | None = None
    place: str | None = None
    date: str | None = None
    signer: Signer | None = None
    recipients: tuple[str, ...] = ()


@dataclass(frozen=True)
class Report:
    """A conference report: who met, when, what was achieved, what is next."""

    title: str
    date: str | None = None
    time_of_day: TimeOfDay | None = None
    location: str | None = None
    organizers: tuple[str, ...] = ()
    chairs: tuple[Person, ...] = ()
    attendees: tuple[Attendee, ...] = ()
    reporting_year: int | None = None
    plan_year: int | None = None
    results: tuple[Item, ...] = ()
    limitations: tuple[Item, ...] = ()
    tasks: tuple[Item, ...] = ()
    remarks: tuple[Remark, ...] = ()
    awards: tuple[Award, ...] = ()
    author: str | None = None
    publisher: str | None = None
    related: tuple[str, ...] = ()
    schema_version: str = field(default=SCHEMA_VERSION)
    document: OfficialDocument | None = None


# ---------------------------------------------------------------------------
# The field table: one row per report field. Dict conversion, the key order of the JSON shape,
# the Markdown front-matter keys, the "not found" warnings and the evaluation all derive from
# it, so adding a field is one row here (plus its dataclass attribute above).


def _same(value: Any) -> Any:
    return value


@dataclass(frozen=True)
class FieldSpec:
    """One report field: its JSON key, its words in messages, and where it appears."""

    name: str
    not_found: str  # N_("plan year not found"): the warning's English msgid when extraction finds none
    many: bool  # a list (the evaluation counts its entries) or one value
    front_matter: bool  # Markdown front matter holds it (else a body section)
    sought: bool  # extraction looks for it: empty means a "not found" warning
    to_json: Any = _same  # the model value -> plain JSON data


def _chairs(people: Sequence[Person]) -> list[dict[str, Any]]:
    return [{"name": p.name, "titles": list(p.titles)} for p in people]


def _attendees(attendees: Sequence[Attendee]) -> list[dict[str, Any]]:
    return [{"name": a.name, "kind": a.kind, "titles": list(a.titles)} for a in attendees]


def _remarks(remarks: Sequence[Remark]) -> list[dict[str, Any]]:
    return [{"speaker": r.speaker, "text": r.text} for r in remarks]


def _item_list(items: Sequence[Item]) -> list[dict[str, Any]]:
    return [item_to_dict(i) for i in items]


def _award_list(awards: Sequence[Award]) -> list[dict[str, Any]]:
    return [award_to_dict(a) for a in awards]


FIELDS: tuple[FieldSpec, ...] = (
    # name, "not found" warning (a msgid), many, in front matter, sought by extraction, to JSON
    FieldSpec("title", N_("title not found"), False, True, True),
    FieldSpec("date", N_("date not found"), False, True, True),
    FieldSpec("time_of_day", N_("time of day not found"), False, True, True),
    FieldSpec("location", N_("location not found"), False, True, True),
    FieldSpec("organizers", N_("organizers not found"), True, True, True, list),
    FieldSpec("chairs", N_("chairs not found"), True, True, True, _chairs),
    FieldSpec("attendees", N_("attendees not found"), True, False, True, _attendees),
    FieldSpec("reporting_year", N_("reporting year not found"), False, True, True),
    FieldSpec("plan_year", N_("plan year not found"), False, True, True),
    FieldSpec("results", N_("results not found"), True, False, True, _item_list),
    FieldSpec("limitations", N_("limitations not found"), True, False, True, _item_list),
    FieldSpec("tasks", N_("tasks not found"), True, False, True, _item_list),
    FieldSpec("remarks", N_("remarks not found"), True, False, True, _remarks),
    FieldSpec("awards", N_("awards not found"), True, False, True, _award_list),
    FieldSpec("author", N_("author not found"), False, True, True),
    FieldSpec("publisher", N_("publisher not found"), False, True, True),
    FieldSpec("related", N_("related not found"), True, False, False, list),
)

# Key order of the published JSON shape; writers keep it so output is stable. ``document``
# (schema 2) is written only when present, after every field of the table.
REPORT_KEYS: tuple[str, ...] = ("schema_version", *(f.name for f in FIELDS), "document")
FRONT_MATTER_KEYS: tuple[str, ...] = tuple(f.name for f in FIELDS if f.front_matter)
DOCUMENT_KEYS: tuple[str, ...] = (
    "kind",
    "number",
    "issuer",
    "parent_issuer",
    "system",
    "place",
    "date",
    "signer",
    "recipients",
)
SIGNER_KEYS: tuple[str, ...] = ("name", "position", "authority")
ITEM_SECTIONS: tuple[str, ...] = ("results", "limitations", "tasks")


class ModelError(ValueError):
    """Raised when a mapping does not have the shape of a report.

    ``pointer`` is the JSON pointer of the offending value.
    """

    def __init__(self, pointer: str, template: str, **args: object) -> None:
        self.phrase = Phrase(template, args)  # English msgid + arguments, translated when shown
        super().__init__(f"{pointer or '/'}: {self.phrase}")
        self.pointer = pointer
        self.message = str(self.phrase)


def canonical_number(value: Number) -> Number:
    """Return ``value`` with integral floats turned into ints (2.0 -> 2), so formats agree."""
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    return value


# ---------------------------------------------------------------------------
# model -> dict


def figure_to_dict(figure: Figure) -> dict[str, Any]:
    """A figure as JSON data; ``change`` is written only when known."""
    data: dict[str, Any] = {
        "value": figure.value,
        "unit": figure.unit,
        "total": figure.total,
        "text": figure.text,
    }
    if figure.change is not None:
        data["change"] = figure.change
    return data


def document_to_dict(document: OfficialDocument) -> dict[str, Any]:
    """The official-document parts as JSON data, keys in schema order."""
    signer = document.signer
    return {
        "kind": document.kind,
        "number": document.number,
        "issuer": document.issuer,
        "parent_issuer": document.parent_issuer,
        "system": document.system,
        "place": document.place,
        "date": document.date,
        "signer": None
        if signer is None
        else {"name": signer.name, "position": signer.position, "authority": signer.authority},
        "recipients": list(document.recipients),
    }


def item_to_dict(item: Item) -> dict[str, Any]:
    return {"text": item.text, "figures": [figure_to_dict(f) for f in item.figures]}


def award_to_dict(award: Award) -> dict[str, Any]:
    return {
        "award": award.award,
        "giver": award.giver,
        "collectives": award.collectives,
        "individuals": award.individuals,
        "recipients": list(award.recipients),
        "reason": award.reason,
    }


def report_to_dict(report: Report) -> dict[str, Any]:
    """The report as plain JSON data, keys in schema order; ``document`` only when present."""
    data: dict[str, Any] = {"schema_version": report.schema_version}
    for spec in FIELDS:
        data[spec.name] = spec.to_json(getattr(report, spec.name))
    if report.document is not None:
        data["document"] = document_to_dict(report.document)
    return data


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
        date=r.string("date"),
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
        date=r.string("date"),
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
