"""Attendance sentences and chairs (issue 11, the fresh documents 68-123): forms of the attendance
sentence, where one attendance list splits into entries, and who chairs. Each test is on sentences
written here; it shows the rule works on them, not that it generalizes."""

from __future__ import annotations

from dvtool.extract import extract_text
from dvtool.extract._text import split_sentences
from dvtool.extract.people import attendance_entries
from dvtool.model import Report

LEAD = "Sáng 12/3/2024, Hội Nông dân huyện Yên Thành tổ chức hội nghị tổng kết năm 2023."
BODY = "Năm 2023, Hội đã kết nạp 215 hội viên mới và vận động 1.200 hộ đăng ký danh hiệu sản xuất giỏi."


def _read(*paragraphs: str) -> Report:
    return extract_text("\n\n".join((LEAD, *paragraphs, BODY)) + "\n", "x.txt").value


def _attendees(report: Report) -> list[str]:
    return [a.name for a in report.attendees]


def _chairs(report: Report) -> list[str]:
    return [c.name for c in report.chairs]


def test_dotted_academic_titles_do_not_end_a_sentence() -> None:
    text = "Tham dự có: TS. Lê Văn An, Giám đốc; PGS.TS. Trần Bình, Phó Giám đốc. Hội nghị đã thảo luận."
    assert split_sentences(text) == [
        "Tham dự có: TS. Lê Văn An, Giám đốc; PGS.TS. Trần Bình, Phó Giám đốc.",
        "Hội nghị đã thảo luận.",
    ]
    assert len(split_sentences("Dự có Bs.CKII. Hà Văn Nam, Giám đốc bệnh viện.")) == 1


def test_attendance_by_the_presence_of() -> None:
    report = _read(
        "Hội nghị có sự tham dự của ông Hoàng Văn Tâm - Chủ tịch Hội đồng quản trị; "
        "Ban Chấp hành Công đoàn Công ty và các đại biểu đại diện cho người lao động."
    )
    assert _attendees(report) == [
        "Hoàng Văn Tâm",
        "Ban Chấp hành Công đoàn Công ty",
        "Các đại biểu đại diện cho người lao động",
    ]


def test_attendance_of_a_named_event() -> None:
    report = _read("Dự buổi sinh hoạt có các đồng chí ủy viên Ban Chấp hành và Bí thư các chi bộ.")
    assert _attendees(report) == ["Các đồng chí ủy viên Ban Chấp hành", "Bí thư các chi bộ"]
    # "Dự án … có …" is no attendance sentence
    assert _attendees(_read("Dự án cấp nước sạch có tổng vốn 12 tỷ đồng, đã hoàn thành.")) == []


def test_who_attends_and_chairs_does_both() -> None:
    report = _read(
        "Dự và chủ trì hội nghị có đồng chí Lê Văn Hòa, Giám đốc trung tâm cùng toàn bộ cán bộ trong đơn vị."
    )
    assert _attendees(report) == ["Lê Văn Hòa", "Toàn bộ cán bộ trong đơn vị"]
    assert _chairs(report) == ["Lê Văn Hòa"]


def test_a_person_who_attends_and_speaks() -> None:
    report = _read("Đồng chí Phạm Văn Sơn, Chủ tịch UBND tỉnh dự và phát biểu chỉ đạo hội nghị.")
    assert _attendees(report) == ["Phạm Văn Sơn"]
    assert report.attendees[0].titles == ("Chủ tịch UBND tỉnh",)
    # a group doing the same is no person's attendance
    assert _attendees(_read("Lãnh đạo các sở dự và phát biểu tại hội nghị.")) == []


def test_each_person_of_a_list_without_semicolons() -> None:
    entries = attendance_entries(
        "bà Trần Thị Mai – Phó Chủ tịch Ủy ban MTTQ huyện, ông Lý Văn Chung – Ủy viên Thường trực "
        "MTTQ huyện cùng lãnh đạo Đảng ủy, UBND xã cùng các ủy viên MTTQ xã"
    )
    assert [name for name, _, _ in entries] == [
        "Trần Thị Mai",
        "Lý Văn Chung",
        "Lãnh đạo Đảng ủy, UBND xã",
        "Các ủy viên MTTQ xã",
    ]
    # two bare names share the titles after them
    shared = attendance_entries("bà Triệu Thị Hoa, bà Vũ Thị Hạnh, Vụ Tổ chức cán bộ")
    assert [name for name, _, _ in shared] == ["Triệu Thị Hoa"]


def test_a_group_after_a_person_with_titles() -> None:
    entries = attendance_entries(
        "TS. Lê Văn An, Bí thư Đảng ủy; PGS.TS. Võ Thanh Bình, Hiệu trưởng và các thành viên Hội đồng Trường"
    )
    assert [name for name, _, _ in entries][-1] == "Các thành viên Hội đồng Trường"
    # a weak head after a body continues it
    assert len(attendance_entries("đại diện lãnh đạo Ủy ban MTTQ và các đoàn thể huyện; lãnh đạo xã")) == 2


def test_a_group_with_the_presence_of() -> None:
    entries = attendance_entries(
        "thủ trưởng các cơ quan, đơn vị trực thuộc cùng với sự có mặt của 150 đại biểu người lao động"
    )
    assert [name for name, _, _ in entries] == [
        "Thủ trưởng các cơ quan, đơn vị trực thuộc",
        "150 đại biểu người lao động",
    ]


def test_a_count_of_people_after_and_starts_a_group() -> None:
    entries = attendance_entries(
        "các đồng chí lãnh đạo chuyên môn, công đoàn và hơn 100 đại biểu người lao động"
    )
    assert [name for name, _, _ in entries] == [
        "Các đồng chí lãnh đạo chuyên môn, công đoàn",
        "Hơn 100 đại biểu người lao động",
    ]


def test_a_group_opened_by_with_loses_the_word() -> None:
    entries = attendance_entries(
        "đồng chí Lê Văn An – Bí thư Đảng ủy; cùng các đồng chí lãnh đạo xã, đại diện các thôn"
    )
    assert [name for name, _, _ in entries] == ["Lê Văn An", "Các đồng chí lãnh đạo xã", "Đại diện các thôn"]


def test_presence_anywhere_in_the_lead() -> None:
    lead = (
        "Ngày 25/3/2024, Công ty Cổ phần Xi măng Hà Tiên tổ chức Hội nghị người lao động năm 2024 "
        "với sự tham dự của các đại biểu đại diện cho toàn thể cán bộ trong Công ty."
    )
    report = extract_text(f"{lead}\n\n{BODY}\n", "x.txt").value
    assert _attendees(report) == ["Các đại biểu đại diện cho toàn thể cán bộ trong Công ty"]
    assert report.organizers  # the words before the cue are still read


def test_the_list_after_a_paragraph_ending_with_its_cue() -> None:
    lead = "Ngày 13/4/2021, Hội nghị người lao động của Công ty được tổ chức, có sự tham dự của"
    listed = "Hội đồng Thành viên, lãnh đạo Công ty, giám đốc các đơn vị và toàn thể cán bộ."
    text = f"HỘI NGHỊ NGƯỜI LAO ĐỘNG\n\n{lead}\n\n{listed}\n\n{BODY}\n"
    report = extract_text(text, "x.txt").value
    assert _attendees(report) == [
        "Hội đồng Thành viên",
        "Lãnh đạo Công ty",
        "Giám đốc các đơn vị",
        "Toàn thể cán bộ",
    ]


def test_a_rank_before_the_name_is_a_title() -> None:
    report = _read(
        "Đoàn công tác của Bộ Chỉ huy quân sự tỉnh do Đại tá Nguyễn Văn Hùng – Phó Chỉ huy trưởng "
        "làm trưởng đoàn đã đến kiểm tra công tác quốc phòng tại huyện."
    )
    assert _chairs(report) == ["Nguyễn Văn Hùng"]
    assert report.chairs[0].titles[0] == "Đại tá"


def test_the_members_of_a_meeting_at_a_named_place() -> None:
    report = _read(
        "Thành phần tham dự Hội nghị tại Viện kiểm sát nhân dân tỉnh gồm có các đồng chí Phó Viện trưởng "
        "và Thủ trưởng các đơn vị trực thuộc."
    )
    assert _attendees(report) == ["Các đồng chí Phó Viện trưởng", "Thủ trưởng các đơn vị trực thuộc"]


def test_attendees_right_after_the_verb() -> None:
    report = _read(
        "Dự hội nghị đại diện lãnh đạo Công đoàn Tập đoàn; lãnh đạo và gần 70 đại biểu người lao động."
    )
    assert _attendees(report) == [
        "Đại diện lãnh đạo Công đoàn Tập đoàn",
        "Lãnh đạo và gần 70 đại biểu người lao động",
    ]
    # "Tham dự hội nghị, các đại biểu …" is no list: "các" is too weak a head
    assert _attendees(_read("Tham dự hội nghị các đại biểu đã thảo luận sôi nổi.")) == []


def test_a_deputy_named_after_its_chief_stays_in_the_group() -> None:
    entries = attendance_entries(
        "Ban giám đốc Bệnh viện, Ban giám hiệu Nhà trường, Trưởng, Phó các Khoa và hơn 200 cán bộ"
    )
    assert [name for name, _, _ in entries] == [
        "Ban giám đốc Bệnh viện",
        "Ban giám hiệu Nhà trường",
        "Trưởng, Phó các Khoa",
        "Hơn 200 cán bộ",
    ]
    two = attendance_entries(
        "các đồng chí là lãnh đạo Phòng Giáo dục, các đồng chí là Hiệu trưởng, Phó Hiệu trưởng các trường"
    )
    assert [name for name, _, _ in two] == [
        "Các đồng chí là lãnh đạo Phòng Giáo dục",
        "Các đồng chí là Hiệu trưởng, Phó Hiệu trưởng các trường",
    ]


def test_a_photo_caption_naming_attendees_lists_none() -> None:
    caption = _read("Các đại biểu đại diện Công ty tham dự")
    assert _attendees(caption) == []
    sentence = _read("Đại diện lãnh đạo các sở, ngành của tỉnh cùng tham dự.")
    assert _attendees(sentence) == ["Đại diện lãnh đạo các sở, ngành của tỉnh"]


def test_heads_of_units_start_a_group_and_a_bare_head_shares_the_rest() -> None:
    entries = attendance_entries(
        "các đồng chí Phó Viện trưởng Viện kiểm sát tỉnh, Thủ trưởng các đơn vị trực thuộc và Kiểm sát viên"
    )
    assert [name for name, _, _ in entries] == [
        "Các đồng chí Phó Viện trưởng Viện kiểm sát tỉnh",
        "Thủ trưởng các đơn vị trực thuộc và Kiểm sát viên",
    ]
    shared = attendance_entries("các Ban của Tập đoàn; lãnh đạo và gần 70 đại biểu người lao động Công ty")
    assert [name for name, _, _ in shared] == [
        "Các Ban của Tập đoàn",
        "Lãnh đạo và gần 70 đại biểu người lao động Công ty",
    ]


def test_a_comma_list_of_titles_each_before_a_full_name_is_one_person_per_item() -> None:
    """Written for the test: "Bí thư Tỉnh ủy A, Chủ tịch UBND tỉnh B đồng chủ trì" names two
    chairs; "Cùng dự có Phó Chủ tịch C, Giám đốc Sở D" and "E, F đến dự" two attendees each."""
    chaired = extract_text(
        "Sáng 12/3/2024, Bí thư Tỉnh ủy Lê Văn Hùng, Chủ tịch UBND tỉnh Trần Thị Mai "
        "đồng chủ trì hội nghị.\n\n" + BODY,
        "x.txt",
    ).value
    assert _chairs(chaired) == ["Lê Văn Hùng", "Trần Thị Mai"]
    report = _read(
        "Phó Bí thư Tỉnh ủy Hoàng Văn Nam, Trưởng ban Dân vận Tỉnh ủy Lò Thị Hoa đến dự và phát biểu. "
        "Cùng dự có Phó Chủ tịch UBND tỉnh Nguyễn Đức Long, Giám đốc Sở Tài chính Phạm Văn Bình."
    )
    assert _attendees(report) == [
        "Phó Bí thư Tỉnh ủy Hoàng Văn Nam",
        "Trưởng ban Dân vận Tỉnh ủy Lò Thị Hoa",
        "Phó Chủ tịch UBND tỉnh Nguyễn Đức Long",
        "Giám đốc Sở Tài chính Phạm Văn Bình",
    ]
    # a body after a place level, or a name before its titles, is no such list
    assert len(attendance_entries("Phó Chủ tịch UBND tỉnh Lào Cai, Giám đốc Sở Tài chính")) == 1


def test_a_rank_or_degree_after_and_starts_another_person() -> None:
    """Written for the test: "… và Trung tướng B, …", "PGS.TS. A và PGS.TS. B"."""
    chaired = extract_text(
        "Ngày 28/5/2013, Trung tướng Lê Văn Hùng, Tư lệnh Quân khu và Thiếu tướng Trần Đức Minh, "
        "Chính ủy Quân khu đồng chủ trì hội nghị.\n\n" + BODY,
        "x.txt",
    ).value
    assert _chairs(chaired) == ["Lê Văn Hùng", "Trần Đức Minh"]
    entries = attendance_entries(
        "các nhà khoa học của Viện, PGS.TS. Phạm Văn Nghị, PGS.TS. Lê Văn Thư và PGS.TS. Nguyễn Thị Hương"
    )
    assert [name for name, _, _ in entries] == [
        "Các nhà khoa học của Viện",
        "PGS.TS. Phạm Văn Nghị",
        "PGS.TS. Lê Văn Thư",
        "PGS.TS. Nguyễn Thị Hương",
    ]


def test_a_degree_spelled_out_before_the_name_is_no_part_of_it() -> None:
    """Written for the test: "Thạc sĩ A, Giám đốc …" chairs as "ThS A, …" does."""
    report = _read("Thạc sĩ Nguyễn Văn An, Giám đốc Trung tâm Khởi nghiệp, chủ tọa hội nghị.")
    assert _chairs(report) == ["Nguyễn Văn An"]
    assert report.chairs[0].titles[0] == "Thạc sĩ"


def test_the_chair_named_after_a_comma_closing_a_working_session_clause() -> None:
    """Written for the test: the session's other side is no chair, and the chair no attendee."""
    report = extract_text(
        "Chiều ngày 15/03/2024, Thường trực Đảng ủy xã đã có buổi làm việc với chi ủy các thôn Cài, "
        "Khe Lèn, đồng chí Bàn Thị Lê - Phó Bí thư Đảng ủy xã chủ trì hội nghị.\n\n" + BODY,
        "x.txt",
    ).value
    assert _chairs(report) == ["Bàn Thị Lê"]
    assert _attendees(report) == ["Chi ủy các thôn Cài, Khe Lèn"]


def test_a_name_and_a_dash_after_a_comma_starts_another_person() -> None:
    """Written for the test: "A - title - unit, B - title" names two people, and a dash typed
    without spaces between the name and the title ("Cao Văn Nam-Phó Chủ tịch") is one too."""
    report = _read(
        "Đến dự có các đồng chí: Thượng tá Phan Văn Điền - Phó Tham mưu trưởng - Bộ Tư lệnh Thành phố, "
        "Thân Trọng Minh - Phó Chủ tịch HĐND Quận."
    )
    assert _attendees(report) == ["Phan Văn Điền", "Thân Trọng Minh"]
    assert [
        a.titles for a in _read("Tham dự buổi lễ có ông Cao Văn Nam-Phó Chủ tịch Hội tỉnh Gia Lai.").attendees
    ] == [("Phó Chủ tịch Hội tỉnh Gia Lai",)]


def test_the_one_who_leads_a_delegation_do_dan_dau_chairs() -> None:
    """Written for the test: "Đoàn công tác … do A - Giám đốc … dẫn đầu đã làm việc với …"."""
    report = extract_text(
        "Ngày 29/10/2025, Đoàn công tác của Đại học Quốc gia do PGS.TS Hoàng Văn Sơn - Giám đốc Đại học "
        "Quốc gia dẫn đầu đã có buổi làm việc với Trường Đại học Giáo dục.\n\n" + BODY,
        "x.txt",
    ).value
    assert _chairs(report) == ["Hoàng Văn Sơn"]


def test_an_attendance_cue_opening_a_clause_after_a_semicolon_lists_attendees() -> None:
    """Written for the test: the chair's clause, then "; cùng tham dự có …"."""
    report = extract_text(
        "Ngày 13/6/2019, UBND huyện tổ chức Hội nghị giao ban tháng 5. Hội nghị do đồng chí Lê Văn Danh - "
        "Phó Chủ tịch UBND huyện chủ trì; cùng tham dự có Thủ trưởng các cơ quan, ban, ngành.\n\n" + BODY,
        "x.txt",
    ).value
    assert _chairs(report) == ["Lê Văn Danh"]
    assert _attendees(report) == ["Thủ trưởng các cơ quan, ban, ngành"]


def test_a_chair_label_then_an_attendance_clause_names_chairs_and_attendees() -> None:
    """Written for the test: "Chủ trì cuộc họp: A - …, tham dự phiên họp còn có: …"."""
    report = _read(
        "Chủ trì cuộc họp: Ông Phạm Văn Hiệp - Chủ tịch Hội đồng nhân dân huyện, tham dự phiên họp còn có: "
        "Các Phó Chủ tịch Hội đồng nhân dân huyện; đại diện lãnh đạo Ủy ban nhân dân huyện."
    )
    assert _chairs(report) == ["Phạm Văn Hiệp"]
    assert _attendees(report) == [
        "Các Phó Chủ tịch Hội đồng nhân dân huyện",
        "Đại diện lãnh đạo Ủy ban nhân dân huyện",
    ]


def test_a_list_of_titled_people_after_a_colon_is_one_entry_per_person() -> None:
    """Written for the test: "Cùng dự có các Ủy viên Bộ Chính trị: Chủ tịch nước A, Thủ tướng B"."""
    entries = attendance_entries("các Ủy viên Bộ Chính trị: Chủ tịch nước Lê Văn An, Thủ tướng Trần Văn Bình")
    assert [name for name, _, _ in entries] == ["Chủ tịch nước Lê Văn An", "Thủ tướng Trần Văn Bình"]


def test_a_comma_before_a_position_title_starts_another_group() -> None:
    """Written for the test: "các Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Ủy viên …" lists
    three groups; the groups after "các đồng chí: A, …;" split as the others do."""
    entries = attendance_entries("các Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Ủy viên Trung ương Đảng")
    assert [name for name, _, _ in entries] == [
        "Các Ủy viên Bộ Chính trị",
        "Bí thư Trung ương Đảng",
        "Ủy viên Trung ương Đảng",
    ]
    listed = attendance_entries(
        "các đồng chí: Lê Văn An, Bí thư Tỉnh ủy; "
        "các đồng chí trong Ban Thường vụ Tỉnh ủy, lãnh đạo UBND tỉnh"
    )
    assert [name for name, _, _ in listed] == [
        "Lê Văn An",
        "Các đồng chí trong Ban Thường vụ Tỉnh ủy",
        "Lãnh đạo UBND tỉnh",
    ]


def test_a_name_word_that_is_also_an_honorific_names_no_person_by_itself() -> None:
    """Written for the test: "Anh" inside "Phạm Anh Tuấn" is no honorific "anh"."""
    entries = attendance_entries(
        "Chủ tịch UBND tỉnh Phạm Anh Tuấn, các đồng chí trong Ban thường vụ Tỉnh uỷ, lãnh đạo UBND tỉnh, "
        "các sở, ngành, địa phương"
    )
    assert [name for name, _, _ in entries] == [
        "Chủ tịch UBND tỉnh Phạm Anh Tuấn",
        "Các đồng chí trong Ban thường vụ Tỉnh uỷ",
        "Lãnh đạo UBND tỉnh",
        "Các sở, ngành, địa phương",
    ]


def test_the_presidium_elected_to_run_the_meeting_chairs_it() -> None:
    """Written for the test: "… bầu Đoàn Chủ tịch điều hành cuộc họp gồm 03 đồng chí: TS. A, TS. B"."""
    report = _read(
        "Hội nghị đã bầu Đoàn Chủ tịch điều hành cuộc họp gồm 02 đồng chí: TS. Phạm Thị Nga (Phó Viện "
        "trưởng), TS. Nguyễn Linh Giang (Chủ tịch Công đoàn)."
    )
    assert _chairs(report) == ["Phạm Thị Nga", "Nguyễn Linh Giang"]


def test_the_one_under_whose_chairing_the_meeting_sits_chairs() -> None:
    """Written for the test: "Dưới sự chủ trì của đồng chí A, Bí thư Tỉnh ủy, Ban Thường vụ … họp …"."""
    report = extract_text(
        "Sáng 12/3/2024, dưới sự chủ trì của đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy, Ban Thường vụ Tỉnh ủy "
        "họp phiên thường kỳ tháng 3.\n\n" + BODY,
        "x.txt",
    ).value
    assert [(c.name, c.titles) for c in report.chairs] == [("Nguyễn Văn An", ("Bí thư Tỉnh ủy",))]
