"""A modal of need stated among the results of a news item: "Các địa phương cũng cần quan
tâm …", "thành phố phải phát huy …" say what must be done, a direction even without a speech
verb. Not a shortcoming ("… cần được khắc phục" among findings), not what a report says was
done, not a recommendation to a higher level. Every phrase comes from ``cues.yaml`` and
``function_words.yaml``."""

from __future__ import annotations

from dvtool.extract.cues import cues
from dvtool.extract.directions import conjectures, names_direction, recommends, remedied_named
from dvtool.extract.function_words import function_words
from dvtool.extract.numbers import find_figures
from dvtool.extract.set_tasks import agreed_after_report
from dvtool.extract.shortcomings import states_shortcoming
from dvtool.extract.tense import reports_in

_RELATIVE_REACH = 8  # words before the modal in which "mà" makes it describe a noun


def states_need(text: str) -> int | None:
    """Where the direction of a modal of need starts in a results sentence; None when there is
    none. Not "bên phải", "gặp phải", "hậu cần", "phải chống đỡ …"; not in a sentence
    that reports ("… đã trao đổi … số người cần lắp …"), nor a need addressed to a named body
    ("… cần được HĐND tỉnh xem xét …": a request to it), nor a recommendation upwards."""
    if not cues().need_modals.contains(text):
        return None  # the common case, checked first: no modal at all
    if conjectures(text) or states_shortcoming(text) or recommends(text):
        return None
    for modal in cues().need_modals.finditer(text):
        before = text[: modal.start]
        if cues().need_blockers.ends_with(before.rstrip()) is not None or remedied_named(before):
            continue  # "khó khăn gặp phải"; "chỉ ra những tồn tại, vướng mắc cần tháo gỡ …"
        if _in_name(text, modal.start, modal.end) or cues().need_adjectives.at_start(text[modal.start :]):
            continue  # "Cần Thơ"; "là công việc cần thiết"
        if _counts(before) or (cues().copulas.contains(text[modal.end :]) and _counts(text)):
            return None  # "Lào Cai tăng 91,3%, … phải …", "Tổng số vụ việc phải giải quyết là 3.194 vụ"
        if _reports(before) or _relative(before):
            return None
        after = text[modal.end :].lstrip()
        if ":" in after:
            return None  # "… nội dung trọng tâm cần thực hiện như sau: A; B": a list's head
        if _addressed(after) or cues().need_non_directions.at_start(after) is not None:
            return None
        if cues().endured_verbs.at_start(after) is None:  # not "phải chống đỡ với khó khăn"
            return modal.start
    return None


def _counts(text: str) -> bool:
    """A quantity in the text (a number with its unit or its total: "91,3%", "3.194 vụ"); a bare
    number names a document or a level ("Nghị quyết Trung ương 4", "Chỉ thị 03"), it counts
    nothing."""
    return any(f.unit or f.total is not None for f in find_figures(text))


def _in_name(text: str, start: int, end: int) -> bool:
    """ "Cần Thơ", "Cần Giờ": a modal written with a capital before a capitalised word is a
    syllable of a proper name, not a need ("TP Cần Thơ đã có nhiều chuyển biến")."""
    return text[start].isupper() and text[end:].lstrip()[:1].isupper()


def _relative(before: str) -> bool:
    """ "Đây là vấn đề mà các tỉnh cần quan tâm …": "mà" just before the modal's subject makes
    the need describe a noun ("không chỉ … mà còn phải …" joins directions)."""
    near = " ".join(before.split()[-_RELATIVE_REACH:])
    return cues().need_relatives.contains(near) and not cues().need_correlatives.contains(near)


def _reports(before: str) -> bool:
    """ "đã", "đang", "vừa" … before the modal: the sentence tells what was done ("được" is no
    tense: "Để đạt được mục tiêu, các xã cần …"); a marker before a verb that puts forward what
    must be done dates the speech ("… cũng đã gợi mở …; trong đó cần …"), only the words after
    that verb count, when the need stands in a clause of its own after it."""
    stressed = [*cues().stress_verbs.finditer(before)]
    if stressed and any(mark in before[stressed[-1].end :] for mark in ",;:"):
        before = before[stressed[-1].end :]  # not "đã chỉ rõ những việc cần làm": its object
    return reports_in(before, besides=function_words().passive_markers)


def _addressed(after: str) -> bool:
    """ "được HĐND tỉnh xem xét": a passive whose agent is a named body."""
    for marker in sorted(function_words().passive_markers, key=len, reverse=True):
        if after.lower().startswith(marker + " "):
            return after[len(marker) :].lstrip()[:1].isupper()
    return False


_HEAD_WORDS = 5  # words before a horizon in mid-sentence that make it a clause of its own


def later_tasks(text: str) -> tuple[int, int] | None:
    """ "… chưa có sản phẩm OCOP đặc trưng…, trong thời gian tới chi ủy, chi bộ chủ động xây
    dựng kế hoạch khắc phục …": where a clause naming the coming period starts after a comma in
    mid-sentence, when what follows it is to be done (a verb of doing or a modal of need) and
    reports nothing, as (start, end) of the horizon; None otherwise ("Đặc biệt, trong thời gian
    tới, …" opens the sentence; "… đề nghị, trong thời gian tới, …" is the direction's own)."""
    for horizon in cues().task_horizons.finditer(text):
        head = text[: horizon.start].rstrip()
        rest = text[horizon.end :].lstrip(" ,")
        if not head.endswith(",") or len(head.split()) < _HEAD_WORDS or not rest:
            continue
        if names_direction(head):
            continue  # "… đề nghị và mong muốn, trong thời gian tới, TP Hà Nội …": one direction
        doing = cues().task_verbs.contains(rest) or cues().need_modals.contains(rest)
        if doing and not _reports(rest) and not conjectures(text):
            return horizon.start, horizon.end
    agreed = agreed_after_report(text)  # "… (GDP tăng 9,5% …), hội nghị đã thống nhất công việc … là …"
    return agreed if agreed is not None and len(text[: agreed[0]].split()) >= _HEAD_WORDS else None
