"""The body of official reports, minutes and notices (issue 11): sections of requests,
difficulties and assessments, requests inside results, a contrast that states one shortcoming,
the points of a leader's conclusions, chainages. Every text is written for the test."""

from __future__ import annotations

from dvtool.document import Block
from dvtool.extract import extract_text
from dvtool.extract.numbers import find_figures
from dvtool.extract.requests import REQUESTS, Requests, is_upward, request_pieces, section_of, sort_sentences
from dvtool.model import Report

from .typed import bold, typed_report

FRAME = [
    "UBND TỈNH HÒA BÌNH",
    "SỞ XÂY DỰNG",
    "Số: 45/BC-SXD",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Hòa Bình, ngày 12 tháng 3 năm 2025",
    "BÁO CÁO",
    "Kết quả kiểm tra an toàn các công trình nhà ở",
]
FOOTER = ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lê Minh Quân"]


def _report(*body: str | Block) -> Report:
    return typed_report(FRAME, FOOTER, body)


def _heading(text: str) -> Block:
    return bold(text)


# --- headings --------------------------------------------------------------------------


def test_headings_of_official_sections_name_their_sections() -> None:
    assert section_of("II. KHÓ KHĂN, VƯỚNG MẮC") == "limitations"
    assert section_of("3. Nguyên nhân") == "limitations"
    assert section_of("I. ĐÁNH GIÁ CHUNG") == "results"
    assert section_of("IV. KIẾN NGHỊ, ĐỀ XUẤT") == REQUESTS
    assert section_of("3. Nhận xét, kiến nghị của Tổ thẩm định:") == REQUESTS
    assert section_of("III. KẾT LUẬN, KIẾN NGHỊ") == REQUESTS
    assert section_of("III. Các ý kiến thống nhất") == REQUESTS
    assert section_of("1. Kết luận") == "remarks"  # the shared words still decide the rest


def test_an_overview_heading_names_the_results() -> None:
    """Rule overview_heading (fig5): "I. Tổng quan chung về tình hình giá thị trường tháng 5" heads
    the period's figures in a monthly report, as "Tình hình …" does."""
    assert section_of("I. Tổng quan chung về tình hình giá thị trường tháng 05/2019:") == "results"
    assert section_of("II. TỔNG QUAN TÌNH HÌNH THỰC HIỆN") == "results"
    report = _report(
        "I. Tổng quan chung về tình hình giá thị trường tháng 5/2025:",
        "- Chỉ số giá tiêu dùng tháng 5 tăng 0,45% so với tháng trước.",
    )
    assert [f.value for i in report.results for f in i.figures] == [0.45]


def test_the_papers_of_a_file_are_no_attendees() -> None:
    assert section_of("a) Thành phần hồ sơ gồm:") is None
    assert section_of("I. THÀNH PHẦN") == "attendees"


# --- which way a request goes ----------------------------------------------------------


def test_a_recommendation_to_a_higher_level_goes_up() -> None:
    assert is_upward("Sở Xây dựng kính đề nghị Bộ Xây dựng xem xét, sửa đổi Thông tư theo hướng sau:")
    assert is_upward("Đề nghị Ủy ban nhân dân tỉnh bố trí kinh phí sửa chữa.")
    assert not is_upward("Đoàn kiểm tra yêu cầu các chủ nhà trọ thực hiện các nội dung sau:")
    # "kiến nghị của …" names one; nobody recommends anything
    assert not is_upward("Phòng Quản lý đô thị giải quyết dứt điểm kiến nghị của các hộ dân.")


def test_a_list_item_of_downward_requests_is_one_task_and_a_paragraph_gives_its_parts() -> None:
    assert request_pieces("Bổ sung bình chữa cháy tại lối thoát hiểm; treo biển chỉ dẫn.", listed=True) == [
        "Bổ sung bình chữa cháy tại lối thoát hiểm; treo biển chỉ dẫn."
    ]
    assert request_pieces(
        "Qua kiểm tra, Đoàn đã yêu cầu các chủ nhà trọ lắp đặt thiết bị báo cháy; mở thêm lối thoát "
        "nạn thứ hai. Kiểm tra hệ thống điện hằng tháng.",
        listed=False,
    ) == [
        "Các chủ nhà trọ lắp đặt thiết bị báo cháy",
        "Mở thêm lối thoát nạn thứ hai",
        "Kiểm tra hệ thống điện hằng tháng",
    ]
    assert request_pieces("Hồ sơ của các cơ sở cơ bản đáp ứng quy định.", listed=False) == []


def test_a_results_paragraph_sorts_requests_and_shortcomings_out() -> None:
    found = sort_sentences(
        "Cơ sở đã lắp đặt 12 bình chữa cháy. Tuy nhiên, qua kiểm tra cho thấy cơ sở chưa lập "
        "phương án thoát nạn. Đề nghị chủ cơ sở lập phương án trước ngày 30/4/2025."
    )
    assert found.results == ["Cơ sở đã lắp đặt 12 bình chữa cháy."]
    assert found.limitations == ["Tuy nhiên, qua kiểm tra cho thấy cơ sở chưa lập phương án thoát nạn."]
    assert found.tasks == ["Chủ cơ sở lập phương án trước ngày 30/4/2025"]


# --- whole reports -----------------------------------------------------------------------


def test_requests_to_the_unit_inspected_are_tasks() -> None:
    report = _report(
        _heading("I. KẾT QUẢ KIỂM TRA"),
        "Đoàn đã kiểm tra 8 cơ sở cho thuê nhà trọ.",
        _heading("II. KIẾN NGHỊ"),
        "Sở Xây dựng yêu cầu các cơ sở nêu trên thực hiện một số nội dung sau:",
        "- Lắp đặt thiết bị báo cháy tự động tại các phòng trọ.",
        "- Mở thêm lối thoát nạn thứ hai cho nhà trọ trên ba tầng.",
    )
    assert [t.text for t in report.tasks] == [
        "Lắp đặt thiết bị báo cháy tự động tại các phòng trọ.",
        "Mở thêm lối thoát nạn thứ hai cho nhà trọ trên ba tầng.",
    ]
    assert [r.text for r in report.results] == ["Đoàn đã kiểm tra 8 cơ sở cho thuê nhà trọ."]


def test_recommendations_to_a_higher_level_are_no_tasks() -> None:
    report = _report(
        _heading("I. KHÓ KHĂN, VƯỚNG MẮC"),
        "Kinh phí sửa chữa các khu chung cư cũ còn thiếu.",
        _heading("II. ĐỀ XUẤT, KIẾN NGHỊ"),
        "Sở Xây dựng kính đề nghị Bộ Xây dựng xem xét một số nội dung sau:",
        "1. Sửa đổi quy định về cải tạo chung cư cũ.",
        "2. Hướng dẫn cách tính hệ số bồi thường.",
    )
    assert not report.tasks
    assert [i.text for i in report.limitations] == ["Kinh phí sửa chữa các khu chung cư cũ còn thiếu."]


def test_a_request_inside_a_results_section_is_a_task() -> None:
    report = _report(
        _heading("II. NỘI DUNG VÀ KẾT QUẢ KIỂM TRA"),
        "Công trình có giấy phép xây dựng số 15/GPXD. Đề nghị chủ đầu tư che chắn công trường theo quy định.",
    )
    assert [t.text for t in report.tasks] == ["Chủ đầu tư che chắn công trường theo quy định"]
    assert [r.text for r in report.results] == ["Công trình có giấy phép xây dựng số 15/GPXD."]


def test_a_contrast_turns_its_own_paragraph_to_limitations_not_the_ones_after_it() -> None:
    report = extract_text(
        "Huyện Lạc Sơn họp bàn công tác phòng chống thiên tai\n\n"
        "Sáng 4/6/2025, UBND huyện Lạc Sơn họp bàn công tác phòng chống thiên tai.\n\n"
        "Năm 2024, huyện đã di dời 42 hộ ra khỏi vùng sạt lở.\n\n"
        "Tuy nhiên, một số xã còn chủ quan, chưa rà soát các điểm có nguy cơ.\n\n"
        "Toàn huyện đã dự trữ 30 tấn gạo cứu trợ.\n",
        "t.txt",
    ).value
    assert [i.text for i in report.limitations] == [
        "Tuy nhiên, một số xã còn chủ quan, chưa rà soát các điểm có nguy cơ."
    ]
    assert "Toàn huyện đã dự trữ 30 tấn gạo cứu trợ." in [r.text for r in report.results]


def test_the_points_of_a_leaders_conclusions_are_tasks() -> None:
    report = extract_text(
        "Kết luận cuộc họp về dự án hồ chứa nước Suối Con\n\n"
        "Ngày 10/9/2025, Phó Chủ tịch UBND tỉnh Đinh Văn Tú chủ trì cuộc họp về dự án hồ chứa nước Suối Con. "
        "Sau khi nghe báo cáo của các sở, Phó Chủ tịch UBND tỉnh kết luận như sau:\n\n"
        "1. Sở Nông nghiệp chủ trì rà soát lại phương án đền bù.\n\n"
        "2. Sở Tài chính bố trí vốn cho hạng mục kênh dẫn.\n",
        "t.txt",
    ).value
    assert [t.text for t in report.tasks] == [
        "Sở Nông nghiệp chủ trì rà soát lại phương án đền bù.",
        "Sở Tài chính bố trí vốn cho hạng mục kênh dẫn.",
    ]


def test_a_chainage_is_no_figure_but_a_signed_change_is() -> None:
    assert [f.value for f in find_figures("Đoạn tuyến từ Km12+350 đến Km15+00 đã thảm nhựa.")] == []
    assert [(f.value, f.unit) for f in find_figures("Diện tích cụm tăng thêm (+25 ha).")] == [(25, "ha")]


def test_a_contrast_that_opens_a_list_makes_its_enumerated_points_limitations() -> None:
    report = _report(
        _heading("I. ĐÁNH GIÁ CHUNG"),
        "Các phường đã hoàn thành cải tạo 14 tuyến phố.",
        "Tuy nhiên, tiến độ chỉnh trang đô thị vẫn chưa đạt yêu cầu, do hai nguyên nhân:",
        "Thứ nhất, vốn bố trí còn chậm; hồ sơ thiết kế chưa được phê duyệt.",
        "Thứ hai, một số hộ dân chưa đồng thuận.",
        "Các phường đã trồng mới 300 cây xanh.",
    )
    assert [i.text for i in report.limitations] == [
        "Tuy nhiên, tiến độ chỉnh trang đô thị vẫn chưa đạt yêu cầu, do hai nguyên nhân:",
        "Thứ nhất, vốn bố trí còn chậm",
        "hồ sơ thiết kế chưa được phê duyệt.",
        "Thứ hai, một số hộ dân chưa đồng thuận.",
    ]
    assert [r.text for r in report.results] == [
        "Các phường đã hoàn thành cải tạo 14 tuyến phố.",
        "Các phường đã trồng mới 300 cây xanh.",
    ]


def test_of_what_a_meeting_agreed_only_the_points_that_ask_someone_to_act_are_tasks() -> None:
    report = _report(
        _heading("III. CÁC Ý KIẾN THỐNG NHẤT"),
        "Đại diện các cơ quan cùng thống nhất một số nội dung như sau:",
        "- Thống nhất với kết quả kiểm tra nêu trên.",
        "- Giao Phòng Quản lý đô thị chủ trì rà soát các công trình vi phạm, báo cáo trước ngày 15/4/2025.",
    )
    assert [t.text for t in report.tasks] == [
        "Phòng Quản lý đô thị chủ trì rà soát các công trình vi phạm, báo cáo trước ngày 15/4/2025"
    ]


def test_a_request_in_a_participants_opinion_is_a_task_and_stays_a_remark() -> None:
    report = _report(
        _heading("II. Ý KIẾN CỦA CÁC CƠ QUAN"),
        "- Đề nghị chủ đầu tư bổ sung rào chắn an toàn quanh hố móng.",
    )
    assert [t.text for t in report.tasks] == ["Chủ đầu tư bổ sung rào chắn an toàn quanh hố móng"]
    assert len(report.remarks) == 1


def test_the_parts_of_one_enumerated_request_stay_one_task() -> None:
    assert request_pieces(
        "Giao Sở Xây dựng lập đề án, trong đó nêu rõ: lý do di dời; nguồn vốn; lộ trình thực hiện.",
        listed=False,
    ) == ["Sở Xây dựng lập đề án, trong đó nêu rõ: lý do di dời; nguồn vốn; lộ trình thực hiện"]


def test_a_report_on_the_work_done_is_results_and_a_heading_addressed_up_gives_no_tasks() -> None:
    assert section_of("I. CÔNG TÁC QUẢN LÝ NHÀ NƯỚC VỀ XÂY DỰNG") == "results"
    assert section_of("II. TIẾN ĐỘ TRIỂN KHAI CÁC DỰ ÁN NHÀ Ở XÃ HỘI") == "results"
    report = _report(
        _heading("I. CÔNG TÁC CẤP PHÉP XÂY DỰNG"),
        "Năm 2024, Sở đã cấp 126 giấy phép xây dựng.",
        _heading("II. KIẾN NGHỊ"),
        _heading("1. Kiến nghị Bộ Xây dựng"),
        "- Sớm ban hành định mức chi phí cải tạo chung cư cũ.",
        _heading("2. Đối với chủ đầu tư"),
        "- Yêu cầu chủ đầu tư hoàn thành nhà ở xã hội đúng tiến độ.",
    )
    assert [r.text for r in report.results] == ["Năm 2024, Sở đã cấp 126 giấy phép xây dựng."]
    assert [f.value for f in report.results[0].figures] == [126]
    assert [t.text for t in report.tasks] == ["Chủ đầu tư hoàn thành nhà ở xã hội đúng tiến độ"]


def test_under_recommendations_upwards_only_the_recommenders_own_points_are_tasks() -> None:
    state = Requests.under("IV. KIẾN NGHỊ")
    assert (
        state.take("Sở Xây dựng kiến nghị Ủy ban nhân dân tỉnh chỉ đạo một số nội dung sau:", listed=False)
        == []
    )
    assert state.take("1. Sở Tài chính:", listed=False) == []  # a line naming a body keeps the way
    assert state.take("- Bố trí vốn sửa chữa chung cư cũ.", listed=True) == []
    assert state.take("Sở Xây dựng: tiếp tục theo dõi tiến độ các dự án nhà ở.", listed=False) == [
        "Sở Xây dựng: tiếp tục theo dõi tiến độ các dự án nhà ở."
    ]


def test_the_person_whose_role_in_the_attendance_list_is_to_chair_is_the_chair() -> None:
    report = _report(
        _heading("I. THÀNH PHẦN"),
        "- Ông Lò Văn Định, Phó Trưởng phòng Quản lý xây dựng - Trưởng đoàn.",
        "- Bà Hà Thị Nguyệt, Chuyên viên - Thành viên.",
        "- Ông Vì Văn Sơn, Chủ trì công tác an toàn của công ty.",  # a duty, not the role here
    )
    assert [c.name for c in report.chairs] == ["Lò Văn Định"]
    assert len(report.attendees) == 3


def test_who_attended_a_meeting_dự_họp_có_are_attendees() -> None:
    report = extract_text(
        "Thông báo kết luận cuộc họp\n\n"
        "Ngày 3/3/2025, UBND huyện Mai Châu tổ chức cuộc họp về công tác phòng cháy rừng. "
        "Dự họp có đồng chí Hà Văn Tâm - Phó Chủ tịch UBND huyện; lãnh đạo Hạt Kiểm lâm huyện.\n",
        "t.txt",
    ).value
    assert [a.name for a in report.attendees][:1] == ["Hà Văn Tâm"]
    assert len(report.attendees) == 2


def test_a_measure_typed_onto_its_number_is_a_figure_with_that_unit() -> None:
    found = find_figures("Mốc số 3 cách ranh giới khoảng 12m; kho còn 540kg thuốc nổ và tăng 20ha đất sạch.")
    assert [(f.value, f.unit, f.text) for f in found] == [
        (12, "m", "khoảng 12m"),
        (540, "kg", "540kg"),
        (20, "ha", "tăng 20ha"),
    ]
    assert find_figures("Xe biển số 21C, tuyến QL1A, virus H5N1.") == ()


def test_a_request_clause_after_a_finding_is_a_task_of_its_own() -> None:
    """Written for the test: the finding and the request it leads to in one sentence."""
    found = sort_sentences(
        "Giấy chứng nhận tập huấn của người lái xe có giá trị đến ngày 20/5/2027, ngắn hơn thời hạn"
        " 24 tháng của Giấy phép; đề nghị đơn vị chủ động tập huấn lại đúng thời hạn."
    )
    assert found.tasks == ["Đơn vị chủ động tập huấn lại đúng thời hạn"]
    # the finding the request follows from falls short of the rule: a limitation
    assert found.limitations == [
        "Giấy chứng nhận tập huấn của người lái xe có giá trị đến ngày 20/5/2027, ngắn hơn thời hạn"
        " 24 tháng của Giấy phép."
    ]
    plain = sort_sentences("Hồ sơ gồm 05 đầu mục theo quy định, đề nghị đơn vị lưu giữ hồ sơ đầy đủ.")
    assert plain.results == ["Hồ sơ gồm 05 đầu mục theo quy định."]
    assert plain.tasks == ["Đơn vị lưu giữ hồ sơ đầy đủ"]
    # a request that opens its sentence stays one request
    one = sort_sentences("Đề nghị trong quá trình khai thác, đề nghị Công ty tuân thủ giấy phép khai thác.")
    assert len(one.tasks) == 1
    # "Giấy phép đề nghị cấp" names what was applied for; a request upwards is no task
    up = sort_sentences("Hồ sơ đầy đủ theo quy định, đề nghị Ủy ban nhân dân tỉnh xem xét cấp Giấy phép.")
    assert up.tasks == []


def test_what_a_unit_applied_for_is_no_request() -> None:
    """Written for the test: "đề nghị cấp" inside a noun phrase asks nobody."""
    found = sort_sentences("Đã kiểm tra danh mục hàng hóa đề nghị cấp phép vận chuyển theo Phụ lục I.")
    assert found.tasks == []
    assert sort_sentences("Đề nghị Công ty cấp phát đủ bảo hộ lao động cho công nhân.").tasks != []


def test_a_conclusion_that_a_dossier_applied_for_is_complete_asks_nobody() -> None:
    """Written for the test: under "Kết luận:" of minutes, "Hồ sơ đề nghị cấp Giấy phép … đủ
    điều kiện" states the appraisal's result, no direction."""
    from dvtool.extract.requests import applied_for

    assert applied_for("Thống nhất đánh giá Hồ sơ đề nghị cấp Giấy phép của Công ty đủ điều kiện được cấp.")
    assert not applied_for("Đề nghị Công ty bổ sung hồ sơ trước ngày 30/6.")


def test_a_line_of_the_shortcomings_that_heads_points_and_states_none_is_no_limitation() -> None:
    report = _report(
        _heading("II. TỒN TẠI, HẠN CHẾ"),
        "Nhóm công trình do doanh nghiệp làm chủ đầu tư:",
        "- Tiến độ giải phóng mặt bằng còn chậm.",
        "Tuy nhiên, công tác cải tạo nhà ở vẫn chưa đạt yêu cầu, đang bị cản trở bởi hai vướng mắc lớn:",
        "- Vốn bố trí còn chậm.",
    )
    limitations = [i.text for i in report.limitations]
    assert limitations[0] == "Tiến độ giải phóng mặt bằng còn chậm."  # not the line heading it
    assert limitations[1].startswith("Tuy nhiên, công tác cải tạo nhà ở vẫn chưa đạt yêu cầu")
    assert limitations[-1] == "Vốn bố trí còn chậm."
