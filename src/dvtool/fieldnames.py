"""Report fields named in words a clerk knows, for people: ``/date`` -> "meeting date" ("ngày họp").

One entry per field of the model's dataclasses (a test keeps the table complete); the words
are gettext msgids, translated when shown. Machine outputs keep the JSON pointer.
"""

from __future__ import annotations

from dvtool.i18n import N_, Phrase, gettext, language

FIELD_WORDS: dict[str, str] = {
    # Report
    "schema_version": N_("schema version"),
    "title": N_("title"),
    "date": N_("meeting date"),
    "time_of_day": N_("session of the day"),
    "location": N_("venue"),
    "organizers": N_("organizing bodies"),
    "chairs": N_("chairs"),
    "attendees": N_("attendees"),
    "reporting_year": N_("reporting year"),
    "plan_year": N_("plan year"),
    "results": N_("results"),
    "limitations": N_("shortcomings and limitations"),
    "tasks": N_("tasks"),
    "remarks": N_("remarks"),
    "awards": N_("awards"),
    "author": N_("author"),
    "publisher": N_("issuing body"),
    "related": N_("related documents"),
    # Item, Figure
    "text": N_("text"),
    "figures": N_("figures"),
    "value": N_("value"),
    "unit": N_("unit"),
    "total": N_("total"),
    # Person, Attendee, Remark
    "name": N_("name"),
    "titles": N_("positions"),
    "kind": N_("kind"),
    "speaker": N_("speaker"),
    # Award
    "award": N_("award"),
    "giver": N_("awarded by"),
    "collectives": N_("number of collectives"),
    "individuals": N_("number of individuals"),
    "recipients": N_("recipients"),
    "reason": N_("reason"),
    # Fields of official documents and figure changes (schema 2, being added beside this work)
    "change": N_("change (increase or decrease)"),
    "document": N_("official document details"),
    "number": N_("document number"),
    "issuer": N_("issuing authority"),
    "parent_issuer": N_("superior authority"),
    "system": N_("document system (state or party)"),
    "place": N_("place of issue"),
    "signer": N_("signer"),
    "position": N_("position"),
    "authority": N_("signing authority"),
}


# A field whose meaning depends on the object it is in (the official document's date is its
# date of issue, not the meeting's).
FIELD_WORDS_IN: dict[tuple[str, str], str] = {
    ("document", "date"): N_("date of issue"),
    ("document", "kind"): N_("document type"),
    ("document", "recipients"): N_("recipients of the document"),
}


def field_words(pointer: str) -> str:
    """The words for a JSON pointer: ``/results/0/figures/1`` -> "results no. 1 › figures no. 2"."""
    parts: list[str] = []
    parent = ""
    for segment in pointer.strip("/").split("/"):
        if not segment:
            continue
        if segment.isdigit() and parts:
            parts[-1] = gettext("{field} no. {number}").format(field=parts[-1], number=int(segment) + 1)
            continue
        template = FIELD_WORDS_IN.get((parent, segment)) or FIELD_WORDS.get(segment)
        if template is not None:
            parts.append(gettext(template))
        else:
            parts.append(segment.replace("~1", "/").replace("~0", "~"))
        parent = segment
    return " › ".join(parts) if parts else gettext("the whole report")


def pointer_label(pointer: str, message: str = "", always: bool = False) -> str:
    """How a message names a field: the pointer in English; words and the pointer otherwise,
    unless the (translated) message already names the field in those words and ``always`` (a
    validation listing, whose lines should read alike) is not set."""
    if language() == "en":
        return pointer
    words = field_words(pointer)
    return pointer if words in message and not always else f"{words} ({pointer})"


class FieldName(Phrase):
    """A field inside a message: its JSON name in English text (machine outputs unchanged), its
    words in the interface language when translated ("date" -> "ngày họp")."""

    def __init__(self, key: str) -> None:
        super().__init__(FIELD_WORDS.get(key, key))
        self.key = key

    def __str__(self) -> str:
        return self.key

    def translated(self) -> str:
        return gettext(self.template) if language() != "en" else self.key


def field_phrase(key: str) -> FieldName:
    """A model field as an argument of a message (see FieldName)."""
    return FieldName(key)
