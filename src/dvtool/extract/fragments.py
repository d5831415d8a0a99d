"""Names and titles that are pieces of a sentence: an organizer read as "Hôm nay, tại hội nghị …,
Bộ Nội vụ nhận định: một số nơi …", a chair's title "tại trụ sở Chính phủ, Phó Thủ tướng Chính
phủ", a giver "Cụ thể, Chủ tịch UBND xã …". A name or a title is a noun phrase: it opens with no
connective or circumstance before a comma, and it ends before the first word that goes on as a
clause ("đã", "được", "cho biết" … of cues.yaml ``name_clause_stops``)."""

from __future__ import annotations

import re

from dvtool.extract._text import capitalize_first
from dvtool.extract.cues import cues
from dvtool.extract.function_words import function_words
from dvtool.vntext import fold

# a connective or a circumstance ending at the first comma: "Cụ thể, ", "tại Thủ đô Colombo, "
_LEAD_CLAUSE = re.compile(r"^([^,]{1,80}?),\s+(?=\S)")
_WORD = re.compile(r"\w+")


def without_lead_clause(text: str) -> str:
    """ "Theo đó, Chủ tịch UBND xã …" -> "Chủ tịch UBND xã …": a connective (``name_connectives``),
    a place or time ("tại …", "Hôm nay", ``circumstance_heads``) or words all in lower case before
    a comma and a capital ("xét chọn, UBND tỉnh"), dropped."""
    while (m := _LEAD_CLAUSE.match(text)) is not None:
        head = m.group(1)
        if (
            cues().name_connectives.matches_whole(head)
            or cues().circumstance_heads.at_start(head) is not None
            or (head.islower() and text[m.end() : m.end() + 1].isupper())  # "xét chọn, UBND tỉnh"
        ):
            text = text[m.end() :]
        else:
            break
    return text


def before_clause(text: str) -> str:
    """ "Hội Cựu chiến binh thành phố vừa cho biết" -> "Hội Cựu chiến binh thành phố": the words
    before the first one that goes on as a clause (a stop in lower case, as a whole word)."""
    for stop in cues().name_clause_stops.finditer(text):
        if text[stop.start : stop.start + 1].islower() and _whole_word(text, stop.start, stop.end):
            return text[: stop.start].rstrip(" ,-–")
    return text


def _whole_word(text: str, start: int, end: int) -> bool:
    return (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum())


def clean_name(text: str) -> str | None:
    """An organizer or a giver without the clause around it; None when what is left names no one:
    no word in capitals ("truy" of "truy tặng"), a circumstance ("Sau khi nghe báo cáo …",
    "Thực hiện theo sự chỉ đạo của …"), the meeting itself ("Hội nghị … được …"), a share ("100%
    Hội …"), a statement or a list ("…: …;")."""
    name = _without_trailers(before_clause(without_lead_clause(text.strip(" ,"))).strip(" ,"))
    if not any(c.isupper() for c in name) or any(c in name for c in ":;%"):
        return None
    if cues().circumstance_heads.at_start(name) is not None or cues().event_nouns.at_start(name) is not None:
        return None
    return name


def clean_title(title: str) -> str | None:
    """A chair's or attendee's title without a lead clause or a trailing preposition; None when
    it is a clause ("CATP đã tổ chức hội nghị …", "thư ký là ông …", "Diễn đàn có Chủ tịch …") or
    opens with a word that starts no title ("để kịp thời giao …", "trong đó giao", "cùng")."""
    text = without_lead_clause(title.strip(" ,"))
    if before_clause(text) != text or cues().title_clause_words.contains(text):
        return None
    text = _without_trailers(text)
    if not _WORD.search(text) or cues().title_stop_openers.at_start(text) is not None:
        return None
    return text


def _without_trailers(text: str) -> str:
    """ "Đại sứ quán Việt Nam tại", "Chủ tịch HĐND tỉnh và các đồng chí": the words that lead on
    to what follows (``name_trailers``) dropped from the end."""
    trailing = cues().name_trailers.ends_with(text)
    while trailing is not None and trailing.start > 0:
        text = text[: trailing.start].rstrip(" ,-–")
        trailing = cues().name_trailers.ends_with(text)
    return text


def clean_titles(titles: tuple[str, ...]) -> tuple[str, ...]:
    """The titles that are titles, each cleaned."""
    return tuple(t for t in (clean_title(x) for x in titles) if t)


def joined_head(head: str) -> str | None:
    """ "đồng chí A, Bí thư Tỉnh ủy và các đồng chí" (before a colon and the others' names): the
    first person, when the head ends in an "and" and a plural honorific; None otherwise."""
    plural = cues().plural_honorifics.ends_with(head.rstrip())
    if plural is None:
        return None
    words = head[: plural.start].rstrip(" ,").rsplit(" ", 1)
    if len(words) < 2 or words[1] not in function_words().and_words:
        return None
    return words[0] if cues().honorifics.at_start(words[0]) is not None else None


def joined_titles(head: str) -> tuple[str, str] | None:
    """ "Thủ tướng Phan Văn Khải và các Phó thủ tướng" (before a colon and the others' names): the
    first person, named with a title, and the title the others share; None otherwise."""
    words = head.rstrip(" ,").split(" ")
    for at in range(len(words) - 2, 0, -1):
        joins = words[at - 1] in function_words().and_words
        if not joins or words[at].casefold() not in function_words().plural_words:
            continue
        first, title = " ".join(words[: at - 1]), " ".join(words[at + 1 :])
        if cues().speaker_titles.at_start(title) is None or cues().speaker_titles.at_start(first) is None:
            return None
        return first, title
    return None


def person_then_groups(name: str, titles: tuple[str, ...]) -> list[tuple[str, str, tuple[str, ...]]]:
    """ "Hoàng Việt Phương, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh, lãnh đạo Ủy ban MTTQ tỉnh": the
    titles from the first one in lower case that opens with a group's head ("lãnh đạo", "đại
    diện", "các đồng chí" …) are the groups attending after the person, not his titles; after a
    title of his own (not only a rank: "Đại tá A, đại diện Ban …" is his role)."""
    cut = next(
        (
            i
            for i, t in enumerate(titles)
            if t[:1].islower() and (cues().group_heads.at_start(t) or cues().plural_honorifics.at_start(t))
        ),
        len(titles),
    )
    if not any(cues().name_prefixes.matches_whole(t) is False for t in titles[:cut]):
        return [(name, "person", titles)]  # "Đại tá A, đại diện Ban …": the person's own role
    groups: list[str] = []
    for title in titles[cut:]:
        if groups and not (cues().group_heads.at_start(title) or cues().plural_honorifics.at_start(title)):
            groups[-1] = f"{groups[-1]}, {title}"
        else:
            groups.append(title)
    return [(name, "person", titles[:cut]), *((capitalize_first(g), "group", ()) for g in groups)]


def without_trailers(text: str) -> str:
    """ "Ban Tuyên giáo Tỉnh ủy đã" -> "Ban Tuyên giáo Tỉnh ủy": the words before a verb without
    the tense and joining words they end with (``organizer_trailers``: "đã", "… đã dự và")."""
    words = text.split()
    trailers = {fold(w) for w in cues().organizer_trailers.phrases}
    while words and fold(words[-1]) in trailers:
        words.pop()
    return " ".join(words)
