"""Gifts handed over at the event a news item reports: "Tại buổi lễ, Phó Chủ tịch nước đã trao
200 triệu đồng của Quỹ Bảo trợ trẻ em", "Dịp này, Ủy ban MTTQ tỉnh tặng 30 suất quà cho các
hộ …". The money or the gifts are the event itself, no result of a period under review (GOLD.md:
"a gift, not listed"); the gifts a body handed out over a period ("6 tháng đầu năm, Hội đã trao
tặng 2.500 suất quà") and those it mobilised or gave with others ("vận động ông … trao tặng 50
phần quà", "phối hợp với … đã tặng 1.575 xuất quà") stay
figures. A body's gifts with no occasion named ("Hội trao tặng 60 phần quà cho hội viên") stay too. Rule
event_gifts (fig9)."""

from __future__ import annotations

import re

from dvtool.extract.cues import cues, has_diacritics
from dvtool.extract.figure_units import listed

_REACH = 300  # characters before the number where its sentence may open
_SENTENCE_END = re.compile(r"[.!?]\s")


def handed_at_event(text: str, start: int, unit: str | None) -> bool:
    """True when the number at ``start`` (its prefix included) with ``unit`` counts money or
    gifts that a verb of handing over (``figure_gift_verbs``) gives right before it, in a
    sentence that names no period (``figure_period_words``) and mobilised or joined in nothing
    before the number (``figure_mobilise_words``)."""
    if not unit:
        return False
    accented = has_diacritics(text)
    first = unit.split(" ", 1)[0]
    money = listed("figure_money_scales", first, accented=accented) or listed(
        "figure_currencies", first, accented=accented
    )
    if not money and not listed("figure_gift_nouns", first, accented=accented):
        return False  # looked up as words first: most figures count neither (no pattern compiled)
    words = cues()
    head = text[max(0, start - _REACH) : start].rstrip()
    if words.figure_gift_verbs.ends_with(head) is None:
        return False
    opened = [m.end() for m in _SENTENCE_END.finditer(head)]
    sentence_head = head[opened[-1] :] if opened else head
    if not words.figure_gift_occasions.contains(sentence_head):
        return False  # "Hội trao tặng 60 phần quà cho hội viên": the body's own work, kept
    if words.figure_mobilise_words.contains(sentence_head):
        return False
    close = _SENTENCE_END.search(text, start)
    sentence = sentence_head + text[start : close.start() if close else len(text)]
    return not words.figure_period_words.contains(sentence)
