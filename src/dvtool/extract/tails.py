"""The tail zone of a page or an official report: the byline, the source line and the signature
block at the end of the body (what :mod:`dvtool.extract.zones` takes off last)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from dvtool.extract._text import clean, is_all_caps, is_name_word, looks_like_name
from dvtool.extract.blocks import Block
from dvtool.extract.bylines import _DOMAIN, _byline_name, _byline_parts
from dvtool.extract.cues import cues
from dvtool.extract.state import _Source, _State
from dvtool.messages import Location
from dvtool.vntext import fold


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


def _take_tail(blocks: list[Block], st: _State) -> list[Block]:
    """Byline, source line and signature block at the end of the body."""
    end = len(blocks)
    for i in range(max(0, len(blocks) - 14), len(blocks)):
        if fold(blocks[i].text).startswith("noi nhan"):
            end = i
            break
    if end == len(blocks) and blocks:
        blocks = _without_tag_list(blocks)
        while len(blocks) > 1 and _closing_caption(blocks[-1].text):
            blocks = blocks[:-1]  # "Toàn cảnh hội nghị" under the byline: a photo's caption
        blocks = _split_trailing_byline(_drop_byline_stop(_without_glued_chrome(blocks)))
        end = len(blocks)
    tail = blocks[end:]
    i = end
    if _lone_name_line(blocks[:end]):
        i -= 1  # "Chung": the reporter's given name alone under the last sentence
    while i > 0 and _tail_line(blocks[i - 1]):
        i -= 1
    tail = blocks[i:end] + tail
    for block in tail:
        _read_tail_line(block, st)
    return blocks[:i]


MIN_NAME_WORD = 3
_CLOSED = (".", "!", "?", "…", ";")


def _name_word(text: str) -> bool:
    """ "Chung", "Hằng": one capitalised word (not "Ho", two bare letters a page cut off, nor a
    share button such as "Zalo")."""
    word = text.strip()
    if not is_name_word(word) or " " in word or not (len(word) >= MIN_NAME_WORD or not word.isascii()):
        return False
    return cues().noise_lines.at_start(word) is None and cues().page_end_openers.at_start(word) is None


def _lone_name_line(blocks: Sequence[Block]) -> bool:
    """ "… 1 tỷ đồng kế hoạch giao;…" / "Chung": a paragraph of one capitalised word under the
    closed last sentence of the item is the byline of a reporter who signs with a given name."""
    if len(blocks) < 2 or blocks[-1].kind != "paragraph" or not _name_word(blocks[-1].text):
        return False
    return blocks[-2].kind != "heading" and blocks[-2].text.rstrip().endswith(_CLOSED)


# "30/05/13 07:09 GMT+7": the time a news aggregator took the item, on a line of its own
_AGGREGATOR_TIME = re.compile(r"^\d{1,2}/\d{1,2}/\d{2}(?:\d{2})?\s+\d{1,2}:\d{2}\s*GMT\s?[+-]\d{1,2}$")
AGGREGATOR_REACH = 4
MAX_SOURCE_NAME = 40


def aggregator_label(blocks: list[Block], at: int, st: _State) -> bool:
    """ "30/05/13 07:09 GMT+7" / "Pháp luật" / "Tai nạn giao thông,An toàn giao thông,…" / "Hà Nội
    Mới" at the end of the page: a news aggregator's label under the article (its time, section
    and tags) ends with the name of the paper the item comes from, the publisher. True when
    ``blocks[at]`` opens one (the label is then no part of the article nor its byline)."""
    if at < len(blocks) - AGGREGATOR_REACH or not _AGGREGATOR_TIME.match(blocks[at].text.strip()):
        return False
    source = blocks[-1].text.strip() if at < len(blocks) - 1 else ""
    if source and len(source) <= MAX_SOURCE_NAME and "," not in source and st.publisher is None:
        st.publisher = source
        st.labelled_publisher = True
        st.note("/publisher", _Source(source, blocks[-1].location))
    return True


MIN_TAGS = 5
MAX_TAG_WORDS = 5


def _tag(block: Block) -> bool:
    words = block.text.split()
    return 0 < len(words) <= MAX_TAG_WORDS and all(w[:1].isupper() and w.isalpha() for w in words)


def _without_tag_list(blocks: list[Block]) -> list[Block]:
    """ "Tổng Bí Thư" / "Ngoại Giao" / "Bản Sắc" / …: a run of short lines of capitalised words at
    the end of the page is its list of tags, not a byline; it is left out."""
    end = len(blocks)
    while end > 0 and (blocks[end - 1].kind == "heading" or not blocks[end - 1].text.strip()):
        end -= 1  # "VIDEO" under the tags
    start = end
    while start > 0 and _tag(blocks[start - 1]) and blocks[start - 1].kind != "heading":
        start -= 1
    return blocks[:start] if end - start >= MIN_TAGS else blocks


def _closing_caption(text: str) -> bool:
    opener = cues().caption_openers.at_start(text)
    return len(text) < 120 and not text.rstrip().endswith(".") and opener is not None


_TRAILING_BYLINE = re.compile(r"(?<=[.!?…])\s+([^.!?…:]{2,30}:\s*[^.!?…:]{2,40})$")
_URL_HOST = re.compile(r"https?://(?:www\.)?([^/\s]+)")


# "Ngọc Anh/VOV", "Minh Hiếu/TTXVN": a reporter and, after a slash, the agency the item comes from
def _split_trailing_byline(blocks: list[Block]) -> list[Block]:
    """ "… sát thực tiễn. Tin, ảnh: Trần Văn B" — a byline run into the last paragraph."""
    last = blocks[-1]
    m = _TRAILING_BYLINE.search(last.text)
    if m is None or cues().byline_prefixes.at_start(m.group(1)) is None or not _byline_parts(m.group(1)):
        return _split_run_in_name(blocks)
    head = Block(last.text[: m.start()].rstrip(), last.kind, last.level, last.location)
    return [*blocks[:-1], head, Block(m.group(1), "paragraph", 0, last.location)]


RUN_IN_REACH = 40
MIN_RUN_IN_PARAGRAPH = 80
# a sentence's end, also an ellipsis "..." and the closing "/." of a news item, and after a closing
# quote, a parenthesis or a per cent sign ("… xin – cho”.Hoàng Thư", "… 9,45%. VŨ DUNG")
_SENTENCE_END = re.compile(r"(?:(?<=[^\W_])|(?<=[/”\"’)%]))(?:\.\.\.|[.!?…])(?=\s*[^\W\d_])")


def _split_run_in_name(blocks: list[Block]) -> list[Block]:
    """ "… từ ngày 1/7/2017. Ngọc Thiện (TTXVN)", "… và Nam Trà My.ĐĂNG NGUYÊN": a reporter's
    name (with the agency or a note in parentheses) after the last sentence of the last
    paragraph, where a crawler ran the byline line into it."""
    last = blocks[-1]
    text = last.text.rstrip()
    if text.endswith((".", "!", "?", "…", ":", ";", ",")) or len(text) < MIN_RUN_IN_PARAGRAPH:
        return blocks  # "Hoàng Anh - Thanh Tâm/VOV.VN": a byline line of its own, not run in
    for end in _SENTENCE_END.finditer(text, max(0, len(text) - RUN_IN_REACH - 1)):
        rest = text[end.end() :].strip()
        chrome = any(
            cue.at_start(rest) is not None
            for cue in (cues().org_heads, cues().related_headers, cues().noise_lines, cues().page_end_openers)
        )
        byline = _byline_parts(rest) if rest[:1].isupper() and not chrome else None
        credit = cues().byline_prefixes.at_start(rest)  # "…/.Tin, ảnh: L.Nguyễn"
        if credit is not None and not rest[credit.end : credit.end + 2].lstrip().startswith(":"):
            credit = None
        named = byline is not None and rest.startswith(byline[0].split(" - ")[0].split(", ")[0])
        if byline is not None and (named or credit is not None):
            head = Block(text[: end.end()], last.kind, last.level, last.location)
            return [*blocks[:-1], head, Block(rest, "paragraph", 0, last.location)]
    return _split_run_in_source(blocks)


SOURCE_REACH = 60


def _split_run_in_source(blocks: list[Block]) -> list[Block]:
    """ "… cho phù hợp. Ảnh: lamdongtv.vn Theo Hoàng Ái/Lamdongtv.vn": a source line naming the
    reporter and the agency, run into the end of the last paragraph."""
    last = blocks[-1]
    text = last.text.rstrip()
    for source in cues().source_prefixes.finditer(text[-SOURCE_REACH:]):
        at = len(text) - min(len(text), SOURCE_REACH) + source.start
        line = text[at:]
        credited = _byline_parts(line[source.end - source.start :])
        if at > 0 and text[at - 1] == " " and line[:1].isupper() and credited is not None and credited[1]:
            head = Block(text[:at].rstrip(), last.kind, last.level, last.location)
            return [*blocks[:-1], head, Block(line, "paragraph", 0, last.location)]
    return blocks


GLUED_REACH = 40


def _without_glued_chrome(blocks: list[Block]) -> list[Block]:
    """ "Kim LiênXem phản h", "… 100 triệu đồng.Hoa HạEmail Print Góp ý": page chrome (a share or
    comment button) a crawler ran into the byline at the end of the page (a lower-case letter
    run into an upper-case one) is left out."""
    last = blocks[-1]
    text = last.text.rstrip()
    for at in range(max(1, len(text) - GLUED_REACH), len(text)):
        if not (text[at - 1].islower() and text[at].isupper()):
            continue
        rest = text[at:]
        if (
            cues().noise_lines.at_start(rest) is not None
            or cues().page_end_openers.at_start(rest) is not None
        ):
            return [*blocks[:-1], Block(text[:at].rstrip(), last.kind, last.level, last.location)]
    return blocks


def _drop_byline_stop(blocks: list[Block]) -> list[Block]:
    """ "Minh Hiếu." — a byline on the last line, closed with a full stop like a sentence."""
    last = blocks[-1]
    text = last.text.strip()
    if not text.endswith(".") or text.endswith("..") or not _byline_name(text[:-1].strip()):
        return blocks
    return [*blocks[:-1], Block(text[:-1].strip(), last.kind, last.level, last.location)]


def _source_url_line(text: str) -> bool:
    source = cues().source_prefixes.at_start(text)
    if _BARE_URL.match(text.strip()) or _named_source_url(text) is not None:
        return True  # "(http://www.nguoidaibieu.com.vn/)" under the byline
    return source is not None and _URL_HOST.search(text[source.end : source.end + 12]) is not None


# "Nguồn Khánh Hòa http://www.baokhanhhoa.vn/…", "Nguồn Bà Rịa - Vũng Tàu: http://…": an
# aggregator's source line, the paper's short name (capitalised words) before the item's address
_NAMED_SOURCE_URL = re.compile(r"\s+([^\W\d_][^:/]{1,40}?)\s*:?\s+https?://\S+\s*$")


def _named_source_url(text: str) -> str | None:
    """The paper a source line names before the item's address ("Nguồn Khánh Hòa http://…" gives
    "Khánh Hòa"), or None."""
    source = cues().source_prefixes.at_start(text)
    if source is None or text[: source.start].strip():
        return None
    m = _NAMED_SOURCE_URL.match(text, source.end)
    words = [w for w in m.group(1).split() if w not in "-–"] if m is not None else []
    if m is None or not all(w[:1].isupper() and w.isalpha() for w in words):
        return None
    return m.group(1)


_BARE_URL = re.compile(r"^\(?https?://[^/\s()]+/?\)?$")


MAX_SOURCE_REPORTERS = 3


def _source_reporters(text: str) -> str | None:
    """ "Nguồn tin: Sao Khuê", "Nguồn: Duy Trinh - Phan Anh.": the reporters a source line names
    after its colon (one to three names joined by dashes), or None."""
    source = cues().source_prefixes.at_start(text)
    if source is None or ":" not in text[source.end : source.end + 2]:
        return None
    value = text.split(":", 1)[1].strip(" .")
    names = [n.strip() for n in _REPORTER_DASH.split(value)]
    if not 0 < len(names) <= MAX_SOURCE_REPORTERS or cues().org_heads.at_start(value) is not None:
        return None
    return " - ".join(names) if all(looks_like_name(n) for n in names) else None


def _tail_line(block: Block) -> bool:
    text = block.text
    if _source_url_line(text) or (block.kind == "paragraph" and _source_reporters(text) is not None):
        return True
    if block.kind == "list_item" or len(text) > 120 or text.endswith((".", ";", ":")):
        return False
    return (
        bool(_byline_parts(text))
        or cues().source_prefixes.at_start(text) is not None
        or (cues().org_heads.at_start(text) is not None and len(text) < 80)
    )


def _read_tail_line(block: Block, st: _State) -> None:
    text = block.text
    src = _Source(text, block.location)
    source = cues().source_prefixes.at_start(text)
    if _BARE_URL.match(text.strip()):
        if st.publisher is None:
            st.publisher = text.strip().strip("()")
            st.note("/publisher", src)
        return
    named = _named_source_url(text)
    if named is not None:
        if st.publisher is None:
            st.publisher = named
            st.note("/publisher", src)
        return
    if source is not None and ":" in text[source.end : source.end + 2]:
        value = text.split(":", 1)[1].strip(" .")
        people = _source_reporters(text)
        if st.author is None and people is not None:
            st.author = people  # "Nguồn tin: Sao Khuê": a person is the item's author
            st.note("/author", src)
            return
        if st.publisher is None:
            host = _URL_HOST.match(value)
            st.publisher = host.group(1) if host else value
            st.note("/publisher", src)
        return
    if (
        source is not None
        and text[source.end : source.end + 1] == " "
        and (text[source.end + 1 : source.end + 2].isupper() or _DOMAIN.match(text[source.end :].strip(" .")))
    ):
        credited = _byline_parts(text[source.end :])
        if credited is not None and credited[1] and cues().outlet_heads.at_start(credited[0]) is None:
            if st.author is None:  # "Theo Hoàng Ái/Lamdongtv.vn", "Theo Minh Hiếu (TTXVN)"
                st.author = credited[0]
                st.note("/author", src)
            if st.publisher is None:
                st.publisher = credited[1]
                st.note("/publisher", src)
            return
        if st.publisher is None:  # "Theo Báo Nam Định": the source, no reporter
            st.publisher = text[source.end :].strip(" .")
            st.note("/publisher", src)
        return
    outlet = cues().outlet_heads.at_start(text.lstrip("*_ "))
    byline = _byline_parts(text) if block.kind != "list_item" and outlet is None else None
    if byline is None and (
        is_all_caps(text) or fold(text).startswith(("noi nhan", "luu")) or block.kind == "list_item"
    ):
        return  # signature titles and the list of recipients
    if byline is None and st.author is None and _name_word(text):
        st.author = text.strip()
        st.note("/author", src)
        return
    if byline is not None and st.author is None:
        st.author = byline[0]
        st.note("/author", src)
        named_source = byline[1] or _reporters_outlet(text)
        if named_source and st.publisher is None:
            st.publisher = named_source
            st.note("/publisher", src)
        return
    if st.publisher is None and cues().org_heads.at_start(text):
        st.publisher = text.strip(" .")
        st.note("/publisher", src)


_REPORTER_DASH = re.compile(r"\s+[-–—]\s+")


def _reporters_outlet(text: str) -> str | None:
    """ "Nguyễn Hưng - Báo Quảng Nam", "Huỳnh Dương – Đài truyền thanh huyện Châu Phú": the outlet
    (a newspaper, a radio or TV station) the reporter writes for is the item's publisher; another
    body after the name ("Lê Thắng - Hội …") is only the reporter's unit."""
    parts = _REPORTER_DASH.split(text.strip(" ."), maxsplit=1)
    if len(parts) == 2 and cues().outlet_heads.at_start(parts[1]) is not None and _byline_name(parts[0]):
        return parts[1]
    return None
