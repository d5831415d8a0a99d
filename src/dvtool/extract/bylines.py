"""Bylines and sources of a news item: the reporter's line ("Tin, ảnh: Quốc Việt", "Ngọc Anh/VOV",
"Lê Văn A - Trần Thị B (TTXVN)") and the source opening the lead ("(Chinhphu.vn) -", "(TTV)")."""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from functools import lru_cache

from dvtool.extract._text import is_all_caps, looks_like_name
from dvtool.extract.blocks import Block, strip_marker
from dvtool.extract.cues import cues
from dvtool.extract.dates import find_dates
from dvtool.extract.state import _Source, _State
from dvtool.messages import Location
from dvtool.vntext import fold

# "QK2 – Sáng 22/6, …", "(Chinhphu.vn) - Ngày 4/1, …", "PNO - PNO - Ngày 6/3": a source name
# (capitals or a domain) before a dash at the start of the first paragraph.
_DATELINE = re.compile(
    r"^\s*\(?([^\W\d_](?:[^\W_]|&){1,9}(?: Online)?|[A-Za-z][\w-]*\.(?i:vn|com|net|org))\)?\s*[-–—]\s*"
)  # "QĐND Online -", "VOV.VN -"
# "(Dân trí) - Đến năm 2030, …": an outlet's name of two or three words in parentheses, then a dash
_PAREN_NAME = re.compile(r"^\s*\(([^\W\d_]{2,}(?:\s[^\W\d_]+){1,2})\)\s*[-–—]\s*")
MAX_PAREN_NAME = 20


# "(TTV) Hội nghị …", "(THTG) Sáng ngày 7/7, …", "(BVBNĐ-29/12/2017) Sáng nay, …": a source in
# parentheses (capitals or a domain, perhaps with the page's date) opens the text, no dash needed.
_PAREN_SOURCE = re.compile(
    r"^\s*\(([^\W\d_][^\W_]{1,9}|[A-Za-z][\w-]*\.(?:vn|com|net|org))(?:\s*[-–—]\s*([\d/.-]+))?\)\s*(?:[-–—]\s*)?"
)


def _title_source(blocks: list[Block], st: _State) -> list[Block]:
    """ "(TTV) Hội nghị tổng kết …" as the headline: the source, taken off the title."""
    m = _PAREN_SOURCE.match(st.title or "") or _paren_name(st.title or "")
    named = m is not None and (m.group(1).isupper() or m.re is _PAREN_NAME)
    if m is not None and named and (st.title or "")[m.end() :][:1].isupper():
        if st.publisher is None:
            st.publisher = m.group(1)
            st.locations["/publisher"] = st.locations.get("/title") or Location()
        st.title = (st.title or "")[m.end() :]
    return blocks


def take_dateline_source(blocks: list[Block], st: _State) -> list[Block]:
    """Strip a source prefix from the first paragraph; it names the publisher."""
    long = [i for i, b in enumerate(blocks[:3]) if b.kind != "heading" and len(b.text) >= 80]
    # the paragraph that opens with a source, else the first one ("… sản xuất, kinh doanh, dịch
    # vụ..." / "(LĐXH) - Đó là …": a headline closed with dots stands above it)
    sourced = (
        i
        for i in long
        if _DATELINE.match(blocks[i].text)
        or _PAREN_SOURCE.match(blocks[i].text)
        or _paren_name(blocks[i].text)
        or _outlet_name(blocks[i].text)
    )
    at = next(sourced, long[0] if long else None)
    if at is None:
        return _title_source(blocks, st)
    first = _without_month_label(blocks[at], st)
    blocks = [*blocks[:at], first, *blocks[at + 1 :]]
    if first.kind == "list_item":
        # "- Ngày 19-6, tại …": a dateline after a dash whose source was left out
        text = strip_marker(first.text)
        if not any(d.start < 20 for d in find_dates(text)):
            return blocks
        first = Block(text, "paragraph", 0, first.location)
        blocks = [*blocks[:at], first, *blocks[at + 1 :]]
    m = (
        _PAREN_SOURCE.match(first.text)
        or _DATELINE.match(first.text)
        or _paren_name(first.text)
        or _outlet_name(first.text)
    )
    code = m is not None and m.group(1).removesuffix(" Online").isupper()
    if m is None or not (code or "." in m.group(1) or m.re in (_PAREN_NAME, _outlet_pattern())):
        return _title_source(blocks, st)
    rest = first.text[m.end() :]
    again = _DATELINE.match(rest)
    if again is not None and again.group(1) == m.group(1):
        rest = rest[again.end() :]
    if not rest[:1].isupper():
        return blocks
    if st.publisher is None or (st.labelled_publisher and _names_in_full(m.group(1))):
        st.publisher = m.group(1)
        st.note("/publisher", _Source(first.text[: m.end()], first.location))
    stamp = m.group(2) if m.re is _PAREN_SOURCE else None
    stamped = [d.iso() for d in find_dates(stamp or "") if d.year is not None]
    if stamped and stamped[0]:
        st.dateline_date = _dt.date.fromisoformat(stamped[0])
    return [*blocks[:at], Block(rest, first.kind, first.level, first.location), *blocks[at + 1 :]]


def _names_in_full(source: str) -> bool:
    """ "(Chinhphu.vn) –", "(HQ Online) –": a source prefix giving the outlet's web address or
    words names it as the item does, over the aggregator's label under the article ("Chính Phủ",
    "Hải Quan"); a code ("(HNM) –" above "Hà Nội Mới") does not."""
    return "." in source or " " in source


@lru_cache(maxsize=1)
def _outlet_pattern() -> re.Pattern[str]:
    """ "Báo Đắk Nông - Sáng 12/3, …": an outlet's name (cues.yaml outlet_heads and capitalised
    words) before a dash at the start of the lead."""
    heads = "|".join(re.escape(h) for h in sorted(cues().outlet_heads.phrases, key=len, reverse=True))
    return re.compile(rf"^\s*((?i:{heads})(?:\s+[^\W\d_][^\W_]*){{1,4}})\s*[-–—]\s+")


def _outlet_name(text: str) -> re.Match[str] | None:
    m = _outlet_pattern().match(text)
    ok = m is not None and all(w[:1].isupper() for w in m.group(1).split()) and len(m.group(1)) <= MAX_OUTLET
    return m if ok else None


MAX_OUTLET = 40


def _paren_name(text: str) -> re.Match[str] | None:
    m = _PAREN_NAME.match(text)
    ok = m is not None and m.group(1)[:1].isupper() and len(m.group(1)) <= MAX_PAREN_NAME
    return m if ok else None


_MONTH_LABEL = re.compile(r"\s*(\d{4})-(\d{2})(?!\d)\s*")


def _without_month_label(block: Block, st: _State) -> Block:
    """ " date 2023-12 Trong 2 ngày (18 và 19/12), …": the page's month, stored before the text,
    taken off it; its last day dates the page (a year source for the lead's day)."""
    label = cues().month_labels.at_start(block.text.lstrip())
    start = len(block.text) - len(block.text.lstrip())
    m = _MONTH_LABEL.match(block.text, start + label.end) if label is not None else None
    if m is None or not 1 <= int(m.group(2)) <= MONTHS:
        return block
    year, month = int(m.group(1)), int(m.group(2))
    if st.dateline_date is None:
        st.dateline_date = _dt.date(year + month // MONTHS, month % MONTHS + 1, 1) - _dt.timedelta(days=1)
    return Block(block.text[m.end() :], block.kind, block.level, block.location)


MONTHS = 12
_INITIALS = re.compile(r"^[^\W\d_](?:\.\s?[^\W\d_])+\.?$")  # "D.Q", "N. C"
_INITIAL_NAME = re.compile(r"^[^\W\d_]\.\s?[^\W\d_][^\W\d_]+$")  # "Q.VIỆT", "T. Hằng"
_BYLINE_PAREN = re.compile(r"^(.*?)\s*\(([^()]*)\)\s*$")
# "VT.BKH": a reporter's initials (two or three capitals) and, after a dot, the code of the paper
# the item comes from ("BKH", Báo Khánh Hòa); "D.Q", "Q.VIỆT" are a reporter's initials or name.
_CODED_BYLINE = re.compile(r"^([^\W\d_]{2,3})\.([^\W\d_]{2,6})$")


_AGENCY = re.compile(r"^([^/]{3,40}?)\s*/\s*([^\W\d_][\w.+-]{1,24}(?:\s[\w.+-]{1,12}){0,3})$")
_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org)$")


_REPORTERS_JOIN = re.compile(r"\s*[-–—]\s*")


def _unmarked(code: str) -> bool:
    """ "BKH", "BĐN": letters with no vowel or tone mark, as a paper's code is written (a name such
    as "HƯƠNG" has them)."""
    return not any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", code))


def _byline_parts(text: str) -> tuple[str, str | None] | None:
    """(author, publisher) of a byline: "Huyền Trang", "Tin, ảnh: Quốc Việt", "Lê Văn A (TTXVN)";
    "Lê Thắng - Hội …" names the reporter's unit, which is not the publisher."""
    body = text.strip().strip("*_").strip()  # "*Tin & Ảnh: Văn phòng …*" typed in emphasis
    coded = _CODED_BYLINE.match(body)
    if coded is not None and body.isupper() and _unmarked(coded.group(2)):
        return coded.group(1), coded.group(2)
    if body.startswith("(") and body.endswith(")") and body.count("(") == 1:
        body = body[1:-1].strip()  # "(CTV: Khánh Nguyễn)"
    prefix = cues().byline_prefixes.at_start(body)
    if prefix is not None and ":" in body[prefix.end : prefix.end + 3]:
        body = _without_category(_first_credit(body.split(":", 1)[1].strip()))
        if cues().org_heads.at_start(body) is not None and len(body.split()) <= MAX_BODY_BYLINE:
            return body.strip(" ."), None  # "Tin & Ảnh: Văn phòng Đảng Đoàn": a body wrote it
    elif prefix is not None and _byline_name(body[prefix.end :].split("(")[0].strip()):
        body = body[prefix.end :].strip()  # "CTV Trần Văn B (Tỉnh đoàn)"
    paren = _BYLINE_PAREN.match(body)
    note = None
    if paren is not None:  # "… (TTXVN)", "… (Tỉnh đoàn)", "… (tổng hợp)"
        body, note = paren.group(1).strip(), paren.group(2).strip()
        if cues().byline_notes.matches_whole(note):
            note = None  # how the item was written, not its source
        source = cues().source_prefixes.at_start(note or "")
        after = note[source.end :] if note and source is not None else ""
        if after.lstrip().startswith(":") or (after.startswith(" ") and after[1:2].isupper()):
            note = after.lstrip(" :") or None  # "Thu Hà (Nguồn: baolaocai.vn)", "(Theo Báo Lào Cai)"
    agency = _AGENCY.match(body) if note is None else None
    names = re.split(r"\s+[-–—]\s+", agency.group(1)) if agency is not None else []
    if agency is not None and all(_byline_name(n) for n in names):  # "Ngọc Anh/VOV": the agency is the source
        body, note = agency.group(1), agency.group(2)
    names = [n.strip() for n in _REPORTERS_JOIN.split(body)]
    names = [] if any(_reporters_unit(n) or cues().outlet_heads.at_start(n) for n in names) else names
    if len(names) > 2 and all(_byline_name(n) for n in names):
        return " - ".join(names), note  # "Thảo Mơ - Hồng Phượng – Nguyễn Linh": three reporters
    if len(names) == 2 and "-" in body and all(_byline_name(n) and len(n.split()) > 1 for n in names):
        return " - ".join(names), note  # "Diệu Linh-Văn Huỳnh", "MINH THẬT-VĂN ĐÔNG": joined by a hyphen
    parts = re.split(r"\s*[-–—]\s+", body, maxsplit=1)  # "P.Nhài- Xuân Hiếu" typed without a space
    if len(parts) == 1 or (not _byline_name(parts[0]) and _byline_name(body.split(", ", 1)[0])):
        parts = body.split(", ", 1)  # "Lê Hằng, Cảnh Toàn", "Lê Văn A, Trung tâm Văn hóa huyện"
    name = parts[0].strip()
    if not _byline_name(name) and len(parts) == 1:
        heads = cues().org_heads.finditer(body)
        unit = next((m for m in heads if m.start > 0 and body[m.start].isupper()), None)
        if unit is not None:  # "Hồng Mai Trung tâm TT/GDSK": a name and the reporter's unit
            name, parts = body[: unit.start].strip(), [body[: unit.start], body[unit.start :]]
    if not _byline_name(name):
        return None
    other = parts[1].strip() if len(parts) > 1 else None
    if prefix is not None and paren is not None:
        return name, None  # "CTV Trần Văn B (Tỉnh đoàn)": the reporter's own unit, not the source
    if other and _byline_name(other) and not _reporters_unit(other):
        joint = ", " if ", " in body and not re.search(r"\s[-–—]\s", body) else " - "
        return f"{name}{joint}{other}", note  # two reporters: "Lê Văn A - Trần Thị B (TTXVN)"
    if (
        other
        and ", " in body
        and not _reporters_unit(other)
        and cues().reporter_roles.at_start(other) is None  # "Trúc Đào, Chuyên viên Văn phòng"
    ):
        return None  # "Hà Nội, ngày …", "Lê Văn A, Trần Văn B và …": not a byline
    # "Trần Văn Thái - Tỉnh hội Phú Yên", "Thu Hà - PVHTT": the reporter's own unit or role,
    # not the item's source (that is a source line, a dateline or a note in parentheses)
    return name, note


_CATEGORY_WORDS = 3  # "Văn hóa", "Tin tức sự kiện": a portal's category label after the name


def _without_category(body: str) -> str:
    """ "Tác giả: Đức Thiện: Văn hóa": the reporter's name without the page's category label that
    a portal prints after it, behind a second colon."""
    name, colon, label = body.partition(":")
    if colon and _byline_name(name.strip()) and 0 < len(label.split()) <= _CATEGORY_WORDS:
        return name.strip()
    return body


def _first_credit(body: str) -> str:
    """ "Ngọc Anh; Ảnh: Minh Đức", "Ngọc Anh, ảnh: Minh Đức" after "Tin:": the reporter's credit,
    without the photographer's that follows it."""
    for credit in cues().byline_prefixes.finditer(body):
        before = body[: credit.start].rstrip()
        if before and before[-1] in ";,-–" and body[credit.end : credit.end + 2].strip().startswith(":"):
            return before.rstrip(" ;,-–")
    return body


MAX_BODY_BYLINE = 8
MIN_UNIT_WORDS = 3


def _reporters_unit(text: str) -> bool:
    """ "Báo Nam Định", "Đài PTTH", "Trung tâm Văn hóa huyện": a body after a reporter's name;
    "Trường Hải" (a second reporter whose name starts like "Trường …") is none."""
    words = text.split()
    return cues().org_heads.at_start(text) is not None and (
        len(words) >= MIN_UNIT_WORDS or any(w.isupper() and len(w) > 1 for w in words)
    )


def _byline_name(text: str) -> bool:
    """A reporter's name as bylines write it: "Huyền Trang", "HÀ HƯƠNG", "D.Q", "Q.VIỆT", or
    the staff ("PV")."""
    if looks_like_name(text) or (_INITIALS.match(text) and text.isupper()):
        return True
    if _INITIAL_NAME.match(text) and text[:1].isupper():
        return True
    if len(text) == 2 and text.isalpha() and text.isupper():
        return True  # "HG": a reporter's initials
    if cues().staff_bylines.matches_whole(text) and text[:1].isupper():
        return True
    return (
        is_all_caps(text)
        and looks_like_name(text.title())
        and not cues().signer_titles.contains(text)
        and cues().org_heads.at_start(text) is None
        and cues().national_lines.at_start(text) is None
    )


MAX_TOP_BYLINE = 40


def take_top_byline(blocks: list[Block], st: _State) -> list[Block]:
    """ "Ngọc Anh" / "Q.VIỆT |" on a line of its own right under the headline: the reporter's
    byline, taken off the body (a line that is more than a name is left alone)."""
    if not blocks or blocks[0].kind == "heading" or len(blocks[0].text) >= MAX_TOP_BYLINE:
        return blocks
    line = blocks[0].text.strip(" |")
    if cues().outlet_heads.at_start(line) is not None and line[:1].isupper():
        if st.publisher is None or fold(st.publisher) in fold(line):  # "Báo Chính Phủ" over "Chính Phủ"
            st.publisher = line
            st.note("/publisher", _Source(blocks[0].text, blocks[0].location))
        return blocks[1:]  # an outlet's label under the headline, no reporter
    byline = _byline_parts(line)
    credit = cues().byline_prefixes.at_start(line)
    credited = credit is not None and line[credit.end : credit.end + 2].lstrip().startswith(":")
    note = byline[1] if byline is not None else None
    agency = byline is not None and note is not None and note.isupper() and line == f"{byline[0]} ({note})"
    if byline is None or not (byline == (line, None) or credited or agency):
        return blocks  # "Bài và ảnh: Thu Hà", "Thu Hà (TTXVN)": a byline too
    if st.author is None:
        st.author = byline[0]
        st.note("/author", _Source(blocks[0].text, blocks[0].location))
    if byline[1] and st.publisher is None:
        st.publisher = byline[1]
        st.note("/publisher", _Source(blocks[0].text, blocks[0].location))
    return blocks[1:]


MAX_OUTLET_WORDS = 8
MAX_SELF_NAMING_LINE = 200


def self_named_outlet(blocks: list[Block], st: _State) -> None:
    """ "Theo dõi Báo Gia Lai trên Google News", "Báo Hưng Yên điện tử gửi đến bạn đọc một số hình
    ảnh tại Hội nghị.": a page line in which the outlet names itself names the publisher."""
    for block in blocks:
        text = block.text.strip()
        if len(text) > MAX_SELF_NAMING_LINE:
            continue
        name = _followed_outlet(text) or _greeting_outlet(text)
        if name is not None and len(name.split()) <= MAX_OUTLET_WORDS:
            st.publisher = name
            st.note("/publisher", _Source(text, block.location))
            return


def _followed_outlet(text: str) -> str | None:
    opener = cues().outlet_follow_openers.at_start(text)
    closer = cues().outlet_follow_closers.search(text) if opener is not None else None
    if opener is None or closer is None:
        return None
    name = text[opener.end : closer.start].strip()
    return name if cues().outlet_heads.at_start(name) is not None and name[:1].isupper() else None


def _greeting_outlet(text: str) -> str | None:
    greeting = cues().outlet_greetings.search(text)
    name = text[: greeting.start].strip() if greeting is not None else ""
    return name if cues().outlet_heads.at_start(name) is not None and name[:1].isupper() else None
