"""A statement of what will or must be done that plans nothing: a question, a condition, a
guess, a belief, a demand of circumstances, or a headline or link without a final stop. Every
phrase comes from ``cues.yaml``."""

from __future__ import annotations

import re

from dvtool.extract.cues import CueMatch, cues, fold_aligned
from dvtool.extract.plans import future_marker

_SENTENCE_ENDS = (".", "!", "…", '"', "”", ";")


def conjectures(text: str, *, lines: bool = True) -> bool:
    """A statement of what will or must be done that plans nothing: a question, a condition
    ("Nếu tổ chức thi tuyển … sẽ dẫn đến …"), a guess ("… chắc chắn thành phố sẽ phải …"), or a
    headline or link without a final stop ("Một số nơi phải bầu bổ sung(29/04/2004)"; only when
    ``lines``)."""
    stripped = text.strip()
    lead = cues().direction_continuations.at_start(stripped) or cues().subjectless_connectives.at_start(
        stripped
    )
    opening = stripped[lead.end :].lstrip(" ,") if lead is not None else stripped
    conditional = cues().conditional_openers.contains(text) and cues().conditional_consequents.contains(text)
    return (
        "?" in text
        or (lines and not stripped.endswith(_SENTENCE_ENDS) and _headline_sized(stripped))
        or cues().conditional_openers.at_start(opening) is not None
        or conditional  # "… khi vụ việc sắp hết hạn thì phần mềm sẽ cảnh báo"
        or cues().likelihood_words.contains(text)
        or _believed(text)
        or _demanded(text)
        or forecasts(text)
    )


def _demanded(text: str) -> bool:
    """ "…, tình hình có nhiều diễn biến phức tạp, đòi hỏi các cấp phải …": a clause opening with
    a verb of demand after a comma, before a modal of need: the circumstances demand it."""
    for demand in cues().demand_verbs.finditer(text):
        if text[: demand.start].rstrip().endswith(","):
            return cues().need_modals.search(text, demand.end) is not None
    return False


def forecasts(text: str) -> bool:
    """ "Dự kiến cả năm sẽ đạt khoảng 50.000 đơn vị", "… sẽ tiếp tục nhận được sự quan tâm …": a
    verb of seeing, receiving or reaching right after "sẽ" tells an outcome expected, not work to
    do; a target set ("phấn đấu … sẽ đạt …") stays one."""
    marker = future_marker(text)
    while marker is not None and fold_aligned(text[marker.start : marker.end]) != "se":
        marker = future_marker(text, marker.end)
    if marker is None or cues().target_verbs.contains(text[: marker.start]):
        return False
    rest = text[marker.end :].lstrip()
    while (filler := cues().future_fillers.at_start(rest)) is not None:
        rest = rest[filler.end :].lstrip()
    # "… sẽ tranh tài …", "bão sẽ đi vào Biển Đông": something happens, nobody acts
    return (
        cues().outcome_verbs.at_start(rest) is not None or cues().happening_verbs.at_start(rest) is not None
    )


_ESTIMATE_REACH = 3  # words after the verb in which the estimated amount stands ("tăng 8,2%")


def estimates(text: str, marker: CueMatch) -> bool:
    """ "Chỉ số sản xuất công nghiệp quý I năm 2019 dự kiến tăng 8,2% so với cùng kỳ": "dự kiến"
    right before a verb of change or reach and its amount estimates a result of the period under
    review; nobody plans it ("Dự kiến sẽ cử 10 bác sĩ …" is a plan)."""
    if fold_aligned(text[marker.start : marker.end]) == "se":
        return False
    rest = text[marker.end :].lstrip()
    verb = cues().estimate_verbs.at_start(rest)
    return (
        verb is not None
        and re.search(r"\d", " ".join(rest[verb.end :].split()[:_ESTIMATE_REACH])) is not None
    )


def _believed(text: str) -> bool:
    """ "Đồng chí tin tưởng, với truyền thống đoàn kết, Đảng bộ … sẽ sớm vượt qua khó khăn": a
    verb of belief before "sẽ" makes it what the speaker expects of others, a forecast."""
    for belief in cues().belief_words.finditer(text):
        if cues().belief_noun_heads.ends_with(text[: belief.start].rstrip()) is None:
            return cues().future_markers.search(text, belief.end) is not None
    return False


_HEADLINE_WORDS = 30  # a headline or a link is shorter; a crawl drops the stop of a paragraph's last sentence


def _headline_sized(text: str) -> bool:
    """A line without its final stop may be a headline or a link only when it is as short as
    one and lists nothing (";"): a long sentence is the end of a paragraph whose stop was lost."""
    return ";" not in text and len(text.split()) <= _HEADLINE_WORDS
