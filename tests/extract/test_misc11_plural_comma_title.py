"""Rule plural-comma-title (misc11): "các đồng chí A, B, Phó Trưởng Ban …" (a list of full names,
then one title after a comma) names one attendee per name, each with the title written once; the
same list chairs when a chair cue leads it. Sentences written for these tests: they show the rule
works on them, not that it generalizes (tests/eval measures that)."""

from __future__ import annotations

from dvtool.extract import extract_text
from dvtool.extract.people import attendance_entries

HEAD = "Sơ kết công tác dân vận 6 tháng đầu năm 2024\n\n"
LEAD = "Sáng 10/7, Ban Dân vận Tỉnh ủy tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2024. "
TITLE = "Phó Trưởng Ban Dân vận Tỉnh ủy"


def _read(sentence: str) -> tuple[list[tuple[str, str, list[str]]], list[tuple[str, list[str]]]]:
    report = extract_text(HEAD + LEAD + sentence + "\n\nThu Hà\n", "a.txt").value
    attendees = [(a.name, a.kind, list(a.titles)) for a in report.attendees]
    return attendees, [(c.name, list(c.titles)) for c in report.chairs]


def test_names_then_one_title_after_a_comma_are_attendees_sharing_it() -> None:
    attendees, _ = _read(f"Tham dự hội nghị có các đồng chí Nguyễn Văn An, Trần Thị Bình, {TITLE}.")
    assert attendees == [
        ("Nguyễn Văn An", "person", [TITLE]),
        ("Trần Thị Bình", "person", [TITLE]),
    ]


def test_the_shared_title_stops_before_a_group_after_and() -> None:
    attendees, _ = _read(
        f"Dự hội nghị có các đồng chí Nguyễn Văn An, Trần Thị Bình, Lê Văn Cường, {TITLE} và"
        " đại diện lãnh đạo các sở, ngành."
    )
    assert attendees == [
        ("Nguyễn Văn An", "person", [TITLE]),
        ("Trần Thị Bình", "person", [TITLE]),
        ("Lê Văn Cường", "person", [TITLE]),
        ("Đại diện lãnh đạo các sở, ngành", "group", []),
    ]


def test_a_subject_list_that_attends_names_each_person() -> None:
    attendees, _ = _read(f"Các đồng chí Nguyễn Văn An, Trần Thị Bình, {TITLE} dự và phát biểu tại hội nghị.")
    assert attendees == [("Nguyễn Văn An", "person", [TITLE]), ("Trần Thị Bình", "person", [TITLE])]


def test_a_chaired_list_reads_no_name_as_a_title() -> None:
    _, chairs = _read(f"Hội nghị do các đồng chí Nguyễn Văn An, Trần Thị Bình, {TITLE} chủ trì.")
    assert chairs == [("Nguyễn Văn An", [TITLE]), ("Trần Thị Bình", [TITLE])]


def test_plural_comrades_each_with_a_title_after_semicolons_are_people() -> None:
    entries = attendance_entries(f"các đồng chí Nguyễn Văn An, Phó Bí thư Tỉnh ủy; Trần Thị Bình, {TITLE}")
    assert entries == [
        ("Nguyễn Văn An", "person", ("Phó Bí thư Tỉnh ủy",)),
        ("Trần Thị Bình", "person", (TITLE,)),
    ]


def test_a_list_where_each_person_has_a_title_is_not_read_as_shared() -> None:
    entries = attendance_entries(
        "các đồng chí Nguyễn Văn An, Trần Thị Bình, Phó Bí thư Tỉnh ủy, Lê Văn Cường, Phó Trưởng Ban"
    )
    assert all(TITLE not in titles for _, _, titles in entries)
    assert not any(name == "Nguyễn Văn An" and "Phó Bí thư Tỉnh ủy" in titles for name, _, titles in entries)


def test_names_then_a_lower_case_group_are_not_given_it_as_a_title() -> None:
    entries = attendance_entries("các đồng chí Nguyễn Văn An, Trần Thị Bình, lãnh đạo các sở")
    assert not any("lãnh đạo các sở" in titles for _, _, titles in entries)
