"""Free-form report -> Report: zones, the lead, sections, items, awards, byline.

The pipeline, each stage a small function:

1. zones: drop page chrome, find the page date, the title, the body, the byline/signature
   tail and the related headlines;
2. the lead (first paragraphs): date and time of day, location, organizers, chairs,
   attendees;
3. the body, paragraph by paragraph and sentence by sentence, through a small state machine
   (results -> limitations -> tasks, with remarks and awards recognised wherever they are);
   numbered headings ("II. TỒN TẠI, HẠN CHẾ") set the section directly when present;
4. years, and the year of a date written without one (see :mod:`dvtool.extract.dates`).

Every value filled gets a Location (the sentence it came from); every field left empty gets
a "not-found" warning.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from dvtool.extract import people as _people
from dvtool.extract._text import (
    capitalize_first,
    clean,
    is_all_caps,
    looks_like_name,
    lower_first,
    split_sentences,
    split_top_level,
    strip_trailing,
)
from dvtool.extract.awards import is_award_sentence, parse_awards
from dvtool.extract.blocks import Block, strip_marker
from dvtool.extract.cues import CueMatch, cues, fold_aligned
from dvtool.extract.dates import DateMention, find_dates, infer_year
from dvtool.extract.numbers import find_figures
from dvtool.messages import Location, Message, Result, info, warning
from dvtool.model import FIELDS, Attendee, Award, Item, Person, Remark, Report
from dvtool.sections import classify_heading
from dvtool.vntext import fold

ITEM_STATES = ("results", "limitations", "tasks")


@lru_cache(maxsize=1)
def _year_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """ "<plan cue> … năm 2024" and "<reporting cue> … năm 2023" on folded text; the cues are
    the plan_year_cues and reporting_year_cues lists of cues.yaml."""
    plan = "|".join(re.escape(fold(c)) for c in cues().plan_year_cues.phrases)
    report = "|".join(re.escape(fold(c)) for c in cues().reporting_year_cues.phrases)
    return (
        re.compile(rf"(?:{plan})(?:[^.;:]{{0,40}}?) nam (\d{{4}})(?!\d)"),
        re.compile(rf"(?:{report})([^.;:]{{0,60}}?) nam (\d{{4}})(?!\d)"),
    )


_LEADING_YEAR = re.compile(r"^(?:trong )?nam (\d{4}),")
_YEAR_HORIZON = re.compile(r"^(?:trong )?nam (\d{4})\b")
_TASK_WORDS = re.compile(r"nhiem vu|giai phap|phuong huong|thoi gian toi")
# What may follow a limitation opener before the shortcomings themselves.
_AFTER_OPENER = re.compile(
    r"^(?:\s*,?\s*(?:va\s+)?(?:ton tai|han che|yeu kem|khuyet diem|bat cap|kho khan|vuong mac))*"
    r"\s*(?:can khac phuc|nhu sau|nhu|la|gom|sau)?\s*(:)?\s*"
)
_LOCATION = re.compile(r"(?:^|,\s*|\s)tại\s+([^,.;]+)", re.IGNORECASE)


@dataclass
class _Source:
    text: str
    location: Location | None


@dataclass
class _State:
    """What has been found so far, with provenance."""

    title: str = ""
    date: str | None = None
    time_of_day: str | None = None
    location: str | None = None
    organizers: list[str] = field(default_factory=list)
    chairs: list[_people.NamedPerson] = field(default_factory=list)
    attendees: list[Attendee] = field(default_factory=list)
    reporting_year: int | None = None
    plan_year: int | None = None
    partial_period: bool = False  # the reporting period is part of a year ("6 tháng đầu năm")
    items: dict[str, list[Item]] = field(default_factory=lambda: {s: [] for s in ITEM_STATES})
    remarks: list[Remark] = field(default_factory=list)
    awards: list[Award] = field(default_factory=list)
    author: str | None = None
    publisher: str | None = None
    related: list[str] = field(default_factory=list)
    locations: dict[str, Location] = field(default_factory=dict)
    messages: list[Message] = field(default_factory=list)

    def note(self, pointer: str, source: _Source | None, excerpt: str | None = None) -> None:
        where = source.location if source else None
        self.locations[pointer] = Location(
            line=where.line if where else None,
            paragraph=where.paragraph if where else None,
            table=where.table if where else None,
            excerpt=excerpt or (source.text if source else None),
        )


# ---------------------------------------------------------------------------------------
# entry point


def extract_blocks(blocks: Sequence[Block], source: str) -> Result[Report]:
    """Extract a report from the blocks of a document not written in dvtool's layout."""
    st = _State()
    body = [Block(clean(b.text), b.kind, b.level, b.location) for b in blocks if clean(b.text)]
    page_date, body = _drop_chrome(body, st)
    body = _split_related(body, st)
    body, header = _take_header(body, st)
    body = _take_title(body, st, header)
    body = _take_tail(body, st)
    lead_sentences, body = _take_lead(body, st)
    _find_years(st, lead_sentences, body)
    _lead_date(st, lead_sentences, header, page_date)
    _walk_body(body, st)
    return _finish(st, source)


@dataclass(frozen=True)
class Tail:
    """The byline/signature tail of a document: how many blocks it has, and what it says."""

    size: int
    author: str | None
    publisher: str | None
    locations: dict[str, Location]


def read_tail(blocks: Sequence[Block]) -> Tail:
    """The tail zone (byline, source line, signature) of blocks, as prose reading finds it."""
    st = _State()
    body = _take_tail([Block(clean(b.text), b.kind, b.level, b.location) for b in blocks], st)
    return Tail(len(blocks) - len(body), st.author, st.publisher, st.locations)


def extract_text(text: str, source: str) -> Result[Report]:
    """Extract a report from plain text (already decoded to NFC)."""
    from dvtool.extract.blocks import text_to_blocks

    return extract_blocks(text_to_blocks(text), source)


# ---------------------------------------------------------------------------------------
# zones


def _drop_chrome(blocks: list[Block], st: _State) -> tuple[_dt.date | None, list[Block]]:
    page_date: _dt.date | None = None
    kept: list[Block] = []
    for block in blocks:
        text = block.text
        if cues().meta_date_prefixes.at_start(text) and len(text) < 80:
            dates = [d for d in find_dates(text) if d.year is not None]
            if dates and page_date is None and dates[0].iso():
                page_date = _dt.date.fromisoformat(str(dates[0].iso()))
            if dates:
                continue
        if _is_noise(text):
            continue
        kept.append(block)
    return page_date, kept


def _is_noise(text: str) -> bool:
    if len(text) < 160 and cues().noise_lines.at_start(text):
        return True
    if text.strip() in ("*", "-", "—", "***", "|"):
        return True
    return text.count(">") >= 2 and len(text) < 160  # breadcrumbs "Trang chủ > Tin tức > …"


def _split_related(blocks: list[Block], st: _State) -> list[Block]:
    for i, block in enumerate(blocks):
        if len(block.text) < 60 and cues().related_headers.at_start(block.text.rstrip(":")):
            rest = fold(block.text).rstrip(": ")
            if any(rest == h for h in cues().related_headers.folded) or block.kind == "heading":
                seen: set[str] = set()
                for item in blocks[i + 1 :]:
                    headline = strip_marker(item.text)
                    key = fold(headline)
                    if headline and key not in seen:
                        seen.add(key)
                        st.related.append(headline)
                        st.note(f"/related/{len(st.related) - 1}", _Source(headline, item.location))
                return blocks[:i]
    return blocks


def _take_header(blocks: list[Block], st: _State) -> tuple[list[Block], list[Block]]:
    """The header of an official document (issuer, number, place and date, type)."""
    for i, block in enumerate(blocks[:14]):
        if cues().document_types.matches_whole(block.text) and i + 1 < len(blocks):
            header = blocks[:i]
            subject = blocks[i + 1]
            st.title = capitalize_first(fold_case(block.text)) + " " + lower_first(subject.text.rstrip("."))
            st.note("/title", _Source(block.text + " " + subject.text, block.location))
            issuer = _issuer(header)
            if issuer is not None:
                st.publisher = proper_case(issuer.text)
                st.note("/publisher", _Source(issuer.text, issuer.location))
            return blocks[i + 2 :], header
    return blocks, []


def fold_case(text: str) -> str:
    return text.lower() if is_all_caps(text) else text


def _issuer(header: list[Block]) -> Block | None:
    candidates = [
        b
        for b in header
        if is_all_caps(b.text)
        and cues().org_heads.at_start(b.text)
        and not cues().national_lines.at_start(b.text)
    ]
    return candidates[-1] if candidates else None


# Canonical casing of words that start body names written in capitals.
_CASING = (
    "Ban Dân vận",
    "Ban Tuyên giáo",
    "Ban Tổ chức",
    "Ban Thường vụ",
    "Ban Chỉ đạo",
    "Ban Nội chính",
    "Ủy ban nhân dân",
    "Ủy ban Mặt trận Tổ quốc",
    "Ủy ban MTTQ",
    "Hội đồng nhân dân",
    "Huyện ủy",
    "Tỉnh ủy",
    "Thành ủy",
    "Thị ủy",
    "Quận ủy",
    "Đảng ủy",
    "Đảng bộ",
    "Hội Nông dân",
    "Hội Cựu chiến binh",
    "Hội Liên hiệp Phụ nữ",
    "Đoàn Thanh niên",
    "Mặt trận Tổ quốc",
    "Sở Nội vụ",
    "huyện",
    "tỉnh",
    "thành phố",
    "thị xã",
    "xã",
    "phường",
    "thị trấn",
)


def proper_case(text: str) -> str:
    """ "BAN DÂN VẬN HUYỆN ỦY YÊN THÀNH" -> "Ban Dân vận Huyện ủy Yên Thành"."""
    if not is_all_caps(text):
        return text
    words = text.split()
    out: list[str] = []
    i = 0
    while i < len(words):
        for phrase in sorted(_CASING, key=lambda p: -len(p.split())):
            n = len(phrase.split())
            if fold(" ".join(words[i : i + n])) == fold(phrase):
                out.append(phrase)
                i += n
                break
        else:
            word = words[i]
            out.append(word if len(word) <= 4 and word in ("UBND", "HĐND", "MTTQ") else word.capitalize())
            i += 1
    return " ".join(out)


def _take_title(blocks: list[Block], st: _State, header: list[Block]) -> list[Block]:
    if st.title:
        return blocks
    for i, block in enumerate(blocks[:6]):
        text = block.text
        if block.kind == "heading" or (len(text) < 300 and not text.endswith((".", ":"))):
            st.title = text
            st.note("/title", _Source(text, block.location))
            return blocks[i + 1 :]
    if blocks:
        first = split_sentences(blocks[0].text)[0]
        st.title = first
        st.note("/title", _Source(first, blocks[0].location))
        st.messages.append(
            warning(
                "title-guessed",
                "no headline found; the first sentence is used as the title",
                pointer="/title",
            )
        )
    return blocks


def _take_tail(blocks: list[Block], st: _State) -> list[Block]:
    """Byline, source line and signature block at the end of the body."""
    end = len(blocks)
    for i in range(max(0, len(blocks) - 14), len(blocks)):
        if fold(blocks[i].text).startswith("noi nhan"):
            end = i
            break
    tail = blocks[end:]
    i = end
    while i > 0 and _tail_line(blocks[i - 1]):
        i -= 1
    tail = blocks[i:end] + tail
    for block in tail:
        _read_tail_line(block, st)
    return blocks[:i]


def _tail_line(block: Block) -> bool:
    text = block.text
    if block.kind == "list_item" or len(text) > 120 or text.endswith((".", ";", ":")):
        return False
    return (
        bool(_byline_parts(text))
        or cues().source_prefixes.at_start(text) is not None
        or (cues().org_heads.at_start(text) is not None and len(text) < 80)
    )


def _byline_parts(text: str) -> tuple[str, str | None] | None:
    """(author, publisher) of a byline: "Huyền Trang", "Tin, ảnh: Quốc Việt", "Lê Thắng - Hội …"."""
    body = text.strip()
    prefix = cues().byline_prefixes.at_start(body)
    if prefix is not None and ":" in body[prefix.end : prefix.end + 3]:
        body = body.split(":", 1)[1].strip()
    parts = re.split(r"\s+[-–—]\s+|\s*\(\s*|\s*\)\s*$", body, maxsplit=1)
    name = parts[0].strip()
    if not looks_like_name(name):
        return None
    other = parts[1].strip(" ()") if len(parts) > 1 else None
    return name, other or None


def _read_tail_line(block: Block, st: _State) -> None:
    text = block.text
    src = _Source(text, block.location)
    source = cues().source_prefixes.at_start(text)
    if source is not None and ":" in text[source.end : source.end + 2]:
        if st.publisher is None:
            st.publisher = text.split(":", 1)[1].strip(" .")
            st.note("/publisher", src)
        return
    if is_all_caps(text) or fold(text).startswith(("noi nhan", "luu")) or block.kind == "list_item":
        return  # signature titles and the list of recipients
    byline = _byline_parts(text)
    if byline is not None and st.author is None:
        st.author = byline[0]
        st.note("/author", src)
        if byline[1] and st.publisher is None:
            st.publisher = byline[1]
            st.note("/publisher", src)
        return
    if st.publisher is None and cues().org_heads.at_start(text):
        st.publisher = text.strip(" .")
        st.note("/publisher", src)


# ---------------------------------------------------------------------------------------
# the lead


def _take_lead(blocks: list[Block], st: _State) -> tuple[list[_Source], list[Block]]:
    lead: list[_Source] = []
    rest: list[Block] = []
    i = 0
    while i < len(blocks) and blocks[i].kind == "paragraph":
        sentences = [_Source(s, blocks[i].location) for s in split_sentences(blocks[i].text)]
        if not any(_is_lead_sentence(s.text, first=(i == 0)) for s in sentences):
            break
        lead.extend(sentences)
        rest.extend(_body_sentences(sentences, first=(i == 0)))
        i += 1
    for sentence in lead:
        _read_lead_sentence(sentence, st)
    return lead, rest + blocks[i:]


def _body_sentences(sentences: list[_Source], first: bool) -> Iterator[Block]:
    """Sentences of a lead paragraph that report content ("Toàn huyện có 25/30 xã …"), not
    the meeting itself ("Hội nghị được kết nối trực tuyến …"): they go on to the body."""
    for s in sentences:
        if not _is_lead_sentence(s.text, first) and not cues().event_nouns.at_start(s.text):
            yield Block(s.text, "paragraph", 0, s.location)


def _is_lead_sentence(text: str, first: bool) -> bool:
    if cues().chair_cues.contains(text) or cues().attend_cues.at_start(text):
        return True
    return first and (bool(find_dates(text)) or cues().organize_verbs.contains(text))


def _read_lead_sentence(src: _Source, st: _State) -> None:
    text = src.text
    attend = cues().attend_cues.search(text)
    if attend is not None and attend.start < 40:
        _read_attendees(text[attend.end :], src, st)
        return
    chair = cues().chair_cues.search(text)
    if chair is not None and not st.chairs:
        _read_chairs(text, chair, src, st)
    organize = cues().organize_verbs.search(text)
    if organize is not None and not st.organizers and (chair is None or organize.start < chair.start):
        _read_organizers(text, organize, src, st)
    if st.location is None and organize is not None:
        _read_location(text, src, st)


def _read_organizers(text: str, organize: CueMatch, src: _Source, st: _State) -> None:
    subject = text[: organize.start]
    dates = find_dates(subject)
    if dates:
        subject = subject[dates[-1].end :]
        subject = re.sub(r"^\s*\)?\s*,?\s*", "", subject)
    subject = re.sub(r"^tại\s+[^,]+,\s*", "", subject.strip(), flags=re.IGNORECASE)
    by = re.search(r"(?:^|\s)do\s+(.+)$", subject)
    if by:
        subject = by.group(1)
    words = subject.strip(" ,").split()
    trailers = {fold(w) for w in cues().organizer_trailers.phrases}
    while words and fold(words[-1]) in trailers:
        words.pop()
    subject = " ".join(words)
    if not subject or not (subject[0].isupper() or cues().org_heads.at_start(subject)):
        return
    for name in _split_bodies(subject):
        st.organizers.append(name)
        st.note(f"/organizers/{len(st.organizers) - 1}", src)


def _split_bodies(text: str) -> list[str]:
    """ "A và B", "A, B" where B starts like the name of a body."""
    parts: list[str] = []
    start = 0
    for m in re.finditer(r"\s+và\s+|,\s+", text):
        if cues().org_heads.at_start(text[m.end() :]) and text[m.end() : m.end() + 1].isupper():
            if _balanced(text[start : m.start()]):
                parts.append(text[start : m.start()].strip())
                start = m.end()
    parts.append(text[start:].strip())
    return [p for p in parts if p]


def _balanced(text: str) -> bool:
    return text.count("(") == text.count(")")


def _read_location(text: str, src: _Source, st: _State) -> None:
    for m in _LOCATION.finditer(text):
        place = m.group(1).strip()
        if cues().location_heads.at_start(place):
            st.location = place
            st.note("/location", src)
            return


def _read_chairs(text: str, chair: CueMatch, src: _Source, st: _State) -> None:
    before = text[: chair.start].strip(" ,")
    after = text[chair.end :].strip(" .")
    by = re.search(r"(?:^|\s)do\s+(.+)$", before)
    if by:
        before = by.group(1)
    persons = _people.parse_people(before) if before else []
    if not persons:
        after = re.sub(r"^(?:hội nghị|buổi làm việc|hội thảo|lễ|cuộc họp)\s*", "", after, flags=re.IGNORECASE)
        after = re.sub(r"^(?:là|gồm|có)\s+", "", after.strip(" :"), flags=re.IGNORECASE)
        persons = _people.parse_people(after)
    for person in persons:
        st.chairs.append(person)
        st.note(f"/chairs/{len(st.chairs) - 1}", src)


def _read_attendees(rest: str, src: _Source, st: _State) -> None:
    for name, kind, titles in _people.attendance_entries(rest.strip(" :")):
        st.attendees.append(Attendee(name, kind, titles))  # type: ignore[arg-type]
        st.note(f"/attendees/{len(st.attendees) - 1}", src)


# ---------------------------------------------------------------------------------------
# years and the date


def _find_years(st: _State, lead: list[_Source], body: list[Block]) -> None:
    texts = [_Source(st.title, st.locations.get("/title"))] + lead
    texts += [_Source(b.text, b.location) for b in body]
    for src in texts:
        folded = fold_aligned(src.text)
        if st.plan_year is None:
            for m in _year_patterns()[0].finditer(folded):
                if not folded[max(0, m.start() - 10) : m.start()].endswith("thuc hien "):
                    st.plan_year = int(m.group(1))
                    st.note("/plan_year", src)
                    break
        if st.reporting_year is None:
            m2 = _year_patterns()[1].search(folded) or _LEADING_YEAR.search(folded)
            if m2:
                st.reporting_year = int(m2.groups()[-1])
                st.note("/reporting_year", src)
                st.partial_period = cues().partial_period_cues.contains(m2.group(0))
    if st.plan_year is None and st.reporting_year is not None and not st.partial_period:
        _plan_year_from_body(st, body, st.reporting_year)
    if st.plan_year is not None and st.reporting_year is not None and st.plan_year <= st.reporting_year:
        if st.plan_year == st.reporting_year:
            st.messages.append(
                info(
                    "plan-year",
                    f"the plan year {st.plan_year} is the reporting year; not kept",
                    pointer="/plan_year",
                )
            )
        st.plan_year = None
        st.locations.pop("/plan_year", None)


def _plan_year_from_body(st: _State, body: list[Block], reporting_year: int) -> None:
    """ "Năm 2024, Tỉnh đoàn đặt mục tiêu …" after a report on 2023: the year after the
    reporting year, opening a sentence that states a plan, is the plan year."""
    for block in body:
        for sentence in split_sentences(block.text):
            m = _LEADING_YEAR.match(fold_aligned(sentence))
            if (
                m is not None
                and int(m.group(1)) == reporting_year + 1
                and cues().plan_statement_cues.contains(sentence[m.end() :])
            ):
                st.plan_year = reporting_year + 1
                st.note("/plan_year", _Source(sentence, block.location))
                return


def _lead_date(st: _State, lead: list[_Source], header: list[Block], page_date: _dt.date | None) -> None:
    candidates: list[tuple[DateMention, _Source]] = []
    for block in header:
        for d in find_dates(block.text):
            candidates.append((d, _Source(block.text, block.location)))
    for src in lead:
        for d in find_dates(src.text):
            if not re.search(r"số\s+\S+\s*,?\s*$", src.text[: d.start]):
                candidates.append((d, src))
    if not candidates:
        return
    mention, src = candidates[0]
    partial = st.partial_period
    year, rule = infer_year(
        mention,
        page_date=page_date,
        plan_year=st.plan_year,
        reporting_year=st.reporting_year,
        reporting_whole_year=not partial,
    )
    st.time_of_day = mention.time_of_day
    if st.time_of_day:
        st.note("/time_of_day", src)
    iso = mention.iso(year)
    if iso is None:
        st.messages.append(
            warning(
                "date-year", "a date without a year was found, and no year could be inferred", pointer="/date"
            )
        )
        return
    st.date = iso
    st.note("/date", src)
    if mention.year is None:
        st.messages.append(
            info("date-year", f"year of {mention.day}/{mention.month} taken {rule}", pointer="/date")
        )


# ---------------------------------------------------------------------------------------
# the body


@dataclass
class _Walk:
    state: str = "results"
    headed: bool = False  # sections come from headings, not cues
    remark_open: bool = False


def _walk_body(blocks: list[Block], st: _State) -> None:
    walk = _Walk(headed=any(b.kind == "heading" and classify_heading(b.text) in ITEM_STATES for b in blocks))
    for block in blocks:
        if block.kind == "heading":
            section = classify_heading(block.text)
            if section in ITEM_STATES or section == "remarks":
                walk.state = section
            walk.remark_open = False
            continue
        if block.kind in ("list_item", "table_row"):
            walk.remark_open = False
            _add_unit(strip_marker(block.text), block, st, walk, listed=True)
            continue
        if walk.remark_open and _continues_remark(block.text) and not _has_section_cue(block.text, st):
            _extend_remark(block, st)
            continue
        if _is_remark(block.text):
            _add_remark(block, st, walk)
            continue
        walk.remark_open = False
        for sentence in split_sentences(block.text):
            _add_unit(sentence, block, st, walk, listed=False)


def _has_section_cue(text: str, st: _State) -> bool:
    return (
        is_award_sentence(text)
        or cues().task_openers.at_start(text) is not None
        or cues().enumerators.at_start(text) is not None
        or _plan_year_opener(text, st)
        or cues().limitation_openers.contains(text)
    )


def _continues_remark(text: str) -> bool:
    """A paragraph after a speech belongs to it only when it refers back to the speaker or
    quotes them; otherwise the report has moved on ("6 tháng cuối năm, ngành … phấn đấu …")."""
    if text.lstrip()[:1] in ("“", '"', "‘", "'"):
        return True
    cue = cues().remark_continuations.at_start(text)
    # "Đồng chí cũng …" refers back; "Đồng chí Trần Văn B phát biểu …" is a new speaker.
    return cue is not None and not text[cue.end :].lstrip()[:1].isupper()


def _is_remark(text: str) -> bool:
    if cues().remark_cues.at_start(text):
        return True
    honorific = cues().honorifics.at_start(text)
    if honorific is None:
        return False
    verb = cues().speech_verbs.search(text[:200])
    return verb is not None


def _add_remark(block: Block, st: _State, walk: _Walk) -> None:
    sentences = split_sentences(block.text)
    kept = [s for s in sentences if not is_award_sentence(s)]
    for s in sentences:
        if is_award_sentence(s):
            _add_awards(s, block, st)
    if not kept:
        return
    text = " ".join(kept)
    speaker = _people.find_speaker(text, tuple(st.chairs))
    st.remarks.append(Remark(text=text, speaker=speaker))
    st.note(f"/remarks/{len(st.remarks) - 1}", _Source(text, block.location))
    walk.remark_open = True
    directions = _speech_directions(text, st)
    if directions:
        walk.state = "tasks"
        for piece in directions:
            _append_item("tasks", piece, _Source(text, block.location), st)
    if text.endswith(":"):
        walk.remark_open = False
        if _TASK_WORDS.search(fold_aligned(text)):
            walk.state = "tasks"


def _speech_directions(text: str, st: _State) -> list[str]:
    """ "… đề nghị trong năm 2024 cần tập trung A; B; C": directions a speaker gives for the
    plan period are the tasks, one per ";" part. The period must be named right after the
    directive verb, so praise with a general wish ("đề nghị … tiếp tục …") stays a remark only."""
    if text.rstrip().endswith(":"):
        return []  # a header for the list that follows; the list items are the tasks
    verb = cues().directive_verbs.search(text)
    while verb is not None:
        rest = text[verb.end :].lstrip(" ,")
        end = _horizon_end(rest, st)
        if end is not None:
            body = rest[end:].lstrip(" ,")
            modal = cues().task_modals.at_start(body)
            if modal is not None:
                body = body[modal.end :].lstrip(" ,")
            sentences = split_sentences(body)
            return split_top_level(sentences[0], ";") if sentences else []
        verb = cues().directive_verbs.search(text, verb.end)
    return []


def _horizon_end(text: str, st: _State) -> int | None:
    horizon = cues().task_horizons.at_start(text)
    if horizon is not None:
        return horizon.end
    year = _YEAR_HORIZON.match(fold_aligned(text))
    if year is not None and st.plan_year is not None and int(year.group(1)) == st.plan_year:
        return year.end()
    return None


def _extend_remark(block: Block, st: _State) -> None:
    last = st.remarks[-1]
    st.remarks[-1] = Remark(text=last.text + " " + block.text, speaker=last.speaker)


def _plan_year_opener(text: str, st: _State) -> bool:
    m = _LEADING_YEAR.match(fold_aligned(text))
    return m is not None and st.plan_year is not None and int(m.group(1)) == st.plan_year


def _add_unit(text: str, block: Block, st: _State, walk: _Walk, *, listed: bool) -> None:
    src = _Source(text, block.location)
    if is_award_sentence(text):
        _add_awards(text, block, st)
        return
    parts: list[str] = [text]
    split_colon = False
    if not walk.headed and not listed:
        parts, split_colon = _transition(text, st, walk)
    elif cues().enumerators.at_start(text):
        parts = [_strip_enumerator(text)]
    if walk.state not in ITEM_STATES:
        return
    pieces: list[str] = []
    for part in parts:
        if split_colon:
            pieces.extend(split_top_level(part, ";"))
        elif walk.state == "limitations":
            pieces.extend(_split_shortcomings(part))
        else:
            pieces.append(part)
    for piece in pieces:
        _append_item(walk.state, piece, src, st)


def _append_item(section: str, piece: str, src: _Source, st: _State) -> None:
    piece = strip_trailing(piece.strip())
    if not piece or piece.endswith(":") or len(piece) < 3:
        return  # a list header ("… các giải pháp sau:") is not an item
    item_text = capitalize_first(piece)
    items = st.items[section]
    items.append(Item(item_text, find_figures(item_text)))
    st.note(f"/{section}/{len(items) - 1}", src)


def _transition(text: str, st: _State, walk: _Walk) -> tuple[list[str], bool]:
    """Change section on a cue; return the item text(s) without the lead-in."""
    enum = cues().enumerators.at_start(text)
    if enum is not None:
        return [_strip_enumerator(text)], False
    if (
        cues().task_openers.at_start(text)
        or _plan_year_opener(text, st)
        or (
            walk.state != "tasks"
            and fold(text).startswith("ve ")
            and _TASK_WORDS.search(fold_aligned(text[:60]))
        )
    ):
        walk.state = "tasks"
        return _strip_task_lead(text)
    opener = cues().limitation_openers.search(text)
    contrast = cues().contrast_connectives.at_start(text)
    if opener is not None or (
        contrast is not None and cues().shortcoming_markers.contains(text[contrast.end :])
    ):
        walk.state = "limitations"
        if opener is not None:
            return _strip_limitation_lead(text, opener)
    return [text], False


def _strip_enumerator(text: str) -> str:
    m = cues().enumerators.at_start(text)
    if m is None:
        return text
    return capitalize_first(text[m.end :].lstrip(" ,:"))


def _strip_task_lead(text: str) -> tuple[list[str], bool]:
    head, sep, rest = text.partition(":")
    if sep and _TASK_WORDS.search(fold_aligned(head)):
        return ([rest.strip()] if rest.strip() else []), True
    if fold(text).startswith("ve "):
        comma = text.find(",")
        verb = cues().directive_verbs.search(text, comma + 1) if comma > 0 else None
        if verb is not None:
            return [text[verb.end :].strip()], False
    return [text], False


def _strip_limitation_lead(text: str, opener: CueMatch) -> tuple[list[str], bool]:
    rest = text[opener.end :]
    m = _AFTER_OPENER.match(fold_aligned(rest))
    after = rest[m.end() :] if m else rest
    colon = bool(m and m.group(1))
    if not re.sub(r"[\s.…;:,]", "", after):
        return [], False  # "… vẫn còn những hạn chế." introduces the list only
    if m and m.group(0).strip():
        return [after], colon
    if re.match(r"^[^,]{0,40}(?:,\s*)?$", after):
        return [], False
    return [text], False


def _split_shortcomings(text: str) -> list[str]:
    """ "A chưa chặt chẽ; B chưa cao" is two shortcomings; keep one when a part states none."""
    parts = split_top_level(text, ";")
    if len(parts) > 1 and all(cues().shortcoming_markers.contains(p) for p in parts):
        return parts
    return [text]


def _add_awards(text: str, block: Block, st: _State) -> None:
    giver = st.awards[-1].giver if st.awards else None
    for award in parse_awards(text, giver):
        st.awards.append(award)
        st.note(f"/awards/{len(st.awards) - 1}", _Source(text, block.location))


# ---------------------------------------------------------------------------------------
# result


def not_found(report: Report) -> list[Message]:
    """A "not found" warning for every field extraction looks for and left empty (the field
    table in :mod:`dvtool.model` says which); nothing is invented to fill them."""
    return [
        warning("not-found", f"{spec.label} not found", pointer=f"/{spec.name}")
        for spec in FIELDS
        if spec.sought and getattr(report, spec.name) in (None, "", ())
    ]


def _finish(st: _State, source: str) -> Result[Report]:
    report = Report(
        title=st.title,
        date=st.date,
        time_of_day=st.time_of_day,  # type: ignore[arg-type]
        location=st.location,
        organizers=tuple(st.organizers),
        chairs=tuple(Person(p.name, p.titles) for p in st.chairs),
        attendees=tuple(st.attendees),
        reporting_year=st.reporting_year,
        plan_year=st.plan_year,
        results=tuple(st.items["results"]),
        limitations=tuple(st.items["limitations"]),
        tasks=tuple(st.items["tasks"]),
        remarks=tuple(st.remarks),
        awards=tuple(st.awards),
        author=st.author,
        publisher=st.publisher,
        related=tuple(st.related),
    )
    messages = list(st.messages) + not_found(report)
    return Result(report, tuple(messages), dict(st.locations))
