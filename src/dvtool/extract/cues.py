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

from functools import lru_cache
from pathlib import Path
from typing import Any

from dvtool.extract._yamldata import as_mapping, check_declared, packaged_text
from dvtool.extract.cue_lists import CueLists
from dvtool.extract.cueset import CueMatch as CueMatch
from dvtool.extract.cueset import CueSet as CueSet
from dvtool.extract.cueset import fold_aligned as fold_aligned
from dvtool.extract.cueset import has_diacritics as has_diacritics
from dvtool.extract.cueset import tone_key as tone_key
from dvtool.extract.cueset import view as view
from dvtool.pycache import cache_file, parse_yaml, remembered

CUES_FILE = "cues.yaml"


# Lists that cues.yaml gives as an extension of another list (name -> the list it extends):
# the attribute matches the phrases of both, so no phrase is written twice; the YAML comment of
# each says what it adds.
EXTENDS: dict[str, str] = {
    "superior_bodies": "higher_levels",
    "header_body_heads": "org_heads",
    "meta_date_prefixes": "weekday_names",
    "stamp_words": "date_intro_words",
    "task_verbs": "imperative_openers",
    "agreed_work_heads": "task_nouns",
    "speaker_titles": "signer_titles",
    "direction_verbs": "wish_verbs",
    "asking_subjects": "public_subjects",
}


# Lists whose phrases "còn X" also match with a degree adverb after their head word (name -> the
# mapping of head words to their adverbs): "còn rất hạn chế", "còn quá chậm" state what "còn hạn
# chế", "còn chậm" state.
GRADED: dict[str, str] = {
    "shortcoming_phrases": "degree_adverbs",
    "shortcoming_clauses": "degree_adverbs",
}


def _graded(phrases: list[str], adverbs: dict[str, CueSet]) -> list[str]:
    """The phrases, and each one that opens with a head word ("còn") again with every adverb of
    that word after it."""
    more = [
        f"{h} {a} {p[len(h) + 1 :]}"
        for p in phrases
        for h, after in adverbs.items()
        if p.startswith(h + " ")
        for a in after.phrases
    ]
    return [*phrases, *more]


class Cues(CueLists):
    """The vocabulary: every list of ``cues.yaml`` as a typed attribute (a :class:`CueSet`),
    declared in :class:`CueLists`.

    Loading checks that the file and the attributes name the same lists, so a list added to
    the file must be declared there, and a misspelt name is a mypy error at its use. A list
    named in :data:`EXTENDS` also holds the phrases of the list it extends.
    """

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
        for name, adverbs in GRADED.items():
            graded = _graded(list(self[name].phrases), getattr(self, adverbs))
            setattr(self, name, CueSet(name, graded))

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
