"""The topic a direction sentence opens with, before its giver ("Về chủ trương đội mũ bảo hiểm,
Thứ trưởng … chỉ đạo phải làm quyết liệt"): it heads the direction."""

from __future__ import annotations

from dvtool.extract.cues import cues

_TOPIC_WORDS = 12  # a topic phrase is a short noun phrase, not a clause of its own


def with_topic(before: str, rest: str, pieces: list[str]) -> list[str]:
    """ "Về chủ trương đội mũ bảo hiểm, Thứ trưởng … chỉ đạo phải làm quyết liệt": the topic a
    direction sentence opens with, before its giver, heads the first direction ("Về chủ trương đội
    mũ bảo hiểm, phải làm quyết liệt"), which says little without it; not a topic that only names
    the tasks ("Về nhiệm vụ thời gian tới, …")."""
    topic = cues().direction_topics.at_start(before)
    comma = before.find(",")
    if not pieces or topic is None or comma < 0:
        return pieces
    phrase = before[:comma].strip()
    if len(phrase.split()) > _TOPIC_WORDS or cues().topic_blockers.at_start(phrase) is not None:
        return pieces
    if cues().task_topic_words.contains(phrase) or cues().task_horizons.contains(phrase):
        return pieces
    if cues().anaphoric_ends.ends_with(phrase) is not None:
        return pieces  # "Về vấn đề này, …": it names nothing the direction would not
    return [f"{phrase}, {_as_written(pieces[0], rest)}", *pieces[1:]]


def _as_written(piece: str, rest: str) -> str:
    """The piece with its first letter as the sentence has it ("phải làm …", "Hoa Kỳ …")."""
    at = rest.find(piece[1:]) if len(piece) > 1 else -1
    return rest[at - 1] + piece[1:] if at > 0 else piece
