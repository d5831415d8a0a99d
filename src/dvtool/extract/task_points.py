"""The directions of one point of an official document's tasks or list of directions.

A point often holds more than one direction, one sentence each ("1. UBND huyện đề nghị hộ gia
đình chấp hành …. Trường hợp bà A không chấp hành, giao Trung tâm … chủ trì …"), and sentences
that only go on with the one before ("… tham mưu UBND huyện …. Báo cáo UBND huyện trước ngày
20/8/2019."). :func:`opens_task` tells the first kind, :func:`grouped` puts the second kind
with the direction before it.
"""

from __future__ import annotations

from dvtool.extract.cues import CueMatch, CueSet, cues
from dvtool.extract.requests import is_upward


def opens_task(sentence: str) -> bool:
    """A sentence of a point that is a direction of its own: it opens with a request verb or a
    verb of doing ("Đề nghị các cơ quan …", "Thường xuyên theo dõi …"), or it assigns work on a
    condition ("Trường hợp bà A không chấp hành, giao Trung tâm … chủ trì …")."""
    if is_upward(sentence):
        return False
    if _opens_with(cues().request_verbs, sentence) or _opens_with(cues().task_verbs, sentence):
        return True
    if _asks_as_consequence(sentence):
        return True
    if cues().conditional_openers.at_start(sentence) is None:
        return False
    verbs = cues().assignment_openers.finditer(sentence)
    return any(sentence[: v.start].rstrip().endswith(",") for v in verbs)


def asks_a_body(sentence: str) -> bool:
    """ "Yêu cầu UBND các xã rà soát …", "Chỉ đạo Mặt trận Tổ quốc xã …": a sentence that opens
    with a request verb and names whom it asks. "Chỉ đạo và tổ chức học tập …", "Chỉ đạo thực
    hiện nghiêm …": a verb of doing after it (or joined to it by "và") names no one; the
    sentence states the writer's own work."""
    from dvtool.extract.function_words import function_words

    verb = _opens_with(cues().request_verbs, sentence)
    if verb is None:
        return False
    after = sentence[verb.end :].lstrip(" ,")
    first, _, rest = after.partition(" ")
    if first.lower() in function_words().and_words:
        after = rest.lstrip()  # "Chỉ đạo và tổ chức …": the verb it is joined to
    return cues().task_verbs.at_start(after) is None


def _opens_with(verbs: CueSet, sentence: str) -> CueMatch | None:
    """The verb a sentence opens with, also when a PDF lost the space inside it ("Chủđộng …")."""
    return verbs.at_start(sentence) or verbs.glued_at_start(sentence)


def _asks_as_consequence(sentence: str) -> bool:
    """ "Vì vậy, giao UBND xã … khẩn trương quy hoạch …": a consequence drawn as a request."""
    lead = cues().consequence_connectives.at_start(sentence)
    if lead is None:
        return False
    rest = sentence[lead.end :].lstrip(" ,")
    asks = cues().request_verbs.at_start(rest) or cues().assignment_openers.at_start(rest)
    return asks is not None


def grouped(sentences: list[str]) -> list[str]:
    """The directions of the sentences of one point: a sentence that opens one starts it, the
    others go on with the one before."""
    out: list[str] = []
    for sentence in sentences:
        if out and not opens_task(sentence):
            out[-1] = out[-1].rstrip() + " " + sentence
        else:
            out.append(sentence)
    return out
