"""Directions letters and notices whose body is a list of directions (round 5): the points
after a line that asks ("… yêu cầu:", "… đề nghị Công ty thực hiện các nội dung sau:") or under
a heading that names requests are tasks; the lines that head them, cited documents, wrapped
lines and recommendations upwards are none. Every text is written for the test; the tests
show that the rule works on these sentences, not that it generalizes."""

from __future__ import annotations

from dvtool.document import Block, Document
from dvtool.interpret.official_directions import find
from dvtool.model import Report

from .typed import bold, typed_report

FRAME = [
    "ỦY BAN NHÂN DÂN",
    "TỈNH HÀ GIANG",
    "Số: 812/UBND-KT",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Hà Giang, ngày 4 tháng 5 năm 2025",
    "V/v tăng cường quản lý vật liệu xây dựng",
    "Kính gửi: Các sở, ban, ngành thuộc tỉnh",
]
FOOTER = ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đỗ Văn Hải"]


def _report(*body: str | Block) -> Report:
    return typed_report(FRAME, FOOTER, body)


def _bold(text: str) -> Block:
    return bold(text)


def _tasks(report: Report) -> list[str]:
    return [t.text.rstrip(".") for t in report.tasks]


def test_points_after_a_paragraph_that_asks_are_tasks_under_the_bodies_that_do_them() -> None:
    report = _report(
        "Thời gian qua, việc khai thác cát trái phép vẫn còn xảy ra ở một số xã.",
        "Để chấn chỉnh tình trạng trên, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:",
        _bold("1. Sở Xây dựng"),
        "- Tăng cường kiểm tra chất lượng vật liệu xây dựng tại 12 công trình trọng điểm.",
        "- Công bố giá vật liệu xây dựng hằng quý theo quy định.",
        _bold("2. Công an tỉnh"),
        "- Chủ trì tuần tra, xử lý nghiêm các phương tiện chở quá tải trọng.",
        "3. Ủy ban nhân dân các xã chịu trách nhiệm trước Chủ tịch tỉnh nếu để xảy ra khai thác trái phép.",
    )
    assert _tasks(report) == [
        "Tăng cường kiểm tra chất lượng vật liệu xây dựng tại 12 công trình trọng điểm",
        "Công bố giá vật liệu xây dựng hằng quý theo quy định",
        "Chủ trì tuần tra, xử lý nghiêm các phương tiện chở quá tải trọng",
        "Ủy ban nhân dân các xã chịu trách nhiệm trước Chủ tịch tỉnh nếu để xảy ra khai thác trái phép",
    ]
    # the points are requirements: their numbers are no results
    assert not any("12" in r.text for r in report.results)


def test_a_numbered_line_heads_the_points_after_it_and_a_long_one_alone_is_a_point() -> None:
    report = _report(
        "Sở Nông nghiệp và Môi trường đề nghị Công ty thực hiện đầy đủ các nội dung sau:",
        "1. Trước khi đưa mỏ vào khai thác",
        "- Thực hiện cắm mốc khu vực khai thác theo quy định.",
        "- Lập hồ sơ môi trường trình cơ quan có thẩm quyền phê duyệt.",
        "2. Trong quá trình khai thác",
        "2.1. Thực hiện nghiêm túc các nghĩa vụ trong khai thác khoáng sản theo giấy phép.",
        "2.2. Đối với công tác bảo vệ khoáng sản chưa khai thác.",
        "- Bảo vệ khoáng sản trong phạm vi ranh giới được phép khai thác.",
    )
    tasks = _tasks(report)
    for point in (
        "Thực hiện cắm mốc khu vực khai thác theo quy định",
        "Lập hồ sơ môi trường trình cơ quan có thẩm quyền phê duyệt",
        "Thực hiện nghiêm túc các nghĩa vụ trong khai thác khoáng sản theo giấy phép",
        "Bảo vệ khoáng sản trong phạm vi ranh giới được phép khai thác",
    ):
        assert point in tasks
    assert not any(t.startswith(("Trước khi", "Trong quá trình khai thác")) for t in tasks)


def test_a_heading_that_names_requests_opens_them_until_an_appendix() -> None:
    report = _report(
        _bold("1. Thông tin về công trình"),
        "a) Tên công trình: Kho chứa vật liệu nổ công nghiệp.",
        _bold("2. Yêu cầu đối với chủ đầu tư"),
        "a) Lưu trữ hồ sơ công trình theo quy định.",
        "b) Các yêu cầu khác:",
        "- Tổ chức huấn luyện, diễn tập phòng cháy hằng năm.",
        _bold("Phụ lục 01"),
        "- Tổng mức đầu tư: 255.000.000 đồng",
        "- Bậc chịu lửa: Bậc II",
    )
    assert _tasks(report) == [
        "Lưu trữ hồ sơ công trình theo quy định",
        "Tổ chức huấn luyện, diễn tập phòng cháy hằng năm",
    ]


def test_a_listed_document_is_read_not_done() -> None:
    report = _report(
        "Đề nghị các doanh nghiệp nghiên cứu các văn bản sau:",
        "- Nghị định số 24/2026/NĐ-CP ngày 17/01/2026 của Chính phủ quy định danh mục hóa chất.",
        "- Thông tư số 01/2026/TT-BCT quy định chi tiết một số điều.",
        "Đề nghị các doanh nghiệp thực hiện các nội dung sau:",
        "- Rà soát danh mục hóa chất đang sử dụng.",
        "- Cập nhật kế hoạch ứng phó sự cố hóa chất.",
    )
    assert _tasks(report) == [
        "Rà soát danh mục hóa chất đang sử dụng",
        "Cập nhật kế hoạch ứng phó sự cố hóa chất",
    ]


def test_lines_that_report_or_recommend_upwards_open_no_directions() -> None:
    for opener in (
        "Trong năm, Sở đã yêu cầu các đơn vị thực hiện các nội dung sau:",  # done: results
        "Kết quả có 23/24 giáo viên đạt yêu cầu trở lên, trong đó có:",
        "Sở Tài chính kính đề nghị Ủy ban nhân dân tỉnh xem xét các nội dung sau:",
        "Đến nay có 05 hồ sơ đề nghị thành lập cụm công nghiệp, gồm:",
    ):
        body = Document(
            (
                Block(opener),
                Block("- Bố trí kinh phí cho công tác kiểm tra."),
                Block("- Hỗ trợ 05 xã về hạ tầng."),
            ),
            origin="docx",
        )
        assert find(body) is None, opener


def test_a_single_request_is_no_list_of_directions() -> None:
    body = Document(
        (Block("Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:"), Block("- Tăng cường kiểm tra.")), origin="docx"
    )
    assert find(body) is None


def test_a_closing_sentence_that_directs_is_the_last_direction() -> None:
    report = _report(
        "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:",
        "1. Thường xuyên theo dõi diễn biến thời tiết để thông báo cho Nhân dân.",
        "2. Các địa phương chỉ đạo thu hoạch lúa vụ Hè Thu trước ngày 15 tháng 9.",
        "Tổ chức trực ban nghiêm túc, sẵn sàng ứng phó với mọi tình huống./.",
    )
    last = _tasks(report)[-1].rstrip("./")
    assert last == "Tổ chức trực ban nghiêm túc, sẵn sàng ứng phó với mọi tình huống"
    # a formula of a report stays out: it recommends to the body reported to
    report = _report(
        "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:",
        "1. Thường xuyên theo dõi diễn biến thời tiết để thông báo cho Nhân dân.",
        "2. Các địa phương chỉ đạo thu hoạch lúa vụ Hè Thu trước ngày 15 tháng 9.",
        "Trên đây là báo cáo của Sở, kính đề nghị Ủy ban nhân dân tỉnh xem xét./.",
    )
    assert len(report.tasks) == 2


def test_a_request_after_the_closing_formula_is_the_last_direction() -> None:
    points = (
        "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:",
        "1. Thường xuyên theo dõi diễn biến thời tiết để thông báo cho Nhân dân.",
        "2. Các địa phương chỉ đạo thu hoạch lúa vụ Hè Thu trước ngày 15 tháng 9.",
    )
    report = _report(
        *points,
        "Trên đây là kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp. Yêu cầu các đơn vị"
        " khẩn trương triển khai thực hiện./.",
    )
    assert _tasks(report)[-1].endswith("Yêu cầu các đơn vị khẩn trương triển khai thực hiện./")
    # a request a PDF glued to the name after it ("đềnghịỦy ban nhân dân các xã")
    report = _report(
        *points, "Căn cứ kết luận trên, đềnghịỦy ban nhân dân các xã nghiêm túc triển khai thực hiện./."
    )
    assert "nghiêm túc triển khai thực hiện" in _tasks(report)[-1]
    # or to the word after it, where a clause opens ("…; đềnghịcác cơ quan")
    report = _report(
        *points, "Căn cứ kết luận trên; đềnghịcác cơ quan, đơn vị nghiêm túc triển khai thực hiện./."
    )
    assert "nghiêm túc triển khai thực hiện" in _tasks(report)[-1]
    # formulas stay out: a recommendation upwards after the formula, a notice to be acted on
    for formula in (
        "Trên đây là báo cáo của Sở Công Thương. Kính đề nghị Ủy ban nhân dân tỉnh xem xét./.",
        "Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.",
    ):
        assert len(_report(*points, formula).tasks) == 2, formula
