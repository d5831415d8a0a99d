"""The shortcomings a leader's speech states, sentence by sentence: the whole sentence ("Công tác …
còn chậm"), the clause before a direction ("trong bối cảnh thị trường còn nhiều biến động, Công
ty cần …"), the examples a direction names, a turn to shortcomings ("… vẫn còn những hạn chế,
nhất là …") or a contrast ("Mặc dù vậy, … vẫn còn rất lớn"). Moved out of shortcomings.py
(lim12) to keep modules under 500 lines; every phrase comes from ``cues.yaml``."""

from __future__ import annotations

from dvtool.extract.cues import CueMatch, cues
from dvtool.extract.directions import recommends
from dvtool.extract.shortcomings import (
    contrast_shortcoming,
    named_examples,
    negated_clause,
    opens_shortcomings,
    stated_phrase,
    states_shortcoming,
    strip_limitation_lead,
    voiced_by_voters,
)
from dvtool.extract.tasks_shortcomings import stated_between_directions


def speech_shortcomings(sentence: str) -> list[str]:
    """The shortcoming a leader's sentence states: the whole sentence ("Công tác … còn chậm"),
    or, before a direction, the clause that states it ("trong bối cảnh thị trường còn nhiều
    biến động, Công ty cần …"); none when the shortcoming is what a direction is about
    ("yêu cầu … khắc phục những hạn chế")."""
    found = stated_phrase(sentence) or negated_clause(sentence)
    if found is None:
        return named_examples(sentence) or _opened_in_speech(sentence) or _contrasted_in_speech(sentence)
    between = stated_between_directions(sentence)  # "đề nghị … rà soát …; tỷ lệ … còn thấp; Cần …"
    if between and not named_examples(sentence):
        return between
    if not states_shortcoming(sentence):
        return named_examples(sentence)
    order = [_task_modal(sentence), _direction_verb(sentence)]
    directed = min((m.start for m in order if m is not None), default=None)
    if directed is None:
        named = named_examples(sentence)  # "… chỉ rõ một số tồn tại như: A chưa …; B còn …"
        return named if len(named) > 1 else [sentence]
    if directed < found.start:
        return _turned_after(sentence, directed) or named_examples(sentence)
    start = sentence.rfind(",", 0, found.start) + 1
    said = [
        v
        for v in cues().speech_verbs.finditer(sentence[: found.start])
        if ";" not in sentence[v.end : found.start]
    ]
    if said:  # "… khẳng định, nhiệm vụ quân sự, quốc phòng … hết sức nặng nề": what was said, whole
        start = said[-1].end
    end = sentence.find(",", found.end)
    clause = sentence[start : end if 0 <= end < directed else directed].strip(" ,")
    return [clause] if len(clause.split()) >= 3 else []


def _turned_after(sentence: str, directed: int) -> list[str]:
    """ "Tổng số vụ việc phải giải quyết … là 3.194 vụ, tuy nhiên, việc xử lý tài sản bảo đảm còn
    khó khăn": a clause that a contrast opens after the modal or direction verb states its own
    shortcoming (rule speech_contrast, lim12)."""
    for turn in cues().contrast_connectives.finditer(sentence[directed:]):
        at = directed + turn.start
        clause = sentence[at:].strip()
        if (
            sentence[:at].rstrip().endswith(",")
            and contrast_shortcoming(clause)
            and states_shortcoming(clause)
        ):
            return [clause]
    return []


def _contrasted_in_speech(sentence: str) -> list[str]:
    """ "Mặc dù vậy, thiệt hại mạng ngoại vi … vẫn còn rất lớn, …": in a speech, as among results
    (walk._transition), a contrast followed by a word that states a shortcoming before any task
    states one, unless the sentence discusses shortcomings or gives a direction. Rule
    speech_contrast (lim12)."""
    if (
        not contrast_shortcoming(sentence)
        or cues().limitation_meta.contains(sentence)
        or voiced_by_voters(sentence)
        or recommends(sentence)
        or _direction_verb(sentence) is not None
    ):
        return []
    return [sentence]


def _task_modal(sentence: str) -> CueMatch | None:
    """The first modal that asks something: not "phải" before a verb of enduring ("… vừa phải
    đối mặt với những khó khăn, thách thức mới" states the difficulty)."""
    modal = cues().task_modals.search(sentence)
    while modal is not None and cues().endured_verbs.at_start(sentence[modal.end :].lstrip()) is not None:
        modal = cues().task_modals.search(sentence, modal.end)
    return modal


def _direction_verb(sentence: str) -> CueMatch | None:
    """The first direction verb that gives one: not "yêu cầu" after "đáp ứng", "theo" ("… có nơi
    chưa đáp ứng yêu cầu" states a shortcoming and asks nothing), nor a verb followed by a comma,
    which reports a statement ("Đồng chí lưu ý, … còn …")."""
    for verb in cues().direction_verbs.finditer(sentence):
        if sentence[verb.end : verb.end + 1] == ",":
            continue  # "Đồng chí lưu ý, thời gian qua một số cơ sở còn …": reports what was said
        if cues().direction_blockers.ends_with(sentence[: verb.start].rstrip(" ,")) is None:
            return verb
    return None


def _opened_in_speech(sentence: str) -> list[str]:
    """ "Đồng chí nhấn mạnh, dù đạt nhiều kết quả nhưng công tác chuyển đổi số vẫn còn những hạn
    chế, nhất là hạ tầng số …": a leader's sentence that turns to shortcomings and names what falls
    short states one; one that only announces them ("… vẫn còn những hạn chế."), asks to overcome
    them or gives a direction states none."""
    opener = cues().limitation_openers.search(sentence)
    if (
        opener is None
        or not opens_shortcomings(sentence)
        or voiced_by_voters(sentence)
        or recommends(sentence)
        or cues().task_modals.contains(sentence)
        or cues().direction_verbs.contains(sentence)
    ):
        return []
    stated, _ = strip_limitation_lead(sentence, opener)
    return [sentence] if stated else []
