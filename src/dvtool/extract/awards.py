"""Awards handed out at a meeting: "UBND tỉnh tặng Bằng khen cho 6 tập thể và 7 cá nhân có
thành tích xuất sắc trong …; tặng Giấy khen cho …"."""

from __future__ import annotations

import re

from dvtool.extract._text import capitalize_first, split_top_level
from dvtool.extract.cues import cues
from dvtool.extract.numbers import find_figures
from dvtool.model import Award

_PROXY = re.compile(r"^(?:thừa ủy quyền|thừa uỷ quyền|thay mặt)\s+(?:của\s+)?(.+?),\s+", re.IGNORECASE)
_NAMED_SPLIT = re.compile(r",\s+|;\s+|\s+và\s+")


def is_award_sentence(text: str) -> bool:
    """A sentence that hands out an award: an award name and a verb of giving."""
    return cues()["award_names"].contains(text) and cues()["award_verbs"].contains(text)


def parse_awards(sentence: str, giver: str | None = None) -> list[Award]:
    """One award per clause that names an award; a clause without a giver inherits one."""
    text = sentence.strip().rstrip(".")
    occasion = cues()["award_occasions"].at_start(text)
    if occasion is not None and text[occasion.end : occasion.end + 1] == ",":
        text = text[occasion.end + 1 :].strip()
    awards: list[Award] = []
    for clause in split_top_level(text, ";"):
        award = _parse_clause(clause, giver)
        if award is not None:
            awards.append(award)
            giver = award.giver
    return awards


def _parse_clause(clause: str, giver: str | None) -> Award | None:
    name = cues()["award_names"].search(clause)
    verb = cues()["award_verbs"].search(clause)
    if name is None:
        return None
    award_name = capitalize_first(clause[name.start : name.end])
    rest = clause[name.end :].strip()
    if verb is not None and verb.start < name.start:
        subject = clause[: verb.start].strip(" ,")
        passive = re.search(r"\s(?:được|đã được|vinh dự được)\s+", subject)
        if passive:  # "3 tập thể và 5 cá nhân được Ban Thường vụ Huyện ủy tặng Giấy khen vì …"
            giver = _clean_giver(subject[passive.end() :]) or giver
            rest = subject[: passive.start()] + " " + rest
        else:
            giver = _clean_giver(subject) or giver
    if rest.startswith("của "):  # "Bằng khen của Chủ tịch UBND tỉnh cho …"
        issuer, _, rest = rest[4:].partition(" cho ")
        giver = issuer.strip(" ,") or giver
    rest = re.sub(r"^(?:cho|tới|đến)\s+", "", rest.strip())
    reason = None
    cue = cues()["award_reasons"].search(rest)
    if cue is not None:
        reason = rest[cue.start :].strip(" ,.")
        reason = re.sub(r"^(?:vì|do)\s+", "", reason)
        rest = rest[: cue.start].strip(" ,")
    collectives, individuals, recipients = _recipients(rest)
    if not (collectives or individuals or recipients):
        return None
    return Award(award_name, giver, collectives, individuals, tuple(recipients), reason or None)


def _clean_giver(subject: str) -> str | None:
    proxy = _PROXY.match(subject)
    if proxy:
        return proxy.group(1).strip()
    words = subject.split()
    while words and words[-1].casefold() in ("đã", "vừa", "cũng", "đồng", "thời", "trân", "trọng"):
        words.pop()
    return " ".join(words) or None


def _recipients(text: str) -> tuple[int, int, list[str]]:
    collectives = individuals = 0
    counted = text.split(":", 1)[0]
    for figure in find_figures(counted):
        unit = figure.unit or ""
        if not isinstance(figure.value, int):
            continue
        if cues()["collective_nouns"].at_start(unit):
            collectives += figure.value
        elif cues()["individual_nouns"].at_start(unit):
            individuals += figure.value
    names: list[str] = []
    if ":" in text:
        names = [n.strip(" .") for n in _NAMED_SPLIT.split(text.split(":", 1)[1]) if n.strip(" .")]
    elif not (collectives or individuals) and text[:1].isupper():
        names = [n.strip(" .") for n in _NAMED_SPLIT.split(text) if n.strip(" .")]
    return collectives, individuals, names
