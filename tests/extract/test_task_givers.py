"""Tasks of issue 11, round 6 (tasks4): who gives a direction outside a speech paragraph.
Every sentence is written for these tests: they show each rule works, not that it
generalizes."""

from __future__ import annotations

from dvtool.extract.directions import directions

# a leader's title or a rank just before the direction verb names its giver -------------


def test_a_deputy_prime_minister_asking_gives_a_task() -> None:
    sentence = "Phó Thủ tướng Lê Văn Hùng yêu cầu thành phố khẩn trương chấn chỉnh hoạt động vận tải."
    assert directions(sentence, speech=False) == ["thành phố khẩn trương chấn chỉnh hoạt động vận tải."]


def test_a_commander_asking_gives_a_task() -> None:
    sentence = "Tư lệnh Bộ đội Biên phòng đề nghị Bộ Chỉ huy Quân sự tỉnh chú trọng huấn luyện."
    assert directions(sentence, speech=False) == ["Bộ Chỉ huy Quân sự tỉnh chú trọng huấn luyện."]


def test_a_rank_before_a_name_gives_a_task() -> None:
    sentence = "Thiếu tướng Trần Văn Bình yêu cầu các đồn biên phòng tổ chức diễn tập khu vực phòng thủ."
    assert directions(sentence, speech=False) == ["các đồn biên phòng tổ chức diễn tập khu vực phòng thủ."]


def test_a_title_far_back_in_another_clause_names_no_giver() -> None:
    sentence = (
        "Đoàn công tác của Hiệu trưởng Trường Đại học Kinh tế đã đến thăm, làm việc với nhiều "
        "doanh nghiệp, trao đổi về nhu cầu tuyển dụng sinh viên tốt nghiệp của từng ngành đào tạo "
        "và những vấn đề nhà trường lưu ý cải thiện chương trình."
    )
    assert directions(sentence, speech=False) == []


def test_a_leader_asking_a_higher_level_recommends() -> None:
    sentence = "Hiệu trưởng Nguyễn Văn An đề nghị Bộ Giáo dục và Đào tạo sớm ban hành hướng dẫn."
    assert directions(sentence, speech=False) == []


# a modal of need among the results states a direction (extract/needs.py) ----------------

from dvtool.extract.needs import states_need  # noqa: E402


def test_a_modal_of_need_in_a_results_sentence_starts_a_direction() -> None:
    sentence = "Các địa phương cũng cần quan tâm đầu tư hạ tầng vùng nuôi trồng thủy sản."
    assert states_need(sentence) == sentence.index("cần")


def test_phai_as_part_of_another_word_is_no_modal() -> None:
    assert states_need("Thành phố phải phát huy vai trò của các trường đại học.") is not None
    assert states_need("Thanh niên đứng bên phải sân khấu trong lễ khai mạc.") is None


def test_a_capitalised_modal_before_a_capitalised_word_is_a_place_name() -> None:
    # written for the test (dev 202, a fresh SGGP item, showed the kind): "Cần Thơ" is no need
    assert states_need("Công tác này trên địa bàn Cần Thơ đã có nhiều chuyển biến tích cực.") is None
    assert states_need("Cần tập trung rà soát các dự án chậm tiến độ.") == 0


def test_a_need_in_a_sentence_that_reports_is_none() -> None:
    sentence = "Hai bên đã trao đổi về số người khuyết tật cần lắp chân giả tại xã."
    assert states_need(sentence) is None


def test_a_need_addressed_to_a_named_body_is_a_request_to_it() -> None:
    sentence = "Đây là những vấn đề cấp bách, cần được HĐND tỉnh xem xét, quyết định."
    assert states_need(sentence) is None


def test_a_need_in_a_sentence_that_counts_is_a_result() -> None:
    sentence = "Tổng số vụ việc phải giải quyết trong năm là 3.194 vụ."
    assert states_need(sentence) is None


def test_a_need_recommended_to_a_higher_level_is_none() -> None:
    sentence = "Đại biểu kiến nghị Chính phủ cần sớm sửa đổi nghị định về xử phạt."
    assert states_need(sentence) is None


def test_a_need_that_describes_a_noun_is_no_direction() -> None:
    assert states_need("Đây là vấn đề mà các tỉnh cần quan tâm trong mùa khô.") is None
    assert states_need("Một kết quả phải kể đến là việc tổ chức kỳ thi an toàn.") is None


def test_not_only_but_also_must_is_a_direction() -> None:
    sentence = "Các cơ quan không chỉ lắng nghe phản ánh mà còn phải nói thật, làm thật."
    assert states_need(sentence) is not None


def test_a_headline_without_a_final_stop_states_no_need() -> None:
    assert states_need("Một số xã phải bầu cử bổ sung (29/04/2004)") is None


def test_what_a_place_was_forced_to_do_is_no_direction() -> None:
    assert states_need("Nếu chênh lệch quá lớn thì địa phương đành phải tổ chức một kỳ thi.") is None


# directions going on in the paragraph right after the one that gave them ----------------

from tests.extract.news_item import tasks_after_lead as _tasks  # noqa: E402


def test_a_paragraph_opening_with_what_to_do_goes_on_with_the_directions_before() -> None:
    tasks = _tasks(
        "Để phát huy kết quả, Chủ tịch UBND xã yêu cầu Hội tập trung phát triển mô hình kinh tế tập thể.\n\n"
        "Bên cạnh đó, tăng cường công tác vận động hội viên tham gia bảo hiểm xã hội.\n"
    )
    assert tasks == [
        "Hội tập trung phát triển mô hình kinh tế tập thể.",
        "Tăng cường công tác vận động hội viên tham gia bảo hiểm xã hội.",
    ]


def test_a_paragraph_after_one_without_directions_goes_on_with_none() -> None:
    tasks = _tasks(
        "Hội đã tổ chức 12 lớp tập huấn cho hội viên.\n\n"
        "Bên cạnh đó, tăng cường công tác vận động hội viên tham gia bảo hiểm xã hội.\n"
    )
    assert tasks == []


# what will be done, said as a condition, a guess or a question, plans nothing ----------

from dvtool.extract.directions import conjectures  # noqa: E402


def test_a_condition_or_a_guess_is_a_conjecture() -> None:
    assert conjectures("Nếu tổ chức thi tuyển vào lớp 10 sẽ dẫn đến dạy thêm tràn lan.")
    assert conjectures("Khi kỳ thi bị bãi bỏ, chắc chắn thành phố sẽ tổ chức một kỳ thi khác.")
    assert conjectures("Học sinh tốt nghiệp sẽ vào học trường nào, thi hay xét tuyển?")
    assert conjectures("Sẽ bầu cử thêm 5 đại biểu ở xã Tân Lập(27/04/2004)")


def test_a_plan_is_no_conjecture() -> None:
    assert not conjectures("Năm tới, Sở sẽ triển khai bản đồ số trong tuyển sinh trực tuyến.")
    assert not conjectures("Đồng thời, Hội sẽ tổ chức 5 lớp tập huấn cho hội viên.")


def test_a_conditional_plan_in_a_report_gives_no_task() -> None:
    assert _tasks("Nếu được đầu tư như vậy thì giáo dục của xã chắc chắn sẽ đổi đời.\n") == []


def test_a_condition_in_the_middle_of_a_sentence_is_a_conjecture() -> None:
    assert conjectures("Phần mềm mới ra mắt, khi hồ sơ sắp hết hạn thì hệ thống sẽ cảnh báo.")


def test_a_condition_in_a_speech_gives_no_task() -> None:
    assert directions("Khi tinh gọn bộ máy sẽ liên quan đến tâm tư của nhiều cán bộ.", speech=True) == []
    # a speech's point without a final stop is still a task
    assert directions("Các xã cần rà soát lại hộ nghèo", speech=True) == ["Các xã cần rà soát lại hộ nghèo"]


def test_sentences_going_on_with_a_speech_for_the_coming_period_are_more_tasks() -> None:
    tasks = _tasks(
        "Phát biểu chỉ đạo hội nghị, Phó Bí thư Huyện ủy Lê Văn Nam đề nghị trong thời gian tới "
        "Hội cần rà soát các chỉ tiêu trong năm. Trong đó, tập trung phát triển kinh tế hợp tác. "
        "Củng cố tổ chức hội các cấp.\n"
    )
    assert tasks == [
        "Hội cần rà soát các chỉ tiêu trong năm.",
        "Tập trung phát triển kinh tế hợp tác.",
        "Củng cố tổ chức hội các cấp.",
    ]


# a body named in capitals doing something, right after a direction ---------------------

from dvtool.extract.directions import continues_direction  # noqa: E402


def test_a_body_that_does_something_after_a_direction_goes_on_with_it() -> None:
    sentence = "Văn phòng HĐND huyện tiếp thu và hoàn thiện các nội dung theo kết luận."
    assert continues_direction(sentence) == [sentence]


def test_what_a_body_did_or_a_ceremony_or_a_recommendation_goes_on_with_nothing() -> None:
    assert continues_direction("Văn phòng HĐND huyện đã hoàn thiện các nội dung theo kết luận.") == []
    assert continues_direction("Lãnh đạo hai ngành ký kết chương trình phối hợp năm 2025.") == []
    assert continues_direction("Đề nghị Chính phủ sớm sửa đổi nghị định về xử phạt giao thông.") == []
    assert continues_direction("Trong năm, 3 xã hoàn thành tiêu chí nông thôn mới.") == []


# a sentence glued to an ellipsis; a direction among shortcomings ------------------------

from dvtool.extract._text import split_sentences  # noqa: E402


def test_an_ellipsis_glued_to_the_next_sentence_ends_a_sentence() -> None:
    text = "Tổ chức diễn tập khu vực phòng thủ…Nhân dịp này, Thiếu tướng Lê Văn Bình trao tặng bức tranh."
    assert split_sentences(text) == [
        "Tổ chức diễn tập khu vực phòng thủ…",
        "Nhân dịp này, Thiếu tướng Lê Văn Bình trao tặng bức tranh.",
    ]
    listed = "Các tỉnh Lạng Sơn 48,6%…Quảng Ninh 20%."
    assert split_sentences(listed) == [listed]


def test_a_request_among_shortcomings_to_remedy_what_is_weak_is_a_task() -> None:
    tasks = _tasks(
        "Tuy nhiên, vẫn còn tình trạng xe khách dừng đỗ đón khách tùy tiện. "
        "Phó Chủ tịch UBND xã yêu cầu các thôn rà soát lại các khâu còn yếu để chấn chỉnh.\n"
    )
    assert tasks == ["Các thôn rà soát lại các khâu còn yếu để chấn chỉnh."]


def test_a_need_with_a_number_after_it_is_still_a_direction() -> None:
    sentence = "Các bộ, ngành, địa phương cũng cần quan tâm 4 tiểu vùng trọng điểm của vùng."
    assert states_need(sentence) is not None
    assert states_need("Lào Cai tăng 91,3%, nên các địa phương phải chấn chỉnh ngay.") is None


# directions among shortcomings ------------------------------------------------------------

from dvtool.extract.needs import later_tasks  # noqa: E402


def test_a_clause_naming_the_coming_period_after_shortcomings_is_a_task() -> None:
    tasks = _tasks(
        "Hội nghị cũng chỉ rõ những hạn chế: công tác phát triển đảng viên chưa cao, "
        "trong thời gian tới các chi bộ chủ động xây dựng kế hoạch khắc phục hạn chế.\n"
    )
    assert tasks == ["Các chi bộ chủ động xây dựng kế hoạch khắc phục hạn chế."]


def test_a_horizon_that_belongs_to_a_direction_or_opens_the_sentence_cuts_nothing() -> None:
    assert later_tasks("Bí thư đề nghị và mong muốn, trong thời gian tới, xã tiếp tục rà soát.") is None
    assert later_tasks("Đặc biệt, trong thời gian tới, nhà trường tiếp tục mở rộng liên kết.") is None


def test_a_need_among_shortcomings_is_a_task() -> None:
    tasks = _tasks(
        "Tuy nhiên, vẫn còn tình trạng xe khách dừng đỗ đón khách tùy tiện. "
        "Lực lượng chức năng cần công khai những cá nhân vi phạm để cảnh cáo, nhắc nhở, răn đe.\n"
    )
    assert tasks == ["Lực lượng chức năng cần công khai những cá nhân vi phạm để cảnh cáo, nhắc nhở, răn đe."]


# a topic with nothing to do after it --------------------------------------------------------

from dvtool.extract.among_tasks import names_topic_only  # noqa: E402


def test_a_topic_alone_is_no_task() -> None:
    assert names_topic_only("Về công tác quản lý")
    assert names_topic_only("Đối với hoạt động của HĐND huyện.")


def test_a_topic_with_what_to_do_after_it_is_a_task() -> None:
    assert not names_topic_only("Về kế hoạch trồng rừng, phòng Nông nghiệp tham mưu chỉ tiêu")
    assert not names_topic_only("Đối với hộ nghèo cần hỗ trợ vay vốn sản xuất")
    assert not names_topic_only("Việc kê khai tài sản sẽ được công khai tại hội nghị")


def test_a_news_item_ending_on_a_topic_line_gets_no_task() -> None:
    text = "Báo cáo đề xuất một số giải pháp khắc phục trong thời gian tới.\n\nVề công tác quản lý\n"
    assert _tasks(text) == []
