"""Rule collective-groups (round 7): groups and cooperatives counted among an award's recipients
("08 nhóm tác giả", "3 hợp tác xã") are collectives. Sentences written for the test: they
show the rule works, not that it generalizes."""

from __future__ import annotations

from dvtool.extract.awards import parse_awards


def test_groups_and_cooperatives_are_collectives() -> None:
    found = parse_awards("Trường khen thưởng 06 cá nhân giảng viên, 08 nhóm tác giả có thành tích xuất sắc.")
    assert [(a.collectives, a.individuals) for a in found] == [(8, 6)]
    found = parse_awards("Liên minh HTX tỉnh tặng Bằng khen cho 3 hợp tác xã nông nghiệp.")
    assert [(a.collectives, a.individuals) for a in found] == [(3, 0)]


def test_schools_villages_and_clubs_are_collectives() -> None:
    found = parse_awards("UBND huyện tặng giấy khen cho 5 trường, 3 thôn và 2 câu lạc bộ.")
    assert [(a.collectives, a.individuals) for a in found] == [(10, 0)]
