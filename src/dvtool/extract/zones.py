"""Zones of a page or an official report: page chrome, related headlines, the header lines, the
title, and the byline/signature tail."""

from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache

from dvtool.extract._text import (
    capitalize_first,
    is_all_caps,
    lower_first,
    split_sentences,
)
from dvtool.extract.blocks import Block, strip_marker
from dvtool.extract.bylines import _byline_parts, self_named_outlet
from dvtool.extract.captions import parenthesised
from dvtool.extract.cues import cues, tone_key
from dvtool.extract.dates import find_dates
from dvtool.extract.function_words import function_words
from dvtool.extract.related_links import add_related, without_dated_links
from dvtool.extract.stamps import (
    _TIME_STAMP,
    _date_line,
    _figures_only_stamp,
    _iso_stamp,
    _page_stamp,
    aggregator_line,
)
from dvtool.extract.state import _Source, _State
from dvtool.extract.tails import _BARE_URL, _tail_line, aggregator_label
from dvtool.messages import warning
from dvtool.vntext import fold

# ---------------------------------------------------------------------------------------
# zones


def _drop_chrome(blocks: list[Block], st: _State) -> tuple[_dt.date | None, list[Block]]:
    self_named_outlet(blocks, st)  # "Theo dõi Báo Gia Lai trên Google News": chrome naming the outlet
    page_date: _dt.date | None = None
    kept: list[Block] = []
    labelled = False
    for at, block in enumerate(blocks):
        text = block.text
        if at >= max(3, len(blocks) // 2) and (
            _page_end_line(text) or (len(text) < 120 and cues().page_end_openers.at_start(text) is not None)
        ):
            break  # the comment form or the list of earlier items: the article has ended
        # the label's own lines may outnumber a short item's ("Headline" / one paragraph / "31/05/13
        # 15:16 GMT+7" / section / tags / source): aggregator_label checks it closes the page
        after_article = at >= 2 and any(len(b.text) >= MIN_LEAD for b in kept)
        if after_article and aggregator_label(blocks, at, st):
            stamp = [d.iso() for d in find_dates(text) if d.year is not None] or [_iso_stamp(text)]
            if page_date is None and stamp[0]:
                page_date = _dt.date.fromisoformat(str(stamp[0]))
            break  # the time, section, tags and source an aggregator put under the article
        if cues().meta_date_prefixes.at_start(text) and len(text) < 80:
            dates = [d for d in find_dates(text) if d.year is not None]
            # the date line nearest the article wins over a clock at the top of the page
            nearest = page_date is None or not any(len(b.text) >= 80 for b in kept)
            if dates and nearest and dates[0].iso():
                page_date = _dt.date.fromisoformat(str(dates[0].iso()))
                st.page_clock = not kept
            if dates:
                _meta_byline(block, st)
                _headline_above(kept, blocks[at + 1 : at + 2], st)
                continue
        stamped, reporter = _page_stamp(text)
        top = not any(len(b.text) >= 80 for b in kept)  # above the article's first paragraph
        if (top or len(kept) <= HEADLINE_AND_LABEL) and aggregator_line(text):
            if not labelled:  # the first of them: the line above is the outlet's label
                _source_label(kept, st)
            labelled = True
            continue  # "8 giờ trước" / "15 liên quan" / "Gốc" under an aggregator's headline
        if _TIME_STAMP.match(text) or _figures_only_stamp(text) or stamped or (top and _date_line(text)):
            stamp = [d.iso() for d in find_dates(text) if d.year is not None] or [_iso_stamp(text)]
            if page_date is None and stamp[0]:
                page_date = _dt.date.fromisoformat(str(stamp[0]))
                st.page_clock = not kept
            if reporter is not None and st.author is None:
                st.author = reporter  # "Thu Hằng 22/06/2023 08:00": the reporter on the stamp line
                st.note("/author", _Source(text, block.location))
            _headline_above(kept, blocks[at + 1 : at + 2], st)
            continue  # "20/06/2019 - 07:47" under a headline: when the page was posted
        if _is_noise(text):
            continue
        kept.append(block)
    return page_date, kept


# "(0) Bình luận", "Bình luận (12)": how many comments there are, beside the form's label
_COUNT = re.compile(r"^\s*\(\d+\)\s*|\s*\(\d+\)\s*$")


def _page_end_line(text: str) -> bool:
    """A line alone that opens the comment form or the list of earlier items, with or without
    the count a page prints beside it."""
    return cues().page_end_lines.matches_whole(_COUNT.sub("", text))


MAX_LABEL_WORDS = 14
HEADLINE_AND_LABEL = 2  # a headline of 80 characters or more is no article yet


def stale_clock(page_date: _dt.date | None, st: _State) -> _dt.date | None:
    """ "Thứ sáu, 12/08/2022" / "Hội nông dân:" / the headline / "Sáng nay (3/11), …" of 2017: a
    date at the very top of a portal page, above the headline, is its clock of the day the page
    was saved; when the text's reporting or plan year is more than a year before it, it is not
    the day the item was posted, and the text's years date the meeting."""
    years = [y for y in (st.reporting_year, st.plan_year) if y is not None]
    if page_date is not None and st.page_clock and years and max(years) < page_date.year - 1:
        return None
    return page_date


def _source_label(kept: list[Block], st: _State) -> None:
    """ "Sở Tư pháp làm việc với …" / "Báo Tuyên Quang" / "3 giờ trước" / "Gốc": the short line
    between the headline and an aggregator's lines under it is the label of the outlet the item
    comes from, the publisher; it is no part of the article (nor its byline)."""
    if len(kept) < 2:
        return
    label = kept[-1].text.strip()
    if 0 < _words(label) <= MAX_LABEL_WORDS and len(label) < MIN_LEAD and not label.endswith((".", ":")):
        if st.publisher is None:  # "Theo dõi Báo Gia Lai trên Google News" may have named it
            st.publisher = label
            st.note("/publisher", _Source(label, kept[-1].location))
        kept.pop()


def _headline_above(kept: list[Block], after: list[Block], st: _State) -> None:
    """ "HĐND xã Cổ Loa … họp kỳ thứ 8." / "Ngày đăng 21/06/2018 | 10:15" / the lead: the line
    right above the page's date line, with the article's first paragraph right under it, is the
    headline, whatever page chrome stands above it."""
    if st.stamped_headline is not None or not kept or not after or len(after[0].text) < MIN_LEAD:
        return
    line = kept[-1].text
    if kept[-1].kind != "list_item" and len(line) < MAX_HEADLINE and _words(line) >= MIN_HEADLINE_WORDS:
        st.stamped_headline = kept[-1]


MIN_LEAD = 80
MIN_HEADLINE_WORDS = 5


def _meta_byline(block: Block, st: _State) -> None:
    """ "Ngày đăng bài: 29/12/2018 | Tác giả: Thanh Khoa": the author named on the date line."""
    for part in re.split(r"\s+\|\s+", block.text)[1:]:
        prefix = cues().byline_prefixes.at_start(part)
        byline = _byline_parts(part) if prefix is not None and ":" in part else None
        if byline is not None and st.author is None:
            st.author = byline[0]
            st.note("/author", _Source(part, block.location))


def without_artefact(text: str) -> str:
    """ "nullHội nghị …" -> "Hội nghị …", "null" -> "": a template's empty field printed at the start
    of a block (before a space, a capital or nothing) is no part of the text."""
    for artefact in cues().cms_artefacts.phrases:
        rest = text[len(artefact) :]
        if text.startswith(artefact) and (not rest or rest[0].isspace() or rest[0].isupper()):
            return rest.strip()
    return text


def _is_noise(text: str) -> bool:
    if len(text) < 160 and cues().noise_lines.at_start(text.lstrip("[<( ")):
        return True
    if len(text) < 40 and cues().noise_lines.at_start(text.lstrip("0123456789.,:[<( ")):
        return True  # "2,942 lượt xem": a counter before its label
    if text.strip() in ("*", "-", "—", "***", "|", ","):
        return True
    return text.count(">") >= 2 and len(text) < 160  # breadcrumbs "Trang chủ > Tin tức > …"


def _split_related(blocks: list[Block], st: _State) -> list[Block]:
    blocks = without_dated_links(blocks, st)
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
                        add_related(headline, item.location, st)
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


def proper_case(text: str) -> str:
    """A body's name typed in capitals, in the case Vietnamese writes it in a sentence.

    The words that convention capitalises come from ``body_name_casing`` in cues.yaml ("Ủy ban
    nhân dân", "Sở Công Thương", "Tỉnh ủy", "Báo"); after a place level or a committee of a place
    ("tỉnh", "Huyện ủy", ``proper_name_heads``) the name that follows is a proper name ("Nghệ
    An"); the other words are lower case ("Ban Chỉ đạo xây dựng nông thôn mới"), codes and
    abbreviations stay as written ("UBND", "2872/QĐ-SCT"), and the first word is capitalised.
    A name that does not start with a body word dvtool knows stays as written: it may be a
    proper name throughout ("CÔNG TY HOÀNG LONG").
    """
    if not is_all_caps(text) or not _known_body(text):
        return text
    words = text.split()
    out: list[str] = []
    in_name = in_fields = False
    i = 0
    while i < len(words):
        field = _spelling(words, i, _fields()) if in_fields else None
        found = field or _spelling(words, i, _casing())
        if found is not None:
            canonical, n = found
            in_name = cues().proper_name_heads.matches_whole(canonical)
            in_fields = field is not None or cues().work_field_heads.matches_whole(canonical)
            out.append(canonical)
            i += n
            continue
        word = words[i]
        in_fields = in_fields and (
            word in ("-", "–", ",", "&") or cues().work_field_joins.matches_whole(word)
        )
        written = as_written(word) and not (in_name and _place_word(word))
        out.append(word if written else word.capitalize() if in_name else word.lower())
        i += 1
    return capitalize_first(" ".join(out))


def _spelling(words: list[str], i: int, table: dict[str, str]) -> tuple[str, int] | None:
    """The conventional spelling of the longest phrase of ``table`` at ``words[i]``, and its length."""
    for n in range(min(6, len(words) - i), 0, -1):
        phrase = " ".join(words[i : i + n])
        bare = phrase.rstrip(",;:.")
        canonical = table.get(tone_key(bare))
        if canonical is not None:
            return canonical + phrase[len(bare) :], n  # "VĂN HÓA," -> "Văn hóa,"
    return None


def _known_body(text: str) -> bool:
    words = text.split()
    return any(tone_key(" ".join(words[:n])) in _casing() for n in range(1, min(len(words), 6) + 1))


@lru_cache(maxsize=1)
def _casing() -> dict[str, str]:
    """Phrase in lower case with tones in one place (:func:`tone_key`: ỦY = UỶ, SỐ ≠ SỞ) ->
    its conventional spelling."""
    return {tone_key(p): p for p in cues().body_name_casing.phrases}


@lru_cache(maxsize=1)
def _fields() -> dict[str, str]:
    """The fields of work of a Sở or Phòng, as :func:`_casing` keys them."""
    return {tone_key(p): p for p in cues().work_fields.phrases}


# One Vietnamese syllable, folded: an initial consonant, vowels, a final consonant.
_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]+(?:ng|nh|ch|[cmnpt])?"
)


_CONSONANT_RUN = re.compile(r"[^aeiouy]{3,}")


def _place_word(word: str) -> bool:
    """A word of a place's name that is no Vietnamese syllable but no abbreviation either
    ("KRÔNG", "ĐẮK", "R'LẤP"): letters with a vowel and no run of three consonants ("UBND")."""
    *initials, letters = fold(word).strip(".,;:()").replace("’", "'").split("'")  # "M'ĐRẮK"
    return (
        all(len(i) == 1 and i.isalpha() for i in initials)
        and letters.isalpha()
        and _CONSONANT_RUN.search(letters) is None
        and any(c in "aeiouy" for c in letters)
    )


def as_written(word: str) -> bool:
    """A code or number ("2872/QĐ-SCT") or an abbreviation that is no syllable ("UBND", "PTNT")."""
    return (
        any(c.isdigit() or c == "/" for c in word) or _SYLLABLE.fullmatch(fold(word).strip(".,;:()")) is None
    )


def _take_title(blocks: list[Block], st: _State, header: list[Block]) -> list[Block]:
    if st.title:
        return blocks
    stamped = next((i for i, b in enumerate(blocks[:12]) if b is st.stamped_headline), None)
    if stamped is not None and not any(_dated_lead(b.text) for b in blocks[:stamped]):
        headline = blocks[stamped]
        st.title = headline.text.rstrip(".")
        st.note("/title", _Source(headline.text, headline.location))
        return blocks[stamped + 1 :]
    for i, block in enumerate(blocks[:8]):
        text = block.text
        if parenthesised(text):
            continue  # "(Quang cảnh hội nghị )": a photo's caption, never the headline
        if block.kind != "heading" and _dated_lead(text):
            # "Ngày 20-7, Khối nội chính … tổ chức …": the lead; a headline is above it, else
            # none ("Ngày 1.2.2016, Hội … đã tổ chức …" opens the page)
            above = next((b for b in reversed(blocks[:i]) if not parenthesised(b.text)), None)
            if above is not None and len(above.text) < MAX_HEADLINE and not _dated_lead(above.text):
                st.title = above.text.rstrip(".")  # a headline closed with a full stop
                st.note("/title", _Source(above.text, above.location))
                return blocks[i:]
            break
        if (
            i == 1
            and _dated_in_first_sentence(text)
            and _closed_headline(blocks[0].text)
            and not parenthesised(blocks[0].text)
        ):
            # "Đảng ủy xã … làm việc 3 chi ủy thôn …." / "Thực hiện Chương trình …, chiều ngày
            # 15/03/2024, Thường trực Đảng ủy xã …": a headline closed with a full stop
            st.title = blocks[0].text.rstrip(".")
            st.note("/title", _Source(blocks[0].text, blocks[0].location))
            return blocks[1:]
        if block.kind == "paragraph" and len(text) >= 300:
            break  # the body has begun: a later short line is no headline (a byline, a caption)
        if 0 < i == len(blocks) - 1 and _tail_line(block):
            break  # the byline under a short article is not its headline
        if _BARE_URL.match(text.strip()):
            continue  # "http://hdndcaobang.gov.vn" under the site's name
        if block.kind == "heading" or (len(text) < 300 and not text.endswith((".", ":"))):
            if _section_name(text, blocks[i + 1 : i + 8]):
                continue  # "Thời sự", "Tin hoạt động", "BÁO NAM ĐỊNH" above the headline
            if (
                i + 1 < len(blocks)
                and _BARE_URL.match(blocks[i + 1].text.strip())
                and len(text) < MAX_SITE_NAME
            ):
                if st.publisher is None:  # "Đoàn ĐBQH và HĐND tỉnh Cao Bằng" / "http://hdndcaobang.gov.vn"
                    st.publisher = text
                    st.note("/publisher", _Source(text, block.location))
                continue
            rest = blocks[i + 1 :]
            if rest and _headline_goes_on(text, rest[0].text):
                text = f"{text} {rest[0].text}"  # a headline broken over two lines
                rest = rest[1:]
            st.title = text
            st.note("/title", _Source(text, block.location))
            return rest
    guess = next((b for b in blocks if not parenthesised(b.text)), None)
    if guess is not None:
        first = split_sentences(guess.text)[0]
        st.title = first
        st.note("/title", _Source(first, guess.location))
        st.messages.append(
            warning(
                "title-guessed",
                "no headline found; the first sentence is used as the title",
                pointer="/title",
            )
        )
    return blocks


MAX_SECTION_WORDS = 4
MAX_SITE_NAME = 100
MAX_HEADLINE = 250


MAX_CLOSED_HEADLINE_WORDS = 30


def _closed_headline(text: str) -> bool:
    """One sentence closed with a full stop, short enough for a headline."""
    return (
        text.endswith(".")
        and not text.endswith("..")
        and len(split_sentences(text)) == 1
        and _words(text) <= MAX_CLOSED_HEADLINE_WORDS
    )


def _dated_in_first_sentence(text: str) -> bool:
    """A paragraph whose first sentence dates the meeting with a time of day or "ngày" and its
    year ("Thực hiện …, chiều ngày 15/03/2024, Thường trực …"): a lead, whatever opens it."""
    if len(text) < MIN_LEAD:
        return False
    first = split_sentences(text)[0]
    return any(d.year is not None and d.time_of_day for d in find_dates(first))


def _dated_lead(text: str) -> bool:
    """ "Ngày 20-7, Khối nội chính quận 8 tổ chức …", "Chiều 8/8, UBND tỉnh …": a paragraph that
    opens with the meeting's date and a comma is the lead, not a headline."""
    first = next(iter(find_dates(text[:40])), None)
    return (
        first is not None
        and first.start < 20
        and len(text) >= 80
        and text[first.end : first.end + 12].lstrip(" )").startswith(",")
    )


def _section_name(text: str, after: list[Block]) -> bool:
    """A line of a few words above a longer unpunctuated line that is no lead ("Thời sự" /
    "Hội Nông dân tỉnh sơ kết …"): the page's site or section name, not the headline."""
    if _words(text) > MAX_SECTION_WORDS:
        return False
    while after and _words(after[0].text) <= MAX_SECTION_WORDS and not after[0].text.endswith("."):
        after = after[1:]  # "BÁO NAM ĐỊNH" / "Thời sự" / the headline
    if not after:
        return False
    line = after[0].text
    return (
        _words(line) > MAX_SECTION_WORDS
        and len(line) < 300
        and not line.endswith((".", ":"))
        and not _byline_parts(line)
        and cues().caption_openers.at_start(line) is None
        and not any(d.start < 20 for d in find_dates(line))
    )


def _words(text: str) -> int:
    return sum(1 for w in text.split() if any(c.isalpha() for c in w))


def _headline_goes_on(headline: str, line: str) -> bool:
    """ "Đoàn công tác của HĐND tỉnh" / "khảo sát công tác giáo dục tại Nậm Nhùn": a short
    unpunctuated line in lower case right under a short headline continues it."""
    # "HỘI NGHỊ TỔNG KẾT … NĂM 2024" / "VÀ HỘI NGHỊ NGƯỜI LAO ĐỘNG NĂM 2025": a headline in capitals
    # goes on on a line in capitals that opens with "và"
    joined = (
        is_all_caps(headline)
        and is_all_caps(line)
        and line.split()[0].casefold() in function_words().and_words
    )
    return (
        len(headline) < 120
        and len(line) < 120
        and (line[:1].islower() or joined)
        and not line.rstrip().endswith((".", ":", ";", "!", "?"))
        and not find_dates(line)
    )


_PARENS = re.compile(r"\(([^()]{2,40})\)")


def photo_position(text: str) -> bool:
    """ "Đồng chí A (giữa) trao …", "(thứ 2 từ trái sang)": where a person stands in a photo."""
    for inside in _PARENS.findall(text):
        found = cues().photo_positions.match_at(inside.strip(), 0)
        if found is not None and found.end == len(inside.strip()):
            return True
    return False
