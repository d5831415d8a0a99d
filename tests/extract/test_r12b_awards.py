"""Award sentences of round 12's second trial: the article's closing mark after a reason.

The sentences are written for these rules: the tests show each rule works, not that it
generalizes (that is measured on the real documents of tests/eval/real)."""

from __future__ import annotations

from dvtool.extract import extract_text
from dvtool.extract.awards import is_award_sentence, parse_awards


def test_the_closing_mark_is_no_part_of_the_reason() -> None:
    for sentence in (
        "Nhân dịp này, UBND huyện khen thưởng 12 tập thể và 40 cá nhân có thành tích xuất sắc năm 2023./",
        "Nhân dịp này, UBND huyện khen thưởng 12 tập thể và 40 cá nhân có thành tích xuất sắc năm 2023./.",
    ):
        (award,) = parse_awards(sentence)
        assert award.reason == "có thành tích xuất sắc năm 2023"
        assert (award.collectives, award.individuals) == (12, 40)


def test_the_office_after_a_phrase_of_merit_gives_the_award() -> None:
    sentence = (
        "Với thành tích xuất sắc của lực lượng tham gia chữa cháy, Chủ tịch UBND huyện quyết định "
        "tặng Giấy khen cho 4 tập thể và 9 cá nhân."
    )
    (award,) = parse_awards(sentence)
    assert (award.giver, award.collectives, award.individuals) == ("Chủ tịch UBND huyện", 4, 9)


def test_a_count_after_the_named_recipients_counts_too() -> None:
    sentence = (
        "Giám đốc Sở tặng Bằng khen cho 2 tập thể là: Phòng Cảnh sát giao thông, Đội Tuần tra và 7 cá nhân."
    )
    (award,) = parse_awards(sentence)
    assert (award.collectives, award.individuals) == (2, 7)
    assert award.recipients == ("Phòng Cảnh sát giao thông", "Đội Tuần tra")


def test_words_in_lower_case_go_on_the_name_before_them() -> None:
    sentence = (
        "UBND tỉnh tặng Bằng khen cho 2 tập thể: Phòng Phòng chống, kiểm soát và điều tra tội phạm "
        "ma túy, Công an huyện Mê Linh."
    )
    (award,) = parse_awards(sentence)
    assert award.recipients == (
        "Phòng Phòng chống, kiểm soát và điều tra tội phạm ma túy",
        "Công an huyện Mê Linh",
    )
    (people,) = parse_awards("Công an huyện tặng Giấy khen cho 2 cá nhân: ông Trần Văn B và anh Lê Văn C.")
    assert people.recipients == ("ông Trần Văn B", "anh Lê Văn C")
    # not in a list after a colon: the estates of a place, each its own
    (place,) = parse_awards(
        "Chủ tịch nước tặng Huân chương Lao động cho Đảng bộ, chính quyền và Nhân dân tỉnh Cà Mau."
    )
    assert place.recipients == ("Đảng bộ", "chính quyền", "Nhân dân tỉnh Cà Mau")


def test_counted_recipients_attaining_a_title_beside_an_award() -> None:
    sentence = (
        "Nhân dịp này, đã có 4 tập thể đạt danh hiệu tập thể lao động tiên tiến, 25 cá nhân đạt "
        "danh hiệu lao động tiên tiến; Trường THCS Lê Lợi được Sở GD-ĐT tặng Bằng khen."
    )
    attained, flag = parse_awards(sentence, "Chủ tịch UBND huyện")
    assert (attained.giver, attained.collectives, attained.individuals) == (None, 4, 25)
    assert attained.award == "Danh hiệu tập thể lao động tiên tiến"  # lower case goes on naming it
    assert (flag.giver, flag.collectives) == ("Sở GD-ĐT", 1)


def test_a_title_attained_alone_is_no_award_sentence() -> None:
    assert not is_award_sentence("Năm 2023, có 95% gia đình đạt danh hiệu gia đình văn hóa.")


def test_one_body_named_in_lower_case_before_the_passive() -> None:
    (award,) = parse_awards("Đơn vị công an xã được bộ công an tặng cờ thi đua năm 2023.")
    assert (award.collectives, award.individuals) == (1, 0)
    assert award.recipients == ("Đơn vị công an xã",)
    (plural,) = parse_awards("Các đơn vị công an xã được Bộ Công an tặng Cờ thi đua.")
    assert (plural.collectives, plural.individuals) == (0, 0)  # bodies in the plural, not counted


def test_the_headline_counts_when_the_text_tells_no_award() -> None:
    text = (
        "Lãnh đạo UBND huyện khen thưởng cho 4 tập thể, 11 cá nhân có thành tích trong công tác tín dụng.\n"
        "Ngày 12-1, Ngân hàng Chính sách xã hội huyện tổ chức hội nghị tổng kết năm 2023.\n"
        "Năm 2023, doanh số cho vay đạt trên 90 tỷ đồng, với hơn 2.100 hộ được vay vốn.\n"
    )
    report = extract_text(text, "t.txt").value
    assert report is not None
    assert [(a.award, a.collectives, a.individuals) for a in report.awards] == [("Khen thưởng", 4, 11)]


def test_a_headline_beside_the_text_s_awards_names_them_again() -> None:
    text = (
        "Huyện khen thưởng 4 tập thể, 11 cá nhân\n"
        "Ngày 12-1, UBND huyện tổ chức hội nghị tổng kết năm 2023.\n"
        "Nhân dịp này, UBND huyện tặng Giấy khen cho 4 tập thể và 11 cá nhân.\n"
    )
    report = extract_text(text, "t.txt").value
    assert report is not None
    assert [(a.award, a.collectives, a.individuals) for a in report.awards] == [("Giấy khen", 4, 11)]


def test_the_body_its_leaders_give_for_before_the_award_verb() -> None:
    (award,) = parse_awards(
        "Lãnh đạo UBND huyện Phú Lương khen thưởng cho 3 tập thể, 9 cá nhân có thành tích xuất sắc."
    )
    assert (award.giver, award.collectives, award.individuals) == ("UBND huyện Phú Lương", 3, 9)
