"""Rule degree_names (people9): a degree before a name ("PGS.TS Trần Văn Bình", "TS. Lê Thị Cúc",
"Thạc sĩ …") is part of the name line, not a position: it stays in the name and is no title; a
military rank ("Đại tá …") stays the first title. Sentences written for the test: they show the
rule works, not that it generalizes."""

from __future__ import annotations

from dvtool.extract.people import parse_person


def test_a_degree_stays_in_the_name_and_is_no_title() -> None:
    person = parse_person("PGS.TS. Trần Văn Bình, Phó Giám đốc Học viện")
    assert person is not None
    assert (person.name, person.titles) == ("PGS.TS. Trần Văn Bình", ("Phó Giám đốc Học viện",))


def test_a_spelled_degree_stays_in_the_name() -> None:
    person = parse_person("Thạc sĩ Lê Thị Cúc - Trưởng khoa Ngân hàng")
    assert person is not None
    assert (person.name, person.titles) == ("Thạc sĩ Lê Thị Cúc", ("Trưởng khoa Ngân hàng",))


def test_a_military_rank_stays_a_title() -> None:
    person = parse_person("Đại tá Nguyễn Văn Dũng, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh")
    assert person is not None
    assert (person.name, person.titles) == (
        "Nguyễn Văn Dũng",
        ("Đại tá", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"),
    )
