"""The shortcomings a sentence lists after naming them and saying what they are about: "Các ý
kiến vướng mắc của doanh nghiệp chủ yếu về khai báo thủ tục hải quan điện tử, áp dụng mã loại
hình, phụ lục tờ khai", "… phân tích làm rõ những kết quả … cũng như những hạn chế trong thực
hiện Quy chế như: công tác tuyên truyền; bảo đảm trang thiết bị; rà phá bom mìn". Each listed
element is one limitation (GOLD.md: one item per shortcoming), the first with the words that
name them. Rule focused_shortcomings (lim12); every phrase comes from ``cues.yaml``."""

from __future__ import annotations

from dvtool.extract._text import split_top_level
from dvtool.extract.cues import CueMatch, cues

_MAX_GAP_WORDS = 8  # "hạn chế trong thực hiện Quy chế phối hợp 870 như:": the name's qualifier
_MIN_ELEMENTS = 2


def focused_shortcomings(text: str) -> list[str]:
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
            parts = [p.strip() for p in split_top_level(listed, ",")]
        parts = [p for p in parts if p]
        if len(parts) < _MIN_ELEMENTS:
            return []
        meta = c.limitation_meta.search(text[: name.start])
        head = text[name.start if meta is not None else 0 : focus.end].rstrip()
        return [f"{head} {parts[0]}", *parts[1:]]
    return []


def _focus_after(text: str, name: CueMatch) -> CueMatch | None:
    """The focus word that follows the name within a few words and in the same clause."""
    focus = cues().shortcoming_focus.search(text, name.end)
    if focus is None:
        return None
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
