"""A remark's speaker named by a run of capitalised words: after an honorific
(:func:`dvtool.extract.people.find_speaker`), or with no honorific, a rank then the name then its
titles ("Phát biểu tại hội nghị, Thiếu tướng Nguyễn Hoàng, Tư lệnh Quân đoàn 4 yêu cầu …")."""

from __future__ import annotations

from dvtool.extract._text import is_name_word
from dvtool.extract.cues import cues
from dvtool.extract.person_names import name_prefix

SPEAKER_REACH = 300  # characters from a remark's start in which its speaker is named


def name_run(text: str) -> list[str]:
    """The capitalised words a text opens with, up to five, to the first punctuation."""
    words = text.split()
    run: list[str] = []
    for w in words[:5]:
        w = w.rstrip(",.;:")
        if not is_name_word(w):
            break
        run.append(w)
        if not words[len(run) - 1].endswith(w):
            break
    return run


def opening_named_speaker(text: str) -> str | None:
    """ "Phát biểu tại hội nghị, Thiếu tướng Nguyễn Hoàng, Tư lệnh Quân đoàn 4 yêu cầu …": a name
    (after a rank, with no honorific) then a comma or a dash and a title, opening the remark or a
    clause of it before its first verb of speech."""
    starts, limit = clause_starts(text)
    for at in starts:
        clause = name_prefix(text[at:limit].lstrip(" ,"))[1]
        run = name_run(clause)
        if len(run) < 2 or cues().org_heads.at_start(clause) is not None:
            continue
        after = clause[len(" ".join(run)) :].lstrip()
        if after[:1] in {",", "-", "–", "—"} and cues().speaker_titles.at_start(after[1:].lstrip()):
            return " ".join(run)
    return None


def clause_starts(text: str) -> tuple[list[int], int]:
    """Where the speaker may be named: the remark's start (after a cue such as "Phát biểu tại
    hội nghị") and each comma after it, before its first verb of speech (the limit, returned
    too)."""
    opening = cues().remark_cues.at_start(text)
    start = opening.end if opening is not None else 0
    verb = cues().speech_verbs.search(text, start)
    limit = min(verb.start if verb is not None else len(text), SPEAKER_REACH)
    return [start, *(i + 1 for i, ch in enumerate(text[start:limit], start) if ch == ",")], limit
