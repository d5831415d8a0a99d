"""One person named with titles: "Lê Hồng Vinh - Phó Chủ tịch …", "Võ Thị Mai, Chủ tịch …",
"Phó Chủ tịch UBND tỉnh Nguyễn Văn A": the name, its rank and titles, and a comma list of titles
each before a full name."""

from __future__ import annotations

import re
from dataclasses import dataclass

from dvtool.extract._text import is_name_word, looks_like_name, split_top_level
from dvtool.extract.cues import cues
from dvtool.extract.fragments import clean_title, clean_titles
from dvtool.extract.function_words import function_words
from dvtool.extract.group_commas import name_length as _name_length

CAPITAL = "[A-ZÀ-Ỹ]"  # the capitals a name starts with (Đ is among them)
# " - ", " -Phó …", "A- Phó …", and "Cao Xuân Nam-Phó Chủ tịch …" (a lower-case letter, a dash, a capital)
DASH = re.compile(
    rf"\s+[-–—]\s+|\s+[-–—](?={CAPITAL})|(?<=\w)[-–—]\s+|(?<=[^\W\d_])(?<![^\W\d_][A-Z])[-–—](?={CAPITAL})"
)


@dataclass(frozen=True)
class NamedPerson:
    name: str
    titles: tuple[str, ...]


def strip_honorific(text: str, *, plural: bool = True) -> str:
    """Drop "đồng chí", "các đồng chí", "ông", "bà" from the front."""
    m = cues().honorifics.at_start(text)
    if m is None or (not plural and m.end - m.start > max(map(len, function_words().person_heads))):
        return text.strip()
    return text[m.end :].strip(" :,")


def split_titles(text: str) -> tuple[str, ...]:
    titles = []
    for part in split_top_level(text, ","):
        part = part.strip(" .;:")
        if part:
            titles.append(part)
    return clean_titles(tuple(titles))  # not "tại trụ sở Chính phủ, …", "CATP đã tổ chức …"


def parse_person(text: str) -> NamedPerson | None:
    """ "Lê Hồng Vinh - Phó Chủ tịch …", "Võ Thị Mai, Chủ tịch …", "Phó Chủ tịch … Nguyễn Văn A"."""
    entry = strip_honorific(text.strip(" .;"), plural=False)
    rank, entry = name_prefix(entry)
    if rank:
        person = parse_person(entry)
        return NamedPerson(person.name, (rank, *person.titles)) if person is not None else None
    dash = DASH.search(entry)
    if dash:
        name = entry[: dash.start()].strip()
        if looks_like_name(name):
            return NamedPerson(name, split_titles(entry[dash.end() :]))
    if "," in entry:
        name, rest = entry.split(",", 1)
        if looks_like_name(name.strip()):
            return NamedPerson(name.strip(), split_titles(rest))
        titled = title_then_name(name.strip())  # "Bộ trưởng Phùng Xuân Nhạ, Trưởng Ban …"
        if titled is not None and titled.titles:
            return NamedPerson(titled.name, titled.titles + split_titles(rest))
    if "(" in entry and entry.endswith(")"):
        name, rest = entry[:-1].split("(", 1)
        if looks_like_name(name.strip()):
            return NamedPerson(name.strip(), split_titles(rest))
    if looks_like_name(entry):
        return NamedPerson(entry, ())
    return title_then_name(entry)


def name_prefix(entry: str) -> tuple[str, str]:
    """ "Đại tá Nguyễn Văn A – …" -> ("Đại tá", "Nguyễn Văn A – …"); ("", entry) without one."""
    if (m := cues().name_prefixes.at_start(entry)) is None:
        return "", entry
    rest = entry[m.end :].lstrip(" .")
    if not rest.split(" ", 1)[0].strip(",") or not looks_like_name(" ".join(rest.split()[:2]).strip(",")):
        return "", entry
    return entry[: m.end].strip(" ."), rest


def title_then_name(entry: str) -> NamedPerson | None:
    """ "Phó Chủ tịch UBND tỉnh Nguyễn Văn A": the capitalized run at the end is the name."""
    words = entry.split()
    run = 0
    while run < len(words) and is_name_word(words[len(words) - 1 - run]):
        run += 1
    if run < 2 or run == len(words):
        return None
    run = _name_length(words[-run:])
    name = " ".join(words[-run:])
    title = clean_title(" ".join(words[:-run]).strip(" ,"))
    return NamedPerson(name, (title,) if title else ())


MIN_LISTED_NAME = 3  # "Phạm Minh Chính": a full name, not a place ("tỉnh Lào Cai")


def titled_list(text: str) -> list[str] | None:
    """ "Tổng Bí thư Nguyễn Phú Trọng, Chủ tịch nước Nguyễn Xuân Phúc, Thủ tướng Chính phủ Phạm
    Minh Chính": a comma list whose every item is a title then a full name -> the items; None
    when an item is anything else (a name then its titles, a body, a group)."""
    pieces = [p.strip() for p in split_top_level(text.strip().rstrip("."), ",")]
    if len(pieces) < 2:
        return None
    for piece in pieces:
        words = piece.split()
        run = 0
        while run < len(words) and is_name_word(words[len(words) - 1 - run]):
            run += 1
        title = words[: len(words) - run]
        if (
            run < MIN_LISTED_NAME
            or not title
            or not title[0][:1].isupper()
            or cues().honorifics.at_start(piece)
        ):
            return None
        if len(title) > MAX_LISTED_TITLE:
            return None
    return pieces


MAX_LISTED_TITLE = 10
