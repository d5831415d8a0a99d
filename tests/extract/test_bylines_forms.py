"""The zones around the article: bylines in forms beyond "Huyền Trang" and "Tin, ảnh: Quốc
Việt" (a reporter and the agency after a slash, two reporters or a reporter and a unit after a
comma, a source given as a domain, page keywords after the byline), and a site or section name
above the headline.

The lines are written for these rules: the tests show each rule works, not that it
generalizes (that is measured on the real documents of tests/eval/real)."""

from __future__ import annotations

import pytest

from dvtool.extract import extract_text

BODY = (
    "Hội Nông dân tỉnh sơ kết công tác 6 tháng\n\n"
    "Sáng 21/6/2023, Hội Nông dân tỉnh tổ chức hội nghị sơ kết công tác 6 tháng đầu năm. "
    "Hội nghị có 100 đại biểu tham dự.\n\n"
    "Năm qua, các cấp hội đã vận động 120 hộ vay vốn với tổng dư nợ 15 tỷ đồng.\n\n"
)


@pytest.mark.parametrize(
    ("tail", "author", "publisher"),
    [
        ("Ngọc Anh/VOV", "Ngọc Anh", "VOV"),
        ("Hoàng Anh - Thanh Tâm/VOV.VN", "Hoàng Anh - Thanh Tâm", "VOV.VN"),
        ("Thu Hà (Nguồn: baolaocai.vn)", "Thu Hà", "baolaocai.vn"),
        ("Thu Hà (Theo Báo Lào Cai)", "Thu Hà", "Báo Lào Cai"),
        ("Minh Hiếu/TTXVN", "Minh Hiếu", "TTXVN"),
        ("Lê Hằng, Cảnh Toàn", "Lê Hằng, Cảnh Toàn", None),
        ("Lê Văn An, Trung tâm Văn hóa huyện", "Lê Văn An", None),
        ("Thu Hằng - Báo Nam Định", "Thu Hằng", "Báo Nam Định"),  # the outlet written for (reporter-outlet)
        ("Theo baonamdinh.vn", None, "baonamdinh.vn"),
        ("Thu Hằng\n\nTừ khóa: hội nông dân, sơ kết", "Thu Hằng", None),
        ("Quốc Huy - Thành Long (CTV)", "Quốc Huy - Thành Long", None),
        ("(CTV: Khánh Nguyễn)", "Khánh Nguyễn", None),
        ("*Tin & Ảnh: Văn phòng Đảng ủy*", "Văn phòng Đảng ủy", None),
        ("Q.VIỆT", "Q.VIỆT", None),
        ("Trúc Đào, Chuyên viên Văn phòng", "Trúc Đào", None),
        ("Hồng Mai Trung tâm TT/GDSK", "Hồng Mai", None),
        ("HG", "HG", None),
        ("Ngọc Huyền – Trường Hải", "Ngọc Huyền - Trường Hải", None),
        ("Khắc Điệp\n\n(http://www.nguoidaibieu.com.vn/)", "Khắc Điệp", "http://www.nguoidaibieu.com.vn/"),
        ("Tác giả: Văn Thông\n\nToàn cảnh hội nghị sơ kết", "Văn Thông", None),
    ],
)
def test_the_byline_gives_the_author_and_the_source(
    tail: str, author: str | None, publisher: str | None
) -> None:
    report = extract_text(BODY + tail, "a.txt").value
    assert (report.author, report.publisher) == (author, publisher)


def test_a_name_and_a_title_after_a_comma_is_no_byline() -> None:
    report = extract_text(BODY + "Nguyễn Văn An, Chủ tịch Hội Nông dân tỉnh", "a.txt").value
    assert report.author is None


@pytest.mark.parametrize(
    "above",
    ["BÁO NAM ĐỊNH\n\nThời sự", "Trang chủ\n\nTin tức - Sự kiện", "Tin hoạt động", "Hội Nông dân"],
)
def test_a_site_or_section_name_above_the_headline_is_not_the_title(above: str) -> None:
    headline = "Hội Nông dân tỉnh sơ kết công tác 6 tháng"
    report = extract_text(f"{above}\n\n{BODY}Thu Hằng", "a.txt").value
    assert report.title == headline


def test_a_short_headline_above_a_photo_caption_stays_the_title() -> None:
    caption = "Giao ban báo chí\n\nQuang cảnh hội nghị giao ban"
    text = BODY.replace("Hội Nông dân tỉnh sơ kết công tác 6 tháng", caption)
    assert extract_text(text + "Thu Hằng", "a.txt").value.title == "Giao ban báo chí"


def test_a_headline_closed_with_a_full_stop_above_a_dated_lead_is_the_title() -> None:
    text = (
        "Hội Nông dân tỉnh đề ra nhiều giải pháp phát triển hội viên.\n\n20/07/2023 14:33\n\n"
        "Ngày 20-7, Hội Nông dân tỉnh tổ chức hội nghị giao ban sáu tháng đầu năm 2023 tại hội trường.\n\n"
        "Toàn cảnh hội nghị giao ban. Ảnh: SONG MAI\n\nThu Hằng"
    )
    report = extract_text(text, "a.txt").value
    headline = "Hội Nông dân tỉnh đề ra nhiều giải pháp phát triển hội viên"
    assert (report.title, report.date) == (headline, "2023-07-20")


def test_a_page_that_opens_with_its_dated_lead_keeps_the_lead() -> None:
    text = (
        "Ngày 1.2.2016, Hội người cao tuổi huyện đã tổ chức hội nghị tổng kết công tác hội năm 2015\n\n"
        "Quang cảnh hội nghị\n\nTrong năm 2015, toàn huyện đã kết nạp được hơn 550 hội viên mới.\n\nThu Hằng"
    )
    assert extract_text(text, "a.txt").value.date == "2016-02-01"


@pytest.mark.parametrize(
    "chrome",
    [
        "SHARE",
        "Ý kiến bạn đọc - Gửi bình luận",
        "Trả lời",
        "Các tin tức khác",
        "Đường dây nóng: 0987083838.",
        "Có thể bạn quan tâm",
    ],
)
def test_page_chrome_after_the_byline_ends_the_article(chrome: str) -> None:
    text = BODY + f"Thu Hằng\n\n{chrome}\n\nHội nghị khác diễn ra tại huyện bên"
    assert extract_text(text, "a.txt").value.author == "Thu Hằng"


def test_a_source_in_parentheses_without_a_dash_opens_the_lead_or_the_headline() -> None:
    lead = "(THTG) Sáng ngày 7/7/2023, tại Tiền Giang, Viện kiểm sát tổ chức hội nghị sơ kết công tác."
    report = extract_text(f"Viện kiểm sát sơ kết công tác\n\n{lead}\n\nThu Hằng", "a.txt").value
    assert (report.publisher, report.date) == ("THTG", "2023-07-07")
    headline = "(TTV) Hội nghị tổng kết công tác Y tế năm 2021\n\n"
    titled = extract_text(headline + BODY + "Thu Hằng", "a.txt").value
    assert (titled.publisher, titled.title) == ("TTV", "Hội nghị tổng kết công tác Y tế năm 2021")


def test_the_source_opens_the_paragraph_under_a_headline_closed_with_dots() -> None:
    text = (
        "Trường Cao đẳng tiếp tục khẳng định sứ mệnh về đào tạo nguồn nhân lực cho sản xuất, dịch vụ...\n\n"
        "(LĐXH) - Đó là ghi nhận của Phó Tổng Cục trưởng trong chuyến thăm và làm việc với nhà trường.\n\n"
        "(BVBNĐ-29/12/2017) Sáng nay, tại hội trường bệnh viện đã tổ chức hội nghị cán bộ công chức.\n\nM.Q"
    )
    assert extract_text(text, "a.txt").value.publisher == "LĐXH"
    assert extract_text(text.split("\n\n", 2)[2], "a.txt").value.publisher == "BVBNĐ"


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        ("GD&TĐ - Sáng 14/7/2017, Bộ trưởng có buổi làm việc với thành phố về đổi mới giáo dục.", "GD&TĐ"),
        (
            "(Tiền Phong) - Sáng 14/7/2017, Bộ trưởng có buổi làm việc với thành phố về giáo dục.",
            "Tiền Phong",
        ),
        ("VOV.VN - Sáng 14/7/2017, Bộ trưởng có buổi làm việc với thành phố về đổi mới giáo dục.", "VOV.VN"),
        (
            "QĐND Online - Sáng 14/7/2017, Bộ trưởng có buổi làm việc với thành phố về giáo dục.",
            "QĐND Online",
        ),
        (
            "Báo Đắk Nông - Sáng 14/7/2017, Bộ trưởng có buổi làm việc với thành phố về giáo dục.",
            "Báo Đắk Nông",
        ),
    ],
)
def test_a_source_with_an_ampersand_or_two_words_in_parentheses_opens_the_lead(
    lead: str, source: str
) -> None:
    """Written for the test: "GD&TĐ -", "(Dân trí) -" name the source the way "(TTV) -" does."""
    report = extract_text(f"Bộ trưởng làm việc với thành phố\n\n{lead}\n\nThu Hằng", "a.txt").value
    assert (report.publisher, report.date) == (source, "2017-07-14")
    assert extract_text(lead, "a.txt").value.publisher == source  # no headline: the lead is read as one


@pytest.mark.parametrize(
    ("tail", "author", "publisher"),
    [
        ("Ngọc Thiện (TTXVN)", "Ngọc Thiện", "TTXVN"),
        ("N. C (T.Hợp)", "N. C", None),
        ("HOÀNG LONG", "HOÀNG LONG", None),
    ],
)
def test_a_byline_run_into_the_last_paragraph_is_taken_off_it(
    tail: str, author: str, publisher: str | None
) -> None:
    """Written for the test: a crawler ran the byline line into the last sentence, with or
    without a space after its full stop."""
    last = "Hội nghị cũng trao quyết định nghỉ hưu cho ông Lê Văn Dũng từ ngày 1/7/2017."
    for joint in ("  ", ""):
        report = extract_text(BODY + last + joint + tail, "a.txt").value
        assert (report.author, report.publisher) == (author, publisher)
    # a last sentence closed with a full stop names no reporter, nor does page chrome run in
    assert extract_text(BODY + last + " Đó là Hà Nội.", "a.txt").value.author is None
    assert extract_text(BODY + last + " TIN MỚI", "a.txt").value.author is None
    assert extract_text(BODY + last + " Ban Biên Tập", "a.txt").value.author is None


def test_a_news_aggregators_label_under_the_article_names_the_source_and_dates_the_page() -> None:
    """Written for the test: time, section, tags and the paper's name under the article."""
    lead = "Sáng 29/5, Hội Nông dân tỉnh tổ chức hội nghị sơ kết công tác hội và phong trào 6 tháng.\n\n"
    label = "29/05/13 16:19 GMT+7\n\nXã hội\n\nNông dân,Hội nghị,Sơ kết,Nông thôn\n\nNông Nghiệp Việt Nam"
    report = extract_text(
        "Hội Nông dân sơ kết công tác\n\n" + lead + BODY.split("\n\n", 2)[2] + label, "a.txt"
    )
    assert (report.value.author, report.value.publisher) == (None, "Nông Nghiệp Việt Nam")
    assert report.value.date == "2013-05-29"


@pytest.mark.parametrize(
    ("prefix", "publisher"),
    [("(Chinhphu.vn) – ", "Chinhphu.vn"), ("(HQ Online) - ", "HQ Online"), ("(HNM) - ", "Chính Phủ")],
)
def test_a_source_prefix_naming_the_outlet_in_full_wins_over_the_aggregators_label(
    prefix: str, publisher: str
) -> None:
    """Written for the test: the lead names the outlet by its web address or words, the label
    under the article by the aggregator's name for it; a code in the prefix ("HNM") leaves the
    label's name."""
    lead = prefix + "Sáng 29/5, Hội Nông dân tỉnh tổ chức hội nghị sơ kết công tác hội và phong trào.\n\n"
    label = "29/05/13 16:19 GMT+7\n\nXã hội\n\nNông dân,Hội nghị,Sơ kết,Nông thôn\n\nChính Phủ"
    text = "Hội Nông dân sơ kết công tác\n\n" + lead + BODY.split("\n\n", 2)[2] + label
    assert extract_text(text, "a.txt").value.publisher == publisher


def test_a_short_items_aggregator_label_is_read_though_it_has_more_lines_than_the_item() -> None:
    """Written for the test (the shape of a Lao Động item of dev 503): a headline, one paragraph,
    then the aggregator's time, section, tags and source."""
    text = (
        "Hỗ trợ kinh phí Mái ấm Công đoàn\n\nNgày 31.5, LĐLĐ Hà Nội tổ chức hội nghị thông báo hỗ trợ kinh "
        "phí xây dựng, sửa chữa nhà ở cho đoàn viên có hoàn cảnh khó khăn đặc biệt trong năm 2013.\n"
        "31/05/13 15:16 GMT+7\nKinh tế\nLiên đoàn lao động,Hỗ trợ,Kinh phí,Chưa được\nLao Động\n"
    )
    report = extract_text(text, "a.txt").value
    assert (report.author, report.publisher) == (None, "Lao Động")
    assert not report.limitations
