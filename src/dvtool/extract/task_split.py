"""Splitting a task sentence into one task per direction: the ";" parts, the parts a joining
word sets apart, the verb-led items of an enumeration. Every phrase comes from ``cues.yaml``."""

from __future__ import annotations

import re

from dvtool.extract._text import split_top_level
from dvtool.extract.cues import CueMatch, cues
from dvtool.extract.direction_split import numbered_items, unquoted, without_attribution

MIN_WORDS = 3
_LIST_WINDOW = 5  # words between "nhiệm vụ trọng tâm" and the word that opens its enumeration
_MIN_LISTED = 3  # ";" parts opening with a verb that make a task sentence a list of tasks


def task_pieces(text: str) -> list[str]:
    """One piece per task: the ";" parts, and the parts a joining word sets apart ("…, đồng
    thời tiếp tục …"); a part too short to be a task stays with the one before."""
    pieces: list[str] = []
    parts = split_top_level(without_attribution(unquoted(text)), ";")
    if _listed_objects(parts):
        parts = [text]
    for part in _object_lists_joined(parts):
        start = 0
        for joiner in cues().task_joiners.finditer(part):
            before = part[start : joiner.start].rstrip()
            if before.endswith(",") and len(before.split()) >= MIN_WORDS:
                pieces.append(before.rstrip(" ,"))
                start = joiner.end
        pieces.append(part[start:].strip(" ,"))
    return [p for p in pieces if p]


def _listed_objects(parts: list[str]) -> bool:
    """ "… bổ sung thêm 3 báo cáo, gồm: Báo cáo tiến độ …; tiến độ thực hiện …; báo cáo …": the
    ";" parts after a colon that none opens with a verb of doing are the things the one task
    names, not tasks ("… các nội dung sau: rà soát …; tăng cường …" lists tasks)."""
    if len(parts) < 2 or ":" not in parts[0]:
        return False
    items = [parts[0].rpartition(":")[2].strip(), *parts[1:]]
    return not any(cues().task_verbs.at_start(item) for item in items)


def _object_lists_joined(parts: list[str]) -> list[str]:
    """ "quán triệt Nghị quyết Đại hội; các chủ trương của Đảng; các chiến lược …": a part that
    opens in lowercase with a plural noun ("các", "những") names more objects of the verb in
    the part before, not a task of its own ("…; Các hoạt động dân sinh" in capitals is an
    item of a list, "…; các chi hội cần …" a subject with work of its own)."""
    joined: list[str] = []
    for part in parts:
        if joined and _more_objects(part):
            joined[-1] = f"{joined[-1]}; {part}"
        else:
            joined.append(part)
    return joined


def _more_objects(part: str) -> bool:
    if not part[:1].islower() or cues().object_list_heads.at_start(part) is None:
        return False
    # "các chi hội cần chăm lo …", "các đơn vị tiếp tục …": a subject with its own work
    return not (cues().task_modals.contains(part) or cues().task_verbs.contains(part))


def enumerated_tasks(text: str) -> list[str]:
    """ "… tập trung một số nhiệm vụ trọng tâm như tiếp tục A, triển khai B, kiện toàn C": after a
    lead-in naming tasks and an enumeration word, a comma list whose items open with a verb of
    doing is one task per item (at least two such items; an item without one, "100% không có
    hội viên nghèo", stays with the one before); otherwise the text is one task."""
    named = cues().solution_heads.search(text)
    if named is None or ";" in text:
        return [text]
    intro = enumeration_intro(text, named.end)
    if intro is None or len(text[named.end : intro.start].split()) > _LIST_WINDOW:
        return [text]
    rest = text[intro.end :].lstrip(" :,")
    items = [i.strip() for i in rest.split(", ")]
    if sum(1 for i in items if cues().task_verbs.at_start(i)) < 2:
        return [text]
    return verb_led_pieces(items)


def verb_led_pieces(items: list[str]) -> list[str]:
    """Comma items joined into one task per item that opens with a verb of doing (`task_verbs`):
    an item without one goes on with the task before it."""
    pieces: list[str] = []
    for item in items:
        if pieces and cues().task_verbs.at_start(item) is None:
            pieces[-1] = f"{pieces[-1]}, {item}"
        else:
            pieces.append(item)
    return pieces


def enumeration_intro(text: str, start: int) -> CueMatch | None:
    """The first word from ``start`` that opens an enumeration ("như", "gồm", "cụ thể"), not the
    head of a longer word ("cụ thể hóa các nghị quyết": a verb of doing)."""
    intro = cues().enumeration_intros.search(text, start)
    while intro is not None and cues().intro_compounds.at_start(text[intro.end :].lstrip()) is not None:
        intro = cues().enumeration_intros.search(text, intro.end)
    return intro


def listed_tasks(text: str) -> list[str]:
    """ "Vận động …; khuyến khích …; hỗ trợ …": a task sentence whose ";" parts after the first
    all open with a verb of doing lists tasks, one per part, when it has at least
    ``_MIN_LISTED`` of them; otherwise it stays one task ("Thực hiện …; gắn với …", and a pair,
    whose second part often goes on with the first)."""
    numbered = numbered_items(text)  # "… các chỉ tiêu: (1) …; (2) …"
    if numbered:
        return numbered
    parts = [p.strip() for p in split_top_level(text, ";") if p.strip()]
    if len(parts) < _MIN_LISTED or not all(cues().task_verbs.at_start(p) for p in parts[1:]):
        return [text]
    return parts


_DIGIT = re.compile(r"\d")
_MIN_TARGETS = 3  # quantified items that make a task a list of targets
_TARGET_WORDS = 16  # words of one target ("kim ngạch xuất khẩu đạt 17 tỷ USD")


def quantified_targets(text: str) -> list[str]:
    """ "Tăng trưởng GRDP bình quân 10-10,5%/năm, GRDP đầu người trên 6.000 USD, kinh tế số chiếm
    từ 20% GRDP, kim ngạch xuất khẩu đạt 17 tỷ USD và có khoảng 20.000 doanh nghiệp …": a task
    whose comma items (and the two sides of a last "và") each state a quantity, and are short,
    lists targets, one task per item; otherwise the text is one task ([text])."""
    if text.count(", ") < _MIN_TARGETS - 1 or _DIGIT.search(text) is None:
        return [text]
    from dvtool.extract.figure_filters import counted_figures
    from dvtool.extract.function_words import function_words

    joiner = f" {function_words().and_words[0]} "
    items: list[str] = []
    for item in text.rstrip(" .").split(", "):
        first, joined, second = item.partition(joiner)
        if joined and counted_figures(first) and counted_figures(second):
            items.extend((first, second))
        else:
            items.append(item)
    if len(items) < _MIN_TARGETS or any(
        len(i.split()) > _TARGET_WORDS or not counted_figures(i) for i in items
    ):
        return [text]
    return items
