"""Directions a speaker lists after a colon with no verb of asking: "Phó Thủ tướng … kết luận
hội nghị nhấn mạnh: Tiếp tục khẩn trương khắc phục …; tập trung …; đẩy nhanh …"."""

from __future__ import annotations

from dvtool.extract.cues import cues


def stressed_list(sentence: str) -> str:
    """The text after "<speech verb>:" when it opens with a verb of doing ("Tiếp tục …",
    "Tập trung …", "Đẩy nhanh …"), the directions the speaker stresses; "" otherwise ("nhấn
    mạnh: Năm qua, …" reports)."""
    colon = sentence.find(":")
    if colon < 0:
        return ""
    head = sentence[:colon].rstrip(" ,")
    if cues().speech_verbs.ends_with(head) is None:
        return ""
    rest = sentence[colon + 1 :].strip()
    opens = cues().task_verbs.at_start(rest) or cues().imperative_openers.at_start(rest)
    return rest if opens is not None else ""
