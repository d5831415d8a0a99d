"""Lines of an official document's frame: the number, the place-and-date line, a header line
typed as one row of two columns, the signature block and the Nơi nhận list.

Every word comes from the vocabulary (:mod:`dvtool.extract.cues`); these functions only say
where a line splits and what its parts are. :mod:`dvtool.interpret.official` finds the lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from dvtool.document import Block
from dvtool.extract.cues import CueSet, cues, fold_aligned
from dvtool.model import Signer
from dvtool.vntext import fold

MAX_FRAME_LINE = 120  # a header, position or name line is short
_MARKERS = "-–•+*"


@dataclass(frozen=True)
class PlaceDate:
    """ "Thanh Chương, ngày 22 tháng 12 năm 2023": the place and the ISO date (None when the
    day or month is left blank for signing)."""

    place: str
    date: str | None
    blank: bool


def _words(name: str) -> str:
    return "|".join(re.escape(fold(p)) for p in cues().date_words[name].phrases)


@lru_cache(maxsize=1)
def _place_date_pattern() -> re.Pattern[str]:
    # "ngày 22 tháng 12 năm 2023" (NĐ 30/2020), or in figures "ngày 22/12/2023" (companies,
    # schools, minutes); a slot left blank for signing is spaces, dots or an ellipsis
    # ("ngày … tháng … năm 20…", "ngày .... tháng ....")
    gap = r"[\s.…_]*"
    return re.compile(
        rf"(?:^|\s)(?:(?P<place>[^,\d]{{2,40}}),\s*)?(?:{_words('day')}){gap}(?:(?P<d>\d{{1,2}})?{gap}"
        rf"(?:{_words('month')}){gap}(?P<m>\d{{1,2}})?{gap}(?:{_words('year')})\s*(?P<y>\d{{4}})?"
        rf"|(?P<nd>\d{{1,2}})\s*(?P<sep>[/.-])\s*(?P<nm>\d{{1,2}})\s*(?P=sep)\s*(?P<ny>\d{{4}})(?!\d))"
    )


def find_place_date(text: str) -> tuple[int, PlaceDate] | None:
    """Where a place-and-date line starts in ``text`` and what it says; None without one."""
    m = _place_date_pattern().search(fold_aligned(text))
    if m is None or m.group("place") is None:
        return None  # "Ngày 07 tháng 10 năm 2024, tại …" opens a sentence, not a header
    start, place = _place(text, m.start("place"), m.end("place"))
    if place is None:
        return None
    day, month, year = (m.group(k) or m.group("n" + k) for k in ("d", "m", "y"))
    date = None
    if day and month and year and 1 <= int(day) <= 31 and 1 <= int(month) <= 12:
        date = f"{int(year):04d}-{int(month):02d}-{int(day):02d}"
    return start, PlaceDate(place, date, blank=date is None)


def _place(text: str, start: int, end: int) -> tuple[int, str | None]:
    """The place words before ", ngày": a code left of them on the same typed row
    ("/BC-SNNMT Lào Cai") is not part of the place."""
    words = list(re.finditer(r"[^\s*_]\S*", text[start:end]))
    while len(words) > 1 and (is_caps(words[0].group()) or not words[0].group()[:1].isalpha()):
        words.pop(0)
    if not words:
        return start, None
    first = start + words[0].start()
    return first, text[first:end].strip(" *_") or None


def number(text: str) -> str | None:
    """ "Số: 25/BC-BCĐ" -> "25/BC-BCĐ"; "Số 112-BC/BDVTU" -> "112-BC/BDVTU"; "Số:   /TB-VP"
    (left blank for the clerk) -> "/TB-VP", a Party one "Số -KL/ĐU" -> "-KL/ĐU"; None for any
    other line."""
    hit = cues().number_labels.at_start(text)
    if hit is None:
        return None
    rest = text[hit.end :]
    if not re.match(r"\s*:|\s*\d|\s+/", rest) and not re.match(r"\s+-[^\W\d_]", rest):
        return None
    if rest.lstrip().startswith("-") and not rest.lstrip()[1:2].isupper():
        return None  # "Số -KL/ĐU" (a Party code), not "Số - lượng …"
    code = re.sub(r"\s+", "", _before_rule(rest).lstrip(" :")).strip("*_")
    # Word's autocorrect turns a typed hyphen into an en dash ("467/TB–VPCP"); a number has hyphens
    return code.replace("–", "-").replace("—", "-") or None


_RULE = re.compile(r"\s*[-–—_]{3,}\s*$")  # a rule at the end of the line


def _before_rule(rest: str) -> str:
    """The number's part of its line, not the rule a tab sets beside it in the other column
    ("Số: 467/TB-VPCP⇥––––––", typed with tabs instead of a table)."""
    rule = _RULE.search(rest)
    return rest[: rule.start()] if rule is not None else rest


def is_rule(text: str) -> bool:
    """A line drawn with dashes, stars or underscores (or nothing at all)."""
    return not any(c.isalnum() for c in text)


_FENCE = re.compile(r"(?:`{3,}|~{3,})[\w+-]*")  # "```text", "~~~"


def fenced_text(blocks: tuple[Block, ...], reach: int) -> int | None:
    """Where the text in a fence ("```text" … "```") starts when the fence opens within the
    first ``reach`` blocks: what stands above it is a record about the text (an archive's
    summary), not its first lines. None without such a fence."""
    for i, block in enumerate(blocks[:reach]):
        if block.kind == "paragraph" and _FENCE.fullmatch(block.text.strip()):
            return i + 1
    return None


def strip_decoration(text: str) -> str:
    """ "* Số 12-KL/ĐU" -> "Số 12-KL/ĐU": the star under a Party committee's name (or a rule)
    that a text export joined to the next header line."""
    return re.sub(r"^[*_=~-]+\s+(?=\w)", "", text)


def after_rule(text: str) -> bool:
    """ "----- Ngày 26/8/2025, …": a rule that a text export joined to the line after it."""
    return re.match(r"^[*_=~-]{3,}\s+\w", text) is not None


def strip_rule(text: str) -> str:
    """ "VĂN PHÒNG CHÍNH PHỦ -------" -> "VĂN PHÒNG CHÍNH PHỦ"."""
    return re.sub(r"\s*[-_*=]{3,}\s*$|^\s*[-_*=]{3,}\s*", "", text).strip()


def is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


# en and em dashes typed in the Tiêu ngữ ("Độc lập – Tự do – Hạnh phúc"): read as "-"
_DASHES = str.maketrans("–—‒−", "----")


def national_at(text: str) -> int | None:
    """Where the Quốc hiệu, the Tiêu ngữ or the party line starts in ``text``, whatever dash
    the Tiêu ngữ is typed with; None without one."""
    found = cues().national_lines.search(text.translate(_DASHES))
    if found is not None:
        return found.start
    # a formula typed with a wrong tone mark ("Độc lâp- Tự do- Hạnh phúc") is still the formula
    loose = _loose_national().search(fold_aligned(text.translate(_DASHES)))
    return loose.start() if loose is not None else None


@lru_cache(maxsize=1)
def _loose_national() -> re.Pattern[str]:
    """The Quốc hiệu and Tiêu ngữ folded, with any spacing around their dashes."""
    phrases = [
        r"\s*-\s*".join(r"\s+".join(map(re.escape, part.split())) for part in p.split("-"))
        for p in cues().national_lines.folded
    ]
    return re.compile("|".join(phrases))


def is_national(text: str) -> bool:
    if cues().national_lines.at_start(text.translate(_DASHES)) is not None:
        return True
    return _loose_national().match(fold_aligned(text.strip().translate(_DASHES))) is not None


def split_header_line(text: str) -> tuple[str, str]:
    """A header row typed as one line ("UBND TỈNH LÀO CAI CỘNG HÒA XÃ HỘI …"): its left part
    (issuing body, number) and its right part (Quốc hiệu, Tiêu ngữ, place and date)."""
    starts = [at for at in (national_at(text),) if at is not None]
    found = find_place_date(text)
    if found is not None:
        starts.append(found[0])
    if not starts:
        return text, ""
    cut = min(starts)
    left = text[:cut].strip()
    if len(left) > MAX_FRAME_LINE and not is_caps(left) and number(left) is None:
        # "Ngày 31.1, Tỉnh ủy … nhân kỷ niệm 90 năm Ngày thành lập Đảng Cộng sản Việt Nam
        # (3.2.1930 – 3.2.2020)": a sentence naming the party, not a header row
        return text, ""
    return left, text[cut:].strip()


def _starts_with(cue_set: CueSet, text: str) -> bool:
    return cue_set.at_start(text) is not None


def is_authority(text: str) -> bool:
    """ "TM. BAN CHỈ ĐẠO", "KT. GIÁM ĐỐC", "T/M BAN THƯỜNG VỤ"."""
    return _starts_with(cues().signer_authorities, text.strip()) and is_caps(text)


def is_signature_note(text: str) -> bool:
    """ "(đã ký)", "(Ký tên, đóng dấu)"."""
    inner = fold(text).strip(" ()[]").replace(",", " ")
    return bool(inner) and cues().signature_notes.matches_whole(" ".join(inner.split()))


def is_recipient_label(text: str) -> bool:
    return _starts_with(cues().recipient_labels, text)


def split_signature_line(text: str) -> tuple[str, str]:
    """A line of the footer typed as one row: "Nơi nhận: KT. GIÁM ĐỐC" or "- Sở Xây dựng
    (p/h); PHÓ GIÁM ĐỐC" -> (recipients part, signature part)."""
    columns = re.split(r"\t+|\s{3,}", text.strip(), maxsplit=1)  # typed with a tab or spaces between columns
    if len(columns) == 2:
        return columns[0], columns[1]
    capitals = _capitals_from(text)  # an authority is in capitals: no need to try it earlier
    for m in re.finditer(r"\S+", text):
        if m.start() > 0 and m.start() >= capitals and is_authority(text[m.start() :]):
            return text[: m.start()].strip(), text[m.start() :].strip()
    # a digital signature's stamp run into a recipient line whose column spaces were lost
    # ("- UBND các xã, thị trấn; Người ký: Ủy ban nhân dân huyện …"): the stamp is the signature's
    for label in cues().signature_stamp_labels.finditer(text):
        if label.start > 0 and text[: label.start].rstrip().endswith((";", ".", ")")):
            return text[: label.start].strip(), text[label.start :].strip()
    # a trailing run of capitals after the list entry's own end (";", ".", ")")
    for m in reversed(list(re.finditer(r"[;.,:)]\s+", text))):  # the shortest tail first
        tail = text[m.end() :]
        if m.end() < capitals and _too_long_for_note_or_name(tail):
            break  # so is every longer tail: none can be capitals, a signature note or a name
        if tail.rstrip().endswith((";", ".")):
            continue  # "- Các Bộ: CA, TC, …, NNPTNT, KHĐT;", "- Lưu: VT, CCMT.": the entry's own end
        if (is_caps(tail) and len(tail.split()) >= 2) or is_signature_note(tail) or is_name(tail):
            return text[: m.end()].strip(), tail.strip()
    return text, ""


def _too_long_for_note_or_name(tail: str) -> bool:
    """More than six words (no :func:`is_name`) and more letters and digits than the longest
    signature note has characters (no :func:`is_signature_note`: folding keeps each of them)."""
    return len(tail.split(None, 6)) > 6 and sum(map(str.isalnum, tail)) > _longest_note()


@lru_cache(maxsize=1)
def _longest_note() -> int:
    return max(map(len, cues().signature_notes.folded), default=0)


def _capitals_from(text: str) -> int:
    """Where the tail of ``text`` with no small letter starts: :func:`is_caps` fails on any
    piece of ``text`` that starts before it (trying each word's tail with the cue patterns
    made a long line's split quadratic)."""
    for i in range(len(text) - 1, -1, -1):
        if text[i].isalpha() and not text[i].isupper():
            return i + 1
    return 0


def recipient_lines(text: str) -> list[str]:
    """ "Nơi nhận: - Thủ tướng Chính phủ; - Các Bộ: …" typed as one paragraph -> its entries."""
    return [p for p in re.split(r"(?:^|\s)[-–•+]\s+", text) if p.strip()]


def recipient(text: str) -> str:
    """ "- Như trên (b/c);" -> "Như trên (b/c)"; "- Lưu: VT." keeps its full stop."""
    return text.strip().lstrip(_MARKERS).strip().rstrip(";,").strip()


def is_name(text: str) -> bool:
    """A person's name as signed: two to six capitalised words, no digits."""
    words = text.split()
    return (
        2 <= len(words) <= 6
        and not any(c.isdigit() for c in text)
        and all(w[:1].isupper() and w[-1].isalpha() for w in words)
        and not is_authority(text)
        and cues().org_heads.at_start(text) is None  # "Sở Công Thương" is a body, not a person
    )


def _name_tail(line: str) -> list[str]:
    """ "KT. BỘ TRƯỞNG PHÓ CHỦ NHIỆM Nguyễn Sỹ Hiệp" (a signature typed on one line) ->
    ["KT. BỘ TRƯỞNG PHÓ CHỦ NHIỆM", "Nguyễn Sỹ Hiệp"]; other lines stay whole."""
    words = line.split()
    cut = len(words)
    while cut > 0 and words[cut - 1][:1].isupper() and not is_caps(words[cut - 1]):
        cut -= 1
    if cut == 0 or cut == len(words) or not is_caps(" ".join(words[:cut])) or len(words) - cut < 2:
        return [line]
    return [" ".join(words[:cut]), " ".join(words[cut:])]


def signer(lines: list[str]) -> Signer | None:
    """The signature block's lines (right column, top to bottom) -> authority, position, name."""
    kept = [ln.strip() for ln in lines if ln.strip() and not is_rule(ln) and not is_signature_note(ln)]
    # a digital signature's stamp ("Người ký: Sở Tài chính / Email: … / Thời gian ký: …") names
    # the body that signed, never a person: it and the lines under it are no signature
    stamp = next((i for i, ln in enumerate(kept) if cues().signature_stamp_labels.at_start(ln)), None)
    if stamp is not None:
        kept = kept[:stamp] + _name_under_stamp(kept[stamp:])
    kept = [ln for ln in kept if not _SIGNED_AT.match(ln)]
    kept = [part for ln in kept if len(ln) <= MAX_FRAME_LINE for part in _name_tail(ln)]
    kept = [part.strip() for ln in kept for part in re.split(r"\s{3,}", ln)]  # two names on one line
    kept = [_without_rank(ln) for ln in kept]
    if not kept:
        return None
    authority = kept[0] if is_authority(kept[0]) else None
    rest = kept[1:] if authority else kept
    # the name is the last line in normal case; one in capitals is told from a position
    # ("PHÓ GIÁM ĐỐC") by a position above it
    names = [ln for ln in rest if is_name(ln) and not is_caps(ln)]
    last = rest[-1] if rest else ""
    titled = cues().signer_titles.matches_whole(last)  # "PHÓ GIÁM ĐỐC" over a stamp, no name
    name = names[0] if names else (last if is_name(last) and len(rest) >= 2 and not titled else None)
    if name is not None:
        # lines under the name are a digital signature's stamp ("ĐẢNG UỶ XÃ …"), not a position
        rest = rest[: rest.index(name)] if names else [ln for ln in rest if ln != name]
    positions = [ln for ln in rest if is_caps(ln) or not is_name(ln)]  # "Đại diện Sở Công Thương"
    position = " ".join(positions) or None
    if authority is None and position is None and name is None:
        return None
    return Signer(name=_name_case(name) if name else None, position=position, authority=authority)


_STAMP_TIME_END = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?\s*[+-]\d{2}:?\d{2}$")  # "… 16:33:44 +07:00"


def _without_rank(line: str) -> str:
    """ "Đại tá Nguyễn Văn A", "Bs. Trần Thị B", "ThS. Lê C" -> the name signed under a rank or a
    degree (cues.yaml name_prefixes); other lines as they are."""
    rank = cues().name_prefixes.at_start(line)
    name = line[rank.end :].lstrip(" .") if rank is not None else ""
    return name if name and is_name(name) and not is_caps(name) else line


def _name_under_stamp(stamp: list[str]) -> list[str]:
    """ "Người ký: …" / … / "Thời gian ký: 18.06.2019 16:33:44 +07:00" / "Cao Văn Tính": the
    person's name printed right under the stamp's signing time (the stamp's wrapped values,
    "Tỉnh Đắk" / "Nông", are no name); [] when the stamp ends the block."""
    if len(stamp) < 2 or not _STAMP_TIME_END.search(stamp[-2]):
        return []
    name = stamp[-1]
    if not is_name(name) or is_caps(name) or cues().place_levels.at_start(name) is not None:
        return []
    return [name]


# "13-11-2025 14:38:52 +07:00": the time a digital signature was made, printed under it
_SIGNED_AT = re.compile(r"^\d{1,2}[-/.]\d{1,2}[-/.]\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[+-]\d{2}:?\d{2})?$")


def signature_cell(paragraphs: tuple[str, ...]) -> bool:
    """A cell of a minutes' signature table: "ĐẠI DIỆN / SỞ CÔNG THƯƠNG / … / Trần Đăng Khôi"."""
    lines = [p.strip() for p in paragraphs if p.strip()]
    return (
        len(lines) >= 2
        and all(len(ln) <= MAX_FRAME_LINE for ln in lines)
        and is_name(lines[-1].split("   ")[0].strip())
        and not is_caps(lines[-1])
    )


def _name_case(name: str) -> str:
    """ "NGUYỄN VĂN HÙNG" -> "Nguyễn Văn Hùng"; a name typed in normal case stays."""
    return " ".join(w.capitalize() for w in name.split()) if is_caps(name) else name


TITLE_EVENT_REACH = 60


def meeting_date_in_title(title: str) -> str | None:
    """ "THÔNG BÁO Kết luận của … tại cuộc họp ngày 10/6/2026": the full date the trích yếu gives
    the meeting (after an event noun, not after a document it cites: "… Nghị quyết số 12 ngày …")."""
    from dvtool.extract.dates import find_dates

    for mention in find_dates(title):
        before = title[max(0, mention.start - TITLE_EVENT_REACH) : mention.start]
        event = cues().event_nouns.search(before)
        if mention.year is None or event is None or cues().document_words.search(before[event.end :]):
            continue
        return mention.iso()
    return None


def is_label_line(text: str) -> bool:
    """ "Thời gian: 9 giờ …", "Địa điểm: …": a minutes' first line, not its trích yếu."""
    from dvtool.extract.layout_words import layout_words
    from dvtool.sections import strip_numbering
    from dvtool.vntext import fold

    label, sep, _ = text.partition(":")
    return bool(sep) and strip_numbering(fold(label)).strip(" .-") in layout_words().label_fields


_SECTION_MARKER = re.compile(r"^(?:[IVXLC]+|\d+(?:\.\d+)*|[^\W\d_])\s*[.)/-]\s")


def starts_section(text: str) -> bool:
    """ "I. KẾT QUẢ", "1. Công tác …", "a) …": the body has begun."""
    return bool(_SECTION_MARKER.match(text))
