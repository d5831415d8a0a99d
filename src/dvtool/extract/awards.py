"""Awards handed out at a meeting: "UBND tỉnh tặng Bằng khen cho 6 tập thể và 7 cá nhân có
thành tích xuất sắc trong …; tặng Giấy khen cho …"."""

from __future__ import annotations

import re
from functools import lru_cache

from dvtool.extract._text import capitalize_first, split_top_level
from dvtool.extract.award_lists import listed_awards
from dvtool.extract.award_recipients import (
    RECIPIENT_COUNT,
    counts_both,
    mixed_count,
    named_person,
    one_body,
    one_collective,
    one_place,
    read_recipients,
)
from dvtool.extract.cues import CueMatch, cues
from dvtool.extract.fragments import clean_name
from dvtool.extract.function_words import alternation, function_words
from dvtool.extract.layout_words import layout_words
from dvtool.extract.praise_awards import praise_award
from dvtool.model import Award


@lru_cache(maxsize=1)
def _proxy() -> re.Pattern[str]:
    """ "Thừa ủy quyền của Chủ tịch UBND tỉnh, …": the body a giver signs for."""
    giver = re.escape(layout_words().giver_word)
    proxy = alternation(function_words().proxy_words)
    return re.compile(rf"^{proxy}\s+(?:{giver}\s+)?(.+?),\s+", re.IGNORECASE)


@lru_cache(maxsize=1)
def _passive() -> re.Pattern[str]:
    return re.compile(rf"\s{alternation(function_words().passive_markers)}\s+")


@lru_cache(maxsize=1)
def _recipients_lead() -> re.Pattern[str]:
    """ "cho 6 tập thể": the preposition before the recipients."""
    return re.compile(rf"^{alternation(function_words().recipient_prepositions)}\s+")


@lru_cache(maxsize=1)
def _reason_lead() -> re.Pattern[str]:
    """ "vì thành tích …": the preposition before the reason."""
    return re.compile(rf"^{alternation(function_words().reason_prepositions)}\s+")


def is_award_sentence(text: str) -> bool:
    """A sentence that hands out an award: an award name and a verb of giving, or one of
    receiving before the name ("… được nhận Bằng khen của …")."""
    text = _without_work_fields(text)
    praised = None
    name = cues().award_names.search(text) or (praised := praise_award(text))
    if name is None or cues().future_markers.contains(text[: name.start]):
        return False  # "… dự kiến … sẽ tổ chức tổng kết và khen thưởng …": not given yet
    return name is praised or cues().award_verbs.contains(text) or _received(text, name.start) is not None


def _received(clause: str, name_start: int) -> str | None:
    """ "2 tập thể, 5 cá nhân được nhận Bằng khen …": the recipients before a verb of receiving
    right before the award's name (a passive marker or nothing between them), else None."""
    before = clause[:name_start].rstrip()
    verb = cues().award_receiving_verbs.ends_with(before)
    if verb is None:
        return None
    subject = before[: verb.start].rstrip(" ,")
    return _passive_end().sub("", subject).strip(" ,")


def _attained(clause: str, name_start: int) -> str | None:
    """ "đã có 6 tập thể đạt danh hiệu …": the counted recipients before a verb of attaining
    right before the award's name, else None."""
    before = clause[:name_start].rstrip()
    verb = cues().award_attaining_verbs.ends_with(before)
    if verb is None:
        return None
    subject = before[: verb.start].rstrip(" ,")
    count = RECIPIENT_COUNT.search(subject)
    return subject[count.start() :] if count is not None else None


def _ceremony(before: str, receivers: str) -> bool:
    """ "PTSC kỷ niệm 20 năm ngày thành lập và đón nhận Huân chương …": a verb of receiving at a
    ceremony right before the award's name, after a subject that names no kind of recipients in
    the plural ("các tập thể … đón nhận …" is no one body)."""
    if cues().award_ceremony_verbs.ends_with(before.rstrip()) is None:
        return False
    plural = re.search(rf"(?:^|\s){alternation(function_words().plural_words)}\s", receivers, re.IGNORECASE)
    return plural is None


def _without_praise(subject: str) -> str:
    """ "… được biểu dương, khen thưởng": the words of praise before the award, left out."""
    text = subject.rstrip(" ,")
    while (praise := cues().praise_verbs.ends_with(text)) is not None:
        text = text[: praise.start].rstrip(" ,")
        joint = text.rsplit(" ", 1)
        if len(joint) == 2 and joint[1] in function_words().and_words:
            text = joint[0].rstrip(" ,")
    return text


@lru_cache(maxsize=1)
def _passive_end() -> re.Pattern[str]:
    """ "151 đồng chí được" (then "tặng Kỷ niệm chương"): a subject ending in a passive marker
    with no giver after it names the recipients."""
    return re.compile(rf"(?:^|\s){alternation(function_words().passive_markers)}$")


def _without_work_fields(text: str) -> str:
    """ "đẩy mạnh công tác thi đua khen thưởng": a field of work, no award given; blanked out."""
    for name in reversed(list(cues().award_names.finditer(text))):
        if _work_field(text, name):
            text = text[: name.start] + " " * (name.end - name.start) + text[name.end :]
    return text


def _work_field(text: str, name: CueMatch) -> bool:
    """ "công tác thi đua, khen thưởng", "Hội đồng Thi đua - Khen thưởng tỉnh": the award word
    names a field of work or a council, no award given."""
    return cues().award_work_fields.ends_with(text[: name.start].rstrip(" ,-–—")) is not None


def _award_name(clause: str, pos: int = 0) -> CueMatch | None:
    """The first award name of ``clause`` from ``pos`` that is no field of work or council."""
    while (name := cues().award_names.search(clause, pos)) is not None and _work_field(clause, name):
        pos = name.end
    return name or praise_award(clause, pos)


def parse_awards(sentence: str, giver: str | None = None) -> list[Award]:
    """One award per clause that names an award; a clause without a giver inherits one."""
    text = _CLOSING.sub("", sentence.strip()).rstrip(".")
    occasion = cues().award_occasions.at_start(text)
    if occasion is not None and text[occasion.end : occasion.end + 1] == ",":
        text = text[occasion.end + 1 :].strip()
    awards: list[Award] = []
    proposed = False
    for clause in split_top_level(text, ";"):
        proposed = _proposes(clause, proposed)
        if proposed:
            continue  # "… bình bầu và đề nghị tặng danh hiệu …": asked of a higher level, not given
        listed = listed_awards(clause, parse_awards)
        for award in _parse_coordinated(clause, giver) if listed is None else listed:
            awards.append(award)
            giver = award.giver
    return awards


def _proposes(clause: str, before: bool) -> bool:
    """ "… thống nhất với đề nghị tặng Huân chương …", "… được UBND tỉnh trình Thủ tướng Chính
    phủ tặng Cờ thi đua …": a clause that proposes its award to a higher level (words of
    cues.yaml award_proposals before the award's name); a clause with no verb of its own ("…;
    'Cờ thi đua' của Tổng cục … cho …") goes on as the clause before it."""
    name = _award_name(clause)
    head = clause[: name.start] if name is not None else clause
    if cues().award_proposals.contains(head):
        return True
    if cues().award_verbs.contains(head) or cues().award_receiving_verbs.contains(head):
        return False
    return before


def _parse_coordinated(clause: str, giver: str | None) -> list[Award]:
    """One clause naming two award forms ("tặng Bằng khen cho 3 tập thể và Giấy khen cho 6 cá
    nhân có thành tích …") gives two awards; a reason stated once at the end is shared."""
    awards: list[Award] = []
    for part in _award_parts(clause):
        award = _parse_clause(part, giver)
        if award is None:
            continue
        awards.append(award)
        giver = award.giver
    reason = awards[-1].reason if awards else None
    return [a if a.reason else _with_reason(a, reason) for a in awards]


def _with_reason(award: Award, reason: str | None) -> Award:
    return Award(award.award, award.giver, award.collectives, award.individuals, award.recipients, reason)


def _award_parts(clause: str) -> list[str]:
    """Split a clause before each further award name, at the "và" (or comma) that joins it."""
    names = []
    pos = 0
    while (match := _award_name(clause, pos)) is not None:
        names.append(match)
        pos = match.end
    parts: list[str] = []
    start = 0
    for previous, name in zip(names, names[1:], strict=False):
        gap_end = name.start
        verb = cues().award_verbs.search(clause[:gap_end], previous.end)
        if verb is None:  # "… của UBND tỉnh và 92 cá nhân nhận Giấy khen của …": before the recipients
            verb = cues().award_receiving_verbs.search(clause[:gap_end], previous.end)
        if verb is not None:  # "… và Chủ tịch UBND huyện tặng Giấy khen": split before the giver
            gap_end = verb.start
        gap = clause[previous.end : gap_end]
        joins = [f" {w} " for w in function_words().and_words]
        joint = _last_joint(gap, joins)
        between = _COUNT_END.sub("", clause[previous.end + joint : name.start])  # "và 2 Huân chương …"
        if joint < 0 or (verb is None and between.strip(" ,") not in ("", *function_words().and_words)):
            # "danh hiệu Chiến sĩ thi đua", "… và được công nhận danh hiệu …": one award
            continue
        cut = previous.end + joint
        head = clause[start:cut]
        tail = clause[cut + next((len(j) for j in joins if clause.startswith(j, cut)), 2) :]
        # Both sides must give recipients: "tặng Cờ thi đua và Bằng khen cho 2 tập thể" is one
        # award phrase, and so is a reason that mentions "danh hiệu …"; but each award that names
        # its own giver is one of its own ("Bằng khen của A, Giấy khen của B cho các tập thể"),
        # given to the recipients named once at the end.
        tail_ok = _parse_clause(tail, None) is not None
        shared = _shared_recipients(tail) if tail_ok and _own_giver(clause[previous.end : cut]) else None
        if shared is not None and _parse_clause(head, None) is None:
            head = f"{head} {shared}"
        if _parse_clause(head, None) is None or not tail_ok:
            continue
        parts.append(head)
        start = len(clause) - len(tail)
    parts.append(clause[start:])
    return parts


def _last_joint(gap: str, joins: list[str]) -> int:
    """Where the last "và" or comma of ``gap`` stands, else -1; not one inside a count of both kinds
    of recipients ("…, 31 tổ chức và cá nhân được Chủ tịch UBND …": the comma before it)."""
    inside = [(m.start, m.end) for m in cues().mixed_recipient_units.finditer(gap)]
    found = [at for j in [*joins, ", "] for at in _all_at(gap, j)]
    outside = [at for at in found if not any(start <= at < end for start, end in inside)]
    return max(outside, default=-1)


def _all_at(text: str, part: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(part), text)]


def _own_giver(after_name: str) -> bool:
    """ "của Bộ trưởng Bộ Khoa học và Công nghệ": the words after an award name give its giver."""
    return after_name.strip().startswith(layout_words().giver_word + " ")


def _shared_recipients(clause: str) -> str | None:
    """ "… cho các tập thể, cá nhân tiêu biểu": the recipients' phrase at the end of a clause."""
    found = re.search(rf"\s({alternation(function_words().recipient_prepositions)})\s", clause)
    return clause[found.start(1) :] if found is not None else None


def _parse_clause(clause: str, giver: str | None) -> Award | None:
    name = _award_name(clause)
    verb = cues().award_verbs.search(clause)
    if name is None:
        return None
    award_name = capitalize_first(clause[name.start : name.end])
    rest = clause[name.end :].strip()
    grade = cues().award_grades.at_start(rest)
    if grade is not None and rest[:1].isalnum():  # "… hạng Ba", "… xuất sắc", "Huy hiệu 50 năm tuổi Đảng"
        award_name = f"{award_name} {rest[: grade.end].strip()}"
        rest = rest[grade.end :].strip()
    quoted = _QUOTED.match(rest)
    described = cues().described_award_names.at_start(award_name) is not None
    if described and quoted is None and not rest[:1].isupper():  # a named one goes on below
        stop = cues().described_award_stops.search(rest)  # "cờ dẫn đầu phong trào thi đua cho …"
        marks = [at for at in (rest.find(c) for c in ",;:(") if at >= 0]
        end = min([stop.start if stop is not None else len(rest), *marks])
        award_name = f"{award_name} {rest[:end].strip()}".strip()
        rest = rest[end:].strip()
    elif quoted is not None:  # "Kỷ niệm chương “Vì giai cấp nông dân Việt Nam” cho …"
        award_name = f"{award_name} {quoted.group(0).strip()}"
        rest = rest[quoted.end() :].strip()
    elif rest[:1].isupper():  # a named award: "Kỷ niệm chương Cựu chiến binh Việt Nam năm 2020 cho …"
        stops = (m.start for m in cues().award_name_stops.finditer(rest) if rest[m.start].islower())
        end = next(stops, len(rest))  # "Vì sự nghiệp …" in capitals is part of the name
        award_name = f"{award_name} {rest[:end].strip(' ,')}"
        rest = rest[end:].strip()
        rest = re.sub(r"^\S+\s+\d{4}\s*", "", rest) if _YEAR_AFTER.match(rest) else rest
    one = None  # "đơn vị công an huyện được …": one body given the award, named in lower case
    receivers = _received(clause, name.start)
    attained = _attained(clause, name.start) if receivers is None else None
    if attained is not None:  # "6 tập thể đạt danh hiệu …": a title attained, no giver named
        receivers, giver = attained, None
    if verb is not None and verb.start < name.start and receivers is None:
        subject = clause[: verb.start].strip(" ,")
        passive = _passive().search(subject)
        if passive:  # "3 tập thể và 5 cá nhân được Ban Thường vụ Huyện ủy tặng Giấy khen vì …"
            giver = _clean_giver(subject[passive.end() :]) or giver
            receiving = subject[: passive.start()].strip(" ,")
            rest = receiving + " " + rest
            one = receiving if one_collective(receiving) else None
        elif _passive_end().search(subject):  # "151 đồng chí được tặng Kỷ niệm chương …"
            receivers = _passive_end().sub("", subject).strip(" ,")
        else:
            giver = _clean_giver(subject) or giver
    elif (verb is None or verb.start == name.start) and not _recipients_lead().match(rest):
        subject = _without_praise(clause[: name.start])
        passive = _passive().search(subject)
        if _passive_end().search(subject):  # "… được khen thưởng", "… được biểu dương, khen thưởng"
            receivers = _passive_end().sub("", subject).strip(" ,")
        elif passive:  # "10 tập thể và 20 cá nhân được Ban Thường vụ Huyện ủy khen thưởng"
            giver = _clean_giver(subject[passive.end() :]) or giver
            receivers = subject[: passive.start()].strip(" ,")
        elif verb is not None:  # "…, Hội Nông dân huyện Nam Sách đã khen thưởng 4 tập thể …"
            giver = _acting_body(subject) or giver
    elif verb is not None and verb.start == name.start and not _passive().search(clause[: name.start]):
        giver = _acting_body(clause[: name.start]) or giver  # "UBND huyện khen thưởng cho 5 tập thể …"
    of = layout_words().giver_word + " "
    if rest.startswith(of):  # "Bằng khen của Chủ tịch UBND tỉnh cho …"
        issuer, _, rest = rest[len(of) :].partition(f" {function_words().recipient_prepositions[0]} ")
        giver = issuer.strip(" ,") or giver
    if receivers:  # the recipients stand before the award: "… được nhận Bằng khen của …"
        rest = f"{receivers} {rest}".strip()
    rest = _recipients_lead().sub("", rest.strip())
    reason = None
    cue = cues().award_reasons.search(rest)
    if cue is not None:
        reason = rest[cue.start :].strip(" ,.")
        reason = _reason_lead().sub("", reason)
        rest = rest[: cue.start].strip(" ,")
    collectives, individuals, recipients = read_recipients(rest)
    if not (collectives or individuals):
        collectives, individuals = _counted_awards(clause[: name.start], award_name, rest)
    if not (collectives or individuals or recipients) and one_place([rest]):
        recipients = [rest.strip()]  # "tỉnh Cà Mau được Đảng, Nhà nước tặng thưởng Huân chương …"
    if receivers and not (collectives or individuals or _summed_up(award_name, rest)):
        if not _ceremony(clause[: name.start], receivers):
            return None  # "Hội đã nhận được 15 Bằng khen …": only counted recipients before the award
        collectives, recipients = 1, []  # "Huyện ủy tổ chức lễ kỷ niệm và đón nhận Huân chương …": the body
    if not (collectives or individuals) and one is not None:
        collectives, recipients = 1, [one]
    if not (collectives or individuals or recipients or mixed_count(rest)):
        return None
    if not (collectives or individuals) and recipients and cues().honorifics.matches_whole(recipients[0]):
        return None  # "Ông được Thủ tướng tặng Bằng khen và …": a profile's past award, no one named
    people = [r for r in recipients if named_person(r)]
    if not (collectives or individuals) and people:
        individuals = len(people)  # "… cho đồng chí A, Giám đốc Sở", "… cho mẹ B và mẹ C"
    if not (collectives or individuals) and len(recipients) == 1 and one_body(recipients[0]):
        collectives = 1  # "… trao Huân chương Độc lập hạng Nhì cho Hội Nông dân tỉnh Bắc Giang"
    if not (collectives or individuals) and one_place(recipients):
        collectives = 1  # "… cho Đảng bộ, chính quyền và Nhân dân tỉnh Cà Mau", "tỉnh Cà Mau được …"
    return Award(award_name, giver, collectives, individuals, tuple(recipients), reason or None)


_CLOSING = re.compile(r"\.+/\.?$")  # "… năm học 2017 - 2018./": the article's closing mark
_COUNT_END = re.compile(r"\s\d+\s*$")  # the number of awards right before the next award's name
_YEAR_AFTER = re.compile(r"^\S+\s+\d{4}\b")
_QUOTED = re.compile(r"^[“\"«][^”\"»]{2,80}[”\"»]")


_COUNT_BEFORE = re.compile(r"(?<![\d.,/])(\d+)\s*$")


def _counted_awards(before: str, award: str, rest: str) -> tuple[int, int]:
    """ "tặng 229 Kỷ niệm chương …", "tặng 45 Cờ thi đua … cho các cơ quan, đơn vị": the number of
    awards right before the name, as (collectives, individuals) by the recipients' noun, else by
    the kind of award; (0, 0) when there is no such number or its kind is unknown."""
    count = _COUNT_BEFORE.search(before)
    if count is None:
        return 0, 0
    number = int(count.group(1))
    collective = cues().collective_nouns.contains(rest)
    individual = cues().individual_nouns.contains(rest)
    if collective != individual:
        return (number, 0) if collective else (0, number)
    if not (collective or individual) and cues().personal_award_names.at_start(award) is not None:
        return 0, number
    if not (collective or individual) and cues().collective_award_names.at_start(award) is not None:
        return number, 0
    return 0, 0


def _acting_body(subject: str) -> str | None:
    """The body that gives an award named by its verb ("khen thưởng", "tuyên dương"): the last
    phrase of the subject when a body's head word opens it (after "Lãnh đạo"), else None."""
    last = subject.rpartition(", ")[2].strip()
    leaders = cues().giver_leader_words.at_start(last)  # "Lãnh đạo UBND huyện …": the body they lead
    last = last[leaders.end :].strip() if leaders is not None else last
    return _clean_giver(last) if cues().org_heads.at_start(last) is not None else None


def _clean_giver(subject: str) -> str | None:
    proxy = _proxy().match(subject)
    if proxy:
        return proxy.group(1).strip()
    _, comma, last = subject.rpartition(", ")
    if comma and _giver_head(last.strip()):
        # "Ghi nhận những nỗ lực …, tại Hội nghị, UBND Thành phố", "Với thành tích …, Chủ tịch
        # UBND tỉnh": the body or the office after the phrases
        subject = last
    words = subject.split()
    while words and words[-1].casefold() in function_words().giver_trailers:
        words.pop()
    return clean_name(" ".join(words)) if words else None


def _giver_head(phrase: str) -> bool:
    """ "UBND Thành phố", "Chủ tịch UBND tỉnh": a phrase headed by a body or an office that gives."""
    heads = (cues().org_heads, cues().signer_titles, cues().speaker_titles)
    return any(h.at_start(phrase) is not None for h in heads)


def _summed_up(award: str, text: str) -> bool:
    """ "1.279 tổ chức và cá nhân được các cấp khen thưởng, trong đó …": a "khen thưởng" (no form
    of award) of recipients counted together, the total of the awards that follow it."""
    generic = cues().generic_award_names.matches_whole(award)
    return generic and counts_both(text)
