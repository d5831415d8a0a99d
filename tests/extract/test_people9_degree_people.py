"""Rule degree_people (people9): in a list of attendees, an entry opening with a degree
("PGS.TS Trần Văn Bình, Phó Giám đốc Học viện") is a person with titles, not a group.
Sentences written for the test: they show the rule works, not that it generalizes."""

from __future__ import annotations

from dvtool.extract import extract_text

TEXT = (
    "Hội thảo khoa học về tài chính số\n\n"
    "Ngày 18/12/2024, Học viện Tài chính tổ chức Hội thảo khoa học về tài chính số."
    " Tham dự hội thảo có PGS.TS Trần Văn Bình, Phó Giám đốc Học viện;"
    " TS. Lê Thị Cúc, Trưởng khoa Ngân hàng.\n\n"
    "Thu Hà\n"
)


def test_a_person_with_a_degree_is_a_person_with_titles() -> None:
    attendees = extract_text(TEXT, "a.txt").value.attendees
    assert [(a.kind, a.titles[-1:]) for a in attendees] == [
        ("person", ("Phó Giám đốc Học viện",)),
        ("person", ("Trưởng khoa Ngân hàng",)),
    ]
