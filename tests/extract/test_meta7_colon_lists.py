"""Rule colon-lists (round 7): inside an attendance list, the bodies a group head lists after a
colon ("…; đại diện lãnh đạo: Ủy ban nhân dân huyện, Tòa án nhân dân, …") are one entry each; a
head that names bodies itself ("Đại diện Lãnh đạo các Sở: Công Thương, Tài chính") and a list of
people ("Các đồng chí: …") stay as they were. Sentences written for the test: they show the rule
works, not that it generalizes."""

from __future__ import annotations

from dvtool.extract import extract_text


def _attendees(sentence: str) -> list[str]:
    lead = "Sáng 10/6/2023, Thường trực HĐND huyện họp phiên thường kỳ tháng 6."
    text = f"Thường trực HĐND huyện họp\n\n{lead} {sentence}\n\nThu Hà\n"
    return [a.name for a in extract_text(text, "a.txt").value.attendees]


def test_the_bodies_after_a_bare_group_head() -> None:
    found = _attendees(
        "Tham dự có các Phó Chủ tịch HĐND huyện; đại diện lãnh đạo: Ủy ban nhân dân huyện,"
        " Tòa án nhân dân, Công an huyện."
    )
    assert found == [
        "Các Phó Chủ tịch HĐND huyện",
        "Đại diện lãnh đạo Ủy ban nhân dân huyện",
        "Tòa án nhân dân",
        "Công an huyện",
    ]


def test_a_head_that_only_announces_the_list_is_left_out() -> None:
    found = _attendees(
        "Tham dự có Đại diện Lãnh đạo các cơ quan sau: Ban CHQS huyện, Hội Cựu chiến binh huyện;"
        " Lãnh đạo UBND các xã."
    )
    assert found == ["Ban CHQS huyện", "Hội Cựu chiến binh huyện", "Lãnh đạo UBND các xã"]
