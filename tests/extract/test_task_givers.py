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
