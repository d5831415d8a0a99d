"""Rule repeated-counted-award (round 7): an award said again with the same giver and counts (the
lead, then the list of its recipients) is one award; the same counts from another giver are two.
Sentences written for the test: they show the rule works, not that it generalizes."""

from __future__ import annotations

from dvtool.extract.award_counts import counted_or_unique
from dvtool.model import Award


def test_the_same_award_said_twice_is_one() -> None:
    awards = [
        Award("Bằng khen", "Bộ trưởng Bộ Tài chính", 0, 3, (), None),
        Award("Bằng khen", "Bộ trưởng Bộ Tài chính", 0, 3, ("Nguyễn Văn A", "Trần Văn B", "Lê Văn C"), None),
    ]
    assert counted_or_unique(awards) == [0]


def test_the_same_counts_from_two_givers_are_two_awards() -> None:
    awards = [
        Award("Bằng khen", "UBND tỉnh", 0, 60, (), None),
        Award("Bằng khen", "Ủy ban MTTQ tỉnh", 0, 60, (), None),
    ]
    assert counted_or_unique(awards) == [0, 1]


def test_a_counted_khen_thuong_that_sums_up_the_awards_after_it() -> None:
    awards = [
        Award("Khen thưởng", None, 0, 80, (), None),
        Award("Bằng khen", "UBND tỉnh", 0, 20, (), None),
        Award("Bằng khen", "Liên đoàn Lao động tỉnh", 0, 60, (), None),
    ]
    assert counted_or_unique(awards) == [1, 2]


def test_a_counted_khen_thuong_of_its_own_stays() -> None:
    awards = [
        Award("Khen thưởng", None, 3, 6, (), None),
        Award("Bằng khen", "UBND tỉnh", 0, 20, (), None),
        Award("Giấy khen", "Sở Y tế", 0, 60, (), None),
    ]
    assert counted_or_unique(awards) == [0, 1, 2]
