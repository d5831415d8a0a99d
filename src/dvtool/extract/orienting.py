"""A leader who sets the work ahead without a verb of asking: "Thay mặt Ủy ban MTTQ tỉnh, đồng
chí … đã ghi nhận …, đồng thời định hướng nhiệm vụ, giải pháp trọng tâm công tác Mặt trận
trong thời gian tới …", "… các đồng chí Phó Viện trưởng … giải đáp …, đồng thời định hướng một
số giải pháp để các đơn vị thực hiện …". The verb (``orienting_verbs``) with the tasks or
solutions as its object (``oriented_objects``) is the direction, from the verb to the end of
the sentence; it needs its giver, a person named before it, and is not reported ("đã định
hướng"); a meeting that sets the work itself ("Hội nghị … định hướng nhiệm vụ năm 2026") names
its purpose, no direction; nor is the noun ("đưa ra các định hướng, giải pháp …"). Every
phrase comes from ``cues.yaml``.
"""

from __future__ import annotations

from dvtool.extract.cues import cues
from dvtool.extract.tense import reports_in

_BLOCK_WINDOW = 3  # words before the verb in which "đã", "được" … make it a report


def oriented(sentence: str) -> list[str]:
    """The direction a leader sets with an orienting verb, as one task; [] when none."""
    for verb in cues().orienting_verbs.finditer(sentence):
        before, after = sentence[: verb.start], sentence[verb.end :]
        if not after[1:2].isalpha() or cues().oriented_objects.at_start(after.lstrip()) is None:
            continue  # "định hướng, giải pháp …": a noun in a list
        if cues().object_list_heads.ends_with(before.rstrip()) is not None:
            continue  # "đưa ra các định hướng …": a noun
        if reports_in(before, last=_BLOCK_WINDOW):
            continue
        if cues().honorifics.contains(before) or cues().speaker_titles.contains(before):
            return [sentence[verb.start :].strip().rstrip(" .;")]
    return []
