"""Rule named-people (round 7): named people an award is given to, with no count ("cho đồng chí
A", "cho mẹ B và mẹ C"), are each one individual; a pronoun alone ("Ông được … tặng Bằng khen") is
no one named. Sentences written for the test: they show the rule works, not that it generalizes."""

from __future__ import annotations

from dvtool.extract.awards import parse_awards


def _counts(sentence: str) -> list[tuple[int, int]]:
    return [(a.collectives, a.individuals) for a in parse_awards(sentence)]


def test_named_people_are_counted() -> None:
    assert _counts("Chủ tịch nước trao Huân chương Lao động hạng Ba cho đồng chí Trần Văn Bình.") == [(0, 1)]
    sentence = "Huyện trao danh hiệu “Bà mẹ Việt Nam Anh hùng” cho mẹ Lê Thị Tư và mẹ Hoàng Thị Năm."
    assert _counts(sentence) == [(0, 2)]


def test_a_pronoun_is_no_named_person() -> None:
    assert _counts("Ông được Thủ tướng Chính phủ tặng Bằng khen và trở thành tấm gương tiêu biểu.") in (
        [],
        [(0, 0)],
    )
