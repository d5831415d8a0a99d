"""Numbers that are no figure of the period under review (GOLD.md): the parts of a plan, a
place's or a project's standing statistics, targets, and the history in a series of years. Every
word comes from ``cues.yaml``; the year patterns read the folded text."""

from __future__ import annotations

import re
from collections.abc import Sequence

from dvtool.extract.cues import cues
from dvtool.model import Figure, Item
from dvtool.vntext import fold


def no_result(
    head: str, unit: str | None, value: float, *, counted: bool, awards: bool = False, after: str = ""
) -> bool:
    """True when the number after ``head`` (the text before it, its prefix taken off) with
    ``unit`` (and ``after``, the text after the number) states no result: "gồm 2 hợp phần" (unless
    counted against a total: "3/9 hạng mục"), "dân số hơn 110.000 người", "dự toán 160 tỷ đồng"."""
    if unit is not None and (_directed(head, unit, after) or _vote_share(unit, after)):
        return True
    if unit is not None and not counted and cues().figure_scope_units.at_start(unit) is not None:
        return True
    if unit is not None and _ordinal_or_some(unit, value):
        return True
    if unit is not None and (_page_counter(head, unit) or _day_of_month(unit) or _named_places(unit)):
        return True
    if unit is not None and _motto(unit):
        return True
    if not awards and (_honoured(head) or _prize_handed(head, unit)):
        return True
    if _delegates(head, unit) or _gift_size(head):
        return True
    return _context_statistic(head) or cues().figure_target_words.ends_with(head) is not None or _asked(head)


def level_unit(unit: str) -> bool:
    """ "02 cấp" names how many levels, not a quantity of the period ("5 cấp ủy" counts)."""
    return (
        cues().figure_level_units.at_start(unit) is not None
        and cues().figure_level_unit_exceptions.at_start(unit) is None
    )


def counted_figures(text: str) -> tuple[Figure, ...]:
    """Figures of a prose sentence: a bare number with no unit ("… đạt 14", a list number, a
    clause number) states no quantity a reader can use, so it is left out, unless it is a named
    count or a rank (:func:`named_count`). (Was ``core._counted_figures``.)"""
    from dvtool.extract.numbers import find_figures

    return tuple(f for f in find_figures(text) if f.unit or f.total is not None or named_count(text, f))


def named_count(text: str, figure: Figure) -> bool:
    """ "Số đại biểu ấn định là 3.869": a bare number after a copula whose clause opens by naming
    what is counted (``count_subjects``: "Số …", "Tổng số …") states that count, unit or not; so
    does one after a rank ("xếp thứ 59": ``figure_ranks``)."""
    at = text.find(figure.text)
    if at < 0 or figure.unit:
        return False
    if cues().figure_ranks.ends_with(text[:at].rstrip()) is not None:
        return True  # "Việt Nam xếp thứ 59": a rank reached
    clause = re.split(r"[,;:(]", text[:at])[-1].strip()
    return cues().count_subjects.at_start(clause) is not None and cues().copulas.ends_with(clause) is not None


def heads_with_figures(section: str, text: str) -> bool:
    """ "Tổng số lượt tiếp: 17 lượt … với 22 người …, trong đó:", "… đã tiếp 14 lượt với 17
    người:": a results line that heads a list and states figures is a result of its own."""
    from dvtool.extract.numbers import find_figures

    return section == "results" and any(f.unit or f.total is not None for f in find_figures(text))


def _directed(head: str, unit: str, after: str) -> bool:
    """ "… và chỉ đạo 3 xã còn lại phấn đấu hoàn thành …": the count right after a verb of
    directing names whom the direction addresses, no result; not when the words after its noun
    state how those stand ("chỉ đạo 11 quận, huyện chưa hoàn thành số hóa …": a figure), nor in
    a body's name ("Trưởng Ban chỉ đạo 24 huyện")."""
    verb = cues().figure_directing_verbs.ends_with(head.rstrip())
    if verb is None or cues().org_heads.ends_with(head[: verb.start].rstrip()) is not None:
        return False
    rest = after.lstrip()
    rest = rest[len(unit) :] if rest.startswith(unit) else rest
    return cues().figure_standing_words.at_start(rest) is None


_VOTER_REACH = 3  # "100% | các đại biểu": words before the delegates' noun


def _vote_share(unit: str, after: str) -> bool:
    """ "100% các đại biểu chính thức dự đại hội đã biểu quyết nhất trí": the share of the
    delegates who vote at the meeting is how the meeting passed a text, no result; a share of the
    people ("99% cử tri đồng thuận") may be one."""
    if unit != "%":
        return False
    clause = re.split(r"[,;:(.]", after)[0]
    delegates = cues().figure_delegate_units.search(clause)
    if delegates is None or len(clause[: delegates.start].split()) > _VOTER_REACH:
        return False
    return cues().figure_vote_words.contains(clause[delegates.end :])


_HONOUR_REACH = 8  # words between an honouring verb and the count of those it honours


def _honoured(head: str) -> bool:
    """ "UBND tỉnh khen tặng 5 tập thể, 6 cá nhân …", "tuyên dương 10 gương thanh niên": the
    number counts those an honouring verb honours (``figure_honour_verbs``), an award's count
    (GOLD.md: awards), not a result; also the next count of the same list."""
    verbs = list(cues().figure_honour_verbs.finditer(head))
    if not verbs:
        return False
    return _within_reach(head[verbs[-1].end :])


def _within_reach(between: str) -> bool:
    """The words between an honouring verb and a count: a few, in the same clause; or, after
    another count the verb names, up to twice as many, the count joined to it by "và" or a comma
    ("tuyên dương 22 gia đình trẻ tiêu biểu tỉnh Đồng Nai và 30 Thủ lĩnh …": rule
    honour_list (fig6))."""
    if re.search(r"[.;:!?]", between):
        return False
    words = between.split()
    if len(words) <= _HONOUR_REACH:
        return True
    joined = words[-1].lower() in _joins() or between.rstrip().endswith(",")
    return joined and len(words) <= 2 * _HONOUR_REACH and re.match(r"\s*\d", between) is not None


def _joins() -> tuple[str, ...]:
    from dvtool.extract.function_words import function_words

    return function_words().and_words


def _prize_handed(head: str, unit: str | None) -> bool:
    """ "Ban tổ chức đã trao 20 giải A, 25 giải B và 25 giải C": the number counts the prizes a
    verb of handing out gives (``figure_prize_verbs`` before, ``figure_prize_units`` after), an
    award's count (GOLD.md: awards), not a result; "trao tặng 50 phần quà" counts gifts. Rule
    prize_counts (fig6)."""
    if unit is None or cues().figure_prize_units.at_start(unit) is None:
        return False
    verbs = list(cues().figure_prize_verbs.finditer(head))
    if not verbs:
        return False
    return _within_reach(head[verbs[-1].end :])


_DELEGATE_UNIT_WORDS = 4  # "125 đại biểu chính thức, | đại diện cho …": the delegates' own words


def _delegates(head: str, unit: str | None) -> bool:
    """ "… và 125 đại biểu chính thức, đại diện cho hơn 4.000 đoàn viên": the delegates present
    and those they stand for are the meeting's attendance, no result; "Đại hội đã bầu 04 đại
    biểu đại diện cho 240 hội viên" elects them (a result verb before the count). Rule
    delegate_counts (fig6)."""
    if unit is not None and cues().figure_delegate_units.at_start(unit) is not None:
        return _attending(head, unit)
    represented = cues().figure_represented_words.ends_with(head.rstrip())
    if represented is None:
        return False
    before = head[: represented.start].rstrip(" ,")
    count = re.search(r"\d[\d.,]*\s+([^\d]+)$", before)
    if count is None or len(count.group(1).split()) > _DELEGATE_UNIT_WORDS:
        return False
    own = count.group(1)
    return cues().figure_delegate_units.at_start(own) is not None and _attending(before[: count.start()], own)


def _attending(head: str, unit: str) -> bool:
    """The delegates' count after ``head`` is the meeting's attendance: its unit goes on with a
    qualifier ("đại biểu chính thức") or its sentence names attending ("tham dự cùng gần 200 đại
    biểu"), and no result verb stands in its clause ("đã bầu 04 đại biểu")."""
    sentence = re.split(r"[.!?]\s", head)[-1]
    clause = re.split(r"[,;:(]", sentence)[-1]
    if cues().figure_result_verbs.contains(clause):
        return False
    return cues().figure_delegate_qualifiers.contains(unit) or cues().figure_attending_words.contains(
        sentence
    )


def _gift_size(head: str) -> bool:
    """ "… 50 phần quà, mỗi phần trị giá 400.000 đồng", "(mỗi suất 10 kg gạo)": the clause before
    the number is "mỗi" and a gift noun, "trị giá" or "gồm" after it or nothing: what each gift is
    worth or holds, no result. Rule per_gift_size (fig6)."""
    clause = re.split(r"[,;:(]", head)[-1].strip()
    each = cues().figure_each_words.at_start(clause)
    if each is None:
        return False
    rest = clause[each.end :].strip()
    gift = cues().figure_gift_nouns.at_start(rest)
    if gift is None:
        return False
    worth = rest[gift.end :].strip()
    return not worth or cues().figure_worth_words.matches_whole(worth)


def _named_places(unit: str) -> bool:
    """ "ở 02 tỉnh Vĩnh Phúc và Phú Thọ", "hai xã Công Hải": a place noun with a name right after
    it; the number counts the places named, a reference, no result. Rule named_places (fig6)."""
    place = cues().figure_named_place_units.at_start(unit)
    rest = unit[place.end :].lstrip() if place is not None else ""
    return rest[:1].isupper()


def _motto(unit: str) -> bool:
    """ "8 chữ vàng", "4 chữ T": the words of a motto. Rule motto_words (fig6)."""
    words = cues()
    return (
        words.figure_motto_units.at_start(unit) is not None
        and words.figure_motto_unit_exceptions.at_start(unit) is None
    )


def _page_counter(head: str, unit: str) -> bool:
    """ "38 liên quan", "2 đăng lại" alone on a line: an aggregator's counter of related or
    reposted items (Báo Mới), page chrome. Rule page_counters (fig6)."""
    return not head.strip() and cues().figure_page_counters.matches_whole(unit)


def _day_of_month(unit: str) -> bool:
    """ "từ ngày 15 đến 20 hằng tháng": a bare number before "hằng tháng" is a day of the
    month, a date. Rule day_of_month (fig6)."""
    return cues().figure_day_units.at_start(unit) is not None


def _asked(head: str) -> bool:
    """The clause before a figure asks for it or plans it ("thành phố cần tập trung vào 1 khu",
    "sẽ xây dựng 6 trường"): a target, no result of the period (GOLD.md scores no figure of a
    task). Not "phải", which is also a side ("đường nhánh bên phải … mới hoàn thành 60%")."""
    clause = re.split(r"[,;:(]", head)[-1]
    return cues().figure_plan_words.contains(clause)


_ROMAN = re.compile(r"[IVXLC]+\b")


def _ordinal_or_some(unit: str, value: float) -> bool:
    """ "4 khóa XII": a plenum of a term; "1 số nhiệm vụ": "một số" typed with a digit."""
    term = cues().figure_term_units.at_start(unit)
    if term is not None and _ROMAN.match(unit[term.end :].lstrip()):
        return True
    return value == 1 and cues().figure_some_words.at_start(unit) is not None


_QUOTED_NAME = re.compile(r"[^”\"\n]{0,40}[”\"]")


def quoted_name(text: str, start: int, end: int) -> bool:
    """ "Phát triển phong trào “5 tiên phong”", "nguyên tắc "6 rõ"": a number that opens a short
    quoted name (the quote closes within a few words) is part of the name of a movement or a
    motto, no count. Rule quoted_names (fig6)."""
    before = text[start - 1 : start]
    opening = before == "“" or (before == '"' and not text[start - 2 : start - 1].strip())
    return (opening and _QUOTED_NAME.match(text, end) is not None) or _inside_short_name(text, start, end)


_NAME_REACH = 25  # characters of a short quoted name on either side of a number inside it


def _inside_short_name(text: str, start: int, end: int) -> bool:
    """ "“Gia đình 5 có, 3 sạch”": a number inside a short name in curly quotes (the quote opens
    and closes within a few words of it) is part of the name. Rule quoted_name_inside (fig9)."""
    opened = text.rfind("“", max(0, start - _NAME_REACH), start)
    if opened < 0 or "”" in text[opened:start]:
        return False
    closed = text.find("”", end, end + _NAME_REACH)
    return closed >= 0 and "“" not in text[end:closed]


_ID_DIGITS = 9  # "001070006286", "0912345678": a Vietnamese quantity this long is written grouped


def not_quantity(token: str, value: float) -> bool:
    """ "Số định danh cá nhân 001070006286", "0": an identifier or nothing counted. A long run of
    digits with no grouping dot, or one led by a zero ("0123"), is a code; zero is no result."""
    digits = token.isdigit()
    return value == 0 or (digits and (len(token) >= _ID_DIGITS or (len(token) >= 4 and token[0] == "0")))


def _context_statistic(head: str) -> bool:
    """The clause before a figure (its prefix taken off) names a place's standing statistics or
    a project's size with no verb of result after the words ("dân số là 8.000 người", "Tổng mức
    đầu tư của Dự án 2.250 tỷ đồng"; not "tổng vốn đầu tư … đã giải ngân 300 tỷ đồng")."""
    clause = re.split(r"[,;:(]", head)[-1]
    named = list(cues().figure_context_words.finditer(clause))
    if named:
        return not cues().figure_result_verbs.contains(clause[named[-1].end :])
    return _context_part(head)


def _context_part(head: str) -> bool:
    """ "Tổng mức đầu tư của Dự án 2.250 tỷ đồng, trong đó, vốn vay … là trên 1.200 tỷ đồng": after
    a breakdown opener (``figure_breakdown_openers``) that follows a context statistic in the
    same sentence, with no verb of result on the way, the number is a part of that statistic,
    no result. Rule context_parts (fig12)."""
    sentence = re.split(r"[.!?]\s", head)[-1]
    openers = list(cues().figure_breakdown_openers.finditer(sentence))
    opener = openers[-1] if openers else None
    if opener is None or cues().figure_result_verbs.contains(sentence[opener.end :]):
        return False
    before = sentence[: opener.start].rstrip(" ,;:(")
    return bool(re.search(r"\d", before)) and _context_statistic(before)


_PART = re.compile(r"[^;,]+")
_PART_YEAR = re.compile(r"^\s*(?:va\s+)?(?:trong\s+)?nam\s+(\d{4})(?!\d)")
_ANY_YEAR = re.compile(r"(?<!\w)nam\s+(\d{4})(?!\d)")


def earlier_year_parts(folded: str) -> list[tuple[int, int]]:
    """ "Năm 2022 là 83.000 tỷ đồng; năm 2023 là 97.000 tỷ đồng; và 6 tháng đầu năm 2024 là trên
    50.000 tỷ đồng": in a series of years, the parts opening with an earlier year than the
    latest one named are its history, not the period's result (spans in ``folded``)."""
    if folded.count("nam ") < 2:
        return []
    years = [int(y) for y in _ANY_YEAR.findall(folded)]
    if len(set(years)) < 2:
        return []
    latest = max(years)
    spans = []
    for part in _PART.finditer(folded):
        opened = _PART_YEAR.match(part.group(0))
        if opened is not None and int(opened.group(1)) < latest:
            spans.append((part.start(), part.end()))
    return spans


_SMALL_COUNT = 10  # "2 ha", "5 tỷ" recur as different facts more often than "15.540 kg", "6,8 tỷ"


def drop_repeated(sections: list[list[Item]]) -> None:
    """A measure stated again later in the report ("Trọng tải 15.540 kg" in a table, then
    "khối lượng … 15.540 kg, phù hợp"; a lead that repeats the body's "6,8 tỷ USD") is one
    figure: the later ones are dropped from their items, in place. Only measures and money
    (``repeat_measures``); a percentage, a count of things or a small whole number may well be
    another fact and is kept."""
    seen: set[tuple[float, str]] = set()
    for items in sections:
        for i, item in enumerate(items):
            kept = []
            for figure in item.figures:
                key = _repeat_key(figure)
                if key is not None and key in seen:
                    continue
                if key is not None:
                    seen.add(key)
                kept.append(figure)
            if len(kept) < len(item.figures):
                items[i] = Item(item.text, tuple(kept))


def _repeat_key(figure: Figure) -> tuple[float, str] | None:
    value = float(figure.value)
    words = (figure.unit or "").split()
    if not words or figure.unit == "%" or figure.total is not None:
        return None
    if value.is_integer() and value < _SMALL_COUNT:
        return None
    unit = words[0].rstrip(",;:")
    return (value, fold(unit)) if cues().repeat_measures.matches_whole(unit) else None


_CLAUSE_BOUNDARY = re.compile(r"[,;:()]|[.!?]\s")


def reported_in_tasks(results: list[Item], tasks: Sequence[Item]) -> None:
    """A task whose sentence also reports what was done with a number ("Đại biểu … đã trả lời
    trực tiếp 2 ý kiến, còn 4 ý kiến … sẽ trả lời …", "… đã và đang triển khai giao kế hoạch
    4,479 tỷ đồng …"): a figure whose clause reports before it ("đã", "đang", "vừa" …; not
    "được") and plans nothing is a result of the period, kept in a results item of that
    sentence (the task stays a task); not "10 cụm công nghiệp đã hình thành", where the marker
    only describes what is counted."""
    from dvtool.extract.function_words import function_words
    from dvtool.extract.tense import reports_in

    passive = function_words().passive_markers
    for item in tasks:
        reported = []
        for figure in item.figures:
            at = item.text.find(figure.text)
            if at < 0:
                continue
            head = _CLAUSE_BOUNDARY.split(item.text[:at])[-1]  # "… đã trả lời trực tiếp"
            planned = cues().figure_plan_words.contains(head) or cues().plan_statement_cues.contains(head)
            if reports_in(head, besides=passive) and not planned:  # not "phấn đấu … đã có 20 xã"
                reported.append(figure)
        if reported:
            results.append(Item(item.text, tuple(reported)))
