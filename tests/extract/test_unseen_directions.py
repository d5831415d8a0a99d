"""Tasks of issue 11, round 7 (tasks5): directions of news items written the way unseen
outlets write them (crawled text that lost a paragraph's final stop, a photo credit glued to a
paragraph, a wish, a meeting that sets its directions). Every sentence is written for these
tests: they show each rule works, not that it generalizes."""

from __future__ import annotations

from tests.extract.news_item import tasks_after_lead as _tasks

from dvtool.extract.directions import conjectures
from dvtool.extract.needs import states_need

# a long last sentence that lost its final stop is no headline ------------------------------


def test_a_long_sentence_without_a_final_stop_is_no_headline() -> None:
    sentence = (
        "Đồng chí Bí thư nhấn mạnh, để phong trào tiếp tục phát huy hiệu quả, các chi hội cần tăng "
        "cường tuyên truyền về chính sách hỗ trợ nông dân; chú trọng phát triển mô hình kinh tế tập "
        "thể; tích cực vận động hội viên tham gia bảo hiểm xã hội"
    )
    assert not conjectures(sentence)
    assert states_need(sentence) is not None


def test_a_short_line_without_a_final_stop_is_still_a_headline() -> None:
    assert conjectures("Một số xã phải bầu cử bổ sung đại biểu Hội đồng nhân dân (29/04/2004)")


def test_the_directions_of_a_paragraph_that_lost_its_final_stop_are_tasks() -> None:
    tasks = _tasks(
        "Đồng chí Bí thư nhấn mạnh, để phong trào tiếp tục phát huy hiệu quả, các chi hội cần tăng "
        "cường tuyên truyền về chính sách hỗ trợ nông dân; chú trọng phát triển mô hình kinh tế tập "
        "thể; tích cực vận động hội viên tham gia bảo hiểm xã hội\n"
    )
    assert tasks[1:] == [
        "Chú trọng phát triển mô hình kinh tế tập thể",
        "Tích cực vận động hội viên tham gia bảo hiểm xã hội",
    ]
    assert tasks[0].endswith("các chi hội cần tăng cường tuyên truyền về chính sách hỗ trợ nông dân")


# a long paragraph that ends on a photo's credit is no caption -------------------------------


def test_a_long_paragraph_ending_on_a_photo_credit_is_read() -> None:
    body = (
        "Ảnh: baotanlap.vn Theo báo cáo, năm 2024 toàn xã có 120 hộ thoát nghèo, 35 hộ vay vốn phát "
        "triển chăn nuôi và trồng trọt theo hướng hàng hóa, thu nhập bình quân đầu người tăng so "
        "với năm trước. Các chi hội đã tổ chức nhiều lớp tập huấn kỹ thuật cho hội viên ở các thôn. "
        "Kết luận buổi làm việc, đồng chí Chủ tịch UBND xã yêu cầu Hội tiếp tục rà soát các hộ "
        "nghèo để có giải pháp hỗ trợ phù hợp với điều kiện của từng hộ. Ảnh: baotanlap.vn Theo Minh An\n"
    )
    assert _tasks(body) == [
        "Hội tiếp tục rà soát các hộ nghèo để có giải pháp hỗ trợ phù hợp với điều kiện của từng hộ."
    ]


def test_a_short_caption_with_its_credit_is_still_a_caption() -> None:
    caption = "Đồng chí Chủ tịch UBND xã yêu cầu Hội tiếp tục rà soát các hộ nghèo. Ảnh: Minh An"
    assert _tasks(caption + "\n\nHội đã tổ chức 3 lớp tập huấn cho hội viên.\n") == []


# a report marker before a verb that puts forward what must be done dates the speech -------


def test_a_marker_before_a_stressing_verb_dates_the_speech_not_the_need() -> None:
    sentence = "Đồng chí Bí thư cũng đã nhấn mạnh, các chi hội cần tăng cường tuyên truyền chính sách."
    assert states_need(sentence) == sentence.index("cần")
    # what was done after the verb still makes it a report
    reported = "Đồng chí Bí thư nhấn mạnh kết quả các chi hội đã đạt được, số hộ cần hỗ trợ giảm mạnh."
    assert states_need(reported) is None


# a bare number before the modal names a document, it counts nothing ------------------------


def test_a_bare_number_of_a_document_before_a_need_is_no_count() -> None:
    sentence = "Để thực hiện Nghị quyết Trung ương 4 trong thời gian tới, các chi bộ cần gắn với Chỉ thị 05."
    assert states_need(sentence) == sentence.index("cần")


def test_a_quantity_before_a_need_still_makes_it_a_result() -> None:
    assert states_need("Dư nợ tăng 91,3%, các hộ vay phải trả lãi đúng hạn.") is None


# a leader's wish is a direction --------------------------------------------------------------

from dvtool.extract.directions import directions  # noqa: E402


def test_a_leaders_wish_is_a_direction() -> None:
    sentence = "Phó Chủ tịch tỉnh Lê Văn Nam mong muốn các chi hội tiếp tục phát huy vai trò nòng cốt."
    assert directions(sentence, speech=False) == ["các chi hội tiếp tục phát huy vai trò nòng cốt."]
    wish = "Phát biểu tại hội nghị, ông Lê Văn Nam mong rằng phong trào khuyến học tiếp tục phát triển."
    assert directions(wish, speech=True) == ["phong trào khuyến học tiếp tục phát triển."]


def test_a_wish_to_be_given_something_is_no_direction() -> None:
    sentence = "Đồng chí Lê Văn Nam mong muốn tiếp tục được hợp tác với các trường đại học trong tỉnh."
    assert directions(sentence, speech=True) == []


# a meeting that sets its directions names the work ------------------------------------------


def test_the_work_a_meeting_sets_as_its_directions_is_tasks() -> None:
    sentence = (
        "Hội nghị cũng đề ra phương hướng tiếp tục nâng cao chất lượng sinh hoạt chi hội; "
        "tăng cường vận động hội viên tham gia bảo hiểm."
    )
    assert directions(sentence, speech=False) == [
        "tiếp tục nâng cao chất lượng sinh hoạt chi hội",
        "tăng cường vận động hội viên tham gia bảo hiểm.",
    ]


def test_a_meeting_that_only_names_its_directions_sets_no_task() -> None:
    assert directions("Đại hội đã đề ra phương hướng, nhiệm vụ nhiệm kỳ 2025-2030.", speech=False) == []
    assert directions("Nghị quyết đề ra phương hướng phát triển kinh tế biển.", speech=False) == []


def test_the_right_edge_of_a_photo_is_no_need() -> None:
    sentence = "Chủ tịch UBND tỉnh tặng hoa Bộ trưởng trước sự chứng kiến của Bí thư Tỉnh ủy (bìa phải)."
    assert states_need(sentence) is None


def test_a_negated_modal_is_no_need() -> None:
    assert states_need("Dự án nhỏ chọn nhà đầu tư theo luật, không phải qua Hội đồng chấm điểm.") is None
    assert states_need("Hộ thoát nghèo không cần vay thêm vốn ưu đãi của ngân hàng.") is None


def test_a_burden_borne_is_no_need() -> None:
    assert states_need("Giá thức ăn tăng cao, nhiều hộ chăn nuôi buộc phải bán tháo đàn lợn.") is None
    assert states_need("Người sản xuất bán rẻ, nhưng người tiêu dùng lại phải mua vào với giá đắt.") is None


def test_the_adjective_necessary_is_no_modal() -> None:
    assert states_need("Công tác tiếp dân là công việc quan trọng, cần thiết để bảo đảm dân chủ.") is None
    sentence = "Cần thiết phải tăng cường kiểm tra các cơ sở kinh doanh xăng dầu."
    assert states_need(sentence) == sentence.index("phải")


# a stop after a number glued to the next sentence ends the sentence ------------------------

from dvtool.extract._text import split_sentences  # noqa: E402


def test_a_number_glued_by_its_stop_to_the_next_sentence_ends_it() -> None:
    text = "Hội tặng giấy khen cho 12 hội viên dịp tổng kết Nghị quyết 5.Thành phố phấn đấu có 85% hộ nghèo."
    assert split_sentences(text) == [
        "Hội tặng giấy khen cho 12 hội viên dịp tổng kết Nghị quyết 5.",
        "Thành phố phấn đấu có 85% hộ nghèo.",
    ]


def test_numbers_that_end_no_sentence_are_kept() -> None:
    assert split_sentences("2.Tham gia hội giảng cấp trường.") == ["2.Tham gia hội giảng cấp trường."]
    assert split_sentences("Giá bán là 2.500 đồng một ký.") == ["Giá bán là 2.500 đồng một ký."]
    assert split_sentences("Quy định tại Điều 5.Khoản 2 của Luật.") == [
        "Quy định tại Điều 5.Khoản 2 của Luật."
    ]


# a target a body sets itself ("phấn đấu") ---------------------------------------------------


def test_a_target_a_body_sets_itself_is_a_task() -> None:
    sentence = "Năm 2025, Hội phấn đấu giảm 30% số hộ nghèo trong toàn xã."
    assert directions(sentence, speech=False) == [sentence]
    going_on = "Qua đó, phát huy truyền thống, tiếp tục phấn đấu hoàn thành tốt nhiệm vụ của Hội."
    assert directions(going_on, speech=False) == [going_on]


def test_a_target_reported_or_named_as_a_purpose_or_a_noun_is_none() -> None:
    assert directions("Số đại biểu nữ trúng cử đã không đạt mức phấn đấu theo hướng dẫn.", speech=False) == []
    assert directions("Kết quả tạo tiền đề để phấn đấu hoàn thành các mục tiêu năm.", speech=False) == []
    assert directions("Sự nỗ lực phấn đấu của hội viên được ghi nhận.", speech=False) == []


def test_a_request_approved_is_no_direction() -> None:
    sentence = "Hiện có 38 công trình được Hội đồng thông qua đề nghị xếp hạng di tích cấp thành phố."
    assert directions(sentence, speech=False) == []


# a news item's subheading heads the section it names -----------------------------------------


def test_a_subheading_naming_the_tasks_heads_them() -> None:
    tasks = _tasks(
        "Hội đã tổ chức 12 lớp tập huấn cho hội viên.\n\n"
        "5 nhiệm vụ trọng tâm năm 2025\n\n"
        "Tổng kết 5 năm thực hiện Nghị quyết về phát triển kinh tế tập thể. "
        "Triển khai thực hiện Kế hoạch số 12/KH-HND về hỗ trợ hội viên khởi nghiệp.\n\n"
        "Hội đã tặng giấy khen cho 10 hội viên.\n"
    )
    assert tasks == [
        "Tổng kết 5 năm thực hiện Nghị quyết về phát triển kinh tế tập thể.",
        "Triển khai thực hiện Kế hoạch số 12/KH-HND về hỗ trợ hội viên khởi nghiệp.",
    ]


def test_a_sentence_is_no_subheading() -> None:
    from dvtool.extract.openers import subhead_section

    assert subhead_section("10 nhiệm vụ trọng tâm năm 2023") == "tasks"
    assert subhead_section("Nhiệm vụ năm 2025 là tiếp tục hỗ trợ hội viên phát triển kinh tế.") is None


def test_the_publics_wish_directs_no_one() -> None:
    assert directions("Bà con mong muốn chính quyền sớm làm đường giao thông liên thôn.", speech=False) == []
    assert directions("Ông Nam cho biết, người dân rất mong muốn dự án sớm hoàn thành.", speech=True) == []


def test_the_publics_striving_is_no_target() -> None:
    assert directions("Nhờ đó, nhiều hội viên phấn đấu vươn lên làm giàu.", speech=False) == []


def test_a_need_naming_the_object_of_a_stressing_verb_is_still_reported() -> None:
    assert states_need("Hội nghị đã chỉ rõ những việc cần làm trong thời gian tới.") is None


# a person's request made at the meeting named before it -------------------------------------


def test_a_request_made_at_the_meeting_is_a_direction_despite_da() -> None:
    sentence = "Tại hội nghị, ông Lê Văn Nam đã yêu cầu Công an xã tăng cường tuần tra ban đêm."
    assert directions(sentence, speech=False) == ["Công an xã tăng cường tuần tra ban đêm."]


def test_a_request_reported_without_the_meeting_stays_a_report() -> None:
    assert directions("Thời gian qua, ông Nam đã yêu cầu Công an xã tăng cường tuần tra.", speech=False) == []
    assert directions("Tại kỳ họp, đồng chí coi đây là chỉ đạo có ý nghĩa xuyên suốt.", speech=False) == []
