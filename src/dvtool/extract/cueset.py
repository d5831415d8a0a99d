"""One list of cue phrases matched as whole words (:class:`CueSet`), and the two views of a text
it is matched in (:func:`fold_aligned`, :func:`tone_key`); :mod:`dvtool.extract.cues` loads
the lists of ``cues.yaml`` into them."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache

from dvtool.extract.cue_patterns import compile_pattern, kept_text
from dvtool.vntext import fold


@lru_cache(maxsize=4096)  # per character: a text is folded once per distinct character kind
def _fold_char(ch: str) -> str:
    if ch in "đĐ":
        return "d"
    if ch.isspace():
        return " "
    base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
    low = base.casefold() if base else ch
    return low if len(low) == 1 else ch.lower()[:1] or ch


class _FoldTable(dict[int, str]):
    """``str.translate`` table that folds each character the first time it is met."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        return folded


_FOLD_TABLE = _FoldTable()


@lru_cache(maxsize=8192)
def fold_aligned(text: str) -> str:
    """Fold ``text`` (lowercase, no diacritics, đ->d) keeping its length and offsets."""
    return text.translate(_FOLD_TABLE)  # one C loop instead of a Python call per character


_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_VOWELS = set("aăâeêioôơuưy")
_WORDS = re.compile(r"\w+")


@lru_cache(maxsize=8192)  # asked again and again for one paragraph; an ASCII one is scanned whole
def has_diacritics(text: str) -> bool:
    """True when the text carries Vietnamese marks (then tones are told apart)."""
    return _marked_before(text, len(text))


def _marked_before(text: str, end: int) -> bool:
    """:func:`has_diacritics` of ``text[:end]``, without copying or keeping it."""
    match = _NON_ASCII.search(text, 0, end)
    while match is not None:  # the first non-ASCII letter decides; symbols (…, “) are skipped
        if match.group().isalpha():
            return True
        match = _NON_ASCII.search(text, match.end(), end)
    return False


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@lru_cache(maxsize=65536)  # words repeat; the NFD/NFC work per character is the cost
def _tone_word(word: str) -> str:
    chars: list[str] = []
    tone = ""
    for ch in word.lower():
        parts = unicodedata.normalize("NFD", ch)
        tone = tone or "".join(c for c in parts if c in _TONES)
        chars.append(unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES)) or ch)
    if tone:
        last = max((i for i, c in enumerate(chars) if c in _VOWELS), default=-1)
        if last >= 0:
            chars[last] = unicodedata.normalize("NFC", chars[last] + tone)
    out = "".join(chars)
    return out if len(out) == len(word) else word.lower()


@lru_cache(maxsize=8192)
def tone_key(text: str) -> str:
    """Lowercase ``text`` with tone marks on each syllable's last vowel; same length."""
    return _WORDS.sub(lambda m: _tone_word(m.group(0)), text)


def view(text: str) -> str:
    """The view a text is matched in: :func:`tone_key` if accented, else :func:`fold_aligned`."""
    return tone_key(text) if has_diacritics(text) else fold_aligned(text)


@dataclass(frozen=True)
class CueMatch:
    """A cue found in a text: its span in the original text and the cue it matched."""

    start: int
    end: int
    cue: str


class CueSet:
    """One list of cue phrases, matched as whole words on folded text."""

    def __init__(self, name: str, phrases: list[str]) -> None:
        self.name = name
        self.phrases = tuple(phrases)

    # The folded phrases and the three patterns are built on first use: a one-file command
    # touches a few of the ~90 lists, and compiling all of them was a third of its run time.

    @cached_property
    def folded(self) -> tuple[str, ...]:
        return tuple(sorted({fold(p) for p in self.phrases if p.strip()}, key=_longest_first))

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        return compile_pattern(self._text("plain", self._plain_source))

    @cached_property
    def keyed_pattern(self) -> re.Pattern[str]:
        return compile_pattern(self._text("keyed", self._keyed_source))

    @cached_property
    def unmarked_pattern(self) -> re.Pattern[str]:
        return compile_pattern(self._text("unmarked", self._unmarked_source))

    def _text(self, kind: str, build: Callable[[], str]) -> str:
        kept = kept_text(kind, self.phrases)
        return kept if kept is not None else build()

    def _plain_source(self) -> str:
        return _source(list(self.folded))

    def _keyed_source(self) -> str:
        phrases = self.phrases
        keyed = sorted({tone_key(" ".join(p.split())) for p in phrases if p.strip()}, key=_longest_first)
        return _source(keyed)

    def _unmarked_source(self) -> str:
        # Phrases of two or more words, for parts of an accented text typed without marks
        # ("Ve du hoi nghi co đồng chí …"); one bare word ("con", "ban") is too often a real word.
        return _source([p for p in self.folded if " " in p.strip() or "*" in p])

    def built_texts(self) -> tuple[str, ...]:
        """The text of each pattern this list builds, in the order of
        :data:`dvtool.extract.cue_patterns.KINDS` (what is kept at build time)."""
        return self._plain_source(), self._keyed_source(), self._unmarked_source(), self._glued_source()

    def _matches(self, text: str, start: int = 0) -> Iterator[re.Match[str]]:
        """Matches in text order; in an accented text, also multi-word cues written without
        marks, where the original span carries none."""
        seen, pattern = self._pattern_for(text)
        if pattern is self.pattern:
            yield from pattern.finditer(seen, start)
            return
        keyed = list(pattern.finditer(seen, start))
        unmarked = [
            m
            for m in self.unmarked_pattern.finditer(fold_aligned(text), start)
            if not has_diacritics(text[m.start() : m.end()])
            and not any(k.start() < m.end() and m.start() < k.end() for k in keyed)
        ]
        yield from sorted(keyed + unmarked, key=lambda m: m.start())

    def _pattern_for(self, text: str) -> tuple[str, re.Pattern[str]]:
        if has_diacritics(text):
            return tone_key(text), self.keyed_pattern
        return fold_aligned(text), self.pattern

    def search(self, text: str, start: int = 0) -> CueMatch | None:
        """The first cue at or after ``start``."""
        m = self._first(text, start)
        return CueMatch(m.start(), m.end(), m.group(0)) if m else None

    def _first(self, text: str, start: int) -> re.Match[str] | None:
        seen, pattern = self._pattern_for(text)
        m = pattern.search(seen, start)
        if pattern is self.pattern:
            return m
        for u in self.unmarked_pattern.finditer(fold_aligned(text), start, m.start() if m else len(text)):
            if not has_diacritics(text[u.start() : u.end()]):
                return u
        return m

    def finditer(self, text: str) -> Iterator[CueMatch]:
        for m in self._matches(text):
            yield CueMatch(m.start(), m.end(), m.group(0))

    def contains(self, text: str) -> bool:
        return self._first(text, 0) is not None

    def match_at(self, text: str, pos: int) -> CueMatch | None:
        """The cue starting exactly at ``pos``."""
        seen, pattern = self._pattern_for(text)
        m = pattern.match(seen, pos)
        if m is None and pattern is self.keyed_pattern:
            m = self.unmarked_pattern.match(fold_aligned(text), pos)
            if m is not None and has_diacritics(text[m.start() : m.end()]):
                m = None
        return CueMatch(m.start(), m.end(), m.group(0)) if m else None

    def at_start(self, text: str) -> CueMatch | None:
        """The cue the text starts with (leading spaces and punctuation ignored)."""
        offset = len(text) - len(text.lstrip(" -–•+*.,:;\"'“("))
        if offset < len(text) and not text[offset].isalnum() and text[offset] not in "\"'“”‘’[«":
            offset += len(text[offset:]) - len(text[offset:].lstrip(_symbols()))
        return self.match_at(text, offset)

    def ends_with(self, text: str, end: int | None = None) -> CueMatch | None:
        """The cue the text (or ``text[:end]``, not copied) ends with (trailing spaces
        ignored), as a whole word."""
        stop = _space_start(text, len(text) if end is None else end)
        # Only the last 60 characters are searched, so only the piece from the word boundary
        # before them is put in view (the view of a long paragraph's head was most of the cost);
        # the view is still chosen for the whole text, as before.
        from_ = _word_start(text, max(0, stop - 61))
        seen, pattern = self._pattern_for_part(text, from_, stop)
        best: CueMatch | None = None
        for m in pattern.finditer(seen, max(0, stop - 60) - from_):
            if m.end() == len(seen):
                best = CueMatch(from_ + m.start(), from_ + m.end(), m.group(0))
        return best

    def _pattern_for_part(self, text: str, start: int, stop: int) -> tuple[str, re.Pattern[str]]:
        """:meth:`_pattern_for` of ``text[:stop]``, with only ``text[start:stop]`` (``start``
        starts a word) put in view: both views keep offsets, and tone_key works word by word.
        The head is checked for marks but neither copied nor cached: callers pass ever longer
        heads of one paragraph."""
        part = text[start:stop]
        if has_diacritics(part) or _marked_before(text, start):
            return tone_key(part), self.keyed_pattern
        return fold_aligned(part), self.pattern

    def matches_whole(self, text: str) -> bool:
        """True when the whole text (folded, trimmed) is one cue."""
        return fold(text).strip(" .:;-") in self.folded

    @cached_property
    def glued_pattern(self) -> re.Pattern[str]:
        return compile_pattern(self._text("glued", self._glued_source))

    def _glued_source(self) -> str:
        # Multi-word cues with their spaces optional and no end boundary: text extracted from a
        # PDF loses spaces ("ĐềnghịUỷban …", "đềnghịcác …"); one-word cues are too short for it.
        words = [p for p in self.folded if " " in p and "*" not in p]
        if not words:
            return _NOTHING
        alternatives = "|".join(" ?".join(re.escape(w) for w in p.split()) for p in words)
        return rf"(?<!\w)(?:{alternatives})"

    def glued_finditer(self, text: str, *, after_clause: bool = False) -> Iterator[CueMatch]:
        """Cues a lost space glued to a word inside or after them ("Đềnghị", "ĐềnghịUỷban"):
        only where a space is missing, and at the end only before a capital ("…nghịUỷban") or
        at the start of the text ("Đềnghịtiếp tục …"); with ``after_clause`` also a cue glued
        whole to a lower-case word where a clause opens ("…; đềnghịcác cơ quan …"). ``cue`` is
        the cue as listed."""
        seen = fold_aligned(text)
        if len(seen) != len(text):
            return
        listed = {p.replace(" ", ""): p for p in self.folded if " " in p}
        for m in self.glued_pattern.finditer(seen):
            cue = listed[m.group(0).replace(" ", "")]
            after = text[m.end() : m.end() + 1]
            glued_inside = m.group(0).count(" ") < cue.count(" ")
            glued_after = after.isalnum()
            if not glued_inside and not glued_after:
                continue  # an ordinary match: the ordinary pattern decides on it
            if glued_after and not after.isupper() and text[: m.start()].strip(" -–+*•.,:;"):
                clause = text[: m.start()].rstrip().endswith((",", ";"))
                if not (after_clause and clause and " " not in m.group(0) and after.isalpha()):
                    continue  # "đềnghịcủa …" inside a sentence: a noun, or a word of its own
            yield CueMatch(m.start(), m.end(), cue)

    def glued_at_start(self, text: str) -> CueMatch | None:
        """The cue a text starts with when a lost space glued it ("Bên cạnh những kết quảđạt
        được, …"); None when it starts with none or with an ordinary one."""
        lead = len(text) - len(text.lstrip(" -–•+*.,:;\"'“("))
        return next((m for m in self.glued_finditer(text) if m.start == lead), None)


@lru_cache(maxsize=1)  # built when first needed: some 9,000 characters
def _symbols() -> str:
    return (
        "".join(chr(c) for c in range(0x2190, 0x2BFF))
        + "".join(chr(c) for c in range(0x1F300, 0x1FAFF))
        + " \ufe0f"
    )


def _longest_first(phrase: str) -> tuple[int, str]:
    # Longest first, so that an alternation tries "hội nghị tổng kết" before "hội nghị"; phrases
    # of one length in alphabetical order, so that a list gives the same pattern text in every
    # process (the key of its precompiled form, :mod:`dvtool.extract.cue_patterns`).
    return -len(phrase), phrase


_NOTHING = r"(?!x)x"  # the pattern of an empty list: matches nowhere


def _space_start(text: str, end: int) -> int:
    """Where the spaces that ``text[:end]`` ends with start: ``len(text[:end].rstrip())``."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def _word_start(text: str, at: int) -> int:
    """``at``, or the start of the word (``\\w+``) that runs across it."""
    while at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_"):
        at -= 1
    return at


def _source(phrases: list[str]) -> str:
    if not phrases:
        return _NOTHING
    alternatives = "|".join(_phrase_pattern(p) for p in phrases)
    return rf"(?<!\w)(?:{alternatives})(?!\w)"


def _phrase_pattern(folded: str) -> str:
    parts = [re.escape(p) for p in folded.split("*")]
    # "*" = one to five words; escaped pieces keep their surrounding spaces.
    return r"(?:[^\s.;:]+ ?){1,5}".join(parts)
