"""Rule titled_speaker (people13): a remark whose speaker is named after the titles ("Phó Chủ tịch
HĐND huyện Trần Văn A lưu ý …", "Phát biểu tại hội nghị, đồng chí Đại tá B, … biểu dương …") has
that name as its speaker; a body or place after a title ("Chủ tịch UBND xã Tân Lập") names no one.
Sentences written for the test: they show the rule works, not that it generalizes."""

from __future__ import annotations

from dvtool.extract import extract_text
from dvtool.extract.people import find_speaker
from dvtool.extract.person_names import NamedPerson


def test_the_name_after_the_opening_titles_speaks() -> None:
    text = "Phó Chủ tịch HĐND xã Lò Văn Khánh lưu ý các thôn tổ chức họp dân đúng thời gian."
    assert find_speaker(text) == "Lò Văn Khánh"


def test_the_name_after_titles_that_follow_a_remark_cue_speaks() -> None:
    text = "Phát biểu kết luận, Bí thư Đảng ủy xã Hà Thị Mai đề nghị các chi bộ sớm hoàn thành đại hội."
    assert find_speaker(text) == "Hà Thị Mai"


def test_titles_in_a_comma_list_before_the_name() -> None:
    text = (
        "Phát biểu tại buổi lễ, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy Mạc Văn Tùng"
        " ghi nhận những kết quả của Mặt trận xã."
    )
    assert find_speaker(text) == "Mạc Văn Tùng"


def test_a_rank_after_the_honorific_is_no_part_of_the_name() -> None:
    text = (
        "Phát biểu tại hội nghị, đồng chí Thượng tá Đinh Công Lực, Trưởng Công an huyện, yêu cầu"
        " các đội tăng cường tuần tra."
    )
    assert find_speaker(text) == "Đinh Công Lực"


def test_an_honorific_before_a_lower_case_title_then_the_name() -> None:
    text = "Đồng chí Chủ tịch UBND huyện Tạ Minh Đức biểu dương các xã đã hoàn thành kế hoạch."
    assert find_speaker(text) == "Tạ Minh Đức"


def test_two_words_right_after_a_title_are_a_name() -> None:
    assert find_speaker("Tổng Giám đốc Lê Hùng nhấn mạnh yêu cầu về an toàn lao động.") == "Lê Hùng"


def test_a_place_after_the_title_is_no_speaker() -> None:
    assert find_speaker("Chủ tịch UBND xã Tân Lập đề nghị các thôn rà soát hộ nghèo.") is None
    assert find_speaker("Bí thư Huyện ủy Thái Bình đề nghị các xã rà soát hộ nghèo.") is None


def test_a_body_named_like_a_family_is_no_speaker() -> None:
    # "Vụ" folds like the family name "Vũ"; the tones tell them apart
    assert find_speaker("Vụ trưởng Vụ Pháp chế nhấn mạnh yêu cầu rà soát văn bản.") is None


def test_a_name_after_the_verb_of_speech_is_not_the_speaker() -> None:
    text = (
        "Phó Chủ tịch UBND huyện đề nghị, Giám đốc Trung tâm Văn hóa Nguyễn Văn Bảo chuẩn bị tốt"
        " các hoạt động dịp Tết."
    )
    assert find_speaker(text) is None


def test_a_chair_named_with_another_case_is_the_chair() -> None:
    chair = NamedPerson("Đoàn Thị Kim Thoa", ("Thứ trưởng Bộ Công Thương",))
    text = "Thứ trưởng Đoàn Thị Kim thoa đề nghị các đơn vị sớm hoàn thành kế hoạch."
    assert find_speaker(text, (chair,)) == "Đoàn Thị Kim Thoa"


def test_a_report_gives_the_remark_the_titled_speaker() -> None:
    text = (
        "Hội nghị giao ban HĐND huyện quý III\n\n"
        "Thường trực HĐND huyện tổ chức hội nghị giao ban với Thường trực HĐND các xã.\n\n"
        "Phó Chủ tịch HĐND huyện Lò Văn Khánh lưu ý các xã tổ chức tiếp xúc cử tri đúng kế hoạch.\n"
    )
    remarks = extract_text(text, "a.txt").value.remarks
    assert [r.speaker for r in remarks] == ["Lò Văn Khánh"]


def test_the_name_in_the_piece_after_a_bare_title() -> None:
    text = "Chủ tịch UBND huyện, Hoàng Văn Bình phát biểu chỉ đạo tại lễ ra quân."
    assert find_speaker(text) == "Hoàng Văn Bình"


def test_a_body_in_the_piece_after_a_title_is_no_name() -> None:
    text = "Chủ tịch UBND huyện, Trưởng Ban Chỉ huy phát biểu chỉ đạo tại lễ ra quân."
    assert find_speaker(text) is None
