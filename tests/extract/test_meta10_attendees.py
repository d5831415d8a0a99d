"""Rules of round 10 for the attendees of a news item: the crowd after the named groups is a group of
its own (crowd-group); "với sự góp mặt của", "với sự tham gia của" name the ones taking part
(taking-part). Sentences written for the test: they show the rules work, not that they generalize."""

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


def test_the_ones_taking_part_attend() -> None:
    lead = "Sáng 1/11, dòng họ Trịnh tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030"
    assert _attendees(f"{lead} với sự góp mặt của đông đảo con cháu dòng tộc trên địa bàn xã.")[-1:] == [
        "Đông đảo con cháu dòng tộc trên địa bàn xã"
    ]
    assert _attendees(f"{lead} với sự tham gia của 80 đại biểu đại diện hơn 400 đoàn viên.")[-1:] == [
        "80 đại biểu đại diện hơn 400 đoàn viên"
    ]
