"""Rule counted-awards (round 7): the number of awards right before the award's name counts its
recipients ("tặng 229 Kỷ niệm chương …", "tặng 45 Cờ thi đua … cho các cơ quan, đơn vị"), of the
kind the recipients' noun names, else of the kind the award goes to. Sentences written for the
test: they show the rule works, not that it generalizes."""

from __future__ import annotations

from dvtool.extract.awards import parse_awards


def _counts(sentence: str) -> list[tuple[str, int, int]]:
    return [(a.award, a.collectives, a.individuals) for a in parse_awards(sentence)]


def test_a_number_of_medals_counts_individuals() -> None:
    assert _counts("Bộ Y tế tặng 120 Kỷ niệm chương “Vì sức khỏe nhân dân”.") == [
        ("Kỷ niệm chương “Vì sức khỏe nhân dân”", 0, 120)
    ]


def test_a_number_of_flags_for_bodies_counts_collectives() -> None:
    found = _counts("UBND tỉnh tặng 12 Cờ thi đua cho các cơ quan, đơn vị dẫn đầu phong trào thi đua.")
    assert found[0][1:] == (12, 0)


def test_a_number_of_awards_of_unknown_kind_counts_nothing() -> None:
    assert _counts("UBND tỉnh tặng 5 Bằng khen cho các tập thể, cá nhân.") in ([], [("Bằng khen", 0, 0)])
