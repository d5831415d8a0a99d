"""An award named in one place and counted in another: "Lãnh đạo Hội Nông dân huyện trao Giấy
khen cho 2 tập thể" (a caption) and "Nhân dịp này, đã có 2 tập thể và 6 cá nhân được khen
thưởng …" (a sentence that counts, naming no form of award) are one award, the Giấy khen for 2
collectives and 6 individuals. Every phrase comes from ``cues.yaml``."""

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
