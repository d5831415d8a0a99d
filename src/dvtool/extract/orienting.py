"""A leader who sets the work ahead without a verb of asking: "Thay mặt Ủy ban MTTQ tỉnh, đồng
chí … đã ghi nhận …, đồng thời định hướng nhiệm vụ, giải pháp trọng tâm công tác Mặt trận
trong thời gian tới …", "… các đồng chí Phó Viện trưởng … giải đáp …, đồng thời định hướng một
số giải pháp để các đơn vị thực hiện …". The verb (``orienting_verbs``) with the tasks or
solutions as its object (``oriented_objects``) is the direction, from the verb to the end of
the sentence; it needs its giver, a person named before it, and is not reported ("đã định
hướng"); a meeting that sets the work itself ("Hội nghị … định hướng nhiệm vụ năm 2026") names
its purpose, no direction; nor is the noun ("đưa ra các định hướng, giải pháp …"). Every
phrase comes from ``cues.yaml``.
"""

from __future__ import annotations

from dvtool.extract._text import split_top_level
from dvtool.extract.cues import cues
from dvtool.extract.task_split import task_pieces
from dvtool.extract.tense import reports_in

_BLOCK_WINDOW = 3  # words before the verb in which "đã", "được" … make it a report


def oriented(sentence: str) -> list[str]:
    """The direction a leader sets with an orienting verb, as one task, or the list of tasks a
    leader stresses (:func:`stressed_list`); [] when none."""
    for verb in cues().orienting_verbs.finditer(sentence):
        before, after = sentence[: verb.start], sentence[verb.end :]
        if not after[1:2].isalpha() or cues().oriented_objects.at_start(after.lstrip()) is None:
            continue  # "định hướng, giải pháp …": a noun in a list
        if cues().object_list_heads.ends_with(before.rstrip()) is not None:
            continue  # "đưa ra các định hướng …": a noun
        if reports_in(before, last=_BLOCK_WINDOW):
            continue
        if cues().honorifics.contains(before) or cues().speaker_titles.contains(before):
            return [sentence[verb.start :].strip().rstrip(" .;")]
    return stressed_list(sentence) if ":" in sentence else []


def stressed_list(sentence: str) -> list[str]:
    """ "… đồng chí … biểu dương …, nhấn mạnh một số nhiệm vụ mà Hội cần phấn đấu đạt được trong
    nhiệm kỳ 2022-2027, cụ thể: phấn đấu A, 100% B, tiếp tục C; xây dựng D": a leader named
    before a verb of speech whose object is the tasks or solutions ahead, then a colon: the list
    after it is the leader's directions, one per item (an item opens with a verb of doing or a
    figure; the other comma parts go on with the one before); [] when it is no such list."""
    head, colon, rest = sentence.partition(":")
    if not colon or not rest.strip():
        return []
    for verb in cues().speech_verbs.finditer(head):
        after = head[verb.end :].lstrip()
        if cues().oriented_objects.at_start(after) is None or reports_in(
            head[: verb.start], last=_BLOCK_WINDOW
        ):
            continue
        if cues().honorifics.contains(head[: verb.start]) or cues().speaker_titles.contains(
            head[: verb.start]
        ):
            items = [p for item in _list_items(rest) for p in task_pieces(item)]
            return items if len(items) >= _MIN_ITEMS else []
    return []


_MIN_ITEMS = 2  # items that make the part after the colon a list


def _list_items(rest: str) -> list[str]:
    items: list[str] = []
    for part in split_top_level(rest, ";"):
        for chunk in part.split(", "):
            chunk = chunk.strip().rstrip(" .")
            opens = cues().task_verbs.at_start(chunk) is not None or chunk[:1].isdigit()
            if items and not opens:
                items[-1] = f"{items[-1]}, {chunk}"
            elif chunk:
                items.append(chunk)
    return items
