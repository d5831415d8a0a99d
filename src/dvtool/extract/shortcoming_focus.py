"""The shortcomings a sentence lists after naming them and saying what they are about: "Các ý
kiến vướng mắc của doanh nghiệp chủ yếu về khai báo thủ tục hải quan điện tử, áp dụng mã loại
hình, phụ lục tờ khai", "… phân tích làm rõ những kết quả … cũng như những hạn chế trong thực
hiện Quy chế như: công tác tuyên truyền; bảo đảm trang thiết bị; rà phá bom mìn". Each listed
element is one limitation (GOLD.md: one item per shortcoming), the first with the words that
name them. Rule focused_shortcomings (lim12); every phrase comes from ``cues.yaml``."""

from __future__ import annotations

from dvtool.extract._text import split_top_level
from dvtool.extract.cues import CueMatch, cues
from dvtool.extract.shortcomings import negated_clause, split_clauses, stated_phrase

_MAX_GAP_WORDS = 8  # "hạn chế trong thực hiện Quy chế phối hợp 870 như:": the name's qualifier
_MIN_ELEMENTS = 2


def focused_shortcomings(text: str) -> list[str]:
    """The shortcomings :func:`focused_list` or :func:`named_causes` read in ``text``."""
    return focused_list(text) or named_causes(text)


def named_causes(text: str) -> list[str]:
    """The causes of a shortcoming a sentence names after "nguyên nhân … là do", "… như" ("Nguyên
    nhân … chậm trễ, gặp nhiều khó khăn là do A; B; C", "có những nguyên nhân khách quan dẫn tới
    tình trạng trên, như A chưa …, B chưa …"): one per ";" part, else per clause with a subject
    of its own that states one (shortcomings.split_clauses: a sole cause stays whole, and so do its
    consequence and what it bears on, ", nên …", ", ảnh hưởng đến …"); none for the causes of
    results ("Nguyên nhân đạt được kết quả trên là do …"), which name no shortcoming before the
    link. Rule named_causes (lim12)."""
    c = cues()
    for head in c.cause_names.finditer(text):
        rest = text[head.end :]
        link = c.cause_links.search(rest)
        if link is None or _overcome_or_held(text, head) or c.limitation_meta.contains(text[: head.start]):
            continue
        between = rest[: link.start]
        if ";" in between or not (
            c.shortcoming_markers.contains(between) or c.cause_subjects.contains(between)
        ):
            continue
        listed = rest[link.end :].strip(" :,").rstrip(" .…")
        parts = [p.strip(" ,") for p in split_top_level(listed, ";") if p.strip(" ,")]
        if len(parts) >= _MIN_ELEMENTS:
            return [c for p in parts for c in split_clauses(p)]
        elements = split_clauses(listed)
        return elements if any(_states(p) for p in elements) else [listed] if listed else []
    return []


def focused_list(text: str) -> list[str]:
    """The elements listed after "<limitation name> [a few words] <focus word>" (``shortcoming_focus``:
    "chủ yếu về", "như:", "tập trung vào"), one per ";" part, or per "," part when there is no
    ";"; [] unless there are two or more, or when the names are what is overcome or helped
    ("tháo gỡ khó khăn, vướng mắc chủ yếu về …", "hộ khó khăn như: …")."""
    c = cues()
    for name in c.limitation_names.finditer(text):
        focus = _focus_after(text, name)
        if focus is None or _overcome_or_held(text, name):
            continue
        listed = text[focus.end :].strip(" :").rstrip(" .…")
        parts = [p.strip(" ,") for p in split_top_level(listed, ";")]
        if len(parts) < _MIN_ELEMENTS:
            parts = _comma_elements(listed)
        parts = [p for p in parts if p]
        if len(parts) < _MIN_ELEMENTS:
            return []
        before = text[: name.start]
        if c.shortcoming_markers.contains(before):
            return parts  # "… vẫn còn một số tồn tại, hạn chế như: A chưa cao, B còn chậm": the list only
        meta = c.limitation_meta.search(before)
        head = text[name.start if meta is not None else 0 : focus.end].rstrip()
        return [f"{head} {parts[0]}", *parts[1:]]
    return []


def _comma_elements(listed: str) -> list[str]:
    """The "," parts of a list: each one when none states a shortcoming (topics: "khai báo thủ tục
    hải quan, áp dụng mã loại hình"); else a part that states none goes on with the next one
    ("Chất lượng quy hoạch, kế hoạch sử dụng đất chưa cao"); a part opening with a qualifier or a
    cause ("nhất là …", "do …") goes on with the one before, and so do the parts after it that
    state nothing ("…, nhất là tại vùng sâu, vùng xa")."""
    parts = [p.strip() for p in split_top_level(listed, ",") if p.strip()]
    stating = [_states(p) for p in parts]
    if not any(stating):
        return parts
    merged: list[str] = []
    pending: list[str] = []
    going_on = False  # after "…, nhất là tại vùng sâu, vùng xa": the places qualify the one before
    for part, states in zip(parts, stating, strict=True):
        if merged and not pending and cues().clause_continuations.at_start(part) is not None:
            merged[-1], going_on = f"{merged[-1]}, {part}", True
            continue
        if going_on and not states:
            merged[-1] = f"{merged[-1]}, {part}"
            continue
        going_on = False
        pending.append(part)
        if states:
            merged.append(", ".join(pending))
            pending = []
    if pending and merged:
        merged[-1] = ", ".join([merged[-1], *pending])
    return merged


def _states(part: str) -> bool:
    c = cues()
    return (
        c.shortcoming_predicates.contains(part)
        or c.shortcoming_part_words.contains(part)
        or stated_phrase(part) is not None
        or negated_clause(part) is not None
    )


def _focus_after(text: str, name: CueMatch) -> CueMatch | None:
    """The focus word that follows the name within a few words and in the same clause: one of
    ``shortcoming_focus``, or an example word right before a colon ("như:")."""
    found = [cues().shortcoming_focus.search(text, name.end)]
    found += [e for e in cues().example_words.finditer(text) if text[e.end : e.end + 1] == ":"]
    following = [f for f in found if f is not None and f.start >= name.end]
    if not following:
        return None
    focus = min(following, key=lambda f: f.start)
    between = text[name.end : focus.start]
    if any(ch in between for ch in ",;.:") or len(between.split()) > _MAX_GAP_WORDS:
        return None
    return focus


def _overcome_or_held(text: str, name: CueMatch) -> bool:
    """The names are what is overcome ("tháo gỡ …"), asked for ("cần …", "đề nghị …") or who is
    helped ("hộ khó khăn"), not shortcomings stated."""
    c = cues()
    before = text[: name.start]
    clause = before[before.rfind(";") + 1 :]
    return (
        c.overcoming_verbs.contains(clause)
        or c.task_modals.contains(clause)
        or c.direction_verbs.contains(clause)
        or c.help_verbs.contains(clause)
        or c.hardship_holders.ends_with(before.rstrip()) is not None
    )
