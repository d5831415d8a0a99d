"""Shortcomings stated in speeches and results sentences (issue 11, round 4): sentences written
for these tests. They show that each rule does what it says on these sentences, not that it
generalizes; the real-corpus scores in tests/eval measure that."""

from __future__ import annotations

from tests.extract.news_item import limitations_after_review_lead as _limitations

from dvtool.extract.shortcomings import split_shortcomings, states_shortcoming
from dvtool.extract.speech_shortcomings import speech_shortcomings


def test_a_comma_after_the_verb_of_pointing_out_introduces_a_stated_shortcoming() -> None:
    text = (
        "Đồng chí cũng thẳng thắn chỉ ra, công tác cải cách hành chính chưa có nhiều chuyển biến, "
        "một số cán bộ còn né tránh trách nhiệm."
    )
    assert states_shortcoming(text)
    assert speech_shortcomings(text) == [text]


def test_the_meeting_pointing_out_its_shortcomings_states_none() -> None:
    for text in (
        "Hội nghị đã chỉ ra những tồn tại, hạn chế trong công tác cải cách hành chính.",
        "Các đại biểu đã đánh giá, cho ý kiến vào các kết quả đạt được, tồn tại, hạn chế trong năm.",
    ):
        assert not states_shortcoming(text)


def test_a_speech_naming_shortcomings_after_nhu_gives_one_item_per_example() -> None:
    text = (
        "Đồng chí cũng chỉ rõ một số tồn tại như: một số cấp ủy chưa quan tâm đúng mức đến công tác "
        "kiểm tra; tình trạng lấn chiếm hành lang giao thông còn xảy ra; ý thức của một bộ phận "
        "người dân chưa cao."
    )
    assert speech_shortcomings(text) == [
        "một số cấp ủy chưa quan tâm đúng mức đến công tác kiểm tra",
        "tình trạng lấn chiếm hành lang giao thông còn xảy ra",
        "ý thức của một bộ phận người dân chưa cao",
    ]


def test_a_speech_sentence_with_one_shortcoming_stays_whole() -> None:
    text = "Theo đồng chí, việc thu hút đầu tư vẫn còn chậm, chưa tương xứng với tiềm năng."
    assert speech_shortcomings(text) == [text]


def test_a_speech_sentence_turning_to_shortcomings_and_naming_one_states_it() -> None:
    text = (
        "Đồng chí nhấn mạnh, dù đạt nhiều kết quả nhưng công tác chuyển đổi số vẫn còn những hạn chế, "
        "nhất là hạ tầng số ở vùng sâu, vùng xa."
    )
    assert speech_shortcomings(text) == [text]


def test_a_speech_sentence_only_announcing_or_overcoming_shortcomings_states_none() -> None:
    for text in (
        "Đồng chí cho rằng, công tác chuyển đổi số vẫn còn những hạn chế.",
        "Đồng chí yêu cầu khắc phục những hạn chế, tồn tại trong công tác chuyển đổi số, nhất là hạ tầng.",
    ):
        assert speech_shortcomings(text) == []


def test_yeu_cau_after_dap_ung_is_no_direction_cutting_the_shortcoming() -> None:
    text = "Công tác cải cách hành chính có lúc, có nơi chưa đáp ứng yêu cầu."
    assert speech_shortcomings(text) == [text]
    directed = "Công tác cải cách hành chính còn chậm, đồng chí yêu cầu các sở khắc phục."
    assert speech_shortcomings(directed) == ["Công tác cải cách hành chính còn chậm"]


def test_the_list_after_a_colon_of_shortcomings_the_meeting_pointed_out_is_stated() -> None:
    text = (
        "Thu ngân sách đạt 120 tỷ đồng. Hội nghị cũng chỉ ra một số tồn tại, hạn chế: giải ngân vốn "
        "đầu tư công còn chậm; tình trạng thiếu giáo viên chưa được khắc phục.\n\n"
        "Năm 2023, huyện có thêm 2 xã đạt chuẩn nông thôn mới.\n"
    )
    assert _limitations(text) == [
        "Giải ngân vốn đầu tư công còn chậm",
        "Tình trạng thiếu giáo viên chưa được khắc phục.",
    ]


def test_the_meeting_pointing_out_shortcomings_without_a_list_states_none() -> None:
    assert _limitations("Hội nghị cũng chỉ ra một số tồn tại, hạn chế trong năm qua.\n") == []


def test_a_sentence_of_causes_gives_one_item_per_cause() -> None:
    text = "Nguyên nhân là do nguồn lực còn hạn chế, nhận thức của một bộ phận cán bộ chưa đầy đủ."
    assert split_shortcomings(text) == [
        "Nguyên nhân là do nguồn lực còn hạn chế",
        "nhận thức của một bộ phận cán bộ chưa đầy đủ.",
    ]


def test_a_cause_after_the_shortcoming_or_an_agent_do_keeps_the_sentence_whole() -> None:
    for text in (
        "Tiến độ còn chậm, do vướng mắc về đất, nguồn vốn bố trí chưa kịp thời.",
        "Hạ tầng tại 16 cụm công nghiệp do xã quản lý chưa đồng bộ, hầu hết chưa có hệ thống xử lý.",
    ):
        assert split_shortcomings(text) == [text]


def test_a_list_announced_after_the_names_of_shortcomings_is_stated() -> None:
    text = (
        "Đồng chí cũng chỉ ra những tồn tại, hạn chế cần khắc phục trong thời gian tới, đó là: công tác "
        "tuyên truyền có lúc chưa kịp thời; chất lượng sinh hoạt chi hội ở một số nơi còn thấp."
    )
    assert speech_shortcomings(text) == [
        "công tác tuyên truyền có lúc chưa kịp thời",
        "chất lượng sinh hoạt chi hội ở một số nơi còn thấp",
    ]


def test_a_direction_verb_followed_by_a_comma_reports_a_stated_shortcoming() -> None:
    text = "Đồng chí lưu ý, thời gian qua một số cơ sở Hội còn chậm trong việc thu hồi vốn vay."
    assert speech_shortcomings(text) == [text]
    directed = "Đồng chí yêu cầu, các cấp Hội cần khắc phục tình trạng chậm thu hồi vốn."
    assert speech_shortcomings(directed) == []


def test_what_still_happens_is_a_stated_shortcoming() -> None:
    for text in (
        "Tình trạng khai thác cát trái phép vẫn còn diễn ra.",
        "Một số cơ sở vẫn còn tình trạng nợ đọng bảo hiểm xã hội.",
        "Trên địa bàn vẫn còn để xảy ra cháy rừng.",
    ):
        assert states_shortcoming(text)


def test_what_is_prevented_or_forbidden_is_no_stated_shortcoming() -> None:
    for text in (
        "Tuyệt đối không được để khi sự kiện diễn ra mà các dự án vẫn còn nhếch nhác, chưa xong.",
        "Nghiêm cấm việc sử dụng đất khi chưa hoàn thiện thủ tục pháp lý về đất đai.",
        "Công tác đưa, đón tàu kịp thời, không để xảy ra ách tắc; an toàn được bảo đảm.",
    ):
        assert not states_shortcoming(text)
    assert states_shortcoming("Không để xảy ra ách tắc; tuy nhiên tiến độ giải ngân còn chậm.")


def test_a_difficulty_listed_under_a_determiner_names_difficulties() -> None:
    assert not states_shortcoming("Kiên định, can trường trước mọi thử thách, khó khăn vì độc lập dân tộc.")
    assert states_shortcoming("Hội còn gặp những trở ngại, khó khăn trong huy động vốn.")


def test_a_negation_in_the_former_state_of_a_change_is_overcome() -> None:
    for text in (
        "Công ty đã chuyển từ trạng thái kinh doanh chưa có lợi nhuận sang có lãi.",
        "Từ chỗ chưa có đường, đến nay 100% thôn có đường bê tông.",
    ):
        assert not states_shortcoming(text)
    assert states_shortcoming("Công ty chưa có lợi nhuận.")


def test_having_to_face_difficulties_states_them() -> None:
    text = "Đất nước ta vừa có nhiều thuận lợi, vừa phải đối mặt với những khó khăn, thách thức mới."
    assert speech_shortcomings(text) == [text]
    assert not states_shortcoming("Hội nghị bàn giải pháp cho những khó khăn, thách thức mới.")


def test_a_full_stop_typed_without_a_space_before_a_capitalised_word_ends_a_sentence() -> None:
    from dvtool.extract._text import split_sentences

    assert split_sentences("Đó là thách thức lớn.Đồng tình với ý kiến trên, ông A đề nghị.") == [
        "Đó là thách thức lớn.",
        "Đồng tình với ý kiến trên, ông A đề nghị.",
    ]
    assert split_sentences("Tại TP.HCM, Th.S Nguyễn Văn A dự. Có 2.500 người.") == [
        "Tại TP.HCM, Th.S Nguyễn Văn A dự.",
        "Có 2.500 người.",
    ]


def test_a_trouble_that_goes_on_is_a_shortcoming() -> None:
    """Rule trouble_states (fig5): "… diễn ra phức tạp", "ngày càng phức tạp", "vẫn còn nghiêm
    trọng", "rất bất ổn" judge a state wanting."""
    assert states_shortcoming("Bên cạnh đó, tình hình buôn bán pháo nổ diễn ra phức tạp.")
    assert states_shortcoming("Lĩnh vực vận tải hành khách cũng rất bất ổn.")
    assert states_shortcoming("Tình trạng khai thác cát trái phép vẫn còn nghiêm trọng.")
    assert not states_shortcoming("Tình hình an ninh chính trị ổn định.")


def test_falling_below_a_norm_is_a_shortcoming() -> None:
    """Rule below_norm (fig5): "thấp hơn so với chỉ tiêu …", "thấp hơn mức trung bình cả nước"
    state a shortfall."""
    assert states_shortcoming("Tỷ lệ cán bộ nữ của cấp huyện cũng thấp hơn so với chỉ tiêu định hướng.")
    assert states_shortcoming("Vùng vẫn có chỉ số phát triển thấp hơn mức trung bình cả nước.")
    assert not states_shortcoming("Tỷ lệ hộ nghèo giảm còn 3,2%, thấp hơn năm trước.")


def test_decline_is_a_shortcoming() -> None:
    """Rule decline (fig5): "sự xuống cấp về …", "chất lượng … tụt hậu" state a decline."""
    assert states_shortcoming("Nghiêm trọng hơn là sự xuống cấp về văn hóa ứng xử.")
    assert states_shortcoming("Hướng nghiệp yếu kém, chất lượng giáo dục đại học tụt hậu.")


def test_slowness_and_lack_are_shortcomings() -> None:
    """Rule slow_or_lacking (fig5): "tiến độ thực hiện khá chậm", "cả nước đang thiếu … giáo
    viên" state a shortcoming without "còn"."""
    assert states_shortcoming("Song đến nay tiến độ thực hiện khá chậm.")
    assert states_shortcoming("Hiện cả nước đang thiếu khoảng 100.000 giáo viên.")


def test_a_difficulty_conceded_after_the_main_clause_states_none() -> None:
    """Rule trailing_concession (fig5): "… tăng trưởng 5% so với cùng kỳ mặc dù kinh tế khó khăn"
    praises the result; a contrast after the concession ("mặc dù … song … khá chậm") or a main
    clause that itself falls short still states the shortcoming."""
    assert not states_shortcoming("Thị trường du lịch tăng trưởng 5% so với cùng kỳ mặc dù kinh tế khó khăn.")
    assert not states_shortcoming("Hội đã vận động được 200 triệu đồng, dù còn nhiều khó khăn.")
    assert states_shortcoming("Các dự án mặc dù đã được phê duyệt song đến nay tiến độ còn chậm.")
    assert states_shortcoming("Công tác tuyên truyền chưa hiệu quả dù đã có nhiều cố gắng.")
