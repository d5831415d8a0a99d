"""Rule khen-tang (round 7): "khen tặng" (to commend with an award) is said like "khen thưởng".
Sentences written for the test: they show the rule works, not that it generalizes."""

from __future__ import annotations

from dvtool.extract.awards import parse_awards


def test_khen_tang_counts_its_recipients_as_khen_thuong_does() -> None:
    found = parse_awards("UBND tỉnh khen tặng 5 tập thể, 6 cá nhân có thành tích xuất sắc.")
    assert [(a.award, a.collectives, a.individuals) for a in found] == [("Khen tặng", 5, 6)]
    same = parse_awards("UBND tỉnh khen thưởng 5 tập thể, 6 cá nhân có thành tích xuất sắc.")
    assert [a.giver for a in found] == [a.giver for a in same]
