"""The recipients of an award: "cho 6 tập thể và 7 cá nhân" counted, "cho Hội Nông dân tỉnh, xã
Thanh Sơn" named, "cho 212 tập thể, cá nhân" counted together (no count of either kind)."""

from __future__ import annotations

import re
from functools import lru_cache

from dvtool.extract._text import opens_with_name
from dvtool.extract.cues import cues
from dvtool.extract.function_words import alternation, function_words
from dvtool.extract.numbers import find_figures


@lru_cache(maxsize=1)
def _named_split() -> re.Pattern[str]:
    return re.compile(rf",\s+|;\s+|\s+{alternation(function_words().and_words)}\s+")


RECIPIENT_COUNT = re.compile(r"(?<![\d.,])0*(\d{1,3}(?:\.\d{3})+|\d+)\s+")  # "1.279 tổ chức và cá nhân"


def named_person(recipient: str) -> bool:
    """ "đồng chí Nguyễn Văn A", "mẹ Nguyễn Thị B trú tại …": a person named after a head word
    (not "Ông" alone, a pronoun)."""
    head = cues().person_recipient_heads.at_start(recipient)
    return head is not None and opens_with_name(recipient[head.end :])


def one_place(recipients: list[str]) -> bool:
    """ "Đảng bộ, chính quyền và Nhân dân tỉnh Cà Mau" (the estates of a place named together),
    "tỉnh Cà Mau" (a place named alone): the place, one recipient."""
    if recipients and all(cues().place_estates.at_start(r) is not None for r in recipients):
        return True
    if len(recipients) != 1 or "," in recipients[0]:
        return False
    level = cues().place_levels.at_start(recipients[0].strip())
    return level is not None and opens_with_name(recipients[0].strip()[level.end :])


def one_body(recipient: str) -> bool:
    """ "Hội Nông dân tỉnh Bắc Giang", "Sở GD-ĐT": one named body (not a list, not a title such
    as "Tập thể lao động tiên tiến")."""
    text = recipient.strip()
    return (
        cues().header_body_heads.at_start(text) is not None  # "Bệnh viện Phổi Trung ương" too
        and text[:1].isupper()
        and "," not in text
        and not _named_split().search(text)
    )


def one_collective(phrase: str) -> bool:
    """ "đơn vị công an huyện", "tập thể lớp 9A": one body named by a collective noun, no count, no
    plural word, no list."""
    text = phrase.strip(" ,")
    single = not re.search(r"\d|[,;:]", text) and not _named_split().search(text)
    return single and cues().collective_nouns.at_start(text) is not None


def mixed_count(text: str) -> bool:
    """ "… cho 212 tập thể, cá nhân", "… các tập thể, cá nhân có thành tích …": recipients of
    both kinds named together, so no count of either is known; so is "các cá nhân …" (a kind
    of recipients, not counted)."""
    head = text.split(":", 1)[0]
    if cues().mixed_recipient_units.contains(head):
        return True
    plural = re.match(rf"^{alternation(function_words().plural_words)}\s+", head.strip(), re.IGNORECASE)
    if plural is None:
        return False
    kind = head.strip()[plural.end() :]
    kinds = (cues().collective_nouns, cues().individual_nouns)
    return any(nouns.at_start(kind) is not None for nouns in kinds)


def _both_counts(text: str) -> set[str]:
    """ "212 tập thể, cá nhân", "1.279 tổ chức và cá nhân": the numbers that count both kinds of
    recipients together."""
    return {
        m.group(1).replace(".", "") for m in RECIPIENT_COUNT.finditer(text) if _mixed_unit(text[m.end() :])
    }


def counts_both(text: str) -> bool:
    """ "89 tập thể, cá nhân": a number that counts both kinds of recipients together."""
    return bool(_both_counts(text.split(":", 1)[0]))


def _mixed_unit(text: str) -> bool:
    return cues().mixed_recipient_units.at_start(text) is not None


def read_recipients(text: str) -> tuple[int, int, list[str]]:
    collectives = individuals = 0
    topic = cues().recipient_topic_openers.at_start(text)
    if topic is not None and text[topic.end : topic.end + 2].strip()[:1].isupper():
        text = text[topic.end :].strip(" ,")  # "Riêng Hội Nông dân huyện …"
    counted = text.split(":", 1)[0]
    mixed = _both_counts(counted)
    for figure in find_figures(counted, awards=True):
        unit = figure.unit or ""
        if not isinstance(figure.value, int):
            continue
        if cues().mixed_recipient_units.at_start(unit) or str(figure.value) in mixed:
            continue  # "212 tập thể, cá nhân": one count of both, neither collectives nor individuals
        if cues().collective_nouns.at_start(unit):
            collectives += figure.value
        elif cues().individual_nouns.at_start(unit):
            individuals += figure.value
    names: list[str] = []
    if ":" in text:
        names = _names(text.split(":", 1)[1], listed=True)
        listed = [_listed_count(n) for n in names]  # "3 tập thể là: A, B, C và 10 cá nhân"
        names = [n for n, count in zip(names, listed, strict=True) if count is None]
        collectives += sum(c[0] for c in listed if c is not None) if not collectives else 0
        individuals += sum(c[1] for c in listed if c is not None) if not individuals else 0
    elif not (collectives or individuals or mixed) and _named_first(text):
        names = _names(text)  # not after "1.279 tổ chức và cá nhân …", a count of both kinds
    return collectives, individuals, names


def _opens_name(text: str) -> bool:
    """ "Công an tỉnh", "xã Thanh Sơn", "10 cá nhân": a recipient's name or count starts here; a
    word in lower case that is no recipient's head word goes on the name before it."""
    heads = (cues().recipient_heads, cues().recipient_kin_heads)
    return not text[:1].islower() or any(h.at_start(text) is not None for h in heads)


def _listed_count(name: str) -> tuple[int, int] | None:
    """ "10 cá nhân" at the end of the named recipients ("cho 3 tập thể là: A, B, C và 10 cá
    nhân"): a count of one kind of recipients named in no other words, as (collectives,
    individuals); None for a name."""
    count = RECIPIENT_COUNT.match(name)
    if count is None:
        return None
    number, unit = int(count.group(1).replace(".", "")), name[count.end() :]
    if cues().collective_nouns.matches_whole(unit):
        return number, 0
    return (0, number) if cues().individual_nouns.matches_whole(unit) else None


def _named_first(text: str) -> bool:
    """ "Hội Nông dân tỉnh …", "đồng chí A …": recipients named, not described."""
    return text[:1].isupper() or cues().recipient_heads.at_start(text) is not None


def _names(text: str, *, listed: bool = False) -> list[str]:
    """The recipients named in ``text``, split at commas, semicolons and "và" outside parentheses
    ("ông A (thôn B, xã C) và anh D"); in a list after a colon (``listed``) only before a name
    (:func:`_opens_name`). Up to the clause that goes on after them ("anh D khi đang đi làm …",
    "Lữ đoàn 680 đã giúp dân …": cues.yaml recipient_clause_stops)."""
    stop = cues().recipient_clause_stops.search(text)
    if stop is not None and text[stop.start : stop.start + 1].islower():
        text = text[: stop.start]
    names: list[str] = []
    start = 0
    for m in _named_split().finditer(text):
        if listed and not _opens_name(text[m.end() :]):
            continue  # "Phòng Phòng ngừa, đấu tranh và hướng dẫn điều tra …": one body's name goes on
        if text.count("(", 0, m.start()) == text.count(")", 0, m.start()):
            names.append(text[start : m.start()])
            start = m.end()
    names.append(text[start:])
    return [n.strip(" .") for n in names if n.strip(" .")]
