"""Round 11: a list of bodies after "như:" ("Sở Công Thương, Sở Kế hoạch- Đầu tư, Ban Quản lý Khu
kinh tế Vân Phong, Cục Thuế Khánh Hòa") is one attendee per body, not a person ("Sở Công
Thương") with the others as titles; a body's name typed with a dash is no person's dash. A
person whose family name is also a body's head word ("Đoàn Văn Thắng") is still a person.
Sentences written for the test: they show the rule works, not that it generalizes (on dev it
moved 398, attendees +0.41, and nothing else)."""

from __future__ import annotations

from dvtool.extract.group_commas import full_name
from dvtool.extract.people import attendance_entries


def test_a_list_of_bodies_is_one_attendee_per_body() -> None:
    entries = attendance_entries(
        "đại diện các sở ban ngành như: Sở Công Thương, Sở Kế hoạch- Đầu tư, Ban Quản lý Khu kinh tế"
        " Vân Phong, Cục Thuế Khánh Hòa"
    )
    assert [(name, kind) for name, kind, _ in entries] == [
        ("Sở Công Thương", "organization"),
        ("Sở Kế hoạch- Đầu tư", "organization"),
        ("Ban Quản lý Khu kinh tế Vân Phong", "organization"),
        ("Cục Thuế Khánh Hòa", "organization"),
    ]


def test_a_body_written_like_a_name_is_no_full_name() -> None:
    assert not full_name("Sở Công Thương")
    assert not full_name("Cục Thuế Khánh Hòa")
    assert full_name("Đoàn Văn Thắng")
    assert full_name("Nguyễn Văn An")


def test_a_person_with_titles_is_still_one_person() -> None:
    entries = attendance_entries("đồng chí Đoàn Văn Thắng, Huyện ủy viên, Chủ tịch Hội Nông dân huyện")
    assert entries[0][0] == "Đoàn Văn Thắng" and entries[0][1] == "person"


def test_the_name_after_a_title_ending_in_a_place_starts_at_the_family_name() -> None:
    from dvtool.extract.person_names import parse_person

    person = parse_person("Chủ tịch UBND thành phố Hà Nội Nguyễn Thế Thảo")
    assert person is not None
    assert (person.name, person.titles) == ("Nguyễn Thế Thảo", ("Chủ tịch UBND thành phố Hà Nội",))
    four = parse_person("Phó Chủ tịch UBND tỉnh Trần Thị Thu Hà")
    assert four is not None and four.name == "Trần Thị Thu Hà"
