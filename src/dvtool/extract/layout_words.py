"""The layout vocabulary (``layout_words.yaml``) loaded once into typed attributes.

Writers take the words they write from here (the first spelling of a list) and readers the
words they recognise (every spelling, folded with :func:`dvtool.vntext.fold`), so dvtool's own
layouts read back what they wrote. Every list of the file is an attribute, so a misspelt name
is a mypy error at its use; loading fails when the file and the attributes disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cached_property, lru_cache
from typing import Any

from dvtool.extract._yamldata import check_declared, packaged_mapping, packaged_text
from dvtool.vntext import fold

LAYOUT_WORDS_FILE = "layout_words.yaml"

# Folded header words per field, in the order they are tried.
Columns = tuple[tuple[str, tuple[str, ...]], ...]


@dataclass(frozen=True)
class SectionWords:
    """A section's heading as dvtool writes it, and the folded starts of headings people type."""

    heading: str
    cues: tuple[str, ...]


@dataclass(frozen=True)
class Labels:
    """ "Label: value" lines, per field: the label dvtool writes first, then other spellings."""

    time: tuple[str, ...]
    location: tuple[str, ...]
    organizers: tuple[str, ...]
    reporting_year: tuple[str, ...]
    plan_year: tuple[str, ...]
    author: tuple[str, ...]
    publisher: tuple[str, ...]
    chairs: tuple[str, ...]
    outlet: tuple[str, ...]  # the publisher when it is a news outlet that printed the text

    def by_folded(self) -> dict[str, str]:
        """Folded label -> field, for every spelling (an outlet's line gives the publisher)."""
        named = {"outlet": "publisher"}
        return {
            fold(label): named.get(f.name, f.name) for f in fields(self) for label in getattr(self, f.name)
        }


@dataclass(frozen=True)
class TimeLine:
    """The time line dvtool writes: a word per time of day, the date's and the lone word's form."""

    morning: str
    afternoon: str
    evening: str
    date: str
    alone: str

    def word(self, time_of_day: str) -> str:
        """ "Sáng" for "morning"."""
        words = {"morning": self.morning, "afternoon": self.afternoon, "evening": self.evening}
        return words[time_of_day]


@dataclass(frozen=True)
class TableWords:
    """A table's header row as dvtool writes it, and the folded words that identify columns."""

    header: tuple[str, ...]
    columns: Columns


@dataclass(frozen=True)
class AttendeeTable(TableWords):
    """The attendance table, with what its role column says."""

    chair_role: str
    kind_words: dict[str, str]
    roles: Columns  # folded starts of a role cell per kind ("chair" too), in order


@dataclass(frozen=True)
class MarkdownKinds:
    """An attendee's kind in dvtool's Markdown: the word written, and folded word -> kind read."""

    written: dict[str, str]
    read: dict[str, str]


@dataclass(frozen=True)
class AwardLabels:
    """An award's sub-item labels in dvtool's Markdown, per field: the label written first, then
    the labels read back (the giver is only read)."""

    collectives: tuple[str, ...]
    individuals: tuple[str, ...]
    reason: tuple[str, ...]
    recipients: tuple[str, ...]
    giver: tuple[str, ...]

    @cached_property
    def read(self) -> dict[str, str]:
        """Folded label -> field."""
        return {
            fold(label): name for name, labels in vars(self).items() if name != "read" for label in labels
        }


@dataclass(frozen=True)
class FrameLines:
    """Quốc hiệu, Tiêu ngữ and the party's line; the first spelling is what dvtool writes."""

    quoc_hieu: tuple[str, ...]
    tieu_ngu: tuple[str, ...]
    party: tuple[str, ...]

    @cached_property
    def folded(self) -> tuple[str, ...]:
        """Every spelling, folded: a line starting with one is no title."""
        return tuple(fold(line) for lines in (self.quoc_hieu, self.tieu_ngu, self.party) for line in lines)

    @cached_property
    def header_marks(self) -> tuple[str, ...]:
        """The Quốc hiệu and the party's line, folded: a table holding one is the header."""
        return tuple(fold(line) for line in (*self.quoc_hieu, *self.party))


class LayoutWords:
    """The layout vocabulary: every entry of ``layout_words.yaml`` as a typed attribute."""

    sections: dict[str, SectionWords]
    tasks_heading_with_year: str
    heading_numbering_words: tuple[str, ...]
    heading_topic_words: tuple[str, ...]
    labels: Labels
    time_line: TimeLine
    attendee_table: AttendeeTable
    award_table: TableWords
    figure_table: TableWords
    markdown_kinds: MarkdownKinds
    markdown_award_labels: AwardLabels
    giver_word: str
    change_words: dict[str, str]
    frame_lines: FrameLines
    kind_lines: frozenset[str]

    def __init__(self, data: dict[str, Any]) -> None:
        check_declared(data, LayoutWords, LAYOUT_WORDS_FILE)
        self.sections = {
            name: SectionWords(str(entry["heading"]), _folded(entry["cues"]))
            for name, entry in data["sections"].items()
        }
        self.tasks_heading_with_year = str(data["tasks_heading_with_year"])
        self.heading_numbering_words = _folded(data["heading_numbering_words"])
        self.heading_topic_words = _folded(data["heading_topic_words"])
        self.labels = Labels(**{name: _texts(value) for name, value in data["labels"].items()})
        self.time_line = TimeLine(**{name: str(value) for name, value in data["time_line"].items()})
        people = data["attendee_table"]
        self.attendee_table = AttendeeTable(
            header=_texts(people["header"]),
            columns=_columns(people["columns"]),
            chair_role=str(people["chair_role"]),
            kind_words={str(k): str(v) for k, v in people["kind_words"].items()},
            roles=_columns(people["roles"]),
        )
        self.award_table = _table(data["award_table"])
        self.figure_table = _table(data["figure_table"])
        kinds = data["markdown_kinds"]
        self.markdown_kinds = MarkdownKinds(
            written={str(k): str(v) for k, v in kinds["written"].items()}, read=_reverse(kinds["read"])
        )
        self.markdown_award_labels = AwardLabels(
            **{name: _texts(value) for name, value in data["markdown_award_labels"].items()}
        )
        self.giver_word = str(data["giver_word"])
        self.change_words = {str(k): str(v) for k, v in data["change_words"].items()}
        self.frame_lines = FrameLines(**{name: _texts(value) for name, value in data["frame_lines"].items()})
        self.kind_lines = frozenset(_folded(data["kind_lines"]))

    @cached_property
    def label_fields(self) -> dict[str, str]:
        """Folded label -> field, for every spelling of every label."""
        return self.labels.by_folded()


def _texts(values: list[Any]) -> tuple[str, ...]:
    return tuple(str(v) for v in values)


def _folded(values: list[Any]) -> tuple[str, ...]:
    return tuple(fold(str(v)) for v in values)


def _columns(entries: dict[str, list[Any]]) -> Columns:
    return tuple((str(name), _folded(words)) for name, words in entries.items())


def _table(entry: dict[str, Any]) -> TableWords:
    return TableWords(header=_texts(entry.get("header", [])), columns=_columns(entry["columns"]))


def _reverse(entries: dict[str, list[Any]]) -> dict[str, str]:
    """Folded word -> name, from name -> words."""
    return {fold(str(word)): str(name) for name, words in entries.items() for word in words}


def load_layout_words_text() -> str:
    """The layout vocabulary as shipped in the package."""
    return packaged_text(LAYOUT_WORDS_FILE)


@lru_cache(maxsize=1)
def layout_words() -> LayoutWords:
    """The layout vocabulary, loaded once per process."""
    return LayoutWords(packaged_mapping(LAYOUT_WORDS_FILE))
