"""A sentence that expresses a feeling: thanks, congratulation, joy ("Thay mặt lãnh đạo UBND
TP, ông … cảm ơn sự quan tâm, chỉ đạo kịp thời của Bộ Y tế", "Chúc mừng tổ chức Đảng của Hợp
tác xã: …", "Tại đây, đồng chí … bày tỏ vui mừng khi …"). Read among the tasks it would be one
of them; it asks nothing. Every phrase comes from ``cues.yaml``."""

from __future__ import annotations

from dvtool.extract.cues import cues
from dvtool.extract.directions import names_direction
from dvtool.extract.needs import states_need


def expresses(piece: str) -> bool:
    """A verb of thanks, congratulation or joy (``expressive_verbs``) with nothing to do before
    it (a verb of doing, a modal of need, a direction verb) and no direction or need after it."""
    verb = cues().expressive_verbs.search(piece)
    if verb is None:
        return False
    before, after = piece[: verb.start], piece[verb.end :]
    asks = names_direction(after) or states_need(after) is not None  # not "sự quan tâm, chỉ đạo", "Trí Phải"
    does_before = (
        cues().task_verbs.contains(before)
        or cues().need_modals.contains(before)
        or cues().direction_verbs.contains(before)
    )
    return not asks and not does_before
