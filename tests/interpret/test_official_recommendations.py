"""Rules of round 7 on the recommendations and directions of official documents (inspection
conclusions, notices of conclusions). The sentences are written for the tests: each test shows
that its rule works on them, not that it generalizes."""

from __future__ import annotations

from dvtool.extract.requests import is_upward


def test_a_part_of_the_unit_named_bo_phan_is_no_higher_level() -> None:
    # "bộ phận kế toán", "Bộ môn Toán" begin with "bộ" as a ministry does; they are no higher level
    assert not is_upward("Chỉ đạo bộ phận kế toán mở sổ theo dõi thu chi theo quy định.")
    assert not is_upward("Đề nghị Bộ môn Toán rà soát lại đề cương ôn tập.")
    assert is_upward("Đề nghị Bộ Tài chính sớm ban hành hướng dẫn.")


def test_recommendations_after_a_plural_determiner_are_a_noun() -> None:
    # "các kiến nghị sau thanh tra" names recommendations already made; it makes none
    assert not is_upward("Giao Thanh tra huyện theo dõi việc thực hiện các kiến nghị sau thanh tra.")
    assert not is_upward("Phòng Nội vụ tổng hợp những đề xuất của các xã.")
    assert is_upward("Ủy ban nhân dân xã kiến nghị Ủy ban nhân dân huyện hỗ trợ kinh phí.")


def test_a_request_before_the_sentence_that_opens_points_is_a_task() -> None:
    from dvtool.extract.requests import Requests

    way = Requests.under("2. Kiến nghị biện pháp xử lý")
    line = (
        "Giao Ban giám hiệu nhà trường tổ chức kiểm điểm đối với các cá nhân có liên quan. "
        "Đồng thời, trong thời gian tới thực hiện tốt một số nội dung sau:"
    )
    assert way.take(line, listed=False) == [
        "Ban giám hiệu nhà trường tổ chức kiểm điểm đối với các cá nhân có liên quan"
    ]
    # an opening line alone gives none
    assert way.take("Yêu cầu nhà trường thực hiện các nội dung sau:", listed=False) == []


def test_a_short_point_that_names_a_topic_heads_the_points_under_it() -> None:
    from dvtool.extract.requests import Requests, heads_topic

    assert heads_topic("Xử lý về kinh tế.")
    assert heads_topic("Đối với việc quản lý các khoản ngân sách cấp.")
    # a point that asks, or says what must be done, is a task however it opens
    assert not heads_topic("Đối với các khoản đóng góp tự nguyện cần thực hiện đúng quy định.")
    assert not heads_topic("Đối với khoản thu học phí đề nghị đơn vị phát hành phiếu thu.")
    assert not heads_topic("Việc ông A lấn chiếm đất của bà B.")
    assert not heads_topic("Tăng cường công tác kiểm tra về an toàn thực phẩm tại các bếp ăn.")
    way = Requests.under("2. Kiến nghị biện pháp xử lý")
    assert way.take("Xử lý về hành chính", listed=True) == []
    assert way.take("Tăng cường kiểm tra chi thường xuyên.", listed=True) == [
        "Tăng cường kiểm tra chi thường xuyên."
    ]


NOTICE = [
    "ỦY BAN NHÂN DÂN",
    "HUYỆN CƯ JÚT",
    "Số: 112/TB-UBND",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Cư Jút, ngày 3 tháng 6 năm 2024",
    "THÔNG BÁO",
    "Kết luận của Chủ tịch UBND huyện tại buổi tiếp công dân ngày 20/5/2024",
]
NOTICE_FOOT = ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Lê Văn Hòa"]


def _notice(*body: str) -> list[str]:
    from .typed import typed_report

    return [t.text.rstrip(".") for t in typed_report(NOTICE, NOTICE_FOOT, body).tasks]


def test_the_points_of_a_conclusion_win_over_a_citizens_request_read_before_them() -> None:
    # the body stages read the citizen's request and what he will do as tasks; the numbered
    # points after "… có ý kiến như sau:" are the conclusion's directions
    tasks = _notice(
        "Ông Trần Văn Bình, Phó Chủ tịch UBND huyện chủ trì buổi tiếp công dân kết luận như sau:",
        "UBND huyện đã tiến hành thu hồi đất của 12 hộ dân để xây dựng công viên.",
        "Tại buổi tiếp, ông Nguyễn Văn An thống nhất với ý kiến trả lời. Tuy nhiên, gia đình ông đề "
        "nghị UBND huyện có phương án hỗ trợ để con ông có nơi ở ổn định. Ông An sẽ vận động con trai "
        "bàn giao mặt bằng.",
        "Để bảo đảm tiến độ công trình, UBND huyện có ý kiến như sau:",
        "1. UBND huyện đề nghị gia đình ông An chấp hành việc bàn giao mặt bằng theo đúng quy định.",
        "2. Giao UBND xã Tâm Thắng phối hợp với các đoàn thể xác minh hoàn cảnh gia đình ông An, "
        "báo cáo UBND huyện.",
    )
    assert tasks == [
        "UBND huyện đề nghị gia đình ông An chấp hành việc bàn giao mặt bằng theo đúng quy định",
        "Giao UBND xã Tâm Thắng phối hợp với các đoàn thể xác minh hoàn cảnh gia đình ông An, "
        "báo cáo UBND huyện",
    ]


def test_a_deferential_request_opens_no_directions() -> None:
    from dvtool.document import Block, Document
    from dvtool.interpret.official_directions import find

    body = Document(
        tuple(
            Block(t)
            for t in (
                "Từ thực tiễn triển khai, Đảng ủy xã kính đề nghị Thường trực Tỉnh ủy và các cơ quan "
                "chức năng "
                "quan tâm, xem xét các nội dung sau:",
                "- Quan tâm, hỗ trợ kinh phí để xã thay thế các máy tính đã sử dụng trên 10 năm.",
                "- Sớm có văn bản hướng dẫn quy trình lập hồ sơ đề xuất cấp độ an toàn hệ thống thông tin.",
            )
        ),
        origin="docx",
    )
    assert find(body) is None  # recommendations to the levels above, no tasks
    plain = Document(
        (Block("Đảng ủy xã đề nghị các chi bộ thực hiện các nội dung sau:"), *body.blocks[1:]), origin="docx"
    )
    found = find(plain)
    assert found is not None and len(found.tasks) == 2


def test_a_request_after_a_contrast_in_the_closing_sentence_is_the_last_direction() -> None:
    tasks = _notice(
        "Sau khi thẩm tra, Ban Pháp chế đề nghị cơ quan soạn thảo lưu ý một số nội dung sau:",
        "- Đề nghị cơ quan soạn thảo rà soát lại căn cứ ban hành của dự thảo nghị quyết.",
        "- Đề nghị bổ sung thời điểm có hiệu lực của nghị quyết.",
        "IV. Kết luận",
        "Ban Pháp chế thống nhất trình kỳ họp thông qua dự thảo nghị quyết. Tuy nhiên, đề nghị cơ quan "
        "soạn thảo tiếp thu, hoàn chỉnh các nội dung nêu trên trước khi trình kỳ họp./.",
    )
    assert any(t.startswith("cơ quan soạn thảo tiếp thu, hoàn chỉnh") for t in tasks)


def test_each_sentence_of_a_point_that_directs_is_a_task_and_a_deadline_goes_on_with_it() -> None:
    tasks = _notice(
        "Ông Trần Văn Bình, Phó Chủ tịch UBND huyện chủ trì buổi tiếp công dân kết luận như sau:",
        "Thông qua buổi tiếp, UBND huyện ghi nhận ý kiến đóng góp của ông An. Đề nghị các cơ quan "
        "chuyên môn khắc phục các hạn chế trong việc cấp giấy chứng nhận quyền sử dụng đất.",
        "1. UBND huyện đề nghị gia đình ông An chấp hành việc bàn giao mặt bằng theo đúng quy định. "
        "Trường hợp ông An không chấp hành, giao Trung tâm phát triển quỹ đất chủ trì, phối hợp với "
        "phòng Tư pháp tham mưu phương án cưỡng chế.",
        "2. Giao phòng Tài nguyên và Môi trường kiểm tra lại hồ sơ cấp đất của hộ ông An. Báo cáo UBND "
        "huyện trước ngày 20/8/2024.",
    )
    assert tasks == [
        "Đề nghị các cơ quan chuyên môn khắc phục các hạn chế trong việc cấp giấy chứng nhận "
        "quyền sử dụng đất",
        "UBND huyện đề nghị gia đình ông An chấp hành việc bàn giao mặt bằng theo đúng quy định",
        "Trường hợp ông An không chấp hành, giao Trung tâm phát triển quỹ đất chủ trì, phối hợp với phòng Tư "
        "pháp tham mưu phương án cưỡng chế",
        "Giao phòng Tài nguyên và Môi trường kiểm tra lại hồ sơ cấp đất của hộ ông An. Báo cáo UBND huyện "
        "trước ngày 20/8/2024",
    ]


def test_what_must_be_done_under_recommendations_is_a_task_without_a_request_verb() -> None:
    from dvtool.extract.requests import Requests

    way = Requests.under("2. Kiến nghị biện pháp xử lý")
    need = (
        "Trong công tác kiểm tra chi thường xuyên hằng năm, cần quan tâm hướng dẫn các trường trên địa bàn."
    )
    assert way.take(need, listed=False) == [need.rstrip(".")]
    # a finding stated there asks nothing
    assert way.take("Trong năm 2018, đơn vị chưa phát hành phiếu thu theo mẫu.", listed=False) == []


def test_a_point_that_assigns_work_and_lists_what_it_covers_is_a_task_itself() -> None:
    tasks = _notice(
        "Ông Trần Văn Bình, Chủ tịch UBND huyện chủ trì buổi tiếp công dân kết luận như sau:",
        "1. Giao phòng Tài nguyên và Môi trường chủ trì, phối hợp với Thanh tra huyện và UBND xã "
        "Tâm Thắng kiểm tra lại hồ sơ, xác minh thực địa và tham mưu UBND huyện giải quyết các nội dung sau:",
        "- Việc cấp đổi phần diện tích tăng thêm cho hộ ông Nguyễn Văn An.",
        "- Việc hộ ông Lê Văn Ba lấn chiếm đất của hộ bà Trần Thị Cúc.",
        "2. Giao Thanh tra huyện trả lời cho ông An bằng văn bản trước ngày 25/8/2024.",
    )
    assert tasks[0].startswith("Giao phòng Tài nguyên và Môi trường chủ trì")
    assert len(tasks) == 4


def test_a_later_sentence_of_a_recommendation_that_goes_on_with_directions_gives_them_apart() -> None:
    from dvtool.extract.requests import Requests

    way = Requests.under("5. Kiến nghị của Đoàn kiểm tra:")
    point = (
        "Đối với 03 đơn vị sử dụng hóa chất: Yêu cầu các đơn vị rà soát các điều kiện an toàn tại cơ sở. "
        "Đồng thời, thực hiện tốt công tác huấn luyện an toàn hóa chất định kỳ; tăng cường kiểm tra hệ "
        "thống chống sét kho bãi trước mùa mưa bão."
    )
    assert way.take(point, listed=True) == [
        "Đối với 03 đơn vị sử dụng hóa chất: Yêu cầu các đơn vị rà soát các điều kiện an toàn tại cơ sở.",
        "Thực hiện tốt công tác huấn luyện an toàn hóa chất định kỳ",
        "Tăng cường kiểm tra hệ thống chống sét kho bãi trước mùa mưa bão.",
    ]
    # a sentence that only goes on with the point stays in it
    one = "Yêu cầu Công ty bổ sung hồ sơ. Thời hạn hoàn thành trước ngày 30/6/2026."
    assert way.take(one, listed=True) == [one]


REPORT = [
    "ĐẢNG BỘ XÃ TÂM THẮNG",
    "Số: 92-BC/ĐU",
    "ĐẢNG CỘNG SẢN VIỆT NAM",
    "Tâm Thắng, ngày 10 tháng 12 năm 2025",
    "BÁO CÁO",
    "Kết quả thực hiện chuyển đổi số năm 2025",
]
REPORT_FOOT = ["Nơi nhận:", "- Huyện ủy;", "- Lưu VP.", "T/M ĐẢNG ỦY", "BÍ THƯ", "Lê Văn Hòa"]


def test_a_point_labelled_with_its_topic_gives_one_task_per_direction() -> None:
    from .typed import bold, typed_report

    report = typed_report(
        REPORT,
        REPORT_FOOT,
        [
            bold("I. KẾT QUẢ ĐẠT ĐƯỢC"),
            "Đảng ủy xã đã số hóa 100% hồ sơ đảng viên.",
            bold("II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026"),
            "- Về nguồn nhân lực: Chú trọng đào tạo kỹ năng an toàn thông tin cho cán bộ. Tiếp tục duy "
            "trì bộ phận chuyên trách chuyển đổi số.",
            "- Tăng cường kiểm tra việc ứng dụng sổ tay đảng viên. Thời gian thực hiện trong quý I.",
        ],
    )
    assert [t.text.rstrip(".") for t in report.tasks] == [
        "Chú trọng đào tạo kỹ năng an toàn thông tin cho cán bộ",
        "Tiếp tục duy trì bộ phận chuyên trách chuyển đổi số",
        "Tăng cường kiểm tra việc ứng dụng sổ tay đảng viên. Thời gian thực hiện trong quý I",
    ]


def test_the_strengths_an_inspection_finds_head_results() -> None:
    from dvtool.extract.requests import section_of

    assert section_of("a. Về ưu điểm") == "results"
    assert section_of("a. Ưu điểm:") == "results"
    assert section_of("b. Hạn chế.") == "limitations"
