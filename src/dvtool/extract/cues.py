"""The cue vocabulary (``cues.yaml``) loaded once and compiled into matchers.

Two views of a text are matched, both one output character per input character so that a
match's span is also a span of the original text:

* :func:`fold_aligned` — the same result as :func:`dvtool.vntext.fold` (no case, no
  diacritics, đ->d). Used for text typed without diacritics ("to chuc hoi nghi").
* :func:`tone_key` — lowercase, with each syllable's tone mark moved to its last vowel, so
  old and new tone placement (hòa/hoà, ủy/uỷ) agree while tones still count. Used for
  accented text, where folding would confuse words that differ only in tone (giám/giảm,
  đất/đạt, sở/so, thị/thì) and break unit and cue boundaries.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from dvtool.extract._yamldata import as_mapping, check_declared, packaged_text
from dvtool.pycache import cache_file, parse_yaml, remembered
from dvtool.vntext import fold

CUES_FILE = "cues.yaml"


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
    match = _NON_ASCII.search(text)
    while match is not None:  # the first non-ASCII letter decides; symbols (…, “) are skipped
        if match.group().isalpha():
            return True
        match = _NON_ASCII.search(text, match.end())
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
        return tuple(sorted({fold(p) for p in self.phrases if p.strip()}, key=len, reverse=True))

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        return _compile(list(self.folded))

    @cached_property
    def keyed_pattern(self) -> re.Pattern[str]:
        phrases = self.phrases
        keyed = sorted({tone_key(" ".join(p.split())) for p in phrases if p.strip()}, key=len, reverse=True)
        return _compile(keyed)

    @cached_property
    def unmarked_pattern(self) -> re.Pattern[str]:
        # Phrases of two or more words, for parts of an accented text typed without marks
        # ("Ve du hoi nghi co đồng chí …"); one bare word ("con", "ban") is too often a real word.
        return _compile([p for p in self.folded if " " in p.strip() or "*" in p])

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

    def ends_with(self, text: str) -> CueMatch | None:
        """The cue the text ends with (trailing spaces ignored), as a whole word."""
        trimmed = text.rstrip()
        seen, pattern = self._pattern_for(trimmed)
        best: CueMatch | None = None
        for m in pattern.finditer(seen, max(0, len(seen) - 60)):
            if m.end() == len(seen):
                best = CueMatch(m.start(), m.end(), m.group(0))
        return best

    def matches_whole(self, text: str) -> bool:
        """True when the whole text (folded, trimmed) is one cue."""
        return fold(text).strip(" .:;-") in self.folded

    @cached_property
    def glued_pattern(self) -> re.Pattern[str]:
        # Multi-word cues with their spaces optional and no end boundary: text extracted from a
        # PDF loses spaces ("ĐềnghịUỷban …", "đềnghịcác …"); one-word cues are too short for it.
        words = [p for p in self.folded if " " in p and "*" not in p]
        if not words:
            return re.compile(r"(?!x)x")
        alternatives = "|".join(" ?".join(re.escape(w) for w in p.split()) for p in words)
        return re.compile(rf"(?<!\w)(?:{alternatives})")

    def glued_finditer(self, text: str) -> Iterator[CueMatch]:
        """Cues a lost space glued to a word inside or after them ("Đềnghị", "ĐềnghịUỷban"):
        only where a space is missing, and at the end only before a capital ("…nghịUỷban") or
        at the start of the text ("Đềnghịtiếp tục …"). ``cue`` is the cue as listed."""
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


def _compile(phrases: list[str]) -> re.Pattern[str]:
    if not phrases:
        return re.compile(r"(?!x)x")
    alternatives = "|".join(_phrase_pattern(p) for p in phrases)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def _phrase_pattern(folded: str) -> str:
    parts = [re.escape(p) for p in folded.split("*")]
    # "*" = one to five words; escaped pieces keep their surrounding spaces.
    return r"(?:[^\s.;:]+ ?){1,5}".join(parts)


# Lists that cues.yaml gives as an extension of another list (name -> the list it extends):
# the attribute matches the phrases of both, so no phrase is written twice; the YAML comment of
# each says what it adds.
EXTENDS: dict[str, str] = {
    "superior_bodies": "higher_levels",
    "task_verbs": "imperative_openers",
    "header_body_heads": "org_heads",
}


class Cues:
    """The vocabulary: every list of ``cues.yaml`` as a typed attribute (a :class:`CueSet`).

    Loading checks that the file and the attributes name the same lists, so a list added to
    the file must be declared here, and a misspelt name is a mypy error at its use. A list
    named in :data:`EXTENDS` also holds the phrases of the list it extends.
    """

    noise_lines: CueSet
    meta_date_prefixes: CueSet
    date_intro_words: CueSet
    related_headers: CueSet
    byline_prefixes: CueSet
    source_prefixes: CueSet
    byline_notes: CueSet
    page_end_lines: CueSet
    staff_bylines: CueSet
    national_lines: CueSet
    minutes_kinds: CueSet
    conclusion_headings: CueSet
    holiday_phrases: CueSet
    minutes_labels: CueSet
    minutes_signers: CueSet
    minutes_closings: CueSet
    header_body_heads: CueSet
    signer_titles: CueSet
    document_types: CueSet
    organize_verbs: CueSet
    organizer_trailers: CueSet
    event_nouns: CueSet
    org_heads: CueSet
    location_heads: CueSet
    honorifics: CueSet
    chair_cues: CueSet
    attend_cues: CueSet
    attend_trailers: CueSet
    bare_attend_openers: CueSet
    name_prefixes: CueSet
    presence_cues: CueSet
    subject_attend_verbs: CueSet
    group_heads: CueSet
    weak_group_heads: CueSet
    comma_group_heads: CueSet
    remark_cues: CueSet
    remark_continuations: CueSet
    caption_markers: CueSet
    speech_verbs: CueSet
    delegation_heads: CueSet
    delegation_titles: CueSet
    delegation_activities: CueSet
    caption_openers: CueSet
    limitation_openers: CueSet
    contrast_connectives: CueSet
    shortcoming_markers: CueSet
    limitation_meta: CueSet
    shortcoming_phrases: CueSet
    task_openers: CueSet
    task_horizons: CueSet
    task_modals: CueSet
    endured_verbs: CueSet
    future_markers: CueSet
    directive_verbs: CueSet
    direction_verbs: CueSet
    direction_blockers: CueSet
    reported_speeches: CueSet
    body_direction_verbs: CueSet
    direction_continuations: CueSet
    shortcoming_clauses: CueSet
    not_shortcomings: CueSet
    task_joiners: CueSet
    agenda_subjects: CueSet
    solution_heads: CueSet
    result_heads: CueSet
    imperative_openers: CueSet
    task_verbs: CueSet
    goal_verbs: CueSet
    agreed_verbs: CueSet
    object_markers: CueSet
    enumeration_intros: CueSet
    agreement_verbs: CueSet
    object_list_heads: CueSet
    recommendation_verbs: CueSet
    ministry_heads: CueSet
    not_ministries: CueSet
    help_verbs: CueSet
    subjectless_connectives: CueSet
    next_year_openers: CueSet
    voter_words: CueSet
    voter_request_verbs: CueSet
    voter_possessives: CueSet
    cause_openers: CueSet
    consequence_words: CueSet
    meeting_words: CueSet
    report_markers: CueSet
    noun_followers: CueSet
    higher_levels: CueSet
    enumerators: CueSet
    plan_year_cues: CueSet
    reporting_year_cues: CueSet
    plan_statement_cues: CueSet
    partial_period_cues: CueSet
    horizon_year_words: CueSet
    plan_period_openers: CueSet
    award_names: CueSet
    award_name_stops: CueSet
    award_verbs: CueSet
    award_occasions: CueSet
    award_reasons: CueSet
    collective_nouns: CueSet
    recipient_heads: CueSet
    individual_nouns: CueSet
    mixed_recipient_units: CueSet
    award_work_fields: CueSet
    figure_excluded_before: CueSet
    figure_unit_stops: CueSet
    figure_unit_stops_before_number: CueSet
    counted_time_units: CueSet
    figure_unit_verbs: CueSet
    figure_prefixes: CueSet
    figure_suffixes: CueSet
    spelled_count_nouns: CueSet
    document_words: CueSet
    time_of_day: dict[str, CueSet]
    party_header_lines: CueSet
    official_kinds: CueSet
    meeting_kinds: CueSet
    meeting_date_openers: CueSet
    representative_words: CueSet
    number_labels: CueSet
    date_words: dict[str, CueSet]
    addressee_labels: CueSet
    recipient_labels: CueSet
    signer_authorities: CueSet
    signature_notes: CueSet
    dependent_bodies: CueSet
    place_levels: CueSet
    body_name_casing: CueSet
    proper_name_heads: CueSet
    work_field_heads: CueSet
    work_field_joins: CueSet
    work_fields: CueSet
    appendix_headings: CueSet
    row_number_columns: CueSet
    unit_columns: CueSet
    figure_changes: dict[str, CueSet]
    request_headings: CueSet
    glued_units: CueSet
    chair_roles: CueSet
    upward_headings: CueSet
    agreement_headings: CueSet
    conclusion_intros: CueSet
    non_section_headings: CueSet
    difficulty_headings: CueSet
    assessment_headings: CueSet
    upward_request_verbs: CueSet
    request_verbs: CueSet
    superior_bodies: CueSet
    assignment_openers: CueSet

    def __init__(self, data: dict[str, Any]) -> None:
        check_declared(data, Cues, CUES_FILE)
        self.raw = data
        for name, value in data.items():
            if isinstance(value, list):
                setattr(self, name, CueSet(name, [str(v) for v in value]))
            else:
                phrases = {k: CueSet(f"{name}.{k}", [str(v) for v in vs]) for k, vs in value.items()}
                setattr(self, name, phrases)
        for name, base in EXTENDS.items():
            setattr(self, name, CueSet(name, [*self[base].phrases, *self[name].phrases]))

    @property
    def sets(self) -> dict[str, CueSet]:
        """The plain lists by name."""
        return {n: v for n, v in vars(self).items() if isinstance(v, CueSet)}

    @property
    def maps(self) -> dict[str, dict[str, CueSet]]:
        """The mappings of lists by name."""
        return {n: v for n, v in vars(self).items() if isinstance(v, dict) and n != "raw"}

    def __getitem__(self, name: str) -> CueSet:
        """A list by name (kept for callers not yet on the typed attributes)."""
        value = getattr(self, name)
        assert isinstance(value, CueSet)
        return value

    def map(self, name: str) -> dict[str, CueSet]:
        value = getattr(self, name)
        assert isinstance(value, dict)
        return value


def load_cues_text() -> str:
    """The cue file as shipped in the package."""
    return packaged_text(CUES_FILE)


@lru_cache(maxsize=1)
def cues() -> Cues:
    """The cue vocabulary, loaded and compiled once per process."""
    return Cues(as_mapping(_cue_data(load_cues_text()), CUES_FILE, "a mapping of cue lists"))


def _cue_data(text: str) -> Any:
    """``text`` parsed as YAML, through a cache kept beside the bytecode
    (:mod:`dvtool.pycache`): importing PyYAML and building the lists cost a one-file command
    about a tenth of its time. An edited cues.yaml is parsed again."""
    return remembered(_cache_path(), text, lambda: parse_yaml(text))


def _cache_path() -> Path | None:
    return cache_file(__file__, Path(CUES_FILE).stem)
