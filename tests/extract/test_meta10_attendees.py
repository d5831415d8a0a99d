"""Rules of round 10 for the attendees of a news item: the crowd after the named groups is a
group of its own (crowd-group). Sentences written for the test: they show the rules work, not
that they generalize."""

from __future__ import annotations

from dvtool.extract import extract_text


def _attendees(sentence: str) -> list[str]:
    text = (
        "Phường Tân Phú ra mắt mô hình dân vận khéo\n\n"
        f"Sáng 8/1/2025, UBND phường Tân Phú ra mắt mô hình dân vận khéo. {sentence}\n\nThu Hà\n"
    )
    return [a.name for a in extract_text(text, "a.txt").value.attendees]


def test_the_crowd_after_a_group_is_a_group_of_its_own() -> None:
    assert _attendees("Tham dự có đại diện lãnh đạo các sở, ngành và đông đảo nhân dân khu phố.") == [
        "Đại diện lãnh đạo các sở, ngành",
        "Đông đảo nhân dân khu phố",
    ]
    assert _attendees("Tham dự có lãnh đạo liên ngành cùng đông đảo đoàn viên thanh niên.") == [
        "Lãnh đạo liên ngành",
        "Đông đảo đoàn viên thanh niên",
    ]
