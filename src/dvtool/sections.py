"""Report sections: their Vietnamese headings, and tolerant recognition of headings people type.

Writers use :func:`heading_for`; readers (Markdown, DOCX, extraction) use :func:`classify_heading`
on a heading's text: any case, with or without diacritics, numbered ("I. KẾT QUẢ ĐẠT ĐƯỢC",
"2. Hạn chế", "II- PHƯƠNG HƯỚNG, NHIỆM VỤ") or in English.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dvtool.extract.layout_words import layout_words
from dvtool.vntext import fold

SECTIONS: tuple[str, ...] = (
    "attendees",
    "results",
    "limitations",
    "tasks",
    "remarks",
    "awards",
    "related",
)

# The headings dvtool writes and the phrases that start a heading people type are data:
# ``sections`` in extract/layout_words.yaml.


def heading_for(section: str, plan_year: int | None = None) -> str:
    """The heading dvtool writes for a section ("Nhiệm vụ năm 2023")."""
    words = layout_words()
    if section == "tasks" and plan_year is not None:
        return words.tasks_heading_with_year.format(year=plan_year)
    return words.sections[section].heading


@lru_cache(maxsize=1)
def _numbering() -> re.Pattern[str]:
    """ "I.", "II-", "2.", "2)", "a)", "Phần I", "Mục 2:" and similar numbering in front of a
    heading; the words ("phần", "mục") are ``heading_numbering_words`` of layout_words.yaml."""
    words = "|".join(re.escape(w) for w in layout_words().heading_numbering_words)
    return re.compile(rf"^\s*(?:(?:{words})\s+)?(?:[ivxlc]+|\d+(?:\.\d+)*|[a-z])\s*[.)\-:/]\s*")


def strip_numbering(folded: str) -> str:
    """Drop leading section numbering from a folded heading."""
    return _numbering().sub("", folded, count=1).strip()


def classify_heading(text: str) -> str | None:
    """The section a heading names, or None when it names none."""
    key = strip_numbering(fold(text)).strip(" .:;-")
    if not key:
        return None
    found = _section_of(key)
    if found is None:  # "1. Về phương hướng, mục tiêu:", "IV. Một số nhiệm vụ trọng tâm …"
        for word in layout_words().heading_topic_words:
            if key.startswith(word + " "):
                return _section_of(key[len(word) + 1 :].lstrip())
    return found


def _section_of(key: str) -> str | None:
    for section, words in layout_words().sections.items():
        for cue in words.cues:
            if key == cue or key.startswith(cue + " ") or key.startswith(cue + ","):
                return section
    return None
