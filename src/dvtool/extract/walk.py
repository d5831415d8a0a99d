"""The body walk's state and its section changes on a cue (split out of ``core.py``).

:class:`_Walk` is what the walk over a free-form report's body carries from one paragraph to
the next; :func:`_transition` changes the section on a sentence's cue ("Thời gian tới, …",
"Tuy nhiên, … còn …", "… kết luận như sau:") and returns the item text(s) without the lead-in;
:func:`continues_from` and :func:`asks_after_shortcoming` tell when a sentence is still read for
directions.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dvtool.extract._text import split_top_level
from dvtool.extract.blocks import Block
from dvtool.extract.cues import cues, fold_aligned
from dvtool.extract.needs import states_need
from dvtool.extract.openers import (
    _TASK_WORDS,
    _announces_tasks,
    _has_section_cue,
    _plan_year_adverbial,
    _plan_year_opener,
    _strip_enumerator,
    _strip_task_lead,
    _task_opener,
)
from dvtool.extract.requests import Requests
from dvtool.extract.shortcomings import contrast_shortcoming, states_shortcoming, strip_limitation_lead
from dvtool.extract.state import _Source, _State
from dvtool.vntext import fold


@dataclass
class _Walk:
    state: str = "results"
    headed: bool = False  # sections come from headings, not cues
    remark_open: bool = False
    remark_directed: bool = False  # the open speech's last sentence gave directions
    # directions given in speeches and conclusions: the tasks of a report without a section of
    # tasks of its own (a news item); beside one, those of a speech naming the coming period
    directions: list[tuple[str, _Source]] = field(default_factory=list)
    direction_block: Block | None = None  # the paragraph whose last sentence gave directions
    set_block: Block | None = None  # the paragraph whose last sentence set directions, naming none
    previous: tuple[Block | None, Block | None] = (None, None)  # the paragraph before, this one
    # "Tuy nhiên, … còn …" turns its own paragraph to limitations, not the paragraphs after it
    back_to: str | None = None
    requests: Requests = field(default_factory=Requests)  # the section of requests read


def _transition(text: str, st: _State, walk: _Walk) -> tuple[list[str], bool]:
    """Change section on a cue; return the item text(s) without the lead-in."""
    enum = cues().enumerators.at_start(text)
    if enum is not None:
        return [_strip_enumerator(text)], False
    if text.rstrip().endswith(":") and cues().conclusion_intros.contains(text):
        walk.state = "tasks"  # "… Phó Thủ tướng … kết luận như sau:": its points are directions
        return [], False
    if (
        _task_opener(text)
        or _plan_year_opener(text, st)
        or (
            walk.state != "tasks"
            and fold(text).startswith("ve ")
            and _TASK_WORDS.search(fold_aligned(text[:60]))
        )
    ):
        walk.state = "tasks"
        parts, split = _strip_task_lead(text)
        # "Thời gian tới, … cần A; B", "Sang năm 2021, Hội … phấn đấu A; B": one task per ";" part
        return parts, split or len(split_top_level(text, ";")) > 1 or cues().task_modals.contains(text)
    if walk.state != "tasks" and _plan_year_adverbial(text, st):
        walk.back_to = walk.state  # its own paragraph only, as "Tuy nhiên, … còn …"
        walk.state = "tasks"
        return [text], len(split_top_level(text, ";")) > 1
    if _announces_tasks(text):
        walk.state = "tasks"
        return [], False
    opener = cues().limitation_openers.search(text)
    if opener is not None and cues().limitation_meta.contains(text[: opener.start]):
        listed, colon = strip_limitation_lead(text, opener)
        if not (colon and listed):
            return [text], False  # the meeting discussed its shortcomings; it states none
        # "Hội nghị cũng chỉ ra một số tồn tại, hạn chế: A còn chậm; B …": the list is stated
        walk.back_to, walk.state = walk.back_to or walk.state, "limitations"
        return listed, False
    if opener is not None or (contrast_shortcoming(text) and not cues().limitation_meta.contains(text)):
        if opener is None and not text.rstrip().endswith(":") and walk.state != "limitations":
            walk.back_to = walk.state  # "Tuy nhiên, … còn …" turns its own paragraph only
        walk.state = "limitations"
        if opener is not None:
            return strip_limitation_lead(text, opener)
    return [text], False


def continues_from(giver: Block | None, text: str, block: Block, walk: _Walk) -> bool:
    """A sentence may go on with the directions of the sentence before: in the same paragraph,
    or as the first sentence of the paragraph right after ("… yêu cầu A; B." / "Bên cạnh đó,
    tập trung C; D.")."""
    first = block.text.lstrip().startswith(text.lstrip()[:40])
    return giver is not None and (giver is block or (first and giver is walk.previous[0]))


def asks_after_shortcoming(text: str, st: _State, walk: _Walk) -> bool:
    """ "Tuy nhiên, … còn … . Thường trực HĐND huyện đề nghị Thường trực HĐND xã tăng cường …":
    among shortcomings, a request by a body or person is still a direction; "quán triệt",
    "chỉ đạo" there mostly name work that fell short ("công tác tuyên truyền, quán triệt … chưa …")."""
    if walk.state != "limitations" or _has_section_cue(text, st):
        return False
    verb = cues().body_direction_verbs.search(text)
    if verb is None:  # "Lực lượng chức năng cần công khai …" after "Tuy nhiên, vẫn còn …"
        return states_need(text) is not None
    head = text[: verb.start]  # "… yêu cầu rà soát các khâu còn yếu …"
    return not states_shortcoming(head) and not cues().shortcoming_markers.contains(head)
