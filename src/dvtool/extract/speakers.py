"""The speaker of a remark that names none ("Đồng chí đề nghị, …"): the one a paragraph just
before named, as a remark or among the results ("Hội nghị được nghe đồng chí A – Bí thư Đảng ủy
phát biểu, …")."""

from __future__ import annotations

from dvtool.extract.cues import cues
from dvtool.extract.people import find_speaker
from dvtool.extract.state import _State

RESULTS_BACK = 2  # the paragraph before, and one more between ("BTTMTTQ xã thời gian qua đã …")


def carried_speaker(text: str, st: _State) -> str | None:
    """The speaker a remark opening with a bare honorific ("Đồng chí yêu cầu …") goes on from:
    the last remark's, else the one the last results name with a verb of speech."""
    if cues().remark_continuations.at_start(text) is None:
        return None
    if st.remarks:
        return st.remarks[-1].speaker  # "Đồng chí yêu cầu …" after a caption: the same speaker
    for item in reversed(st.items["results"][-RESULTS_BACK:]):
        if cues().speech_verbs.contains(item.text):
            speaker = find_speaker(item.text)
            if speaker is not None:
                return speaker
    return None
