"""An award named in one place and counted in another: "Lãnh đạo Hội Nông dân huyện trao Giấy
khen cho 2 tập thể" (a caption) and "Nhân dịp này, đã có 2 tập thể và 6 cá nhân được khen
thưởng …" (a sentence that counts, naming no form of award) are one award, the Giấy khen for 2
collectives and 6 individuals; and the awards a text tells twice or sums up, dropped
(:func:`counted_or_unique`). Every phrase comes from ``cues.yaml``."""

from __future__ import annotations

from dataclasses import replace

from dvtool.extract.cues import cues
from dvtool.model import Award
from dvtool.vntext import fold


def named_generic_counts(awards: list[Award]) -> tuple[list[Award], set[int]]:
    """The awards with the counts of the only counted "khen thưởng" (no form of award) given to
    the one form of award the text names, when every mention of that form counts a part of it
    (:func:`_part_of`); and the indexes of the mentions this makes redundant (the "khen thưởng" and the other
    mentions of the form). Unchanged, and no index, otherwise."""
    generic_names = set(cues().generic_award_names.folded)
    generic = [i for i, a in enumerate(awards) if fold(a.award) in generic_names and _counted(a)]
    named = [i for i, a in enumerate(awards) if fold(a.award) not in generic_names]
    if len(generic) != 1 or not named or len({fold(awards[i].award) for i in named}) != 1:
        return awards, set()
    total = awards[generic[0]]
    if any(not _part_of(awards[i], total) for i in named):
        return awards, set()
    first = named[0]
    merged = list(awards)
    merged[first] = replace(
        awards[first],
        giver=awards[first].giver or total.giver,
        collectives=total.collectives,
        individuals=total.individuals,
        recipients=awards[first].recipients or total.recipients,
        reason=awards[first].reason or total.reason,
    )
    return merged, {generic[0], *named[1:]}


def _counted(award: Award) -> bool:
    return bool(award.collectives or award.individuals)


def _part_of(part: Award, total: Award) -> bool:
    """ "Giấy khen cho 2 tập thể" of "2 tập thể và 6 cá nhân được khen thưởng": counts one kind
    of recipients as the total does and leaves the other uncounted. An uncounted mention may be
    another award ("trao giấy khen cho các tập thể, cá nhân …" beside "khen thưởng 7 tập thể, 11
    cá nhân" is one in some texts, two in others), and so may one whose counts differ."""
    kinds = ((part.collectives, total.collectives), (part.individuals, total.individuals))
    shared = [p for p, t in kinds if p and p == t]
    return len(shared) == 1 and all(p in (0, t) for p, t in kinds)


def counted_or_unique(awards: list[Award]) -> list[int]:
    """The indexes of the awards to keep: a caption "Huyện ủy tặng giấy khen tập thể và cá nhân
    …" names the award the text counts elsewhere ("… giấy khen cho 03 tập thể và 15 cá nhân"),
    so an uncounted mention of an award counted elsewhere is dropped; so is an uncounted
    "khen thưởng" (no form of award) beside counted awards or awards of a named form, and an
    uncounted award said again with the same reason; an award said again with the same giver
    and counts is one award."""
    generic = set(cues().generic_award_names.folded)
    counted = {fold(a.award) for a in awards if a.collectives or a.individuals}
    if counted or any(fold(a.award) not in generic for a in awards):
        # "… đã khen thưởng các tập thể, cá nhân …" sums up the counted awards, and "1.279 tổ
        # chức và cá nhân được các cấp khen thưởng, trong đó …" the awards of a named form
        counted |= generic
    kept: list[int] = []
    said: set[tuple[str, str]] = set()
    given: set[tuple[str, str, int, int]] = set()
    totals = _totals(awards)
    for i, a in enumerate(awards):
        if a.collectives or a.individuals:
            again = (fold(a.award), fold(a.giver or ""), a.collectives, a.individuals)
            # "… tặng Bằng khen cho 3 cá nhân …. 3 cá nhân được tặng Bằng khen gồm …": said again
            if again not in given and i not in totals:
                kept.append(i)
            given.add(again)
            continue
        if a.reason and (fold(a.award), fold(a.reason)) in said:
            continue  # the same uncounted award and reason again: a caption repeats the sentence
        if a.recipients or fold(a.award) not in counted:
            kept.append(i)
            if a.reason:
                said.add((fold(a.award), fold(a.reason)))
    return kept


def _totals(awards: list[Award]) -> set[int]:
    """ "80 cá nhân được xét chọn biểu dương, khen thưởng …. Trong số 80 cá nhân …, UBND tỉnh tặng
    bằng khen 20 cá nhân và LĐLĐ tặng bằng khen 60 cá nhân": a "khen thưởng" (no form of award)
    whose counts are the sum of the other awards' counts sums them up; its indexes."""
    generic = set(cues().generic_award_names.folded)
    out: set[int] = set()
    for i, a in enumerate(awards):
        others = [b for j, b in enumerate(awards) if j != i and fold(b.award) not in generic]
        if fold(a.award) not in generic or len(others) < 2 or not (a.collectives or a.individuals):
            continue
        summed = (sum(b.collectives for b in others), sum(b.individuals for b in others))
        if summed == (a.collectives, a.individuals):
            out.add(i)
    return out
