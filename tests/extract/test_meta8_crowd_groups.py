"""Rule crowd-group (round 8): in an attendance list, a crowd after "và" or "cùng" ("đông đảo
nhân dân") is a group of its own. Sentences written for the test: it shows the rule works, not
that it generalizes."""

from __future__ import annotations

from dvtool.extract.people import attendance_entries


def _names(text: str) -> list[str]:
    return [entry[0] for entry in attendance_entries(text)]


def test_a_crowd_after_and_is_a_group_of_its_own() -> None:
    assert _names("đại diện lãnh đạo phường và đông đảo nhân dân tổ dân phố") == [
        "Đại diện lãnh đạo phường",
        "Đông đảo nhân dân tổ dân phố",
    ]


def test_a_crowd_after_with_is_a_group_of_its_own() -> None:
    assert _names("các ban, ngành của huyện cùng đông đảo đoàn viên, thanh niên") == [
        "Các ban, ngành của huyện",
        "Đông đảo đoàn viên, thanh niên",
    ]


def test_without_a_crowd_word_the_people_stay_with_the_group() -> None:
    assert _names("lãnh đạo phường và nhân dân tổ dân phố") == ["Lãnh đạo phường và nhân dân tổ dân phố"]
