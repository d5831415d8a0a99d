"""Tasks of issue 11, round 4: directions that open a clause mid-sentence and directions
stated without a cue verb at the start. Every sentence is written for these tests: they show
each rule works, not that it generalizes."""

from __future__ import annotations

from dvtool.extract.directions import directions
from dvtool.extract.requests import sort_sentences

# a request verb opening a clause after a comma or a semicolon -------------------------


def test_a_request_opening_a_clause_after_a_comma_is_a_task() -> None:
    sentence = (
        "Do giấy chứng nhận kiểm định của xe sắp hết hạn trong khi thời hạn Giấy phép đề nghị là "
        "24 tháng, đề nghị đơn vị chủ động đăng kiểm lại đúng thời hạn."
    )
    assert directions(sentence, speech=False) == ["đơn vị chủ động đăng kiểm lại đúng thời hạn."]


def test_a_request_opening_a_clause_after_a_semicolon_is_a_task() -> None:
    sentence = (
        "Giấy phép lái xe của ông Nguyễn Văn Nam chỉ còn giá trị đến tháng 9; "
        "đề nghị đơn vị chủ động gia hạn trước khi hết hạn."
    )
    assert directions(sentence, speech=False) == ["đơn vị chủ động gia hạn trước khi hết hạn."]


def test_a_request_after_a_comma_in_a_sentence_that_reports_is_none() -> None:
    sentence = "UBND huyện đã ban hành văn bản, yêu cầu các xã rà soát hộ nghèo."
    assert directions(sentence, speech=False) == []


def test_a_request_after_what_citizens_petitioned_is_what_they_asked_for() -> None:
    # the rule works on these sentences; it does not show that it generalizes
    sentence = (
        "Nội dung tiếp công dân trong quý tập trung vào đất đai: khiếu nại về giá bồi thường; "
        "yêu cầu giải quyết đơn tranh chấp ranh giới; kiến nghị cấp giấy chứng nhận cho hộ nghèo."
    )
    assert directions(sentence, speech=False) == []


def test_a_request_listed_among_petitions_in_a_results_paragraph_is_no_task() -> None:
    text = (
        "Trong kỳ tiếp nhận 12 đơn thư, phản ánh việc lấn chiếm hành lang giao thông, "
        "đề nghị cấp phép sửa chữa nhà ở."
    )
    assert sort_sentences(text).tasks == []


def test_a_request_after_a_finding_without_petitions_is_still_a_task() -> None:
    text = "Hồ sơ an toàn của kho chưa được cập nhật, đề nghị đơn vị bổ sung trước ngày 30/6."
    assert sort_sentences(text).tasks == ["Đơn vị bổ sung trước ngày 30/6"]


def test_a_request_in_the_middle_of_a_clause_needs_its_giver() -> None:
    sentence = "Hồ sơ đề nghị cấp phép của đơn vị gồm 5 thành phần theo quy định."
    assert directions(sentence, speech=False) == []


# a statement reported after the tasks have opened ------------------------------------

NEWS = (
    "Công an huyện Tân Lập sơ kết 6 tháng đầu năm 2024\n\n"
    "Ngày 8/7/2024, Công an huyện Tân Lập tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2024.\n\n"
    "6 tháng đầu năm, Công an huyện đã điều tra làm rõ 45 vụ án.\n\n"
    "Thời gian tới, Công an huyện tiếp tục tăng cường tuần tra, kiểm soát trên các tuyến đường.\n\n"
)


def _news_tasks(text: str) -> list[str]:
    from dvtool.extract import extract_text

    return [t.text for t in extract_text(NEWS + text, "x.txt").value.tasks]


def test_a_statement_among_the_tasks_gives_only_its_directions() -> None:
    tasks = _news_tasks(
        "Tại hội nghị, Trưởng phòng Cảnh sát hình sự Lê Văn Hùng cho hay các vụ án lớn đều được "
        "xử lý kịp thời. Các tổ công tác cần phối hợp chặt chẽ với chính quyền xã.\n"
    )
    assert len(tasks) == 2
    assert tasks[1].startswith("Các tổ công tác cần phối hợp")
    assert not any("cho hay" in t for t in tasks)


def test_a_task_that_evaluates_is_no_statement() -> None:
    tasks = _news_tasks("Các xã cần đánh giá kết quả tuần tra hằng tháng.\n")
    assert len(tasks) == 2
    assert tasks[-1].startswith("Các xã cần đánh giá kết quả")


# a leader named by a title of state or party speaks ----------------------------------


def test_a_paragraph_opening_with_a_leaders_title_and_a_verb_of_speech_is_a_remark() -> None:
    from dvtool.extract import extract_text

    text = (
        "Hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2024\n\n"
        "Ngày 5/12/2024, Ban Tổ chức Trung ương tổ chức hội nghị tổng kết công tác năm 2024.\n\n"
        "Năm 2024, toàn ngành đã hoàn thành 45 nhiệm vụ.\n\n"
        "Tổng Bí thư gợi mở phải làm tốt công tác tham mưu sắp xếp bộ máy. Công tác này cần được "
        "tiến hành khách quan, thận trọng, dân chủ.\n"
    )
    report = extract_text(text, "x.txt").value
    assert len(report.remarks) == 1
    assert [t.text for t in report.tasks][-1].startswith("Công tác này cần được tiến hành")


# a paragraph that gives directions and ends with a colon opens the tasks ----------------


def test_the_points_after_a_direction_ending_with_a_colon_are_tasks() -> None:
    from dvtool.extract import extract_text

    text = (
        "V/v tăng cường quản lý khoáng sản trên địa bàn\n\n"
        "Thời gian qua, công tác quản lý khoáng sản đã đạt nhiều kết quả.\n\n"
        "Để khắc phục tồn tại, Chủ tịch UBND tỉnh yêu cầu các cơ quan thực hiện tốt các nội dung sau:\n\n"
        "1. Sở Nông nghiệp và Môi trường\n\n"
        "- Rà soát quy chế phối hợp quản lý khoáng sản tại khu vực giáp ranh.\n\n"
        "- Chủ trì các đợt kiểm tra liên ngành tại các điểm nóng.\n\n"
        "2. Công an tỉnh\n\n"
        "- Tập trung đấu tranh với các đường dây khai thác trái phép.\n"
    )
    tasks = [t.text for t in extract_text(text, "x.txt").value.tasks]
    assert len(tasks) == 3
    assert tasks[1].startswith("Chủ trì các đợt kiểm tra")


def test_the_points_after_a_bare_direction_verb_and_a_colon_are_tasks() -> None:
    from dvtool.extract import extract_text

    text = (
        "V/v tăng cường thanh tra hoạt động khoáng sản\n\n"
        "Thời gian qua, công tác quản lý khoáng sản đã đạt nhiều kết quả.\n\n"
        "Để nâng cao hiệu quả quản lý nhà nước, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n\n"
        "1. Trách nhiệm chung của các cơ quan, đơn vị\n\n"
        "- Thực hiện thanh tra, kiểm tra có trọng tâm, trọng điểm.\n\n"
        "- Đề cao trách nhiệm của người đứng đầu cơ quan, đơn vị.\n"
    )
    tasks = [t.text for t in extract_text(text, "x.txt").value.tasks]
    assert len(tasks) == 2
    assert tasks[1].startswith("Đề cao trách nhiệm")


def test_a_direction_reported_before_a_colon_opens_no_tasks() -> None:
    from dvtool.extract import extract_text

    text = (
        "Sơ kết công tác quản lý khoáng sản 6 tháng đầu năm 2024\n\n"
        "Ngày 5/7/2024, Sở Nông nghiệp tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2024.\n\n"
        "Trong 6 tháng, UBND tỉnh đã kịp thời chỉ đạo:\n\n"
        "- Kiểm tra 45 mỏ khoáng sản đang hoạt động.\n"
    )
    assert extract_text(text, "x.txt").value.tasks == ()


def test_a_point_that_cites_a_document_asks_nothing() -> None:
    from dvtool.extract import extract_text
    from dvtool.extract.among_tasks import cites_document

    assert cites_document("Nghị định số 24/2026/NĐ-CP ngày 17/01/2026 của Chính phủ quy định …")
    assert not cites_document("Nghiên cứu, thực hiện đúng Nghị định số 24/2026/NĐ-CP.")
    text = (
        "V/v triển khai các văn bản mới về hóa chất\n\n"
        "Thời gian qua, công tác quản lý hóa chất đã đạt nhiều kết quả.\n\n"
        "Sở Công Thương đề nghị các đơn vị phổ biến các văn bản sau:\n\n"
        "- Nghị định số 24/2026/NĐ-CP ngày 17/01/2026 của Chính phủ quy định danh mục hóa chất.\n\n"
        "- Rà soát danh mục hóa chất đang sử dụng tại đơn vị.\n"
    )
    tasks = [t.text for t in extract_text(text, "x.txt").value.tasks]
    assert len(tasks) == 1
    assert tasks[0].startswith("Rà soát danh mục hóa chất")


def test_a_heading_of_requirements_to_a_unit_holds_tasks() -> None:
    from dvtool.extract.requests import REQUESTS, section_of

    assert section_of("2. Yêu cầu đối với chủ đầu tư") == REQUESTS


def test_the_name_of_a_paper_that_asks_is_no_direction() -> None:
    sentence = "Thống nhất đánh giá Hồ sơ đề nghị cấp Giấy phép của Công ty đã đáp ứng quy định."
    assert directions(sentence, speech=True) == []


def test_a_direction_of_a_cited_document_is_reported() -> None:
    sentence = (
        "Ủy ban nhân dân tỉnh ban hành văn bản số 2702/UBND-KT ngày 17/6/2022 chỉ đạo Sở Công Thương "
        "chủ trì tham mưu triển khai Chiến lược."
    )
    assert directions(sentence, speech=False) == []
    assert directions("Chủ tịch UBND tỉnh chỉ đạo Sở Công Thương chủ trì tham mưu.", speech=False) != []


def test_a_first_paragraph_that_is_a_conclusion_gives_tasks() -> None:
    from dvtool.extract import extract_text

    text = (
        "TỔNG KẾT CÔNG TÁC HỘI NÔNG DÂN NĂM 2021\n\n"
        "Kết luận hội nghị, đồng chí Nguyễn Văn Thi, Chủ tịch Hội Nông dân tỉnh ghi nhận kết quả "
        "đã đạt được năm 2021, đồng thời nhấn mạnh trong năm 2022, các cấp Hội cần làm tốt công tác "
        "nắm bắt dư luận; tổ chức Hội thi Nhà nông đua tài các cấp.\n"
    )
    tasks = [t.text for t in extract_text(text, "x.txt").value.tasks]
    assert len(tasks) == 2
    assert tasks[1].startswith("Tổ chức Hội thi Nhà nông")
