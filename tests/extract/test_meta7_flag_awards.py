"""Rule flag-awards (round 7): a flag named by what it honours ("cờ dẫn đầu phong trào thi đua",
"Cờ thi đua vững mạnh xuất sắc toàn diện") is one award, its lower-case words part of its name,
and "Riêng X" names the recipient X. Sentences written for the test: they show the rule works,
not that it generalizes."""

from __future__ import annotations

from dvtool.extract.awards import parse_awards


def _awards(sentence: str) -> list[tuple[str, str | None, int, int]]:
    return [(a.award, a.giver, a.collectives, a.individuals) for a in parse_awards(sentence)]


def test_a_flag_named_by_what_it_honours() -> None:
    found = _awards("Hội đồng Đội tỉnh trao cờ thi đua vững mạnh xuất sắc toàn diện cho 2 đơn vị.")
    assert found == [("Cờ thi đua vững mạnh xuất sắc toàn diện", "Hội đồng Đội tỉnh", 2, 0)]


def test_a_leading_flag_given_to_one_body_set_apart() -> None:
    sentence = (
        "Riêng Hội Nông dân huyện Tân Uyên đã được Ban Chấp hành Hội Nông dân tỉnh tặng cờ dẫn đầu"
        " phong trào thi đua."
    )
    found = _awards(sentence)
    assert [(a[0], a[2]) for a in found] == [("Cờ dẫn đầu phong trào thi đua", 1)]


def test_chess_is_no_flag() -> None:
    assert _awards("Câu lạc bộ tổ chức giải cờ tướng cho 120 hội viên.") == []
