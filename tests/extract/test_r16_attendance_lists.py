"""Round 16 new-user trial (a QĐND item it brought, and the convention of dev 285's gold): a
person listed among the attendees whose titles end with "chủ trì" chairs the meeting, and a
plural honorific's title before a colon ("các đồng chí Bí thư Trung ương Đảng: A, …; B, …") is
the first title of each person it lists. The articles below are written for these tests: they
show the rules work, not that they generalize."""

from __future__ import annotations

from dvtool.extract import extract_text
from dvtool.model import Report

LEAD = (
    "Hội nghị toàn quốc tổng kết công tác dân vận năm 2023\n"
    "Sáng 8/1/2024, tại Hà Nội, Ban Dân vận Trung ương tổ chức Hội nghị toàn quốc tổng kết công tác "
    "dân vận năm 2023.\n"
)
LIST = (
    "Cùng dự có các đồng chí Bí thư Trung ương Đảng: Trần Cẩm Tú, Ủy viên Bộ Chính trị, Chủ nhiệm "
    "Ủy ban Kiểm tra Trung ương; Lê Hoài Trung, Trưởng ban Đối ngoại Trung ương; Trung tướng Nguyễn "
    "Văn Gấu, Thứ trưởng Quốc phòng; Bùi Thị Minh Hoài, Trưởng ban Dân vận Trung ương chủ trì; các "
    "đồng chí lãnh đạo các tỉnh, thành phố.\n"
)


def _report(body: str) -> Report:
    return extract_text(LEAD + body, "x.txt").value


def test_a_listed_person_whose_titles_end_with_chu_tri_chairs() -> None:
    report = _report(LIST)
    assert [(c.name, tuple(c.titles)) for c in report.chairs] == [
        ("Bùi Thị Minh Hoài", ("Bí thư Trung ương Đảng", "Trưởng ban Dân vận Trung ương"))
    ]
    listed = {a.name: tuple(a.titles) for a in report.attendees}
    assert listed["Bùi Thị Minh Hoài"][-1] == "Trưởng ban Dân vận Trung ương"  # no "chủ trì" title


def test_the_title_before_the_colon_is_each_listed_persons_first_title() -> None:
    listed = {a.name: tuple(a.titles) for a in _report(LIST).attendees}
    assert listed["Trần Cẩm Tú"] == (
        "Bí thư Trung ương Đảng",
        "Ủy viên Bộ Chính trị",
        "Chủ nhiệm Ủy ban Kiểm tra Trung ương",
    )
    assert listed["Lê Hoài Trung"] == ("Bí thư Trung ương Đảng", "Trưởng ban Đối ngoại Trung ương")
    assert listed["Nguyễn Văn Gấu"] == ("Trung tướng", "Bí thư Trung ương Đảng", "Thứ trưởng Quốc phòng")
    assert not any(":" in name for name in listed)  # no "Các đồng chí …: Trần Cẩm Tú" entry


def test_a_group_after_the_people_takes_no_shared_title() -> None:
    groups = [a for a in _report(LIST).attendees if a.kind != "person"]
    assert len(groups) == 1 and not groups[0].titles
    assert groups[0].name.casefold().startswith("các đồng chí lãnh đạo")


def test_a_title_that_goes_on_after_chu_tri_is_no_chair() -> None:
    body = (
        "Dự hội nghị có đồng chí Lê Văn Hòa, Phó Chủ tịch UBND tỉnh, phụ trách chủ trì các đề án trọng "
        "điểm của tỉnh.\n"
    )
    assert _report(body).chairs == ()


def test_a_line_that_only_says_the_chairs_stand_in_the_photo_is_a_caption() -> None:
    body = (
        "Đồng chí Trương Thị Mai, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư phát biểu chỉ đạo "
        "hội nghị.\n\n"
        "Các đồng chí chủ trì hội nghị.\n\n"
        "Năm 2023, các cấp ủy đã tập trung lãnh đạo, chỉ đạo thực hiện nghiêm túc công tác dân vận.\n"
    )
    results = [item.text for item in _report(body).results]
    assert results == [body.rsplit("\n\n", 1)[1].strip()]  # the paragraph of results only


def test_the_side_a_leader_has_worked_with_attends() -> None:
    # dev 527 (wave 20): "… đã làm việc với UBND xã Tơ Tung để kiểm tra …"
    text = (
        "Chủ tịch UBND huyện làm việc tại xã Tơ Tung\n\n"
        "Sáng 28/2/2019, đồng chí Võ Văn Phán, Chủ tịch UBND huyện Kbang đã làm việc với UBND xã Tơ Tung "
        "để kiểm tra các mặt công tác sau Tết Nguyên đán.\n"
    )
    names = [a.name for a in extract_text(text, "x.txt").value.attendees]
    assert "UBND xã Tơ Tung" in names
