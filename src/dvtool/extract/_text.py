"""Small text helpers for extraction: spacing, sentences, top-level splitting, names."""

from __future__ import annotations

import re

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u3000]+")
# Abbreviations that end with a dot inside a sentence.
_ABBREVIATIONS = (
    "TP",
    "Tp",
    "tp",
    "ThS",
    "TS",
    "PGS",
    "GS",
    "BS",
    "KS",
    "CN",
    "Th.S",
    "TT",
    "P",
    "Q",
    "CKI",
    "CKII",
    "UB",  # "Thường trực UB. MTTQ phường": Ủy ban, written short
)
_OPENERS = "“\"'(«‘["
_CLOSERS = "”\"')»’]"


def clean(text: str) -> str:
    """Collapse runs of spaces (keeps line breaks out: callers pass one line or paragraph)."""
    return _SPACES.sub(" ", text.replace("\n", " ")).strip()


def capitalize_first(text: str) -> str:
    """Upper-case the first letter, skipping leading quotes."""
    for i, ch in enumerate(text):
        if ch.isalpha():
            return text[:i] + ch.upper() + text[i + 1 :]
        if ch not in _OPENERS:
            return text
    return text


def in_parentheses(text: str, at: int) -> bool:
    """ "(giai đoạn chưa bị ảnh hưởng …)", "(22/12/1944 – 22/12/2020)": position ``at`` stands in an
    aside that is still open there."""
    return text.count("(", 0, at) > text.count(")", 0, at)


def lower_first(text: str) -> str:
    """Lower-case the first letter unless the first word is an acronym ("UBND")."""
    word = text.split(" ", 1)[0]
    if len(word) > 1 and word.isupper():
        return text
    return text[:1].lower() + text[1:] if text else text


def _glued_sentence(text: str, stop: int, k: int) -> bool:
    """ "lớn.Đồng tình": a full stop between a lower-case letter and a capitalised word with no
    space, as crawled pages lose it; "TP.HCM", "T.Ư", "Th.S", "2.500" are no sentence ends. After
    a closing quotation mark or bracket a lower-case word is glued on too ("… Quyết thắng”.về dự
    có …"); a capitalised one there is left as the page has it (dev 209 lost a shortcoming and
    two quoted directions when "”.Từ" was cut)."""
    if not (text[stop] in ".!?…" and stop > 0 and k + 1 < len(text)):
        return False
    closer = text[stop - 1]
    lower_glued = text[k].islower() and text[k + 1].isalpha()
    if closer == ")":  # "… (xã Nghĩa Sơn, huyện Nghĩa Hưng).Chủ trì Hội nghị, …": a capital too
        return lower_glued or (text[k].isupper() and text[k + 1].islower())
    if closer in _CLOSERS:
        return lower_glued
    return (
        (text[stop - 1].islower() or _number_ends_clause(text, stop, k))
        and text[k].isupper()
        and text[k + 1].islower()
    )


_NUMBER_BEFORE = re.compile(r"[^\W\d_] \d+$")  # "… Nghị quyết T.Ư 5", "… năm 2013": a word, then the number
_OPENING_WORDS = re.compile(r"[^\W\d_]+ [^\W\d_]")


def _number_ends_clause(text: str, stop: int, k: int) -> bool:
    """ "… thực hiện Nghị quyết T.Ư 5.Thành phố Hà Nội phấn đấu …": a number after a word, glued
    by its stop to a capitalised word that a lower-case word follows, as a sentence opens (not
    "2.Tham gia" numbering a line, not "TP.Hà Nội", not "2.500")."""
    if _NUMBER_BEFORE.search(text, max(0, stop - 12), stop) is None:
        return False
    opening = _OPENING_WORDS.match(text, k)
    return opening is not None and opening.group(0)[-1].islower()


def split_sentences(text: str) -> list[str]:
    """Split a paragraph into sentences at . ! ? … followed by a capital letter."""
    sentences: list[str] = []
    start = 0
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch in ".!?…":
            j = i
            while j + 1 < n and text[j + 1] in ".!?…" + _CLOSERS:
                j += 1
            k = j + 1
            if _glued_sentence(text, i, k):  # "… thách thức lớn.Đồng tình …" typed without a space
                sentences.append(text[start:k].strip())
                start = i = k
                continue
            if k < n and text[k] == " ":
                while k < n and text[k] == " ":
                    k += 1
                if k < n and _starts_sentence(text, k) and not is_abbreviation(text, i):
                    sentences.append(text[start : j + 1].strip())
                    start = k
                    i = k
                    continue
            i = j + 1
            continue
        i += 1
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences


def _starts_sentence(text: str, k: int) -> bool:
    while k < len(text) and text[k] in _OPENERS:
        k += 1
    return k < len(text) and (text[k].isupper() or text[k].isdigit())


def is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    token = _word_before(text, dot)
    if not token:
        return False
    # "PGS.TS.", "Bs.CKII.": titles joined by dots end with one of the abbreviations
    last = token.rsplit(".", 1)[-1]
    return token in _ABBREVIATIONS or last in _ABBREVIATIONS or (len(token) == 1 and token.isupper())


def _word_before(text: str, end: int) -> str:
    r"""The run of word characters and dots that ends at ``end``: what ``[\w.]+$`` finds in
    ``text[:end]`` (``$`` may also stand before one final line break), found by walking back from
    ``end`` rather than by a search that tries every position of the paragraph before it, which
    made splitting a long paragraph quadratic."""
    stop = end - 1 if end > 0 and text[end - 1] == "\n" else end
    start = stop
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "._"):
        start -= 1
    return text[start:stop]


def split_top_level(text: str, separators: str = ";") -> list[str]:
    """Split at separators that are not inside parentheses or quotes."""
    parts: list[str] = []
    depth = 0
    quoted = False
    current: list[str] = []
    for ch in text:
        if ch in "(«[":
            depth += 1
        elif ch in ")»]":
            depth = max(0, depth - 1)
        elif ch in '“”"':
            quoted = not quoted if ch == '"' else ch == "“"
        if ch in separators and depth == 0 and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return [p.strip() for p in parts if p.strip()]


def is_name_word(word: str) -> bool:
    """A capitalized Vietnamese syllable ("Nguyễn", "Đức", "A"), not an acronym ("UBND")."""
    return word.isalpha() and word[0].isupper() and (len(word) == 1 or word[1:].islower())


def looks_like_name(text: str) -> bool:
    """Two to five capitalized syllables and nothing else: "Lê Hồng Vinh", "Huyền Trang"."""
    words = text.split()
    return 2 <= len(words) <= 5 and all(is_name_word(w) for w in words)


def opens_with_name(text: str) -> bool:
    """Its first two words are a name ("Nguyễn Hoàng, Tư lệnh …", "Lê Văn An"): a two-syllable
    name keeps the comma after it off."""
    return looks_like_name(" ".join(text.split()[:2]).strip(",;:"))


def strip_trailing(text: str, chars: str = " ;,") -> str:
    return text.rstrip(chars).rstrip()


def is_all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def asks(text: str) -> bool:
    """ "… đã sẵn sàng cho cuộc cách mạng công nghiệp lần 4 hay chưa?", "… có gì khác biệt so với
    địa phương khác?...": a sentence that ends with a question mark (before trailing dots or a
    closing quote) asks; it states no task."""
    return text.rstrip(" .…" + _CLOSERS).endswith("?")
