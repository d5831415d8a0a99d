"""The counted noun phrase after a number: a figure's ``unit`` ("202 hội nghị phản biện xã
hội", "21 sở, ngành", "320 dịch vụ công trực tuyến mức độ 3"), up to a function word, a verb, a
quote or a clause break. (Was the end of ``numbers.py``.)"""

from __future__ import annotations

import re
from functools import lru_cache

from dvtool.extract.cues import CueSet, cues, fold_aligned, has_diacritics, tone_key

WORD = re.compile(r"[^\s,;.:!?()“”\"«»\[\]]+")

_MAX_UNIT_WORDS = 8


def unit_end(text: str, folded: str, pos: int) -> int:
    """End of the counted noun phrase starting after ``pos`` (== pos when there is none)."""
    money = _money_end(text, pos)
    if money is not None:
        return money  # "5 tỷ đồng ủng hộ quỹ …": the unit is "tỷ đồng" (rule money_unit_ends)
    stops, verbs = cues()["figure_unit_stops"], cues()["figure_unit_verbs"]
    end = pos
    count = 0
    i = pos
    while count < _MAX_UNIT_WORDS:
        if text[i : i + 1] == " ":
            level = _level_span(folded, i + 1)
            if level and count:
                end = i = level
                count += 2
                continue
            word = WORD.match(text, i + 1)
            if not word or _stops_unit(stops, text, i + 1) or (count and _starts_with(verbs, text, i + 1)):
                break
            power = power_end(text, text.rfind(" ", 0, i) + 1, i) if count == 1 else i
            if power > i:
                end = i = power
                continue  # "500 m 2 đất": the power of the unit (rule spaced_powers, fig12)
            if word.group(0)[0].isdigit() or _dangling_mark(text, word):
                break
            end = i = word.end()
            count += 1
            continue
        if text[i : i + 1] == "," and count:
            seg_end = _comma_segment(text, folded, i + 1, stops, verbs)
            if seg_end is None:
                break
            end = i = seg_end
            continue
        break
    return end


_LENGTHS = frozenset({"m", "km", "cm", "dm", "mm"})
_POWER = re.compile(r" [23](?=[\s,;.:!?)]|$)")


def power_end(text: str, start: int, end: int) -> int:
    """End of a power typed with a space after the length unit ``text[start:end]`` ("26.500m 2
    đất", "500 m 3"): a square or cubic measure; ``end`` when there is none. Rule spaced_powers
    (fig12)."""
    unit = text[start:end].lower()
    if unit not in _LENGTHS:
        return end
    m = _POWER.match(text, end)
    if m is None or (unit == "km" and m.group(0) != " 2"):
        return end  # "12 km 3 cầu": no cubic kilometre
    return m.end()


_MARKS = frozenset("-–—")


def _dangling_mark(text: str, word: re.Match[str]) -> bool:
    """A dash standing alone that joins no noun to the unit: one before a number or a statistic
    ("Đối với 02 đơn – 02 vụ việc", "48 người - tỷ lệ 60%") or at the end; "hộ kinh doanh - dịch
    vụ" keeps its dash. Rule unit_dashes (fig9)."""
    mark = word.group(0)
    if not mark or any(ch not in _MARKS for ch in mark):
        return False
    after = WORD.match(text, word.end() + 1) if text[word.end() : word.end() + 1] == " " else None
    return after is None or after.group(0)[0].isdigit() or _opens_statistic(text, word.end())


def _money_end(text: str, pos: int) -> int | None:
    """End of an amount of money after ``pos``: scale words ("tỷ", "triệu": ``figure_money_scales``)
    and a currency (``figure_currencies``: "đồng", "USD", typed in lower case or capitals); None
    when the words after the number are no amount of money. A currency ends the
    counted phrase: what follows says what the money went to or came from ("5 tỷ đồng ủng hộ quỹ
    vì người nghèo", "2,8 tỷ đồng, ổn định việc làm"), not what was counted. "21 đồng chí" is no
    money (``figure_currency_compounds``); the kind of the money stays ("850 triệu đồng ngày công",
    ``figure_money_kinds``); a currency reckoned per something ("đồng/thân nhân liệt
    sĩ") is read as before. Rule money_unit_ends (fig9). The lists are looked up as words, with
    no pattern compiled: the check runs on every figure."""
    accented = has_diacritics(text)
    i = pos
    while text[i : i + 1] == " ":
        word = WORD.match(text, i + 1)
        if word is None:
            return None
        w = word.group(0)
        if listed("figure_currencies", w, accented=accented) and (w.islower() or w.isupper()):
            if listed("figure_currency_compounds", words_after(text, i, 2), accented=accented):
                return None
            kind = words_after(text, word.end(), 2)
            if kind and listed("figure_money_kinds", kind, accented=accented):
                return word.end() + 1 + len(kind)
            return word.end()
        if not listed("figure_money_scales", w, accented=accented):
            return None
        i = word.end()
    return None


@lru_cache(maxsize=64)
def _keys(name: str, accented: bool) -> frozenset[str]:
    view = tone_key if accented else fold_aligned
    return frozenset(view(" ".join(p.split())).lower() for p in cues()[name].phrases)


def listed(name: str, phrase: str, *, accented: bool) -> bool:
    """``phrase`` is one of the cue list ``name`` as a whole, matched as a :class:`CueSet` matches
    (tones told apart in an accented text), without compiling the list's pattern."""
    view = tone_key if accented else fold_aligned
    return bool(phrase) and view(phrase).lower() in _keys(name, accented)


def words_after(text: str, pos: int, count: int) -> str:
    """The next ``count`` words after the space at ``pos`` (fewer where the text stops), one space
    apart: "đồng chí" after "21"."""
    found: list[str] = []
    i = pos
    while len(found) < count and text[i : i + 1] == " ":
        word = WORD.match(text, i + 1)
        if word is None:
            break
        found.append(word.group(0))
        i = word.end()
    return " ".join(found)


def _comma_segment(text: str, folded: str, pos: int, stops: CueSet, verbs: CueSet) -> int | None:
    """End of a short noun listed after a comma ("công trình, dự án"), or None."""
    i = pos
    words = 0
    end = pos
    while text[i : i + 1] == " ":
        word = WORD.match(text, i + 1)
        if not word or _stops_unit(stops, text, i + 1) or _starts_with(verbs, text, i + 1):
            break
        w = word.group(0)
        if w[0].isdigit() or (words == 0 and not w[0].islower()):
            return None
        if words == 0 and _opens_statistic(text, i):
            return None  # "20% GRDP, | kim ngạch xuất khẩu đạt …": the next statistic's subject
        if words == 0 and _starts_with(cues().figure_comma_clauses, text, i + 1):
            return None  # "29,98% năm, | cao hơn mức …": a comparison, no counted noun
        words += 1
        end = i = word.end()
    if not 1 <= words <= 4:
        return None
    nxt = text[end : end + 1]
    if nxt in ("", ",", ";", ".", ":", ")", "…", "!", "?"):
        return end
    following = WORD.match(text, end + 1)
    if following and not following.group(0)[0].isdigit():
        if _stops_unit(stops, text, end + 1) or _starts_with(verbs, text, end + 1):
            return end
    return None


def _opens_statistic(text: str, pos: int) -> bool:
    """The words after the space at ``pos`` name a statistic of their own ("tỷ lệ", "kim ngạch",
    "mức độ": ``figure_statistic_heads``, one or two words), so a comma before them ends a list of
    counted nouns. Rule comma_statistics (fig9)."""
    accented = has_diacritics(text)
    two = words_after(text, pos, 2)
    return listed("figure_statistic_heads", two, accented=accented) or listed(
        "figure_statistic_heads", two.split(" ", 1)[0], accented=accented
    )


def _stops_unit(stops: CueSet, text: str, pos: int) -> bool:
    """A stop word, or a time word followed by a number ("3 xã | năm 2023"); a time word
    that is part of the noun ("102% kế hoạch năm") does not stop it."""
    if stops.match_at(text, pos) is not None:
        return True
    timed = cues()["figure_unit_stops_before_number"].match_at(text, pos)
    return timed is not None and text[timed.end : timed.end + 2].strip()[:1].isdigit()


def _starts_with(cue_set: CueSet, text: str, pos: int) -> bool:
    return cue_set.match_at(text, pos) is not None


_LEVEL = re.compile(r"(?:muc do|cap do) \d+(?!\w)")


def _level_span(folded: str, pos: int) -> int | None:
    """ "mức độ 3" after a service noun belongs to the unit."""
    m = _LEVEL.match(folded, pos)
    return m.end() if m else None
