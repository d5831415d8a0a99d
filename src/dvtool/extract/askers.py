"""Who asks: a request verb whose subject asks for itself directs no one.

"Đối tượng là nam thanh niên …, dùng một vật giống súng đe doạ các nhân viên và yêu cầu lấy
tiền …" reports what a robber demanded; "Nhiều hộ dân đề nghị chính quyền …" what citizens asked
for. Neither is a leader or a body giving a direction, so neither gives a task. The subject is
read from the comma parts of the clause before the verb, the last one that opens with someone.
"""

from __future__ import annotations

from dvtool.extract.cues import cues

_SUBJECT_WORDS = 3  # words at the start of a comma part in which its subject is named
_TITLE_WORDS = 5  # words at its start in which a leader's title names the giver ("Phó Tổng cục trưởng")


def asked_by_others(before: str) -> bool:
    """The clause before a request verb names, as its subject, an offender or a member of the
    public ("Đối tượng …, … và yêu cầu", "Người dân đề nghị"), and no leader or body after them
    ("Thay mặt bà con, đồng chí Chủ tịch xã đề nghị …" is a direction)."""
    clause = before[before.rfind(";") + 1 :]
    for part in reversed(clause.split(",")):
        part = part.strip()
        if _public_head(part):
            return True  # "Một số doanh nghiệp …", "Đại diện người dân …", "Nhiều ý kiến cử tri …"
        if _names_giver(part):
            return False
    return False


def _public_head(part: str) -> bool:
    """The part opens with the public or an offender, after the words that only count or stand
    for them ("một số", "nhiều", "các", "đại diện", "ý kiến của"): "Đại diện UBND xã" is a body."""
    while (lead := cues().public_subject_leads.at_start(part)) is not None:
        part = part[lead.end :].lstrip(" ,")
    return cues().asking_subjects.contains(" ".join(part.split()[:_SUBJECT_WORDS]))


def _names_giver(part: str) -> bool:
    """A leader or a body opens the part: "đồng chí …", "Phó Tổng cục trưởng …" (a title among its
    first words), "UBND huyện …"."""
    head = " ".join(part.split()[:_TITLE_WORDS])
    return (
        cues().honorifics.contains(head)
        or cues().speaker_titles.contains(head)
        or cues().org_heads.at_start(part) is not None
        or cues().group_heads.at_start(part) is not None
    )
