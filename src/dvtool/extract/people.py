"""People and bodies named in a lead: chairs with titles, attendance groups, speakers (one
person's name and titles are read in :mod:`dvtool.extract.person_names`)."""

from __future__ import annotations

import re
from functools import lru_cache

from dvtool.extract._text import capitalize_first, is_name_word, looks_like_name, split_top_level
from dvtool.extract.cues import cues
from dvtool.extract.fragments import joined_head, joined_titles, person_then_groups
from dvtool.extract.function_words import alternation, function_words
from dvtool.extract.group_commas import dashed_person as _dashed_person
from dvtool.extract.group_commas import full_name as _full_name
from dvtool.extract.group_commas import name_length as _name_length
from dvtool.extract.group_commas import split_group_commas as _split_group_commas
from dvtool.extract.group_commas import starts_with_single_honorific as _starts_with_single_honorific
from dvtool.extract.layout_words import layout_words
from dvtool.extract.person_names import (
    CAPITAL,
    MAX_LISTED_TITLE,
    NamedPerson,
    parse_person,
    split_titles,
    strip_honorific,
    titled_list,
)
from dvtool.extract.person_names import DASH as _DASH
from dvtool.extract.person_names import name_prefix as _name_prefix
from dvtool.extract.plural_people import plural_named
from dvtool.extract.speaker_names import SPEAKER_REACH, clause_starts, name_run, opening_named_speaker
from dvtool.vntext import fold


@lru_cache(maxsize=1)
def _and() -> re.Pattern[str]:
    """ "A và B", "A, cùng với B", "A cùng các B" (split only before a new group)."""
    words = function_words()
    joined, added = alternation(words.and_words), alternation(words.with_words, r"\s+")
    return re.compile(rf"\s+{joined}\s+|,?\s+{added}\s+")


@lru_cache(maxsize=1)
def _with_start() -> re.Pattern[str]:
    return re.compile(rf"^{alternation(function_words().with_words)}\s+(?=\S)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _and_person() -> re.Pattern[str]:
    """ ", và đồng chí …", ", ông …": the join before a further person."""
    words = function_words()
    joiner, head = alternation(words.person_joiners), alternation(words.person_heads)
    # "… và Trung tướng Phạm Quang Hợi", "… và PGS.TS. Nguyễn Thị B": a rank or degree before a name
    rank = "|".join(re.escape(p) for p in sorted(cues().name_prefixes.phrases, key=len, reverse=True))
    ranked = rf"(?:{rank})\.?\s+(?-i:{CAPITAL})"
    return re.compile(rf",?\s+{joiner}\s+(?={head}\s|{ranked})|,\s+(?={head}\s|{ranked})", re.IGNORECASE)


def last_subject(text: str) -> str:
    """ "Thường trực Đảng ủy xã đã có buổi làm việc với Ban chi ủy các chi bộ Cài, Khe Lèn, đồng
    chí Bàn Thị Lê - Phó Bí thư …" -> "đồng chí Bàn Thị Lê - Phó Bí thư …": the clause of the
    person named last with a single honorific after a comma, when the text has one and does not
    itself open with a person ("Đồng chí A - …, đồng chí B - … cùng chủ trì" names both)."""
    opening = " ".join(text.split()[:2])
    if cues().honorifics.at_start(text) or _name_prefix(text)[0] or looks_like_name(opening):
        return text
    cuts = [m.start for m in cues().honorifics.finditer(text) if text[: m.start].rstrip().endswith(",")]
    cuts = [c for c in cuts if _starts_with_single_honorific(text[c:]) and _names_a_person(text[c:])]
    return text[cuts[-1] :] if cuts else text


MIN_CLAUSE_WORDS = 5


def presided_by(after: str) -> str:
    """ "của đồng chí A, Bí thư Tỉnh ủy, Ban Thường vụ Tỉnh ủy họp phiên thường kỳ" (after "Dưới
    sự chủ trì"): the person and the titles, up to the clause a body or a meeting opens."""
    giver = layout_words().giver_word
    if not after.casefold().startswith(giver + " "):
        return after
    pieces = split_top_level(after[len(giver) :].strip(), ",")
    kept = pieces[:1]
    for piece in pieces[1:]:
        head = piece.strip()
        opens = cues().org_heads.at_start(head) or cues().event_nouns.at_start(head)
        if opens is not None and len(head.split()) >= MIN_CLAUSE_WORDS:
            break
        kept.append(head)
    return ", ".join(p.strip() for p in kept)


def parse_people(text: str) -> list[NamedPerson]:
    """Every person in a chair or attendance phrase; a title before ":" is shared by all."""
    body = text.strip().rstrip(".")
    shared: tuple[str, ...] = ()
    head, sep, rest = _split_colon(body)
    joined = joined_head(head) if sep else None
    if joined is not None:  # "đồng chí A, Bí thư Tỉnh ủy và các đồng chí: B, …; C, …": A, B and C
        return [*parse_people(joined), *parse_people(rest)]
    titled = joined_titles(head) if sep else None
    if titled is not None:  # "Thủ tướng A và các Phó Thủ tướng: B, C, D": the title is the others'
        first, title = titled
        return [*parse_people(first), *parse_people(f"{title}: {rest}")]
    if sep:
        head = re.sub(r"^\d+\s+", "", head.strip())  # "03 đồng chí: A, B, C": a count of the people
        shared = split_titles(strip_honorific(head)) if strip_honorific(head) else ()
        body = rest
        names = _bare_names(body)
        if names:  # "các Phó Thủ tướng: Nguyễn Tấn Dũng, Vũ Khoan, Phạm Gia Khiêm"
            return [NamedPerson(name, shared) for name in names]
    else:
        body = body if plural_named(body, _DASH) is not None else strip_honorific(body)
    people = []
    for entry in _entries(body):
        person = parse_person(entry)
        if person is not None:
            people.append(NamedPerson(person.name, shared + person.titles))
    return people


def _bare_names(listed: str) -> list[str]:
    """The names of a list of two or more names and nothing else ("A, B và C"); [] otherwise."""
    parts = [p.strip() for p in split_top_level(listed, ",")]
    if parts:
        last = re.split(rf"\s+(?:{alternation(function_words().and_words)})\s+", parts[-1])
        parts = [*parts[:-1], *(p.strip() for p in last)]
    return parts if len(parts) > 1 and all(looks_like_name(p) for p in parts) else []


def _split_colon(text: str) -> tuple[str, str, str]:
    parts = split_top_level(text, ":")
    if len(parts) >= 2 and len(parts[0]) < 120:
        return parts[0], ":", text.split(":", 1)[1].strip()
    return text, "", ""


def _named_dash_pieces(entry: str) -> list[str]:
    """ "Thượng tá A - Phó Tham mưu trưởng - Bộ Tư lệnh, Thân Trọng Minh - UVTV Quận ủy - …": a
    full name then a dash after a comma starts another person (each gives its titles after a
    dash)."""
    if not _DASH.search(entry):
        return [entry]
    pieces = split_top_level(entry, ",")
    out = [pieces[0]]
    for piece in pieces[1:]:
        dash = _DASH.search(piece)
        if dash is not None and looks_like_name(piece[: dash.start()].strip()) and _DASH.search(out[0]):
            out.append(piece.strip())
        else:
            out[-1] = f"{out[-1]}, {piece.strip()}"
    return out


def _entries(text: str) -> list[str]:
    entries = [
        piece
        for entry in split_top_level(text, ";")
        for piece in (plural_named(entry.strip(), _DASH) or _named_dash_pieces(entry))
    ]
    out: list[str] = []
    for entry in entries:
        listed = titled_list(entry)
        if listed is not None:
            out.extend(listed)
            continue
        for part in (p.strip() for p in _and_person().split(entry) if p.strip()):
            cuts = [m for m in _and_plural().finditer(part) if m.group(1).isupper()]  # a title
            bounds = [0, *(x for m in cuts for x in m.span()), len(part)]
            pieces = [part[bounds[i] : bounds[i + 1]] for i in range(0, len(bounds), 2)]
            out.extend([pieces[0], *(e for p in pieces[1:] for e in _plural_entries(p))])
    return out


@lru_cache(maxsize=1)
def _and_plural() -> re.Pattern[str]:
    """ "… và các Phó Chủ tịch HĐND tỉnh B, C": the join before a title shared by several people
    (its first word capitalised)."""
    words = function_words()
    joiner, plural = alternation(words.and_words), alternation(words.plural_words)
    return re.compile(rf"\s+{joiner}\s+(?={plural}\s+(\w))")


def _plural_entries(text: str) -> list[str]:
    """ "các Phó Chủ tịch HĐND tỉnh Nguyễn Đài Thy, Nguyễn Thanh Phong" -> one entry per person,
    each with the title written once before the first name."""
    body = re.sub(rf"^{alternation(function_words().plural_words)}\s+", "", text)
    pieces = body.split(", ")
    first = parse_person(pieces[0])
    if first is None or not first.titles:
        return [text]
    title = first.titles[0]
    entries = [pieces[0]]
    for piece in pieces[1:]:
        if looks_like_name(" ".join(piece.split()[:2]).strip(",")):
            entries.append(piece if _DASH.search(piece) else f"{title} {piece}")
        else:
            entries[-1] = f"{entries[-1]}, {piece}"  # a title of the person before
    return entries


TITLED_REACH = 200  # characters of titles and name before a verb of speech
MIN_TITLED_NAME = 3  # "… HĐND huyện Trần Văn Chạy": a full name after a body, not "tỉnh Thái Nguyên"


def find_speaker(text: str, chairs: tuple[NamedPerson, ...] = ()) -> str | None:
    """The name after "đồng chí"/"ông"/"bà" near the start (after a rank: "đồng chí Đại tá A"),
    else after the titles the remark opens with ("Phó Chủ tịch HĐND huyện Trần Văn A lưu ý …",
    "Phát biểu tại hội nghị, Bí thư Tỉnh ủy Lê Văn B đề nghị …"), else a chair whose title is
    named."""
    for m in cues().honorifics.finditer(text[:SPEAKER_REACH]):
        after = _name_prefix(text[m.end :].lstrip())[1]
        if cues().speaker_titles.at_start(after):  # "đồng chí Phó Chủ tịch … Lê Văn A"
            titled = _titled_speaker(after, chairs)
            if titled is not None:
                return titled
            continue
        run = name_run(after)
        if len(run) >= 2:
            return " ".join(run)
    titled = _opening_titled_speaker(text, chairs) or opening_named_speaker(text)
    if titled is not None:
        return titled
    lowered = text[:SPEAKER_REACH].casefold()
    for chair in chairs:
        if any(
            t.casefold() in lowered
            for t in chair.titles
            if len(t) > 8 and not t.casefold().startswith(function_words().member_titles)
        ):
            return chair.name
    return None


def _opening_titled_speaker(text: str, chairs: tuple[NamedPerson, ...]) -> str | None:
    """ "Phó Chủ tịch HĐND huyện Trần Văn A lưu ý …", "Kết luận hội nghị, Bí thư Huyện ủy Lê Văn
    B ghi nhận …": the name after the titles that open the remark or a clause of it before its
    first verb of speech (after a cue such as "Phát biểu tại hội nghị")."""
    starts, limit = clause_starts(text)
    for at in starts:
        if cues().speaker_titles.at_start(text[at:limit]):
            titled = _titled_speaker(text[at:].lstrip(), chairs)
            if titled is not None:
                return titled
    return None


def _titled_speaker(phrase: str, chairs: tuple[NamedPerson, ...]) -> str | None:
    """The name after a title: "Phó Chủ tịch UBND tỉnh Lê Văn A khẳng định, …", "Phó Bí thư
    Tỉnh ủy, Chủ tịch UBND tỉnh Lê Văn A ghi nhận …" -> "Lê Văn A" (a chair's name when a title
    ends with it: a place name may stand before it)."""
    verb = cues().speech_verbs.search(phrase)
    head = phrase[: verb.start if verb is not None else TITLED_REACH]
    for at, piece in enumerate(p.strip() for p in split_top_level(head, ",")):
        if not piece[:1].isupper():
            break  # "…, đã biểu dương": the titles have ended
        for chair in chairs:
            if piece.casefold().endswith(chair.name.casefold()):  # "Thứ trưởng Hồ Thị Kim thoa"
                return chair.name
        name = _name_after_title(piece, start=0 if at else 1)  # "Chủ tịch UBND huyện, Lê Văn A …"
        if name is not None:
            return name
    return None


@lru_cache(maxsize=1)
def _family_names() -> frozenset[str]:
    """The family names with their tones ("vũ", not "vụ" as folding would also match)."""
    return frozenset(p.casefold() for p in cues().family_names.phrases)


def _name_after_title(piece: str, start: int = 1) -> str | None:
    """ "Bí thư Thành ủy Hà Nội Phạm Quang Nghị" -> "Phạm Quang Nghị": the first run of
    capitalised words after the title that opens with a family name; a full name after a body or
    place ("Chủ tịch UBND xã Phong Hải" names none), two words right after a title ("Tổng Bí thư
    Tô Lâm"); a piece after the first may be the name alone (``start`` 0)."""
    words = piece.split()
    at = start
    while at < len(words):
        if not is_name_word(words[at].rstrip(".;:")):
            at += 1
            continue
        end = at
        while end < len(words) and is_name_word(words[end].rstrip(".;:")):
            end += 1
        run = [w.rstrip(".;:") for w in words[at:end]]
        name = run[-_name_length(run) :]
        first = end - len(name)
        bare_title = cues().speaker_titles.ends_with(" ".join(words[:first])) is not None
        if (
            first >= start
            and name[0].casefold() in _family_names()  # not "Vụ" of "Vụ trưởng Vụ Giáo dục"
            and len(name) >= (2 if bare_title else MIN_TITLED_NAME)
            and len(words[:first]) <= MAX_LISTED_TITLE
        ):
            return " ".join(name)
        at = end
    return None


def attendance_entries(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """Split an attendance phrase into (name, kind, titles) entries."""
    body = text.strip().rstrip(".")
    head, sep, rest = _split_colon(body)
    if sep and not strip_honorific(head):
        # "các đồng chí: A, …; B, …; lãnh đạo Ủy ban MTTQ tỉnh": the people, then the groups
        groups = [
            piece.strip(" ,.")
            for g in split_top_level(rest, ";")
            if cues().group_heads.at_start(g.strip())
            for piece in _split_group_commas(g.strip())
        ]
        return [e for p in parse_people(body) for e in person_then_groups(p.name, p.titles)] + [
            (capitalize_first(g), "group", ()) for g in groups if g
        ]
    listed = titled_list(rest) if sep else None
    if listed is not None:  # "các Ủy viên Bộ Chính trị: Chủ tịch nước A, Thủ tướng B, …"
        return [(item, "group", ()) for item in listed]
    if sep and not any(w[:1].isupper() for w in head.split()[1:]):
        body = rest  # "… của các khách mời: A; B": a generic head before the list
    parts = split_top_level(body, ";")
    if len(parts) == 1:
        parts = [g for part in _split_bodies_list(body) for g in _split_groups(part)]
    else:
        # Groups are already separated by ";", so a "và" inside one splits only before a clear
        # new group ("đại diện … và 85 hòa giải viên"), not "lãnh đạo MTTQ và các đoàn thể".
        parts = [g for part in parts for g in _split_groups(_with_start().sub("", part), strong=True)]
    # "bà A – Phó Chủ tịch …, ông B – …", "các đồng chí A, B, Phó Trưởng Ban …": one per person
    parts = [
        p
        for part in parts
        for p in plural_named(part.strip(), _DASH) or titled_list(part) or _person_pieces(part)
    ]
    entries: list[tuple[str, str, tuple[str, ...]]] = []
    for part in parts:
        part = _with_start().sub("", part.strip(" ,."))  # "; cùng các đồng chí …"
        if not part:
            continue
        person = parse_person(part) if _starts_with_single_honorific(part) or _DASH.search(part) else None
        person = person or _named_first(part)
        if person is not None:
            entries.extend(person_then_groups(person.name, person.titles))
            continue
        kind = "group"
        if cues().org_heads.at_start(part) and not cues().group_heads.at_start(part):
            kind = "organization"
        entries.append((capitalize_first(part), kind, ()))
    return entries


def _named_first(part: str) -> NamedPerson | None:
    """ "các đồng chí Nguyễn Văn A, Phó Bí thư Tỉnh ủy", "Trần Thị B, Phó Trưởng Ban …" (after a
    ";"), "Lê Văn C": a full name first, then its titles; None when a title is a name too."""
    body = strip_honorific(part) if cues().plural_honorifics.at_start(part) else part
    pieces = [p.strip() for p in split_top_level(body, ",")]
    first = _name_prefix(pieces[0])[1] if len(pieces) > 1 else pieces[0]  # "Đại tá A, Giám đốc …"
    if not _full_name(first) or any(looks_like_name(p) for p in pieces[1:]):
        return None  # "Sở Công Thương, Sở Kế hoạch- Đầu tư, …": bodies, no person
    return parse_person(body)


def _person_pieces(text: str) -> list[str]:
    """ "bà A – Phó Chủ tịch …, ông B – Ủy viên …" -> one piece per person; a bare name shares
    the titles after it ("bà A, bà B, Vụ Tổ chức cán bộ" stays one entry)."""
    if not _names_a_person(text):
        return [text]
    pieces = [p for p in _and_person().split(text) if p.strip()]
    out: list[str] = []
    for piece in pieces:
        if out and looks_like_name(strip_honorific(out[-1], plural=False)):
            out[-1] = f"{out[-1]}, {piece}"
        else:
            out.append(piece)
    return out


def _split_bodies_list(text: str) -> list[str]:
    """ "UBMTTQVN huyện, các thành viên Thường trực HĐND, lãnh đạo hai Ban HĐND": a list that
    names no person is split at each comma before a new body or group (a capital or a group
    head); "các sở, ban, ngành cấp tỉnh, huyện" stays one group."""
    pieces = split_top_level(text, ",")
    if len(pieces) < 3 or ":" in text or _names_a_person(text):
        return [text]  # "lãnh đạo các Bộ: Tài chính, …" names the members of one group
    first = _name_prefix(pieces[0].strip())[1]  # "Đại tá Nguyễn Văn A, Ủy viên …": the rank off
    if _full_name(first) or any(_full_name(p.strip()) or _dashed_person(p, _DASH) for p in pieces):
        return [text]  # "Nguyễn Văn A, Chủ tịch …": a person with titles
    parts = [pieces[0]]
    for piece in pieces[1:]:
        head = piece.strip()
        if _deputy_of(parts[-1], head):
            parts[-1] = f"{parts[-1]}, {head}"
        elif head[:1].isupper() or cues().group_heads.at_start(head):
            parts.append(piece)
        else:
            parts[-1] = f"{parts[-1]}, {piece.strip()}"
    if cues().group_heads.at_start(text.strip()) and any(len(p.split()) < 2 for p in parts[1:]):
        return [text]  # "lãnh đạo Đảng ủy, UBND, MTTQ của các xã": bare names share one head
    if len(parts) == 2 and _new_group(parts[1].strip(), strong=True):
        return parts  # "các đồng chí là lãnh đạo …, các đồng chí là Hiệu trưởng, Phó Hiệu trưởng …"
    return parts if len(parts) >= 3 else [text]


def _deputy_of(chief: str, piece: str) -> bool:
    """ "Hiệu trưởng" + "Phó Hiệu trưởng các trường …", "Trưởng" + "Phó các Khoa": a deputy
    named right after its chief (a one-word chief, or the same title after the deputy word)."""
    words = piece.split()
    if len(words) < 2 or fold(words[0]) not in {fold(w) for w in function_words().deputy_words}:
        return False
    before = chief.split()
    if len(before) == 1:
        return True
    return any(fold(" ".join(before[-k:])) == fold(" ".join(words[1 : 1 + k])) for k in (1, 2))


def _names_a_person(text: str) -> bool:
    """An honorific before a capitalised word ("đồng chí Lê Văn A"), not "các đồng chí đại diện …"."""
    return any(
        text[m.end :].lstrip()[:1].isupper() and (m.start == 0 or text[m.start].islower())
        for m in cues().honorifics.finditer(text)
    )  # not "Anh" inside "Phạm Anh Tuấn"


def _new_group(text: str, strong: bool, before: str = "") -> bool:
    head = cues().group_heads.at_start(text)
    if head is None:
        return False
    if not (strong and cues().weak_group_heads.matches_whole(head.cue)):
        return True
    # "… và các đại biểu …", "PGS.TS. Võ Thanh Tùng, Hiệu trưởng và …": a weak head starts a group
    return cues().group_heads.at_start(text[head.end :]) is not None or _is_person_entry(before)


def _is_person_entry(text: str) -> bool:
    """A person with titles: three capitalised words before the first comma or dash."""
    first = re.split(r",|\s[-–—]\s", text, maxsplit=1)[0].split()
    run = best = 0
    for word in first:
        run = run + 1 if is_name_word(word.strip(".")) else 0
        best = max(best, run)
    return best >= 3 and len(first) <= 7


def _split_groups(text: str, strong: bool = False) -> list[str]:
    """Split at " và " when a new group starts after it ("… và 120 đại biểu …"); with
    ``strong``, not before a weak head ("… MTTQ và các đoàn thể huyện" is one group)."""
    joined: list[str] = []
    start = 0
    for m in _and().finditer(text):
        after = text[m.end() :]
        before = text[start : m.start()]
        if cues().group_heads.matches_whole(before.rsplit(",", 1)[-1]):
            continue  # "lãnh đạo và gần 70 đại biểu người lao động Công ty": a bare head shares the rest
        if (
            starts_with_count(after)
            or _new_group(after, strong, before)
            or cues().honorifics.at_start(after)
            or _name_prefix(after)[0]  # "PGS.TS. Vũ Thư và PGS.TS. Nguyễn Thị B"
        ):
            joined.append(text[start : m.start()])
            start = m.end()
    joined.append(text[start:])
    return [p for part in joined for p in _split_group_commas(part) if p.strip()]


@lru_cache(maxsize=1)
def _count_start() -> re.Pattern[str]:
    approx = alternation(function_words().approximate_words)
    return re.compile(rf"(?:{approx}\s+)?\d", re.IGNORECASE)


def starts_with_count(text: str) -> bool:
    """ "120 đại biểu", "hơn 100 đại biểu": the text opens with a count (a new group in a list)."""
    return _count_start().match(text) is not None
