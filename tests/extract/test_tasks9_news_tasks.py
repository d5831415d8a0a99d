"""Tasks of issue 11, round 9 (tasks9): directions of news items from district portals and
provincial newspapers. Every sentence is written for these tests: they show each rule works,
not that it generalizes."""

from __future__ import annotations

from tests.extract.news_item import tasks_after_lead as _tasks

from dvtool.extract.direction_split import numbered_items, quoted_speech, unquoted, without_attribution
from dvtool.extract.orienting import oriented, stressed_list
from dvtool.extract.task_split import task_pieces

# a quote opened in one sentence and closed in a later one ------------------------------------


def test_an_opening_quote_closed_in_a_later_sentence_is_dropped() -> None:
    assert (
        unquoted('"Cán bộ phải gần dân; luôn giữ gìn đạo đức.')
        == "Cán bộ phải gần dân; luôn giữ gìn đạo đức."
    )
    assert (
        unquoted("“Cán bộ phải gần dân; luôn giữ gìn đạo đức.")
        == "Cán bộ phải gần dân; luôn giữ gìn đạo đức."
    )


def test_a_quote_closed_in_the_same_sentence_stays() -> None:
    text = '"Cán bộ phải gần dân; luôn giữ gìn đạo đức", Bí thư nhấn mạnh.'
    assert unquoted(text) == text
    assert unquoted("“Dám nghĩ; dám làm”, đồng chí nói.") == "“Dám nghĩ; dám làm”, đồng chí nói."
    assert unquoted("Cán bộ phải gần dân.") == "Cán bộ phải gần dân."


def test_the_parts_of_a_quoted_direction_split_at_its_semicolons() -> None:
    pieces = task_pieces(
        '"Mỗi đảng viên phải gương mẫu trong công việc, gần dân, hiểu dân; luôn nêu cao tinh '
        "thần trách nhiệm, sẵn sàng nhận việc khó."
    )
    assert pieces == [
        "Mỗi đảng viên phải gương mẫu trong công việc, gần dân, hiểu dân",
        "luôn nêu cao tinh thần trách nhiệm, sẵn sàng nhận việc khó.",
    ]
    assert _tasks(
        "Phát biểu kết luận hội nghị, đồng chí Bí thư Huyện ủy yêu cầu các chi bộ tiếp tục đổi mới "
        'sinh hoạt.\n\n"Mỗi đảng viên phải gương mẫu trong công việc, gần dân, hiểu dân; luôn nêu '
        "cao tinh thần trách nhiệm, sẵn sàng nhận việc khó. Chi bộ phải thật sự là hạt nhân đoàn "
        'kết", đồng chí nhấn mạnh.\n'
    )[1:3] == [
        "Mỗi đảng viên phải gương mẫu trong công việc, gần dân, hiểu dân",
        "Luôn nêu cao tinh thần trách nhiệm, sẵn sàng nhận việc khó.",
    ]


# a paragraph that quotes a leader and names the speech after the closing quote -------------

_QUOTED = (
    '"Mỗi đảng viên phải gương mẫu trong công việc. Trong mọi hoàn cảnh, chi bộ phải thật sự là '
    'hạt nhân đoàn kết, đó là: đoàn kết trong Đảng, đoàn kết trong dân" - Là nội dung quan trọng '
    "trong phát biểu kết luận của đồng chí Bí thư Huyện ủy tại hội nghị."
)


def test_a_quote_attributed_to_a_leader_s_speech_is_that_speech() -> None:
    assert quoted_speech(_QUOTED)
    assert quoted_speech("“Các xã cần rà soát lại hộ nghèo”, đồng chí Chủ tịch UBND huyện nhấn mạnh.")
    assert _tasks(_QUOTED + "\n") == [
        "Mỗi đảng viên phải gương mẫu trong công việc.",
        "Trong mọi hoàn cảnh, chi bộ phải thật sự là hạt nhân đoàn kết, đó là: đoàn kết trong Đảng, "
        "đoàn kết trong dân",
    ]


def test_a_quote_without_a_speaker_or_a_verb_of_speech_is_no_speech() -> None:
    assert not quoted_speech('"Năm nay mùa màng bội thu", người dân phấn khởi.')
    assert not quoted_speech("“Dám nghĩ, dám làm” là phương châm của chi bộ.")
    assert not quoted_speech("Đồng chí Bí thư nhấn mạnh: “Các xã cần rà soát lại hộ nghèo”.")


def test_the_attribution_after_the_closing_quote_is_cut_from_the_direction() -> None:
    assert (
        without_attribution('Cỏ dại phải được dọn sạch trước ngày khánh thành", Bộ trưởng yêu cầu.')
        == "Cỏ dại phải được dọn sạch trước ngày khánh thành"
    )
    more = (
        'Chúng ta phải tính toán", ông Phong nói và dẫn chứng bằng việc tỷ lệ sinh ở ngoại thành '
        "đã giảm, đề nghị thành phố rà soát lại quy hoạch trường học."
    )
    assert without_attribution(more) == more  # the words after the quote give more directions
    closed = "“Dám nghĩ, dám làm”, đồng chí nhấn mạnh."
    assert without_attribution(closed) == closed  # the quote opens in the text itself


# a leader who sets the work ahead with "định hướng" ----------------------------------------


def test_a_leader_orienting_the_tasks_ahead_gives_a_direction() -> None:
    sentence = (
        "Thay mặt Ban Thường vụ Huyện ủy, đồng chí Bí thư đã ghi nhận kết quả của các chi bộ, "
        "đồng thời định hướng nhiệm vụ, giải pháp trọng tâm trong thời gian tới."
    )
    assert oriented(sentence) == ["định hướng nhiệm vụ, giải pháp trọng tâm trong thời gian tới"]
    assert _tasks(sentence + "\n") == ["Định hướng nhiệm vụ, giải pháp trọng tâm trong thời gian tới"]


def test_orienting_without_a_leader_or_as_a_noun_is_no_direction() -> None:
    assert oriented("Hội nghị nhằm đánh giá kết quả năm 2024 và định hướng nhiệm vụ năm 2025.") == []
    assert oriented("Đồng chí Giám đốc đã định hướng nhiệm vụ cho các phòng.") == []
    assert oriented("Các đồng chí lãnh đạo đưa ra các định hướng, giải pháp nhằm phát huy kết quả.") == []
    assert oriented("Đồng chí Hiệu trưởng trao đổi về định hướng phát triển của nhà trường.") == []


# an inline list numbered "(1) …; (2) …" of the work ahead ---------------------------------


def test_a_numbered_list_of_targets_is_one_task_per_item() -> None:
    text = (
        "Năm 2025, Hội đề ra các chỉ tiêu: (1) Tập huấn cho 200 hội viên về chuyển đổi số; "
        "(2) Xây dựng 05 mô hình kinh tế tập thể; (3) Kết nạp ít nhất 50 hội viên mới"
    )
    assert numbered_items(text) == [
        "Tập huấn cho 200 hội viên về chuyển đổi số",
        "Xây dựng 05 mô hình kinh tế tập thể",
        "Kết nạp ít nhất 50 hội viên mới",
    ]


def test_a_numbered_list_of_people_or_out_of_order_is_no_list_of_tasks() -> None:
    assert (
        numbered_items("Bồi dưỡng cho 3 nhóm đối tượng: (1) Cán bộ quản lý; (2) Giáo viên; (3) Nhân viên")
        == []
    )
    assert numbered_items("Hội đề ra các nhiệm vụ: (1) Tập huấn hội viên; (3) Kết nạp hội viên mới") == []
    assert numbered_items("Hội đề ra các nhiệm vụ: tập huấn hội viên; kết nạp hội viên mới") == []


def test_a_list_of_tasks_a_leader_stresses_after_a_colon_is_one_task_per_item() -> None:
    sentence = (
        "Đồng chí Chủ tịch Hội Nông dân huyện biểu dương kết quả của Hội, nhấn mạnh một số nhiệm vụ "
        "trong nhiệm kỳ tới, cụ thể: phấn đấu kết nạp 50 hội viên mới, 100% chi hội có mô hình "
        "kinh tế, tiếp tục duy trì các câu lạc bộ nông dân, xây dựng 02 hợp tác xã kiểu mới."
    )
    assert stressed_list(sentence) == [
        "phấn đấu kết nạp 50 hội viên mới",
        "100% chi hội có mô hình kinh tế",
        "tiếp tục duy trì các câu lạc bộ nông dân",
        "xây dựng 02 hợp tác xã kiểu mới",
    ]


def test_a_list_after_a_colon_that_no_leader_stresses_as_tasks_is_no_list_of_tasks() -> None:
    assert (
        stressed_list("Hội nghị nhấn mạnh một số nhiệm vụ, cụ thể: tập huấn hội viên, kết nạp hội viên.")
        == []
    )
    assert (
        stressed_list(
            "Đồng chí Chủ tịch nhấn mạnh kết quả nổi bật: kết nạp 50 hội viên, xây dựng 02 mô hình."
        )
        == []
    )
    assert (
        stressed_list("Đồng chí Chủ tịch đã nêu rõ một số nhiệm vụ: tập huấn hội viên, kết nạp hội viên.")
        == []
    )


def test_work_a_meeting_agrees_to_assign_is_a_task() -> None:
    assert _tasks(
        "Hội nghị thống nhất phân công các đồng chí Phó Chủ tịch Hội dự đại hội các chi hội trong "
        "tháng 3; các chi hội chủ động xây dựng kế hoạch hoạt động năm 2025.\n"
    ) == [
        "Phân công các đồng chí Phó Chủ tịch Hội dự đại hội các chi hội trong tháng 3",
        "Các chi hội chủ động xây dựng kế hoạch hoạt động năm 2025.",
    ]
