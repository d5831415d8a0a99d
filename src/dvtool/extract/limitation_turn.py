"""Where a paragraph that a contrast turned to the shortcomings ("Tuy nhiên, … còn …") turns
back: a later sentence of it that states no shortcoming at all, or gives a direction before the
first word that could state one ("Phó Thủ tướng giao UBND … xử lý triệt để những bất cập …",
"Bộ Công an chỉ đạo các lực lượng … tăng cường tuần tra …"), is read as the results and
directions are, not as one more limitation. Rule unmarked_after_contrast (lim10). Every phrase
comes from ``cues.yaml``."""

from __future__ import annotations

from dvtool.extract.cues import cues


def leaves_shortcomings(text: str) -> bool:
    """True when ``text`` has no shortcoming or predicate marker, or a direction verb (not one that reports a
    statement: "lưu ý, …"), an imperative opener or a remedy reported ("đã được khắc phục") comes
    before the first one."""
    words = (cues().shortcoming_markers, cues().predicate_markers, cues().criticism_verbs)
    found = [m for m in (w.search(text) for w in words) if m is not None]
    if not found:
        return True  # "vẫn diễn ra nhiều" (a predicate marker) goes on stating one
    marker = min(found, key=lambda m: m.start)
    head = text[: marker.start]
    if cues().imperative_openers.at_start(text) is not None or cues().remedied_reports.contains(head):
        return True  # "Tuy nhiên, các sự cố trên đã được khắc phục kịp thời, không mất dịch vụ"
    return any(head[v.end : v.end + 1] != "," for v in cues().direction_verbs.finditer(head))
