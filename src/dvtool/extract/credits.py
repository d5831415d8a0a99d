"""Photo credits inside a crawled paragraph (rule glued-credits): a page saved as text loses the
line break after a photo's credit, so the credit runs into the next paragraph — with no space
("(Ảnh: TTXVN)Phó Thủ tướng …", "Ảnh: VGP/Lê SơnSáng 27/5, …", "Ảnh minh họaTheo báo cáo …") or
with one ("Ảnh: Thanh Lê Báo cáo sơ kết …") — and the credit became part of a chair's title, a
result or a task. :func:`unglued_credits` cuts the paragraph again after the credit; a credit of
an illustration ("Ảnh minh họa", no caption of its own) is cut off from the text before it too.
What is left of a credit is the captions' to drop (:mod:`dvtool.extract.captions`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dvtool.document import Block
from dvtool.extract._text import split_sentences
from dvtool.extract.cues import cues

_NAME_CHARS = 40  # "Ảnh: Ngọc Thiện/TTXVN", "Ảnh: lamdongtv.vn": a credit's name at most
_PAREN = re.compile(r"\(([^()]{2,60})\)")
_WORD_AFTER = re.compile(r"[^\W\d_]+(?=[\s,;:]|$)")  # "Sáng" of "SơnSáng 27/5": a whole word


def unglued_credits(blocks: Sequence[Block]) -> list[Block]:
    """The blocks, each paragraph cut after every photo credit a following sentence is glued to
    (and before the credit of an illustration)."""
    out: list[Block] = []
    for block in blocks:
        cuts = credit_cuts(block.text) if block.kind == "paragraph" else []
        edges = [0, *cuts, len(block.text)]
        pieces = [block.text[a:b].strip() for a, b in zip(edges, edges[1:], strict=False)]
        out.extend(Block(p, block.kind, block.level, block.location) for p in pieces if p)
    return out


_CAPTION_CHARS = 400  # a caption and its credit: a line or two
_CAPTION_SENTENCES = 2  # "Đồng chí … phát biểu. Ảnh: LK"


def credited_caption(text: str) -> bool:
    """ "Phó Thủ tướng A phát biểu tại Hội nghị. Ảnh: Ngọc Thiện/TTXVN", "(Ảnh: TTXVN)": a short
    paragraph that ends with a photo's credit is the photo's caption (or the credit alone)."""
    if len(text) >= _CAPTION_CHARS or not ends_with_credit(text):
        return False
    return len(split_sentences(text)) <= _CAPTION_SENTENCES  # more: a body the credit ends


def ends_with_credit(text: str) -> bool:
    """ "… báo cáo với Thường trực Thành ủy Ảnh: Hồng Đào", "… (Ảnh: Kim Anh)": the text ends with
    a photo's credit."""
    found = _credits(text)
    return bool(found) and found[-1][1] >= len(text.rstrip(" ."))


def credit_cuts(text: str) -> list[int]:
    """The offsets where ``text`` is cut around the credits glued into it."""
    cuts: list[int] = []
    for start, end, illustration in _credits(text):
        if illustration and text[:start].strip(" .;-–—"):
            cuts.append(start)
        rest = text[end:].lstrip()
        if rest[:1].isupper() and rest[1:2].islower():
            cuts.append(end)
    return sorted(set(cuts))


def _credits(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, is an illustration's) of each credit in the text."""
    found: list[tuple[int, int, bool]] = []
    photo = [*cues().caption_markers.finditer(text), *cues().illustration_markers.glued_finditer(text)]
    source = list(cues().photo_sources.finditer(text))  # "Nguồn:FinancePlus.vnNăm …"
    sources = {m.start for m in source}
    markers = sorted([*photo, *source], key=lambda m: (m.start, -m.end))
    for marker in markers:
        if found and marker.start < found[-1][1] or not text[marker.start].isupper():
            continue  # a word of the text ("hình ảnh"), or a marker inside a credit found
        credit = _credit_at(text, marker.start, marker.end, glued_only=marker.start in sources)
        if credit is not None:
            found.append(credit)
    return found


def _credit_at(text: str, start: int, end: int, *, glued_only: bool) -> tuple[int, int, bool] | None:
    """The credit whose marker spans ``text[start:end]``: "(Ảnh: A)", "Ảnh: A", "Ảnh minh họa";
    ``glued_only`` for a source ("Nguồn:"), a credit only when a sentence is glued to its name
    (a source after a space may be a report's, "Nguồn: Sở Tài chính")."""
    illustration = cues().illustration_markers.matches_whole(text[start:end])
    if start > 0 and text[start - 1] == "(":
        paren = _PAREN.match(text, start - 1)
        if paren is None or not (illustration or paren.group(1)[end - start :].lstrip().startswith(":")):
            return None
        if glued_only and not text[paren.end() : paren.end() + 1].isalpha():
            return None  # "(Nguồn: Tổng cục Thống kê) Năm 2012 …" may be a report's source
        return start - 1, _with_source(text, paren.end()), illustration
    colon = text[end:].lstrip()
    if colon.startswith(":"):
        name_at = len(text) - len(colon) + 1
        name_end = _name_end(text, name_at, glued_only=glued_only)
        return (start, name_end, False) if name_end > name_at else None
    if illustration:
        return start, _with_source(text, end), True
    if colon[:1].isupper() and not glued_only:  # "Ảnh VGP/Quỳnh HoaNgày mới thành lập …"
        name_end = _name_end(text, end, glued_only=True)
        return (start, name_end, False) if name_end > end else None
    return None


def _with_source(text: str, end: int) -> int:
    """The end of a credit with the source that follows it: "Ảnh minh họa. (Nguồn: Internet)"."""
    after = len(text) - len(text[end:].lstrip(" ."))
    paren = _PAREN.match(text, after)
    if paren is None or cues().photo_sources.at_start(paren.group(1)) is None:
        return end
    return paren.end()


def _name_end(text: str, at: int, *, glued_only: bool = False) -> int:
    """Where the name after "Ảnh:" ends: before a capitalised word glued to it ("Lê SơnSáng"),
    or before the capitalised word that opens a sentence after a space ("Thanh Lê Báo cáo …");
    the paragraph's end when it ends within a name's length; else ``at`` (no credit)."""
    span = text[at : at + _NAME_CHARS + 1]
    for i in range(1, len(span) - 1):
        if span[i].isupper() and span[i + 1].islower() and span[i - 1].isalpha():
            word = _WORD_AFTER.match(span, i)
            if word is not None and word.end() < len(span):
                return at + i  # "Lê SơnSáng 27/5", "Như ÝTai nạn", "FinancePlus.vnNăm 2012"
    spaced = at if glued_only else _spaced_name_end(text, at)
    if spaced == at and len(text) - at <= _NAME_CHARS and text[at:].strip():
        return len(text.rstrip())  # the credit ends the paragraph
    return spaced


def _spaced_name_end(text: str, at: int) -> int:
    """ "Ảnh: Thanh Lê Báo cáo sơ kết …": the name is the capitalised words before the last one
    that a lower-case word or a number follows."""
    words = list(re.finditer(r"\S+", text[at : at + _NAME_CHARS + 20]))
    for index in range(1, len(words) - 1):
        word, after = words[index].group(), words[index + 1].group()
        named = all(_name_like(w.group()) for w in words[:index])
        if not named or words[index].end() > _NAME_CHARS + 10:
            return at
        title = _titles_at(text, at + words[index].start())
        if title:  # "Ảnh: Thanh Lê Phó Chủ tịch UBND tỉnh …": a person's title opens the sentence
            return at + words[index].start()
        if word[:1].isupper() and word[1:].islower() and (after[:1].islower() or after[:1].isdigit()):
            return at + words[index].start()
    return at


def _titles_at(text: str, at: int) -> bool:
    """A title of two words or more starts at ``at`` ("Phó Chủ tịch", "Bí thư")."""
    for titles in (cues().signer_titles, cues().speaker_titles):
        found = titles.match_at(text, at)
        if found is not None and " " in text[found.start : found.end]:
            return True
    return False


def _name_like(word: str) -> bool:
    """ "Thanh", "TRUNG", "B.", "VGP/Lê", "lamdongtv.vn": a word of a credit's name."""
    return word[:1].isupper() or ("." in word[1:] or "/" in word) and not word.endswith((",", ";"))
