"""Attendee lines of minutes (rule minutes-attendee-lines): in the attendance list of a biên bản,
"- Đ/c Nguyễn Văn A - Phó Giám đốc Sở;" names one person with a title, not a group.

The structured stage reads each line of the list as one attendee (:mod:`.structured`); a line
that opens with a person's honorific (đồng chí, đ/c, ông, bà) and that the prose stage's people
parser reads as exactly one named person becomes that person, with the titles after the name
("Phó Giám đốc Sở") and without the chair's role at its end ("- Chủ trì", noted as a chair by
:func:`.official_body.chair_entry`). Any other line ("Đảng viên trong chi bộ: 25/27 đồng chí",
"Các đồng chí trong Ban Chấp hành") stays as it was typed.
"""

from __future__ import annotations

from typing import Protocol

from dvtool.document import Document
from dvtool.extract.cues import cues
from dvtool.model import Attendee

_ENDS = " ;.,"
_HONORIFIC_WORDS = 2  # "Đồng chí", "Đ/c", "Ông": the words of the line no name or title keeps
_LINE_CHARS = 150  # "Đ/c A - Phó Chủ tịch UBND xã Đăk Drô": a line; longer, a sentence ran into the list


class _Reading(Protocol):
    document: Document


def as_person(conv: _Reading, attendee: Attendee) -> Attendee:
    """The attendee of one line of the list: a person with titles where the line names one."""
    if conv.document.written_by_dvtool or attendee.kind != "group" or attendee.titles:
        return attendee
    person = person_line(attendee.name)
    return attendee if person is None else person


def person_line(text: str) -> Attendee | None:
    """ "Đ/c Nguyễn Văn An - Phó Giám đốc Sở;" -> the person Nguyễn Văn An, Phó Giám đốc Sở;
    None for a line that names a group, several people or no honorific."""
    from dvtool.extract.people import attendance_entries

    line = text.strip().rstrip(_ENDS)
    if len(line) > _LINE_CHARS or cues().honorifics.at_start(line) is None:
        return None
    if cues().plural_honorifics.at_start(line) is not None:
        return None
    role = cues().chair_roles.ends_with(line)
    if role is not None and line[: role.start].rstrip()[-1:] in "-–,(":
        line = line[: role.start].rstrip(" -–,(")
    entries = attendance_entries(line)
    if len(entries) != 1:
        return None
    name, kind, titles = entries[0]
    if kind != "person" or not name or any(cues().honorifics.at_start(t) for t in titles):
        return None  # "Đ/c A, Đ/c B - …": a "title" that opens with an honorific is another person
    if len(" ".join((name, *titles)).split()) < len(line.split()) - _HONORIFIC_WORDS:
        return None  # words of the line the parser left out: no plain "name - title" line
    return Attendee(name=name, kind="person", titles=tuple(titles))
