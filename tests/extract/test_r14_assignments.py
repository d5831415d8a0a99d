"""Work assigned inside a sentence ("Phó Thủ tướng giao Hiệp hội … chủ trì và phối hợp …"): a
direction, and its "chủ trì" a lead role in the work, not the chair of the meeting. Sentences
written for these tests (the shape of a Chinhphu.vn item of dev 476); they show the rule works,
not that it generalizes."""

from __future__ import annotations

import pytest

from dvtool.extract import extract_text
from dvtool.extract._text import split_sentences
from dvtool.extract.assignments import assignments_within, assigns_lead
from dvtool.extract.cues import cues

TITLE = "Họp về tạm trữ lúa gạo vụ Hè Thu\n\n"
LEAD = "Chiều 29/5, Phó Thủ tướng Hoàng Trung Hải chủ trì cuộc họp với các Bộ, ngành về tạm trữ lúa gạo.\n\n"
ASSIGNED = (
    "Với cơ chế thu mua như vụ Đông Xuân vừa qua, Phó Thủ tướng giao Hiệp hội Lương thực Việt Nam chủ "
    "trì và phối hợp với UBND các tỉnh phân bổ chỉ tiêu mua tạm trữ lúa, gạo vụ Hè Thu."
)


def test_an_assignment_inside_a_sentence_is_a_task_and_names_no_chair() -> None:
    report = extract_text(TITLE + LEAD + ASSIGNED + "\n", "a.txt").value
    assert [t.text for t in report.tasks] == [
        "Hiệp hội Lương thực Việt Nam chủ trì và phối hợp với UBND các tỉnh phân bổ chỉ tiêu mua tạm "
        "trữ lúa, gạo vụ Hè Thu."
    ]
    assert [c.name for c in report.chairs] == ["Hoàng Trung Hải"]


def test_an_assignment_with_no_chair_in_the_lead_names_none() -> None:
    lead = "Chiều 29/5, tại cuộc họp với các Bộ, ngành, Phó Thủ tướng Hoàng Trung Hải chỉ đạo tạm trữ.\n\n"
    report = extract_text(TITLE + lead + ASSIGNED + "\n", "a.txt").value
    assert not report.chairs


@pytest.mark.parametrize(
    "text",
    [
        "Đại sứ Hoa Kỳ thay mặt Bộ Ngoại giao Hoa Kỳ đã ký Bản ghi nhớ.",
        "Công ty đã bàn giao Sở Y tế 10 xe cứu thương.",
        "Công an phường được giao trách nhiệm kiểm tra.",
        "Lực lượng cảnh sát giao thông tăng cường tuần tra.",
    ],
)
def test_a_word_the_verb_is_part_of_assigns_nothing(text: str) -> None:
    assert assignments_within(text) == []


def test_a_chair_named_by_the_meeting_is_no_lead_role() -> None:
    text = "Phó Thủ tướng Hoàng Trung Hải chủ trì cuộc họp."
    chair = cues().chair_cues.search(text)
    assert chair is not None and not assigns_lead(text, chair)
    asked = "Đồng chí đề nghị Sở Tài chính chủ trì, phối hợp với các sở rà soát kinh phí."
    chair = cues().chair_cues.search(asked)
    assert chair is not None and assigns_lead(asked, chair)


def test_the_elapsed_part_of_the_plan_year_opens_no_tasks() -> None:
    """Written for the test (the shape of a TTXVN item of dev 474): a mid-year meeting reviews the
    first five months and plans the last seven; "Năm tháng đầu năm 2013, …" reports."""
    lead = (
        "Chiều 27/5, tại Trụ sở Chính phủ, Ban Chỉ đạo Đổi mới và Phát triển doanh nghiệp đã họp đánh "
        "giá kết quả thực hiện công tác sắp xếp, đổi mới doanh nghiệp nhà nước năm 2012 và 5 tháng đầu "
        "năm 2013; đồng thời triển khai chương trình công tác 7 tháng cuối năm 2013.\n\n"
    )
    body = (
        "Theo báo cáo, năm 2012, cả nước sắp xếp được 22 doanh nghiệp. Năm tháng đầu năm 2013, cả nước "
        "đã sắp xếp được 16 doanh nghiệp, trong đó cổ phần hóa 10 doanh nghiệp.\n\n"
        "Để đảm bảo hiệu quả của nhiệm vụ này trong thời gian còn lại của năm 2013, Phó Thủ tướng đề nghị "
        "các bộ, ngành "
        "tăng cường giám sát.\n"
    )
    report = extract_text("Đẩy nhanh sắp xếp doanh nghiệp\n\n" + lead + body, "a.txt").value
    assert [t.text for t in report.tasks] == ["Các bộ, ngành tăng cường giám sát."]
    assert 16 in [f.value for r in report.results for f in r.figures]


def test_pointing_out_a_shortcoming_is_no_direction() -> None:
    """Written for the test: "lưu ý," then a shortcoming stated is what the speaker points out;
    "lưu ý các địa phương cần …" directs."""
    noted = "Phó Thủ tướng cũng lưu ý, việc xây dựng cơ chế, chính sách còn chậm so với kế hoạch.\n"
    directed = "Phó Thủ tướng lưu ý các địa phương cần tăng cường kiểm tra việc cổ phần hóa.\n"
    assert not extract_text(TITLE + LEAD + noted, "a.txt").value.tasks
    tasks = extract_text(TITLE + LEAD + directed, "a.txt").value.tasks
    assert [t.text for t in tasks] == ["Các địa phương cần tăng cường kiểm tra việc cổ phần hóa."]


def test_the_topic_a_direction_sentence_opens_with_heads_the_direction() -> None:
    """Written for the test (the shape of a VnExpress item of dev 471)."""
    topical = "Về chủ trương đội mũ bảo hiểm, Thứ trưởng Bộ Công an chỉ đạo phải làm quyết liệt.\n"
    tasks = extract_text(TITLE + LEAD + topical, "a.txt").value.tasks
    assert [t.text for t in tasks] == ["Về chủ trương đội mũ bảo hiểm, phải làm quyết liệt."]
    for plain in (
        "Về vấn đề này, Thứ trưởng chỉ đạo các địa phương phải làm quyết liệt.\n",
        "Về nhiệm vụ thời gian tới, Thứ trưởng chỉ đạo các địa phương phải làm quyết liệt.\n",
    ):
        tasks = extract_text(TITLE + LEAD + plain, "a.txt").value.tasks
        assert [t.text for t in tasks] == ["Các địa phương phải làm quyết liệt."]


def test_a_lead_that_ends_by_introducing_directions_opens_the_tasks() -> None:
    """Written for the test (the shape of a Tỉnh ủy Khánh Hòa page of dev 488): the lead names the
    chair and ends with "… kết luận yêu cầu Ủy ban nhân dân tỉnh chỉ đạo:"; the points are tasks."""
    text = (
        "Chỉ đạo của đồng chí Bí thư Tỉnh ủy trong giao ban tuần\n\n"
        "Đồng chí Lê Thanh Quang, Bí thư Tỉnh ủy chủ trì giao ban vào sáng ngày 14/6/2019 và kết luận "
        "yêu cầu Ủy ban nhân dân tỉnh chỉ đạo:\n\n"
        "1. Các địa phương phối hợp với ngành Giáo dục tổ chức tốt Kỳ thi THPT quốc gia 2019.\n\n"
        "2. UBND thành phố Nha Trang tích cực rà soát công tác quản lý đô thị, trật tự xây dựng.\n"
    )
    report = extract_text(text, "a.txt").value
    assert [c.name for c in report.chairs] == ["Lê Thanh Quang"]
    assert [t.text for t in report.tasks] == [
        "Các địa phương phối hợp với ngành Giáo dục tổ chức tốt Kỳ thi THPT quốc gia 2019.",
        "UBND thành phố Nha Trang tích cực rà soát công tác quản lý đô thị, trật tự xây dựng.",
    ]


def test_directions_stressed_after_a_colon_and_the_governments_assignment_are_tasks() -> None:
    """Written for the test (the shape of a Người Lao Động item of dev 487)."""
    lead = "Ngày 27-2, Chính phủ họp phiên thường kỳ tháng 2 tại Hà Nội.\n\n"
    speech = (
        "Thay mặt Chính phủ, Phó Thủ tướng Vũ Khoan kết luận hội nghị nhấn mạnh: Tiếp tục khắc phục "
        "khó khăn trong sản xuất nông nghiệp; đẩy nhanh tiến độ các dự án đầu tư.\n\n"
    )
    assigned = "Trước mắt, Chính phủ giao Bộ Kế hoạch và Đầu tư khẩn trương báo cáo đề xuất các giải pháp.\n"
    report = extract_text("Phiên họp Chính phủ tháng 2\n\n" + lead + speech + assigned, "a.txt").value
    assert [t.text for t in report.tasks] == [
        "Tiếp tục khắc phục khó khăn trong sản xuất nông nghiệp",
        "Đẩy nhanh tiến độ các dự án đầu tư.",
        "Bộ Kế hoạch và Đầu tư khẩn trương báo cáo đề xuất các giải pháp.",
    ]
    reported = "Phó Thủ tướng nhấn mạnh: Năm qua, sản xuất công nghiệp tiếp tục phát triển.\n"
    assert not extract_text("Phiên họp Chính phủ tháng 2\n\n" + lead + reported, "a.txt").value.tasks


def test_a_ranked_officer_who_attends_is_an_attendee() -> None:
    """Written for the test (the shape of a Biên Phòng item of dev 479): a military rank before
    the name, the title after it."""
    text = (
        "Sơ kết quy chế giáo dục chính trị\n\nNgày 29-5, tại Học viện Biên phòng, Bộ Tư lệnh BĐBP tổ "
        "chức sơ kết Quy chế giáo dục chính trị giai đoạn 2006-2013. Thiếu tướng Phạm Huy Tập, Chính ủy "
        "BĐBP tới dự và chỉ đạo hội nghị.\n"
    )
    attendees = extract_text(text, "a.txt").value.attendees
    assert [(a.name, a.titles) for a in attendees] == [("Phạm Huy Tập", ("Thiếu tướng", "Chính ủy BĐBP"))]


def test_work_agreed_after_a_colon_keeps_no_colon() -> None:
    """Written for the test (the shape of a Người Lao Động item of dev 486)."""
    text = (
        "Hội đồng Thi đua - Khen thưởng Trung ương họp phiên thứ 20\n\nNgày 13-2, Hội đồng Thi đua - "
        "Khen thưởng Trung ương họp phiên thứ 20 tại Hà Nội.\n\nBàn phương hướng, nhiệm vụ năm 2006, "
        "hội đồng thống nhất: Phát động phong trào thi đua yêu nước ngay từ đầu năm 2006; đẩy mạnh cải "
        "cách hành chính.\n"
    )
    tasks = [t.text for t in extract_text(text, "a.txt").value.tasks]
    assert tasks and all(t[:1].isalpha() for t in tasks)
    assert tasks[0].startswith("Phát động phong trào thi đua yêu nước")


def test_the_important_task_for_the_coming_period_named_after_la() -> None:
    """Written for the test (the shape of a TTXVN quote in dev 486)."""
    text = (
        "Hội đồng Thi đua - Khen thưởng Trung ương họp phiên thứ 20\n\nNgày 13-2, Hội đồng Thi đua - "
        "Khen thưởng Trung ương họp phiên thứ 20 tại Hà Nội.\n\nPhát biểu chỉ đạo, Thủ tướng nhấn mạnh: "
        "Nhiệm vụ quan trọng của tất cả các cấp, các ngành trong thời gian tới là tiếp tục nhân rộng "
        "điển hình tiên tiến; tạo sự chuyển biến hơn nữa về nhận thức.\n"
    )
    tasks = [t.text for t in extract_text(text, "a.txt").value.tasks]
    assert tasks == ["Tiếp tục nhân rộng điển hình tiên tiến", "Tạo sự chuyển biến hơn nữa về nhận thức."]
    done = text.replace("trong thời gian tới là", "đã triển khai là")
    assert not extract_text(done, "a.txt").value.tasks


def test_a_leader_and_the_deputies_named_after_their_shared_title_attend_and_chair() -> None:
    """Written for the test (the shape of a Người Lao Động item of dev 473)."""
    text = (
        "Họp giao ban phòng chống dịch cúm gia cầm\n\nSáng 24-12, tại TP.HCM, Ban chỉ đạo quốc gia về "
        "phòng chống dịch cúm gia cầm đã họp giao ban.\n\nThủ tướng Phan Văn Khải và các Phó thủ tướng: "
        "Nguyễn Tấn Dũng, Vũ Khoan, Phạm Gia Khiêm đã dự và chủ trì cuộc họp.\n"
    )
    report = extract_text(text, "a.txt").value
    names = ["Phan Văn Khải", "Nguyễn Tấn Dũng", "Vũ Khoan", "Phạm Gia Khiêm"]
    assert [c.name for c in report.chairs] == names
    assert [(a.name, a.titles) for a in report.attendees] == [
        ("Phan Văn Khải", ("Thủ tướng",)),
        *((name, ("Phó thủ tướng",)) for name in names[1:]),
    ]


def test_a_paragraph_opening_with_the_chair_names_him_and_gives_his_directions() -> None:
    """Written for the test (the shape of a Người Lao Động item of dev 496)."""
    text = (
        "Triển khai đợt cao điểm trấn áp tội phạm\n\n(NLĐ) - Hội nghị triển khai kế hoạch trấn áp tội "
        "phạm khu vực phía Nam đã được Bộ Công an tổ chức ngày 8-3-2006 tại TPHCM.\n\nĐây là hoạt động "
        "quan trọng của lực lượng công an.\n\nChủ trì hội nghị, Đại tướng Lê Hồng Anh, Bộ trưởng Bộ Công "
        "an, chỉ đạo: Lực lượng công an các tỉnh cần tập trung xử lý kịp thời những mâu thuẫn trong nội "
        "bộ nhân dân.\n"
    )
    report = extract_text(text, "a.txt").value
    chairs = [(c.name, c.titles) for c in report.chairs]
    assert chairs == [("Lê Hồng Anh", ("Đại tướng", "Bộ trưởng Bộ Công an"))]
    assert [t.text for t in report.tasks] == [
        "Lực lượng công an các tỉnh cần tập trung xử lý kịp thời những mâu thuẫn trong nội bộ nhân dân."
    ]


def test_a_sentence_glued_after_a_closing_bracket_starts_anew() -> None:
    """Written for the test (the shape of a Giao Thông item of dev 491): the crawl lost the space
    after "…)."; the capitalised sentence after it names the chair, who stresses a point."""
    text = (
        "Nhân rộng mô hình điểm về an toàn giao thông\n\nUBND tỉnh Nam Định vừa tổ chức hội nghị sơ kết "
        "cuộc vận động.\n\nSau 3 năm, Nam Định đã xây dựng thành công 3 mô hình điểm (xã Xuân Hồng, huyện "
        "Xuân Trường).Chủ trì Hội nghị, ông Nguyễn Văn Tuấn - Chủ tịch UBND tỉnh nhấn mạnh: “Các địa "
        "phương chủ động nhân rộng mô hình”.\n"
    )
    report = extract_text(text, "a.txt").value
    assert [c.name for c in report.chairs] == ["Nguyễn Văn Tuấn"]
    assert split_sentences("huyện Xuân Trường).Chủ trì Hội nghị, ông A.")[0] == "huyện Xuân Trường)."


def test_a_cited_directive_typed_with_spaces_round_its_dash_does_not_date_the_meeting() -> None:
    """Written for the test (the shape of a CAND item of dev 492)."""
    text = (
        "Khắc ghi 6 điều Bác Hồ dạy\n\nHội nghị tổng kết 5 năm thực hiện Chỉ thị 05/2008/CT - BCA (X11) "
        "ngày 26/5/2008 của Bộ Công an đã được Công an tỉnh Khánh Hòa tổ chức sáng 30/5/2013.\n"
    )
    assert extract_text(text, "a.txt").value.date == "2013-05-30"


def test_two_meeting_days_with_a_dashed_month_and_a_dotted_date_after_sang_qua() -> None:
    """Written for the test (the shapes of Người Lao Động and Thanh Niên items of dev 504-507)."""
    from dvtool.extract.dates import find_dates

    (two_days,) = find_dates("Chính phủ họp phiên thường kỳ tháng 1-2006 trong hai ngày 23 và 24-1.")
    assert (two_days.day, two_days.month) == (23, 1)
    (dotted,) = find_dates("Hội nghị được khai mạc vào sáng qua (30.5) tại Hà Nội.")
    assert (dotted.day, dotted.month) == (30, 5)
    assert not find_dates("Năm nay có 2.5 triệu lượt khách.")


def test_yesterday_before_the_meeting_verb_after_a_long_subject_dates_the_meeting() -> None:
    """Written for the test (the shape of a Pháp Luật VN item of dev 500), on an aggregator's page
    dated 30/05/13."""
    text = (
        "Bàn sửa đổi Luật Công chứng\n\nBan soạn thảo Dự án Luật sửa đổi, bổ sung một số điều của Luật "
        "Công chứng hôm qua họp phiên thứ 4 dưới sự chủ trì của Bộ trưởng Hà Hùng Cường.\n\nBan soạn thảo "
        "cho biết cả nước có 656 tổ chức hành nghề công chứng.\n\n30/05/13 07:40 GMT+7\n\nXã hội\n\n"
        "Công chứng,Hành nghề\n\nPháp Luật VN\n"
    )
    assert extract_text(text, "a.txt").value.date == "2013-05-29"
    later = text.replace("hôm qua họp", "họp").replace("cho biết cả nước", "cho biết hôm qua cả nước")
    assert extract_text(later, "a.txt").value.date is None


def test_an_amount_at_a_level_spelt_ti_is_a_figure() -> None:
    """Found by the new-user trial on dev 467: "tỉ" is the other spelling of "tỷ"."""
    from dvtool.extract.numbers import find_figures

    figures = find_figures("Tổng thu ngân sách đạt mức 105.044 tỉ đồng.")
    assert [(f.value, f.unit) for f in figures] == [(105044, "tỉ đồng")]


def test_a_box_of_dated_links_inside_the_article_is_related_headlines() -> None:
    """Found by the new-user trial on dev 469 (a VnExpress page of 2005): the links are no
    results, and their dates date nothing."""
    text = (
        "Họp bàn phòng chống dịch cúm gia cầm\n\nSáng 19/11, Thủ tướng chủ trì cuộc họp với các đoàn "
        "kiểm tra phòng chống dịch cúm gia cầm.\n\nHàng tấn phân gà đổ xuống hồ Trị An(08/11/2005)\n"
        "Cả 3 miền phát dịch, 1 người chết vì cúm tại Hà Nội(07/11/2005)\nXem tiếp\n\nTheo Ban chỉ đạo, "
        "dịch đã tái phát ở 17 tỉnh, thành.\n"
    )
    report = extract_text(text, "a.txt").value
    assert report.related == (
        "Hàng tấn phân gà đổ xuống hồ Trị An(08/11/2005)",
        "Cả 3 miền phát dịch, 1 người chết vì cúm tại Hà Nội(07/11/2005)",
    )
    assert report.date is None
    assert not any("chết" in r.text for r in report.results)


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        (
            "Chiều 27/5, tại Trụ sở Chính phủ, Ban Chỉ đạo đã họp đánh giá kết quả năm 2012.",
            "Trụ sở Chính phủ",
        ),
        ("Ngày 29/5, Bộ Công an tổ chức hội nghị sơ kết tại Hà Nội.", "Hà Nội"),
        ("Ngày 29/5, Sở Y tế tổ chức hội nghị tại thành phố Vinh để triển khai kế hoạch.", "thành phố Vinh"),
        ("Ngày 29/5, Ban Dân vận tổ chức hội nghị tại Hội trường UBND huyện.", "Hội trường UBND huyện"),
    ],
)
def test_the_place_after_tai_in_the_lead_is_the_meetings_location(lead: str, place: str) -> None:
    """Found by the new-user trial (trial14): only a named venue was read, never a city."""
    assert extract_text("Hội nghị sơ kết công tác\n\n" + lead + "\n", "a.txt").value.location == place


def test_a_province_spoken_of_as_ours_is_no_place() -> None:
    lead = "Ngày 29/5, UBND tỉnh tổ chức hội nghị báo cáo tại tỉnh ta về tình hình công nghiệp.\n"
    assert extract_text("Hội nghị\n\n" + lead, "a.txt").value.location is None
