"""Shortcomings in news items (lim12): a speech reads the forms the results path reads. Sentences
written for these tests; they show that each rule does what it says on them, not that it
generalizes (the dev comparison in the commit messages measures that)."""

from __future__ import annotations

from tests.extract.news_item import limitations_after_review_lead as _limitations

from dvtool.extract import extract_text
from dvtool.extract.shortcoming_focus import focused_shortcomings
from dvtool.extract.shortcomings import split_clauses
from dvtool.extract.speech_shortcomings import speech_shortcomings


def test_a_contrast_in_a_speech_states_a_shortcoming() -> None:
    text = "Mặc dù vậy, số hộ nghèo ở các xã vùng cao vẫn còn rất cao, nhiều tuyến đường bị sạt lở."
    assert speech_shortcomings(text) == [text]
    speech = "Phát biểu tại hội nghị, đồng chí Lê Văn Hòa ghi nhận các kết quả đã đạt được. " + text
    assert any("số hộ nghèo ở các xã vùng cao vẫn còn rất cao" in t for t in _limitations(speech))


def test_a_contrast_in_a_speech_before_a_direction_or_discussion_states_none() -> None:
    for text in (
        "Tuy nhiên, đồng chí yêu cầu các xã còn chậm phải đẩy nhanh tiến độ giải ngân.",
        "Tuy nhiên, các đại biểu đã thảo luận, làm rõ những nội dung còn vướng mắc.",
        "Tuy nhiên, đồng chí cho rằng mọi việc vẫn đúng tiến độ.",
    ):
        assert speech_shortcomings(text) == []


def test_a_speech_sentence_of_shortcomings_gives_one_per_semicolon_part() -> None:
    text = (
        "Phát biểu tại hội nghị, đồng chí Lê Văn Hòa nhấn mạnh các kết quả đã đạt được. "
        "Bên cạnh đó, việc thu gom rác thải ở các thôn còn chậm; công tác giữ gìn các di tích "
        "đứng trước nhiều thách thức."
    )
    assert _limitations(text) == [
        "Bên cạnh đó, việc thu gom rác thải ở các thôn còn chậm",
        "Công tác giữ gìn các di tích đứng trước nhiều thách thức.",
    ]


def test_one_of_the_difficulties_and_existing_shortcomings_are_stated() -> None:
    for text in (
        "Một trong những khó khăn của các xã là huy động nguồn lực xây dựng nông thôn mới.",
        "Hiện nay vẫn tồn tại những bất cập trong công tác quản lý chợ.",
    ):
        assert speech_shortcomings(text) == [text]
        assert _limitations(text) == [text]


def test_difficulties_named_without_a_predicate_are_still_no_shortcoming() -> None:
    text = "Hội nghị đã báo cáo những khó khăn của các xã trong xây dựng nông thôn mới."
    assert speech_shortcomings(text) == []


def test_difficulties_said_to_be_about_listed_topics_give_one_item_per_topic() -> None:
    text = (
        "Các kiến nghị, vướng mắc của hộ kinh doanh chủ yếu về đăng ký thuế, "
        "hóa đơn điện tử, thủ tục hoàn thuế."
    )
    assert focused_shortcomings(text) == [
        "Các kiến nghị, vướng mắc của hộ kinh doanh chủ yếu về đăng ký thuế",
        "hóa đơn điện tử",
        "thủ tục hoàn thuế",
    ]


def test_shortcomings_listed_after_nhu_colon_by_a_discussing_meeting_are_stated() -> None:
    text = (
        "Các đại biểu đã phân tích, làm rõ kết quả cũng như những hạn chế trong thực hiện quy chế "
        "như: công tác tuyên truyền; công tác tuần tra chung; trao đổi thông tin."
    )
    assert focused_shortcomings(text) == [
        "hạn chế trong thực hiện quy chế như công tác tuyên truyền",
        "công tác tuần tra chung",
        "trao đổi thông tin",
    ]


def test_a_listed_clause_without_a_predicate_goes_on_with_the_next_one() -> None:
    text = (
        "Tuy nhiên, vẫn còn một số hạn chế như: chất lượng quy hoạch, kế hoạch sử dụng đất chưa cao, "
        "tỷ lệ giải ngân đạt thấp."
    )
    assert focused_shortcomings(text) == [
        "chất lượng quy hoạch, kế hoạch sử dụng đất chưa cao",
        "tỷ lệ giải ngân đạt thấp",
    ]


def test_named_difficulties_that_are_overcome_or_helped_list_no_shortcoming() -> None:
    for text in (
        "Hội nghị đã tháo gỡ khó khăn, vướng mắc chủ yếu về thủ tục đất đai, giải phóng mặt bằng.",
        "Hội đã tặng quà cho các hộ khó khăn như: hộ ông A; hộ bà B.",
        "Đồng chí đề nghị giải quyết dứt điểm các vướng mắc tập trung vào đền bù, tái định cư.",
    ):
        assert focused_shortcomings(text) == []


def test_what_a_shortcoming_shows_in_goes_on_with_it() -> None:
    text = (
        "Tuy nhiên, tình hình phát triển của huyện chưa vững chắc, biểu hiện qua việc "
        "một số chỉ tiêu còn thấp."
    )
    assert split_clauses(text) == [text]


def test_a_shortcoming_that_counts_what_it_lists_stays_whole() -> None:
    counted = "Tuy nhiên, xã còn 3 tiêu chí chưa đạt gồm: tiêu chí giao thông, tiêu chí môi trường và y tế."
    assert split_clauses(counted) == [counted]
    listed = "Tuy nhiên, còn một số hạn chế, đó là: việc thu gom rác chưa kịp thời, tỷ lệ giải ngân còn thấp."
    assert split_clauses(listed) == ["việc thu gom rác chưa kịp thời", "tỷ lệ giải ngân còn thấp."]


def test_shortcomings_named_after_nhu_are_one_per_semicolon_part() -> None:
    text = (
        "Năm 2023, huyện đã hoàn thành 18/20 chỉ tiêu. Bên cạnh những kết quả đạt được, vẫn còn "
        "những hạn chế như việc ban hành văn bản hướng dẫn vẫn “mắc bệnh” chờ đợi; việc kiện toàn "
        "bộ máy chưa được đúng mức."
    )
    assert _limitations(text) == [
        "Việc ban hành văn bản hướng dẫn vẫn “mắc bệnh” chờ đợi",
        "Việc kiện toàn bộ máy chưa được đúng mức.",
    ]


def test_the_causes_of_a_shortcoming_are_one_item_each() -> None:
    listed = (
        "Nguyên nhân khiến công tác giải phóng mặt bằng chậm trễ là do một số hộ dân chưa đồng thuận; "
        "nhiều dự án chưa có khu tái định cư."
    )
    assert focused_shortcomings(listed) == [
        "một số hộ dân chưa đồng thuận",
        "nhiều dự án chưa có khu tái định cư",
    ]
    sole = "Tuy vậy, vẫn có nguyên nhân chủ quan là do kiểm tra không thường xuyên, xử lý không nghiêm."
    assert focused_shortcomings(sole) == ["kiểm tra không thường xuyên, xử lý không nghiêm"]
    clauses = (
        "Có những nguyên nhân khách quan dẫn tới tình trạng trên, như lực lượng thanh tra chưa "
        "đủ, nhiều cán bộ xã chưa được tập huấn."
    )
    assert focused_shortcomings(clauses) == [
        "lực lượng thanh tra chưa đủ",
        "nhiều cán bộ xã chưa được tập huấn",
    ]


def test_the_causes_of_results_or_causes_discussed_are_no_shortcoming() -> None:
    for text in (
        "Nguyên nhân đạt được kết quả trên là do sự quan tâm của cấp ủy, sự nỗ lực không ngừng của cán bộ.",
        "Hội nghị đã phân tích những hạn chế và nguyên nhân, từ đó đề ra 5 nhóm giải pháp.",
    ):
        assert focused_shortcomings(text) == []


def test_difficulties_gone_through_frame_results() -> None:
    text = (
        "Suốt 35 năm xây dựng và phát triển, trải qua bao khó khăn thách thức, tập thể cán bộ, "
        "công nhân của Công ty đã luôn đoàn kết, hoàn thành xuất sắc nhiệm vụ."
    )
    assert speech_shortcomings(text) == []
    assert _limitations(text) == []


def test_a_remedy_reported_after_the_shortcomings_turns_back_to_results() -> None:
    from dvtool.extract.limitation_turn import leaves_shortcomings

    remedied = "Tuy nhiên, các sự cố trên đã được khắc phục kịp thời, không làm gián đoạn dịch vụ."
    assert leaves_shortcomings(remedied)
    assert not leaves_shortcomings("Tuy nhiên, việc xử lý các sự cố còn chậm.")
    text = "Tuy nhiên, bão lũ đã làm đổ 18 cột anten, nhiều tuyến cáp quang còn hư hỏng. " + remedied
    assert remedied.rstrip(".") not in " ".join(_limitations(text))


def test_a_contrast_after_a_modal_opens_a_clause_that_states_a_shortcoming() -> None:
    text = (
        "Tổng số vụ việc phải giải quyết loại này là 3.194 vụ, tuy nhiên, việc xử lý tài sản "
        "bảo đảm còn khó khăn."
    )
    assert speech_shortcomings(text) == ["tuy nhiên, việc xử lý tài sản bảo đảm còn khó khăn."]
    asked = "Đồng chí yêu cầu các xã phải đẩy nhanh tiến độ, tuy nhiên, cần bảo đảm chất lượng."
    assert speech_shortcomings(asked) == []


def test_the_hardship_of_those_helped_is_no_marker_after_the_help_verb() -> None:
    from dvtool.extract.shortcomings import stated_phrase

    helped = (
        "Công đoàn đã tặng 548 suất quà cho CNVC-LĐ có hoàn cảnh khó khăn, người lao động mất việc "
        "làm do doanh nghiệp khó khăn."
    )
    assert stated_phrase(helped) is None
    assert stated_phrase("Việc hỗ trợ người dân vay vốn còn gặp khó khăn do thiếu nguồn.") is not None


def test_a_cause_and_what_follows_from_it_stay_one_cause() -> None:
    """Written for the test (the shape of a Kinh tế & Đô thị item): after "là do", the cause, its
    consequence after ", nên" and what that bears on are one cause, not four comma pieces."""
    text = (
        "Nguyên nhân chậm, là do một số quận chưa được phê duyệt quy hoạch chi tiết, nên thiếu các "
        "cơ chế khuyến khích, hỗ trợ cho doanh nghiệp di dời cơ sở sản xuất ra khỏi nội thành do ô "
        "nhiễm, không phù hợp quy hoạch đô thị, ảnh hưởng đến việc xem xét phương án sắp xếp."
    )
    assert focused_shortcomings(text) == [text[len("Nguyên nhân chậm, là do ") : -1]]


def test_projects_behind_schedule_are_a_shortcoming_a_direction_against_it_none() -> None:
    """Written for the test: "chậm tiến độ" states a shortcoming without "còn" before it; a
    direction to overcome it or not to let it happen states none."""
    lead = "Họp Ban chỉ đạo\n\nNgày 29/5, Phó Thủ tướng chủ trì cuộc họp Ban chỉ đạo Quy hoạch điện.\n\n"
    late = "Trong khi đó, các dự án nguồn của Tổng Công ty Sông Đà đang chậm tiến độ từ ít nhất 1 năm."
    assert [i.text for i in extract_text(lead + late + "\n", "a.txt").value.limitations] == [late]
    for text in (
        "Các sở, ngành không để các dự án chậm tiến độ.",
        "Phó Thủ tướng yêu cầu khắc phục tình trạng chậm tiến độ của các dự án.",
    ):
        assert not extract_text(lead + text + "\n", "a.txt").value.limitations


def test_a_qualifier_after_a_shortcoming_in_a_list_stays_with_it() -> None:
    """Written for the test (the shape of a Kinh tế & Đô thị item of dev 481)."""
    text = (
        "Tuy nhiên, Chương trình vẫn còn một số hạn chế như: diện mặt hàng còn hạn hẹp, số điểm bán "
        "hàng phân bố chưa đồng đều, nhất là tại vùng sâu, vùng xa, công tác tuyên truyền còn hạn chế."
    )
    assert focused_shortcomings(text) == [
        "diện mặt hàng còn hạn hẹp",
        "số điểm bán hàng phân bố chưa đồng đều, nhất là tại vùng sâu, vùng xa",
        "công tác tuyên truyền còn hạn chế",
    ]
