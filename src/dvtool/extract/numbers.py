"""Vietnamese numbers and the figures stated in a sentence.

Conventions (NĐ 30/2020 and press usage): "." groups thousands ("3.509" is 3509,
"1.250.000" is 1250000) and "," is the decimal mark ("2,3" is 2.3). "309/411 xã" is 309 out
of 411. Document numbers ("07-HD/BDVTU", "Nghị quyết số 26-NQ/TW"), dates ("30/5/2022"),
years ("năm 2022", "2020 - 2025"), levels ("mức độ 3"), ranks ("tốp 3", "lần thứ 231") and
periods ("6 tháng đầu năm") are not figures.

A figure's ``unit`` is the counted noun phrase that follows the number, up to a function word,
a verb, a quote or a clause break ("202 hội nghị phản biện xã hội", "21 sở, ngành"); an amount
of money ends at its currency ("5 tỷ đồng ủng hộ quỹ …" has the unit "tỷ đồng"); for a
percentage it is "%" (the phrase reader: ``figure_units.py``). Its ``text`` is the number with
that phrase, plus a direction or approximation word in front ("tăng 2,3%", "hơn 3,2 tỷ đồng")
and "trở lên" behind. A figure
after "tăng" has ``change`` "increase", after "giảm" "decrease".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import cast

from dvtool.extract.cues import cues, fold_aligned, has_diacritics, tone_key, view
from dvtool.extract.dates import SPACED_MONTH_AFTER as _DAY_MONTH_AFTER
from dvtool.extract.figure_amounts import compound_amount
from dvtool.extract.figure_bodies import members_of_body
from dvtool.extract.figure_filters import drop_repeated as drop_repeated
from dvtool.extract.figure_filters import earlier_year_parts, level_unit, no_result, not_quantity, quoted_name
from dvtool.extract.figure_gifts import handed_at_event
from dvtool.extract.figure_units import WORD as _WORD
from dvtool.extract.figure_units import listed, power_end
from dvtool.extract.figure_units import unit_end as _unit_end
from dvtool.extract.function_words import function_words
from dvtool.model import Change, Figure, Number, canonical_number

_THOUSANDS = re.compile(r"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$")
_DECIMAL = re.compile(r"^\d+(?:,\d+)?$")
_DOT_DECIMAL = re.compile(r"^\d+\.\d{1,2}$")
_TOKEN = re.compile(r"\d+(?:[.,/\-]\d+)*")
_YEAR_RANGE_BEFORE = re.compile(r"\d{4}\s*[-–]\s*$")
_DOC_CODE_AFTER = re.compile(r"^\s?[-–]\s?[A-ZĐ]|^/[A-ZĐ]|^/\d{4}/[A-ZĐ]")
_RANGE_UPPER = re.compile(r"\s*[-–]\s*(?=\d)")
_LISTED_AFTER = re.compile(r"(?<![\d.,])\d{1,3},$")
# "Covid – 19", "SARS – 2": a capitalised word, a dash and the number, the dash spaced (unspaced,
# "COVID-19" is read as a code already): the number ends a name. Rule dashed_names (fig12).
# "26.500m 2 đất", "500 m 3": a square or cubic metre typed with a space before its power; the
# power is no number of its own and stays in the unit. Rule spaced_powers (fig12).
_POWER_BEFORE = re.compile(r"(?<=\d) ?([kcdm]?m) $")
# "V ề t h ự c h i ệ n N g h ị q u y ế t s ố 1 8 v à …", "1 3 , 3 6 % )": a letter-spaced run of
# six or more one-character pieces (an official PDF's text layer); the numbers inside it are no
# figures (the first piece may be a number of the plain text before). Rule letter_spaced (fig12).
_SPACED_RUN = re.compile(r"(?<!\S)[^\s|](?:[ \n][^\s|]){5,}(?!\S)")
# The name may open a bracket or a quote ("dịch bệnh (Covid – 19)", "“SARS – 2”").
_NAME_DASH_BEFORE = re.compile(r"(?:^|(?<!\S)([^\W\d_]+) |[(\[“\"'])([^\W\d_]{2,}) ?[-–] ?$")


@lru_cache(maxsize=1)
def _glued_units() -> re.Pattern[str]:
    """A measure typed onto its number with no space ("11m", "24ha", "846kg"): ``glued_units``."""
    units = sorted(cues().raw["glued_units"], key=len, reverse=True)
    return re.compile("(?:" + "|".join(re.escape(str(u)) for u in units) + r")(?!\w)", re.IGNORECASE)


@dataclass(frozen=True)
class _Words:
    """The numerals and number words of function_words.yaml, in both views (accented, folded)."""

    spelled: dict[str, int]  # "hai" -> 2
    ten: frozenset[str]  # "mười"
    tens: frozenset[str]  # "mươi"
    spelled_figure: re.Pattern[str]  # a spelled count from two to ten before a word
    spelled_figure_accented: re.Pattern[str]  # the same, spelled with its diacritics only
    period_units: frozenset[str]  # folded: "thang", "nam"


@lru_cache(maxsize=1)
def _words() -> _Words:
    words = function_words()

    def both(listed: tuple[str, ...]) -> frozenset[str]:
        return frozenset({tone_key(w) for w in listed} | {fold_aligned(w) for w in listed})

    spelled = {tone_key(w): v for w, v in words.numerals.items()} | {
        fold_aligned(w): v for w, v in words.numerals.items()
    }
    # Spelled counts from two to ten ("một" is mostly the article "a").
    counts = "|".join(sorted({k for k, v in spelled.items() if v >= 2}, key=len, reverse=True))
    accented = {tone_key(w) for w, v in words.numerals.items() if v >= 2}
    return _Words(
        spelled=spelled,
        spelled_figure_accented=re.compile(
            rf"(?<!\w)({'|'.join(sorted(accented, key=len, reverse=True))}) (?=\w)"
        ),
        ten=both(words.ten_words),
        tens=both(words.tens_words),
        spelled_figure=re.compile(rf"(?<!\w)({counts}) (?=\w)"),
        period_units=frozenset(fold_aligned(w) for w in words.period_units),
    )


@lru_cache(maxsize=1)
def _number_words() -> frozenset[str]:
    """ "số" in both views: a reference number follows ("Nghị quyết số 26")."""
    listed = cues().number_labels.phrases
    return frozenset({tone_key(w) for w in listed} | {fold_aligned(w) for w in listed})


def parse_number(text: str) -> int | float | None:
    """The value of a number written the Vietnamese way, or a small spelled-out one.

    "3.509" -> 3509, "2,3" -> 2.3, "05" -> 5, "hai" -> 2, "mười hai" -> 12; None otherwise.
    """
    s = text.strip().rstrip("%").strip()
    if _THOUSANDS.match(s):
        s = s.replace(".", "").replace(",", ".")
    elif _DECIMAL.match(s):
        s = s.replace(",", ".")
    elif not _DOT_DECIMAL.match(s):
        return _parse_spelled(s)
    value = float(s) if "." in s else int(s)
    return canonical_number(value)


def _parse_spelled(text: str) -> int | None:
    words = view(text).split()
    if not words or len(words) > 3:
        return None
    known = _words()
    if words[0] in known.ten:  # mười, mười hai
        rest = words[1:]
        if not rest:
            return 10
        unit = known.spelled.get(rest[0]) if len(rest) == 1 else None
        return 10 + unit if unit and unit < 10 else None
    first = known.spelled.get(words[0])
    if first is None:
        return None
    if len(words) == 1:
        return first
    if words[1] in known.tens and first < 10:  # hai mươi (lăm)
        tail = known.spelled.get(words[2]) if len(words) == 3 else 0
        return first * 10 + tail if tail is not None and tail < 10 else None
    return None


@dataclass
class _Candidate:
    start: int
    end: int
    value: Number
    total: Number | None = None
    percent: bool = False


# A no-break, narrow no-break, thin or zero-width space between a digit and a group of three
# digits is a thousands separator ("3 509" typed in Word, "3\u200b509" pasted from the web);
# read as the Vietnamese "." so that one figure stays one figure. Same length: offsets hold.
_INVISIBLE_GROUPING = re.compile(r"(?<=\d)[\u00a0\u202f\u2009\u200b\u2060\ufeff](?=\d{3}(?!\d))")


def letter_spaced(text: str) -> bool:
    """ "V ề t h ự c h i ệ n", "1 8 v à s ắ p x ế p": a piece all of letter-spaced runs (a PDF's
    text layer of a heading) reads as nothing; "Quốc phòng: D u y t r ì …" keeps its label.
    Rule letter_spaced (fig12)."""
    spaced = sum(m.end() - m.start() for m in _SPACED_RUN.finditer(text))
    return spaced > 0 and spaced >= _ALL_SPACED * len(text.strip())


_ALL_SPACED = 0.9  # the share of a piece its letter-spaced runs cover when it is one


def find_figures(text: str, *, awards: bool = False) -> tuple[Figure, ...]:
    """Every figure stated in ``text``, in order; with ``awards``, also the counts of those an
    honouring verb names ("khen tặng 5 tập thể"), which are an award's, no result."""
    text = _INVISIBLE_GROUPING.sub(".", text)
    folded = fold_aligned(text)
    figures: list[Figure] = []
    earlier = earlier_year_parts(folded)
    spaced = [(m.start(), m.end()) for m in _SPACED_RUN.finditer(text)]
    cands = [c for c in _candidates(text, folded) if not any(s < c.start < e for s, e in spaced)]
    for i, cand in enumerate(cands):
        if any(start <= cand.start < end for start, end in earlier):
            continue
        if i and (_bounds(text, cands[i - 1], cand) or _compound(text, cands[i - 1], cand)):
            continue  # the upper bound of a range, or the rest of an amount, read with the first
        rest = _compound(text, cand, cands[i + 1]) if i + 1 < len(cands) else None
        if rest is not None:  # "1 tỷ 700 triệu đồng": one amount, 1,7 tỷ đồng
            figure = _build(text, folded, replace(cand, end=cands[i + 1].end, value=rest[0]))
            if figure is not None and figure.unit:
                figures.append(replace(figure, unit=rest[1] + figure.unit[rest[2] :]))
            continue
        upper = cands[i + 1] if i + 1 < len(cands) and _bounds(text, cand, cands[i + 1]) else None
        figure = _build(text, folded, upper or cand, awards=awards)
        if figure is not None and upper is not None:  # "11.000 - 11.500 đồng/kg": the lower bound
            at = text.find(figure.text, _prefix_start(text, upper.start))
            whole = text[_prefix_start(text, cand.start) : at + len(figure.text)].strip()
            figure = replace(figure, value=cand.value, text=whole if at >= 0 else figure.text)
        if figure is not None:
            figures.append(figure)
    return tuple(figures)


def _bounds(text: str, low: _Candidate, high: _Candidate) -> bool:
    """ "11.000 - 11.500 đồng/kg", "75% đến 90%", "từ 3 đến 50 ha": two numbers joined by a dash
    or a word of range (``figure_range_words``) are one range, its lower bound the value
    (GOLD.md); a percentage only with a percentage or a bare number."""
    between = text[(_percent_after(text, low.end) or low.end) : high.start].strip()
    if not between or not (low.value < high.value) or low.total is not None or high.total is not None:
        return False
    if low.percent and not high.percent:
        return False
    return between in "-–" or cues().figure_range_words.matches_whole(between)


def _compound(text: str, big: _Candidate, small: _Candidate) -> tuple[Number, str, int] | None:
    """ "1 tỷ 700 triệu đồng": one amount in two scale words (:func:`compound_amount`)."""
    if big.percent or small.percent or big.total is not None or small.total is not None:
        return None
    return compound_amount(text, (big.end, big.value), (small.start, small.end, small.value))


def _candidates(text: str, folded: str) -> list[_Candidate]:
    found: list[_Candidate] = []
    for m in _TOKEN.finditer(text):
        cand = _classify(text, folded, m.start(), m.end(), m.group(0))
        if cand is not None:
            found.append(cand)
    known = _words()
    # In a text with diacritics a number word is written with its own ("Nam" is no "năm").
    pattern = known.spelled_figure_accented if has_diacritics(text) else known.spelled_figure
    for m in pattern.finditer(view(text)):
        noun = cues()["spelled_count_nouns"].match_at(text, m.end())
        if noun is None or _excluded_before(text, folded, m.start()) or _spelled_period(text, m):
            continue
        if text[m.start()].isupper() and not _sentence_start(text, m.start()):
            continue  # a capitalised word inside a sentence is a name ("Việt Nam huyện")
        found.append(_Candidate(m.start(), m.end() - 1, known.spelled[m.group(1)]))
    return sorted(found, key=lambda c: c.start)


def _spelled_period(text: str, m: re.Match[str]) -> bool:
    """ "hàng năm huyện đều hoàn thành": a number word that is also a period noun ("năm": five,
    or year) after a word that stands before a period (``spelled_period_before``: "hàng",
    "mỗi", "trong", "cuối" …) is that period, no count. Rule spelled_period (fig12)."""
    if fold_aligned(m.group(1)) not in _words().period_units:
        return False
    return cues().spelled_period_before.ends_with(text, m.start()) is not None


def _sentence_start(text: str, pos: int) -> bool:
    """True when ``pos`` opens the text or a sentence ("… xã. Hai tập thể …")."""
    before = text[:pos].rstrip(' "“(')
    return not before or before[-1] in ".!?:;\n"


def _classify(text: str, folded: str, start: int, end: int, token: str) -> _Candidate | None:
    before = text[start - 1] if start else " "
    after = text[end : end + 1]
    glued = after.isalpha() and _glued_units().match(text, end) is not None  # "11m", "24ha", "846kg"
    if before in "-\u2212" and text[start - 2 : start - 1] == "(" and _percent_after(text, end) is not None:
        value = parse_number(token)  # "giảm (-0,03%)": a share with its sign (rule signed_shares, fig6)
        return None if value is None or "/" in token else _Candidate(start - 1, end, -value, percent=True)
    if quoted_name(text, start, end):
        return None  # phong trào “5 tiên phong”, "6 rõ": a number opening a short name in quotes
    if before.isalpha() or before in "/-." or (after.isalpha() and not glued):
        return None  # part of a code or a word: "m2", "H5N1", "QL1A", "3D"
    if _power(text, start, end):
        return None  # the power of "26.500m 2" (rule spaced_powers, fig12)
    if _dashed_name(text, start, glued):
        return None  # "dịch bệnh Covid – 19": the number of a name (rule dashed_names, fig12)
    if before == "+" and start >= 2 and text[start - 2].isalnum():
        return None  # a chainage or a code: "Km2+571", "Km30+00" (but "(+25 ha)" is a figure)
    if "-" in token and not _DOC_CODE_AFTER.match(text[end : end + 12]):
        return _percent_range(text, start, end, token)
    if _DOC_CODE_AFTER.match(text[end : end + 12]) or "-" in token:
        return None  # "07-HD/BDVTU", "07- QC/TU", "10-2-2023", "2020-2025"
    if _excluded_before(text, folded, start) or _YEAR_RANGE_BEFORE.search(text[max(0, start - 8) : start]):
        return None
    if _DAY_MONTH_AFTER.match(text, end) and _date_cue_before(folded, start, days_only=True):
        return None  # "Chiều 2 -11": a day and month typed with a spaced dash (rule spaced_dates, fig6)
    parts = token.split("/")
    if len(parts) > 2:
        return None  # a full date
    if len(parts) == 2:
        return _ratio(text, folded, start, end, parts)
    value = parse_number(token)
    if value is None or not_quantity(token, value):
        return None  # "Số định danh 001070006286", "0": a code or nothing counted
    if isinstance(value, int) and 1900 <= value <= 2100 and len(token) == 4:
        return None  # a year
    if not text[:start].rstrip(' "“(')[-1:].strip(".!?") and text[end + 1 : end + 2].isupper():
        return None  # "1 Nội dung thiết kế mỏ …" opening a line: a footnote or list number
    percent = _percent_after(text, end)
    if not percent and _next_word(folded, end) in _words().period_units and not _counted_time(text, end):
        return None  # "6 tháng đầu năm", "3 năm" (but "12.400 ngày công" is work done)
    return _Candidate(start, end, value, percent=percent is not None)


def _dashed_name(text: str, start: int, glued: bool) -> bool:
    """ "dịch bệnh Covid – 19", "(Covid – 19)": one capitalised word after a lowercase one or an
    opening bracket or quote, a spaced dash and a bare number is a name; a place name of its own
    capitalised words and a measure stays a figure ("Đông Phố Mới - 3,5ha", "Sơn Mãn - 7,5ha")."""
    name = _NAME_DASH_BEFORE.search(text, max(0, start - 40), start)
    if name is None or glued or not name.group(2)[0].isupper():
        return False
    return name.group(1) is None or not name.group(1)[0].isupper()


def _power(text: str, start: int, end: int) -> bool:
    """The number at ``start`` is the power of the length unit before it ("26.500m 2 đất")."""
    unit = _POWER_BEFORE.search(text, max(0, start - 8), start)
    return unit is not None and power_end(text, unit.start(1), unit.end(1)) == end


def _percent_range(text: str, start: int, end: int, token: str) -> _Candidate | None:
    """ "từ 60-70%": a range of percentages is a figure, its lower bound the value; other
    dashed numbers are dates, years or codes ("10-2-2023", "2020-2025")."""
    parts = token.split("-")
    if len(parts) != 2 or "/" in token or _percent_after(text, end) is None:
        return None
    low, high = parse_number(parts[0]), parse_number(parts[1])
    if low is None or high is None or not low < high <= 100:
        return None
    return _Candidate(start, end, low, percent=True)


def _counted_time(text: str, end: int) -> bool:
    """ "ngày công", "giờ công": a time word that counts work, not a period."""
    rest = text[end:]
    return cues().counted_time_units.match_at(text, end + len(rest) - len(rest.lstrip())) is not None


def _ratio(text: str, folded: str, start: int, end: int, parts: list[str]) -> _Candidate | None:
    value, total = parse_number(parts[0]), parse_number(parts[1])
    if value is None or total is None:
        return None
    if len(parts[1]) == 4 and 1900 <= total <= 2100:
        return None  # "5/2022": month and year
    date_like = 1 <= value <= 31 and 1 <= total <= 12
    if date_like and (
        value > total or _next_word(folded, end) in ("", "nam") or _date_cue_before(folded, start)
    ):
        return None
    if total < value:
        return None
    return _Candidate(start, end, value, total, percent=_percent_after(text, end) is not None)


def _date_cue_before(folded: str, start: int, *, days_only: bool = False) -> bool:
    words = folded[max(0, start - 12) : start].replace("(", " ").split()
    cues = ("ngay", "sang", "chieu", "toi", "trua", "dem") + (() if days_only else ("nay", "tu", "den"))
    return bool(words) and words[-1] in cues


def _excluded_before(text: str, folded: str, start: int) -> bool:
    head = text[max(0, start - 40) : start].rstrip()
    if not head or head[-1:] in "(":
        return False
    listed = _LISTED_AFTER.search(head)
    if listed is not None:  # "khoản 2, 3 Điều 77", "Điều 79, 80 Luật": a list of references
        return _excluded_before(text, folded, max(0, start - 40) + listed.start())
    if cues()["document_words"].ends_with(head):
        return True  # "Nghị quyết 39"
    m = cues()["figure_excluded_before"].ends_with(head)
    if m is None:
        return False
    rest = folded[max(0, start - 40) : start].rstrip()[: m.start].rstrip()
    if m.cue in _number_words():
        # "Nghị quyết số 26" is a reference; "tổng số 300 đại biểu" is a figure.
        return not rest.endswith("tong")
    if cues().figure_whole_sets.matches_whole(m.cue):
        return cues().figure_whole_set_exceptions.ends_with(head) is None  # "tất cả 50 hộ" counts
    if cues().figure_measure_levels.matches_whole(m.cue):
        return not _measure_after(text, start)  # "ở mức 33.700 đồng/kg" is a price, "mức 3" a level
    if cues().figure_ranks.ends_with(head) is not None:
        return "," in (_TOKEN.match(text, start) or [""])[0]  # "xếp thứ 59", not "xếp thứ 1,2"
    return True


def _measure_after(text: str, start: int) -> bool:
    """A unit of measure or money, or "%", right after the number at ``start`` (or after the
    upper bound of its range: "ở mức 11.000 - 11.500 đồng/kg")."""
    token = _TOKEN.match(text, start)
    if token is None:
        return False
    upper = _RANGE_UPPER.match(text, token.end())
    token = _TOKEN.match(text, upper.end()) if upper is not None else token
    if token is None:
        return False
    if _percent_after(text, token.end()) is not None or _glued_units().match(text, token.end()):
        return True  # "mức 20%", "cây dài ngày 40.56ha"
    unit = _WORD.match(text, token.end() + 1) if text[token.end() : token.end() + 1] == " " else None
    return unit is not None and cues().repeat_measures.at_start(unit.group(0).split("/")[0]) is not None


def _percent_after(text: str, end: int) -> int | None:
    """End offset of "%" or "phần trăm" right after a number."""
    rest = text[end : end + 12]
    if rest.startswith("%"):
        return end + 1
    if rest.startswith(" %"):
        return end + 2
    for word in function_words().percent_words:
        if fold_aligned(rest).startswith(" " + fold_aligned(word)):
            return end + len(word) + 1
    return None


def _next_word(folded: str, end: int) -> str:
    m = _WORD.match(folded, end + 1) if folded[end : end + 1] == " " else None
    return m.group(0) if m else ""


def _build(text: str, folded: str, cand: _Candidate, *, awards: bool = False) -> Figure | None:
    start = _prefix_start(text, cand.start)
    end = cand.end
    unit: str | None = None
    if cand.percent:
        end = _percent_after(text, cand.end) or cand.end
        unit = "%"
    glued = _glued_units().match(text, end) if not cand.percent else None
    if glued is not None:  # "khoảng 11m", "Anfo 3.185kg": the unit typed onto the number
        if no_result(text[max(0, start - PREFIX_WINDOW) : start], glued.group(0), cand.value, counted=False):
            return None  # "mỗi phần trị giá 400.000đ", "diện tích tự nhiên 682km2" (rule glued_filters, fig6)
        unit_end = power_end(text, glued.start(), glued.end())  # "26.500m 2": the unit "m2"
        whole = text[start:unit_end].strip()
        unit = glued.group(0) + text[glued.end() : unit_end].strip()
        change = _change(text[start : cand.start])
        return Figure(value=cand.value, text=whole, unit=unit, total=cand.total, change=change)
    phrase_end = _unit_end(text, folded, end)
    if phrase_end > end:
        noun = text[end:phrase_end].strip()
        if unit is None:
            unit = noun
        end = phrase_end
    if unit is not None and level_unit(unit):
        return None  # "chính quyền địa phương 02 cấp": a level
    if unit is not None and unit.strip(" -–—") == "":
        return None  # "2 - 3 trường": the lower bound of a spaced range counts nothing by itself
    if no_result(
        text[max(0, start - PREFIX_WINDOW) : start],
        unit,
        cand.value,
        counted=cand.total is not None,
        awards=awards,
        after=text[cand.end : cand.end + PREFIX_WINDOW],
    ):
        return None  # "gồm 2 hợp phần", "dân số 110.000 người", "dự toán 160 tỷ đồng"
    if not awards and handed_at_event(text, start, unit):
        return None  # "Tại buổi lễ, … đã trao 200 triệu đồng …": a gift, the event itself
    if members_of_body(text[max(0, start - PREFIX_WINDOW) : start], unit):
        return None  # "Ban Chấp hành … gồm 19 đồng chí": how a body is composed
    if unit and listed("figure_age_units", unit.split(" ", 1)[0], accented=has_diacritics(unit)):
        return None  # "một bé gái 13 tuổi", "dưới 35 tuổi": an age, no result (rule ages, fig9)
    if (
        cues().figure_norm_prefixes.ends_with(text[max(0, cand.start - PREFIX_WINDOW) : cand.start])
        is not None
    ):
        return None  # "có ít nhất 5 công trình", "CCN tối đa 75 ha": a norm or a target, no result
    end = _suffix_end(text, end)
    change = _change(text[start : cand.start])
    return Figure(value=cand.value, text=text[start:end].strip(), unit=unit, total=cand.total, change=change)


def _change(prefix: str) -> Change | None:
    """ "tăng 2,3%" is an increase and "giảm 2,5%" a decrease (``figure_changes`` in the
    vocabulary; accented text keeps its tones: "giám" is not "giảm")."""
    for change, words in cues().figure_changes.items():
        if words.at_start(prefix.strip()) is not None:
            return cast("Change", change)
    return None


PREFIX_WINDOW = 120
"""How far before a figure a prefix cue is looked for: ends_with looks at the last 60 characters
anyway, and passing the whole text before each figure (folded again every time) made a
paragraph of many figures quadratic."""


def _prefix_start(text: str, start: int) -> int:
    window = max(0, start - PREFIX_WINDOW)
    m = cues()["figure_prefixes"].ends_with(text[window:start])
    return window + m.start if m is not None and text[start - 1 : start] == " " else start


def _suffix_end(text: str, end: int) -> int:
    m = cues()["figure_suffixes"].match_at(text, end + 1) if text[end : end + 1] == " " else None
    return m.end if m is not None else end
