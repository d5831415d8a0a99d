"""The report model: the one in-memory representation of a conference report.

Every reader returns a :class:`Report`, every writer takes one. The classes are frozen
dataclasses holding tuples, so two reports compare equal exactly when every field does.
No I/O happens here; :func:`report_to_dict` (here) and :func:`report_from_dict` (in
:mod:`dvtool.model_from_dict`) translate between the model and the plain JSON shape published
in ``schemas/conference-report.schema.json``.
"""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from dvtool.i18n import N_, Phrase

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
    sought: bool  # extraction looks for it: empty means a "not found" message
    to_json: Any = _same  # the model value -> plain JSON data
    # Every conference report states it (see REQUIRED_FIELDS): "not found" is a warning, which
    # --strict turns into exit code 4. Other sought fields are optional: "not found" is a note.
    required: bool = False


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
    FieldSpec("title", N_("title not found"), False, True, True, required=True),
    FieldSpec("date", N_("date not found"), False, True, True, required=True),
    FieldSpec("time_of_day", N_("time of day not found"), False, True, True),
    FieldSpec("location", N_("location not found"), False, True, True),
    FieldSpec("organizers", N_("organizers not found"), True, True, True, list),
    FieldSpec("chairs", N_("chairs not found"), True, True, True, _chairs),
    FieldSpec("attendees", N_("attendees not found"), True, False, True, _attendees),
    FieldSpec("reporting_year", N_("reporting year not found"), False, True, True),
    FieldSpec("plan_year", N_("plan year not found"), False, True, True),
    FieldSpec("results", N_("results not found"), True, False, True, _item_list, required=True),
    FieldSpec("limitations", N_("limitations not found"), True, False, True, _item_list),
    FieldSpec("tasks", N_("tasks not found"), True, False, True, _item_list),
    FieldSpec("remarks", N_("remarks not found"), True, False, True, _remarks),
    FieldSpec("awards", N_("awards not found"), True, False, True, _award_list),
    FieldSpec("author", N_("author not found"), False, True, True),
    FieldSpec("publisher", N_("publisher not found"), False, True, True),
    FieldSpec("related", N_("related not found"), True, False, False, list),
)

# The fields every conference report states, so that their absence means the reading went wrong:
# the title (the only key the JSON Schema requires), the date of the meeting (or the issue date)
# and its results (the "Nội dung" of a Biên bản, the "Kết quả" of a báo cáo, the body of a news
# item). The rest are optional: a news item rarely names a place, organizers, the years, awards
# or remarks, and many real reports state no limitations, tasks, chairs or attendance.
REQUIRED_FIELDS: tuple[str, ...] = tuple(f.name for f in FIELDS if f.required)

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


# A date of the report as the schema writes it: YYYY-MM-DD.
ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def is_calendar_day(value: str) -> bool:
    """Does the YYYY-MM-DD ``value`` name a day the calendar has ("2023-02-30" does not)?"""
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


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
