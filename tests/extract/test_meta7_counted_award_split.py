"""Rule counted-award-split (round 7): "… hạng Nhì cho 1 cá nhân và 2 Huân chương … hạng Ba cho 2
cá nhân": a number of awards before the next award's name still splits the clause. Sentences
written for the test: they show the rule works, not that it generalizes."""

from __future__ import annotations

from dvtool.extract.awards import parse_awards


def test_a_count_of_awards_before_the_next_award_name() -> None:
    sentence = (
        "Bộ CHQS tỉnh đã trao Huân chương Chiến công hạng Nhì cho 1 cá nhân và 3 Huân chương"
        " Chiến công hạng Ba cho 3 cá nhân."
    )
    found = [(a.award, a.individuals) for a in parse_awards(sentence)]
    assert found == [("Huân chương Chiến công hạng Nhì", 1), ("Huân chương Chiến công hạng Ba", 3)]


def test_one_award_phrase_with_a_number_inside_stays_one() -> None:
    found = parse_awards("UBND tỉnh tặng Cờ thi đua và Bằng khen cho 2 tập thể.")
    assert [(a.award, a.collectives) for a in found] == [("Cờ thi đua", 2)]
