"""Each extraction stage on small inputs: blocks, people, awards, sections, byline, provenance."""

from __future__ import annotations

import json

from tests.conftest import SEED_JSON, SEED_TXT, require_shared

from dvtool.extract import Block, extract_blocks, extract_text
from dvtool.extract.awards import parse_awards
from dvtool.extract.blocks import text_to_blocks
from dvtool.extract.people import attendance_entries, parse_people
from dvtool.model import Award, report_to_dict
from dvtool.schema import validate_report


def test_text_is_split_into_headings_list_items_and_joined_wrapped_paragraphs() -> None:
    blocks = text_to_blocks(
        "I. KẾT QUẢ\n- Một mục;\nĐoạn văn bị\nngắt dòng.\n\n1. Công tác lãnh đạo\n2. Nâng cao chất lượng."
    )
    assert [(b.kind, b.text) for b in blocks] == [
        ("heading", "I. KẾT QUẢ"),
        ("list_item", "- Một mục;"),
        ("paragraph", "Đoạn văn bị ngắt dòng."),
        ("heading", "1. Công tác lãnh đạo"),
        ("list_item", "2. Nâng cao chất lượng."),
    ]
    assert blocks[2].location is not None and blocks[2].location.line == 3


def test_a_shared_title_before_a_colon_is_given_to_every_chair() -> None:
    people = parse_people(
        "Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: Lê Hồng Vinh - Phó Chủ tịch Thường trực UBND tỉnh; "
        "Ngọc Kim Nam - Trưởng Ban Dân vận Tỉnh ủy"
    )
    assert [(p.name, p.titles) for p in people] == [
        ("Lê Hồng Vinh", ("Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Thường trực UBND tỉnh")),
        ("Ngọc Kim Nam", ("Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy")),
    ]


def test_people_are_read_in_dash_comma_and_title_first_forms() -> None:
    people = parse_people(
        "đồng chí Hồ Văn Tâm, Bí thư Huyện ủy, Chủ tịch HĐND huyện"
        " và đồng chí Phó Chủ tịch UBND tỉnh Nguyễn Văn An"
    )
    assert [(p.name, p.titles) for p in people] == [
        ("Hồ Văn Tâm", ("Bí thư Huyện ủy", "Chủ tịch HĐND huyện")),
        ("Nguyễn Văn An", ("Phó Chủ tịch UBND tỉnh",)),
    ]


def test_attendance_groups_and_persons_get_a_sensible_kind() -> None:
    entries = attendance_entries(
        "đồng chí Trần Văn Hùng - Phó Trưởng Ban Dân vận Tỉnh ủy; đại diện lãnh đạo Ủy ban MTTQ; Sở Nội vụ"
    )
    assert entries == [
        ("Trần Văn Hùng", "person", ("Phó Trưởng Ban Dân vận Tỉnh ủy",)),
        ("Đại diện lãnh đạo Ủy ban MTTQ", "group", ()),
        ("Sở Nội vụ", "organization", ()),
    ]


def test_two_award_clauses_share_the_giver_and_keep_their_own_reason() -> None:
    awards = parse_awards(
        "Dịp này, UBND tỉnh tặng Bằng khen cho 1 tập thể và 1 cá nhân có thành tích xuất sắc trong A; "
        "tặng Bằng khen cho 6 tập thể và 7 cá nhân có thành tích xuất sắc trong B."
    )
    assert awards == [
        Award("Bằng khen", "UBND tỉnh", 1, 1, (), "có thành tích xuất sắc trong A"),
        Award("Bằng khen", "UBND tỉnh", 6, 7, (), "có thành tích xuất sắc trong B"),
    ]


def test_one_sentence_naming_two_award_forms_gives_two_awards_sharing_the_reason() -> None:
    awards = parse_awards(
        "Cũng tại hội nghị, Huyện ủy tặng Bằng khen cho 3 tập thể, 4 cá nhân và Giấy khen cho "
        "6 tập thể, 9 cá nhân có thành tích xuất sắc trong công tác năm 2023."
    )
    assert awards == [
        Award("Bằng khen", "Huyện ủy", 3, 4, (), "có thành tích xuất sắc trong công tác năm 2023"),
        Award("Giấy khen", "Huyện ủy", 6, 9, (), "có thành tích xuất sắc trong công tác năm 2023"),
    ]


def test_a_second_award_form_with_its_own_giver_is_split_before_the_giver() -> None:
    awards = parse_awards(
        "UBND tỉnh tặng Bằng khen cho 2 tập thể và Chủ tịch UBND huyện tặng Giấy khen cho 10 cá nhân "
        "có thành tích xuất sắc."
    )
    assert [(a.award, a.giver, a.collectives, a.individuals) for a in awards] == [
        ("Bằng khen", "UBND tỉnh", 2, 0),
        ("Giấy khen", "Chủ tịch UBND huyện", 0, 10),
    ]


def test_an_award_name_inside_a_reason_or_a_title_is_not_a_second_award() -> None:
    one = parse_awards(
        "Huyện ủy tặng Giấy khen cho 5 tập thể và 3 cá nhân có thành tích trong phong trào thi đua "
        "và được công nhận danh hiệu Chiến sĩ thi đua."
    )
    assert [(a.award, a.collectives, a.individuals) for a in one] == [("Giấy khen", 5, 3)]
    shared = parse_awards("UBND huyện trao tặng Cờ thi đua và Bằng khen cho 2 tập thể.")
    assert shared and all(a.collectives == 2 for a in shared)  # recipients stay with the awards


def test_result_sentences_in_the_lead_paragraph_are_kept_but_the_meeting_itself_is_not() -> None:
    report = extract_text(
        "Huyện Nghi Lộc sơ kết 6 tháng đầu năm\n\n"
        "Sáng 8/7, Huyện ủy Nghi Lộc tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2023. "
        "Hội nghị được kết nối trực tuyến đến 30 điểm cầu. "
        "Toàn huyện có 25/30 xã đạt chuẩn nông thôn mới.\n",
        "x.txt",
    ).value
    assert [i.text for i in report.results] == ["Toàn huyện có 25/30 xã đạt chuẩn nông thôn mới."]


def test_named_recipients_flags_proxies_and_passive_awards_are_read() -> None:
    assert parse_awards("UBND tỉnh trao Cờ thi đua cho Công ty Cổ phần Cấp nước Nghệ An") == [
        Award("Cờ thi đua", "UBND tỉnh", 1, 0, ("Công ty Cổ phần Cấp nước Nghệ An",), None)
    ]
    assert parse_awards(
        "Thừa ủy quyền của Chủ tịch UBND tỉnh, đồng chí Lê Văn A trao Bằng khen cho 2 tập thể."
    )[0].giver == ("Chủ tịch UBND tỉnh")
    passive = parse_awards("Dịp này, 3 tập thể được Huyện ủy tặng Giấy khen vì có thành tích tốt.")
    assert passive == [Award("Giấy khen", "Huyện ủy", 3, 0, (), "có thành tích tốt")]


def test_numbered_sections_set_the_section_of_their_list_items() -> None:
    blocks = [
        Block("Báo cáo công tác năm 2023", "heading", 1),
        Block("I. KẾT QUẢ ĐẠT ĐƯỢC", "heading", 1),
        Block("Tổ chức 12 hội nghị.", "list_item", 1),
        Block("II. TỒN TẠI, HẠN CHẾ", "heading", 1),
        Block("Một số nơi chưa kịp thời.", "list_item", 1),
        Block("III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024", "heading", 1),
        Block("Tăng cường kiểm tra.", "list_item", 1),
    ]
    report = extract_blocks(blocks, "x.md").value
    assert [i.text for i in report.results] == ["Tổ chức 12 hội nghị."]
    assert [i.text for i in report.limitations] == ["Một số nơi chưa kịp thời."]
    assert [i.text for i in report.tasks] == ["Tăng cường kiểm tra."]
    assert report.plan_year == 2024


def test_a_news_article_without_any_date_leaves_the_date_null_with_a_warning() -> None:
    result = extract_text(
        "Tiêu đề bài viết\n\nHội Nông dân huyện vừa tổ chức hội nghị. Nhiều kết quả tốt.\n", "x.txt"
    )
    assert result.value.date is None
    assert any(m.code == "not-found" and m.pointer == "/date" for m in result.messages)


def test_a_date_without_a_year_and_no_context_is_not_invented() -> None:
    result = extract_text("Hội nghị dân vận\n\nSáng 10/02, Ban Dân vận tổ chức hội nghị.\n", "x.txt")
    assert result.value.date is None
    assert any(m.code == "date-year" for m in result.messages)
    assert result.value.time_of_day == "morning"


def test_the_seed_article_matches_the_hand_checked_sample_in_every_field() -> None:
    require_shared(SEED_TXT)
    result = extract_text(SEED_TXT.read_text(encoding="utf-8"), SEED_TXT.name)
    expected = json.loads(SEED_JSON.read_text(encoding="utf-8"))
    assert report_to_dict(result.value) == expected
    assert validate_report(result.value) == []


def test_every_filled_field_has_the_sentence_it_came_from() -> None:
    require_shared(SEED_TXT)
    result = extract_text(SEED_TXT.read_text(encoding="utf-8"), SEED_TXT.name)
    report = result.value
    pointers = ["/title", "/date", "/time_of_day", "/reporting_year", "/plan_year", "/author", "/publisher"]
    for section in (
        "organizers",
        "chairs",
        "attendees",
        "results",
        "limitations",
        "tasks",
        "remarks",
        "awards",
        "related",
    ):
        pointers += [f"/{section}/{i}" for i in range(len(getattr(report, section)))]
    for pointer in pointers:
        where = result.locations[pointer]
        assert where.excerpt and where.line, pointer
    assert "Sáng 10/02" in (result.locations["/date"].excerpt or "")
    assert result.locations["/awards/1"].line == result.locations["/awards/0"].line
