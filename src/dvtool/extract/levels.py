"""Which way a request goes: up to a level above the one that asks, or down to those it directs.

A request to a level above ("kiến nghị Chính phủ …", "đề xuất Bộ Tài chính …", "đề nghị các cơ
quan Trung ương …") is a recommendation, not a task. The level is read from the addressee the
verb names (:func:`higher_level`): a body of the nation by name, a ministry, a generic body
qualified by a higher level ("các cơ quan T.Ư", "các cơ quan chức năng Trung ương"), any one
of several addressees joined by "và" or "," ("tỉnh và Trung ương"), and after a preposition
("đề nghị với Bộ Xây dựng …"). A unit asks its own superior too when a department, a district
or a hospital addresses the province or the city it belongs to ("Phó Giám đốc Sở Tư pháp đề
nghị TP nên …", :func:`asks_own_superior`). Every phrase comes from ``cues.yaml``.
"""

from __future__ import annotations

from dvtool.extract.cues import cues

_CONJUNCT_REACH = 6  # words of the addressee in which another addressee joined to it is named
_GIVER_WORDS = 8  # words of the giver's comma part in which a lower unit is named


def higher_level(addressee: str) -> bool:
    """ "Chính phủ …", "Bộ Tài chính …", "các bộ, ngành Trung ương …", "các cơ quan T.Ư …",
    "với Bộ Xây dựng …", "tỉnh và Trung ương …": a level above the meeting's, to which a request
    is a recommendation, not a task ("Bộ Chỉ huy Quân sự tỉnh" and "bộ phận" are not
    ministries)."""
    text = _without_preposition(addressee.lstrip(" ,:"))
    if cues().noun_followers.at_start(text) is not None:
        return False  # "các chỉ đạo của Bộ Chính trị, Ban Bí thư": a noun, no addressee
    if _names_higher(text):
        return True
    return any(_names_higher(text[joined:]) for joined in _conjuncts(text))


def _names_higher(text: str) -> bool:
    if cues().higher_levels.at_start(text) is not None or _qualified_body(text):
        return True
    head = cues().ministry_heads.at_start(text)
    if head is None or cues().not_ministries.at_start(text) is not None:
        return False
    after = text[head.end :].lstrip(" ,")
    return after[:1].isupper() or cues().higher_levels.at_start(after) is not None


def _without_preposition(text: str) -> str:
    """ "với Bộ Xây dựng …", "lên Trung ương …": the addressee after the preposition a request
    verb may take."""
    preposition = cues().addressee_prepositions.at_start(text)
    return text if preposition is None else text[preposition.end :].lstrip(" ,:")


def _qualified_body(text: str) -> bool:
    """ "các cơ quan Trung ương", "các cơ quan T.Ư", "các cơ quan chức năng của Trung ương",
    "các ban, ngành cấp trên": a generic body, then only more generic words, then a higher
    level that qualifies it."""
    head = cues().generic_bodies.at_start(text)
    if head is None:
        return False
    rest = text[head.end :]
    while True:
        rest = rest.lstrip(" ,")
        if cues().level_qualifiers.at_start(rest) is not None:
            return True
        filler = cues().generic_bodies.at_start(rest) or cues().body_fillers.at_start(rest)
        if filler is None:
            return False
        rest = rest[filler.end :]


def _conjuncts(text: str) -> list[int]:
    """Where each addressee joined to the first by "và" or "," begins, among the addressee's
    first few words ("tỉnh và Trung ương quan tâm …")."""
    reach = len(" ".join(text.split()[:_CONJUNCT_REACH]))
    starts = [joiner.end for joiner in cues().addressee_joiners.finditer(text) if joiner.start < reach]
    starts += [i + 1 for i, ch in enumerate(text[:reach]) if ch == ","]
    return sorted(starts)


def asks_own_superior(before: str, addressee: str) -> bool:
    """ "Phó Giám đốc Sở Tư pháp Nguyễn Thu Giang đề nghị TP nên …", "UBND huyện đề nghị với UBND
    tỉnh …", "Chủ tịch UBND xã đề nghị huyện …": the giver belongs to a level of the local
    administration below the one the addressee opens with; a recommendation, not a task
    ("Phó Chủ tịch UBND huyện đề nghị các xã …" directs, and so does "Bộ trưởng đề nghị tỉnh …":
    a ministry is no level of it)."""
    target = unit_rank(_without_preposition(addressee.lstrip(" ,:")), at_start=True)
    if target is None:
        return False
    clause = before[before.rfind(";") + 1 :]
    giver = " ".join(clause[clause.rfind(",") + 1 :].split()[:_GIVER_WORDS])
    rank = unit_rank(giver, at_start=False)
    return rank is not None and rank < target


def unit_rank(text: str, *, at_start: bool) -> int | None:
    """The rank of the level of the local administration the text names (a commune 1, a
    district or a department of the province 2, the province or the city 3): the one it opens
    with (``at_start``), else the lowest it names ("Bệnh viện Đa khoa tỉnh" is a unit of the
    province; the "xã" of "thị xã" names no commune); None when it names none."""
    found: list[tuple[int, int, int]] = []
    for rank, words in cues().unit_levels.items():
        if at_start:
            match = words.at_start(text)
            found += [] if match is None else [(match.start, match.end, int(rank))]
        else:
            found += [(match.start, match.end, int(rank)) for match in words.finditer(text)]
    kept = [
        rank
        for start, end, rank in found
        if not any(s <= start and end <= e and e - s > end - start for s, e, _ in found)
    ]
    return min(kept, default=None)
