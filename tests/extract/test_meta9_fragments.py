"""Round 9: values that were pieces of a sentence rather than a name or a title (award recipients,
organizers, chairs' and attendees' titles), and award words that name no award. Sentences written
for the test: they show the rules work, not that they generalize."""

from __future__ import annotations

from dvtool.extract import extract_text
from dvtool.extract.awards import parse_awards
from dvtool.extract.bylines import _byline_parts
from dvtool.extract.fragments import clean_name, clean_title, person_then_groups
from dvtool.extract.people import attendance_entries, parse_people


def test_khen_thuong_in_a_councils_name_is_no_award() -> None:
    sentence = (
        "Đồng chí Nguyễn Văn An, Chủ tịch UBND tỉnh kiêm Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh,"
        " nhấn mạnh: các phong trào thi đua sẽ tập trung vào chuyển đổi số"
    )
    assert parse_awards(sentence) == []


def test_an_award_after_a_councils_name_is_read() -> None:
    sentence = "Hội đồng Thi đua – Khen thưởng huyện thống nhất tặng Giấy khen cho 12 tập thể và 30 cá nhân"
    awards = parse_awards(sentence)
    assert [(a.award, a.collectives, a.individuals) for a in awards] == [("Giấy khen", 12, 30)]


def test_a_recipient_ends_where_a_clause_about_him_begins() -> None:
    awards = parse_awards(
        "Anh Lê Văn Bình được Chủ tịch UBND xã trao tặng giấy khen khi đang đi làm thuê ở chợ"
    )
    assert [a.recipients for a in awards] == [("Anh Lê Văn Bình",)]
    awards = parse_awards("UBND xã tặng giấy khen cho Lữ đoàn 680 đã giúp dân dọn bùn, khử khuẩn sau lũ")
    assert [a.recipients for a in awards] == [("Lữ đoàn 680",)]


def test_commas_inside_parentheses_do_not_split_a_recipient() -> None:
    awards = parse_awards("UBND xã tặng giấy khen cho ông Trần Văn Đá (thôn Lam Hạ, xã Hà Nha) và anh Lê Tâm")
    assert [a.recipients for a in awards] == [("ông Trần Văn Đá (thôn Lam Hạ, xã Hà Nha)", "anh Lê Tâm")]


def test_an_organizer_is_the_body_not_the_clause_around_it() -> None:
    assert clean_name("Hội Cựu chiến binh thị xã vừa cho biết, đến nay các xã đã lần lượt") == (
        "Hội Cựu chiến binh thị xã"
    )
    assert clean_name("Sở Y tế nhận định: một số nơi làm chưa tốt") == "Sở Y tế"
    assert clean_name("Theo đó, Chủ tịch UBND xã Tân Phú") == "Chủ tịch UBND xã Tân Phú"
    assert (
        clean_name("Đoàn thanh niên phường Tân Lập, tỉnh Bắc Ninh")
        == "Đoàn thanh niên phường Tân Lập, tỉnh Bắc Ninh"
    )


def test_a_circumstance_or_the_meeting_itself_is_no_organizer() -> None:
    assert clean_name("Sau khi nghe báo cáo của các thành viên Ban chỉ đạo") is None
    assert clean_name("Hội nghị cán bộ công chức trường THCS Tân Phú được") is None
    assert clean_name("Đến nay, 100% Hội Nông dân cơ sở đã hoàn thành") is None


def test_a_title_is_no_clause() -> None:
    assert clean_title("tại trụ sở UBND tỉnh, Phó Chủ tịch UBND tỉnh") == "Phó Chủ tịch UBND tỉnh"
    assert clean_title("Chủ tịch HĐND huyện và các đồng chí") == "Chủ tịch HĐND huyện"
    assert clean_title("Phó Chủ tịch UBND huyện -") == "Phó Chủ tịch UBND huyện"
    assert clean_title("CAH đã tổ chức hội nghị giao chỉ tiêu ngân sách") is None
    assert clean_title("thư ký là ông Lê Văn Tâm") is None
    assert clean_title("để kịp thời giao chỉ tiêu cho các đơn vị") is None
    assert clean_title("giám đốc Sở Y tế") == "giám đốc Sở Y tế"


def test_lead_organizers_and_chair_titles_are_cleaned() -> None:
    text = (
        "Hội nghị tổng kết công tác năm 2024\n"
        "Sáng 9-12-2024, Hội Cựu chiến binh huyện Tân Phú mới đây đã tổ chức hội nghị tổng kết"
        " công tác năm 2024."
        " Tại trụ sở Huyện ủy, Phó Bí thư Huyện ủy Lê Văn Tâm chủ trì hội nghị.\nThu Hà\n"
    )
    report = extract_text(text, "a.txt").value
    assert report.organizers == ("Hội Cựu chiến binh huyện Tân Phú",)
    assert [(p.name, p.titles) for p in report.chairs] == [("Lê Văn Tâm", ("Phó Bí thư Huyện ủy",))]


def test_words_in_lower_case_before_a_comma_open_no_giver() -> None:
    assert clean_name("xét chọn, UBND tỉnh") == "UBND tỉnh"
    assert clean_name("truy") is None


def test_ve_thanh_tich_opens_the_reason() -> None:
    awards = parse_awards(
        "Ủy ban MTTQ tỉnh tặng bằng khen cho Ấp 9 về thành tích xuất sắc trong tổ chức Ngày hội"
    )
    assert [(a.recipients, a.reason) for a in awards] == [
        (("Ấp 9",), "về thành tích xuất sắc trong tổ chức Ngày hội")
    ]


def test_a_place_before_the_chair_is_no_chair() -> None:
    text = (
        "Hội nghị triển khai ứng phó bão số 13\n"
        "Chiều 2/11/2025, tại Đà Nẵng, Đại tá Lê Văn Tâm, Phó Tư lệnh Quân khu 5 chủ trì hội nghị triển khai"
        " công tác ứng phó bão số 13.\nThu Hà\n"
    )
    report = extract_text(text, "a.txt").value
    assert [p.name for p in report.chairs] == ["Lê Văn Tâm"]
    text = text.replace("tại Đà Nẵng, Đại tá Lê Văn Tâm", "đồng chí Lê Văn Tâm")
    assert [p.name for p in extract_text(text, "a.txt").value.chairs] == ["Lê Văn Tâm"]


def test_the_chair_of_an_event_of_another_year_is_not_the_meetings() -> None:
    text = (
        "Lễ kỷ niệm 70 năm ngày thành lập chùa Tân Phú\n"
        "Sáng 2/11/2025, Ban Trị sự tổ chức lễ kỷ niệm 70 năm ngày thành lập chùa Tân Phú.\n"
        "Tại buổi lễ, các đại biểu ôn lại truyền thống của chùa.\n"
        "Đặc biệt, ngày 27/2/1947, tại chùa, dưới sự chủ trì của ông Lê Văn An, Bí thư chi bộ, nhân dân trong"
        " vùng đã tổ chức lễ phát nguyện cho 27 nhà sư lên đường tòng quân.\nThu Hà\n"
    )
    assert extract_text(text, "a.txt").value.chairs == ()


def test_a_titled_name_before_a_comma_is_the_person() -> None:
    people = parse_people("Bộ trưởng Lê Văn An, Trưởng Ban Chỉ đạo đổi mới chương trình")
    assert [(p.name, p.titles) for p in people] == [
        ("Lê Văn An", ("Bộ trưởng", "Trưởng Ban Chỉ đạo đổi mới chương trình"))
    ]


def test_a_person_before_and_the_others_colon_is_one_of_them() -> None:
    people = parse_people(
        "đồng chí Lê Văn An, Bí thư Tỉnh ủy và các đồng chí: Trần Văn Bình, Phó Bí thư Tỉnh ủy;"
        " Ngô Thị Cúc, Chủ tịch UBND tỉnh"
    )
    assert [(p.name, p.titles) for p in people] == [
        ("Lê Văn An", ("Bí thư Tỉnh ủy",)),
        ("Trần Văn Bình", ("Phó Bí thư Tỉnh ủy",)),
        ("Ngô Thị Cúc", ("Chủ tịch UBND tỉnh",)),
    ]
    shared = parse_people("các đồng chí Phó Chủ tịch UBND tỉnh: Trần Văn Bình; Ngô Thị Cúc")
    assert [(p.name, p.titles[:1]) for p in shared][:1] == [("Trần Văn Bình", ("Phó Chủ tịch UBND tỉnh",))]


def test_a_group_after_a_persons_titles_is_a_group() -> None:
    entries = attendance_entries(
        "bà Lê Thị Thanh, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh, lãnh đạo Ủy ban MTTQ tỉnh"
    )
    assert entries == [
        ("Lê Thị Thanh", "person", ("Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh")),
        ("Lãnh đạo Ủy ban MTTQ tỉnh", "group", ()),
    ]


def test_a_representatives_role_stays_his() -> None:
    assert person_then_groups("Lê Văn An", ("Đại tá", "đại diện Ban Công đoàn")) == [
        ("Lê Văn An", "person", ("Đại tá", "đại diện Ban Công đoàn"))
    ]


def test_reporters_joined_by_hyphens_are_the_author() -> None:
    assert _byline_parts("Thu Hà - Minh Tâm – Lê Hùng") == ("Thu Hà - Minh Tâm - Lê Hùng", None)
    assert _byline_parts("Thu Hà-Minh Tâm") == ("Thu Hà - Minh Tâm", None)
    assert _byline_parts("Tin, ảnh: THU HÀ-MINH TÂM") == ("THU HÀ - MINH TÂM", None)
    assert _byline_parts("Lê Thắng - Hội Nông dân tỉnh")[0] == "Lê Thắng"


def test_an_outlets_label_under_the_headline_is_no_reporter() -> None:
    text = (
        "Tỉnh triển khai ứng phó bão số 13\nBáo Tân Phú\n Tân Phú\n 3 giờ trước\n 38\n liên quan\n Gốc\n"
        "Sáng 2/11/2025, UBND tỉnh tổ chức hội nghị triển khai ứng phó bão số 13.\n"
        "Các đơn vị sẵn sàng lực lượng, phương tiện theo phương châm bốn tại chỗ.\n"
    )
    report = extract_text(text, "a.txt").value
    assert (report.author, report.publisher) == (None, "Báo Tân Phú")


def test_attendance_after_du_va_chi_dao_any_meeting() -> None:
    text = (
        "Đại hội Đoàn phường Tân Phú lần thứ I\n"
        "Sáng 12/10/2025, Đoàn phường Tân Phú tổ chức Đại hội đại biểu lần thứ I.\n"
        "Đoàn phường Tân Phú tổ chức Đại hội đại biểu lần thứ I\n"
        "Dự và chỉ đạo Đại hội có các đồng chí: Lê Văn An – Bí thư Đảng ủy phường; Trần Văn Bình – Phó"
        " Bí thư Đảng ủy phường.\nThu Hà\n"
    )
    assert [a.name for a in extract_text(text, "a.txt").value.attendees] == ["Lê Văn An", "Trần Văn Bình"]


def test_a_speech_verb_ends_a_name() -> None:
    assert clean_name("Phó Chủ tịch nước Lê Thị An phát biểu") == "Phó Chủ tịch nước Lê Thị An"
    assert clean_name("Giám đốc Trần Minh Sơn nhấn mạnh") == "Giám đốc Trần Minh Sơn"
