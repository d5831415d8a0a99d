"""A sentence that opens with its scope and then says what to do ("Trong công tác giải phóng mặt
bằng, tập trung cao khu tái định cư, …", "Trong tháng 3, phê duyệt phương án …"): right after a
direction it goes on with it, as a subjectless verb-led sentence does. The scope words are in
``cues.yaml`` (``scope_openers``)."""

from __future__ import annotations

from dvtool.extract.cues import cues
from dvtool.extract.tense import WORDS, reports_in

SCOPE_REACH = 10  # words of the scope before its comma


def opens_with_scope_then_work(sentence: str) -> bool:
    """The sentence opens with a short scope closed by a comma, then a verb of doing (or of
    approving, issuing: ``scoped_work_verbs``), and reports nothing done ("Trong năm 2023, toàn
    huyện đã …" is a result)."""
    opener = cues().scope_openers.at_start(sentence)
    if opener is None:
        return False
    comma = sentence.find(",", opener.end)
    if comma < 0 or len(WORDS.findall(sentence[:comma])) > SCOPE_REACH:
        return False
    rest = sentence[comma + 1 :].lstrip()
    verb = cues().task_verbs.at_start(rest) or cues().scoped_work_verbs.at_start(rest)
    return verb is not None and not reports_in(rest)
