"""Award sentences in forms beyond "X tặng Bằng khen cho N tập thể": a verb of receiving, a
passive without a giver, a quoted award name, a photo caption, a summing-up "khen thưởng".

The sentences are written for these rules: the tests show each rule works, not that it
generalizes (that is measured on the real documents of tests/eval/real)."""

from __future__ import annotations

import pytest

from dvtool.extract import extract_text
from dvtool.extract.award_counts import counted_or_unique
from dvtool.extract.awards import is_award_sentence, parse_awards
from dvtool.model import Award


def _counts(sentence: str) -> list[tuple[str, str | None, int, int]]:
    assert is_award_sentence(sentence)
    return [(a.award, a.giver, a.collectives, a.individuals) for a in parse_awards(sentence)]


def test_recipients_that_receive_an_award_of_a_giver() -> None:
    assert _counts(
        "Tại hội nghị, 2 tập thể, 5 cá nhân có thành tích xuất sắc được nhận Bằng khen của UBND tỉnh."
    ) == [("Bằng khen", "UBND tỉnh", 2, 5)]
    assert _counts("Dịp này, 5 tập thể và 10 cá nhân vinh dự nhận Giấy khen của Sở Nội vụ.") == [
        ("Giấy khen", "Sở Nội vụ", 5, 10)
    ]


def test_a_body_receiving_an_award_at_its_ceremony_is_one_collective() -> None:
    sentence = "Sáng 22/6, Huyện ủy tổ chức lễ kỷ niệm và đón nhận Huân chương Lao động hạng Ba."
    assert _counts(sentence) == [("Huân chương Lao động hạng Ba", None, 1, 0)]
    assert not is_award_sentence("Hội đã nhận được 15 Bằng khen của các cấp.")


def test_a_passive_without_a_giver_counts_the_subject() -> None:
    assert _counts("Dịp này, toàn tỉnh có 151 đồng chí được tặng Kỷ niệm chương “Vì giai cấp nông dân”.") == [
        ("Kỷ niệm chương “Vì giai cấp nông dân”", None, 0, 151)
    ]
    assert _counts("Dịp này, 12 tập thể, 20 cá nhân được khen thưởng.") == [("Khen thưởng", None, 12, 20)]


def test_a_quoted_award_name_is_part_of_the_name_and_not_its_reason() -> None:
    assert _counts("Hội Nông dân tỉnh đã trao kỷ niệm chương “Vì giai cấp nông dân” cho 10 đồng chí.") == [
        ("Kỷ niệm chương “Vì giai cấp nông dân”", "Hội Nông dân tỉnh", 0, 10)
    ]


def test_bang_cong_nhan_is_an_award() -> None:
    assert _counts("Nhân dịp này, 3 xã được UBND tỉnh trao Bằng công nhận xã đạt chuẩn nông thôn mới.") == [
        ("Bằng công nhận", "UBND tỉnh", 3, 0)
    ]


def test_an_uncounted_khen_thuong_beside_counted_awards_sums_them_up() -> None:
    counted = Award("Giấy khen", "UBND huyện", 3, 5, (), None)
    summary = Award("Khen thưởng", None, 0, 0, (), None)
    assert counted_or_unique([counted, summary]) == [0]
    assert counted_or_unique([summary]) == [0]


@pytest.mark.parametrize("position", ["giữa", "thứ 2 từ trái sang", "bên phải"])
def test_a_sentence_under_a_photo_is_a_caption_and_gives_no_second_award(position: str) -> None:
    text = (
        "Hội Nông dân tỉnh tổng kết công tác năm 2023\n\n"
        "Sáng 12/1/2024, Hội Nông dân tỉnh tổ chức hội nghị tổng kết công tác năm 2023.\n\n"
        f"Đồng chí Nguyễn Văn A, Chủ tịch Hội Nông dân tỉnh ({position}) trao Bằng khen cho 10 cá nhân.\n\n"
        "Tại hội nghị, Hội Nông dân tỉnh đã trao Bằng khen cho 10 cá nhân có thành tích xuất sắc.\n\n"
        "Nguyễn Văn B"
    )
    awards = extract_text(text, "a.txt").value.awards
    assert [(a.award, a.individuals) for a in awards] == [("Bằng khen", 10)]


def test_khen_thuong_by_a_giver_in_the_passive_counts_the_subject() -> None:
    assert _counts("Dịp này, 10 tập thể và 20 cá nhân được Ban Thường vụ Huyện ủy khen thưởng.") == [
        ("Khen thưởng", "Ban Thường vụ Huyện ủy", 10, 20)
    ]
    assert _counts("Tại hội nghị có 20 tập thể, 40 cá nhân được biểu dương, khen thưởng.") == [
        ("Khen thưởng", None, 20, 40)
    ]


def test_youth_union_branches_and_teachers_are_counted() -> None:
    assert _counts("Tỉnh đoàn trao Bằng khen cho 15 đoàn viên và 3 chi đoàn.") == [
        ("Bằng khen", "Tỉnh đoàn", 3, 15)
    ]
    assert _counts("Sở Giáo dục trao Giấy khen cho 20 học sinh và 5 giáo viên.") == [
        ("Giấy khen", "Sở Giáo dục", 0, 25)
    ]


def test_awards_that_name_their_own_givers_share_the_recipients_named_once() -> None:
    sentence = "Hội nghị trao Bằng khen của Bộ trưởng Bộ Công an, Giấy khen của Công an tỉnh cho các cá nhân."
    assert _counts(sentence) == [
        ("Bằng khen", "Bộ trưởng Bộ Công an", 0, 0),
        ("Giấy khen", "Công an tỉnh", 0, 0),
    ]
    assert len(parse_awards("UBND tỉnh tặng Cờ thi đua và Bằng khen cho 2 tập thể.")) == 1


def test_an_uncounted_kind_of_recipients_gives_an_award_and_its_repetition_none() -> None:
    caption = Award("Giấy khen", None, 0, 0, (), "có thành tích xuất sắc")
    sentence = Award("Giấy khen", "Công an tỉnh", 0, 0, (), "có thành tích xuất sắc")
    assert counted_or_unique([caption, sentence]) == [0]
    assert _counts("Công an tỉnh trao Giấy khen cho các cá nhân có thành tích xuất sắc.") == [
        ("Giấy khen", "Công an tỉnh", 0, 0)
    ]


def test_an_award_still_to_be_given_and_a_count_of_both_kinds_together() -> None:
    assert not is_award_sentence(
        "Dự kiến cuối tháng 6, Hội sẽ tổ chức tổng kết và tuyên dương khen thưởng các tập thể cá nhân."
    )
    sentence = "UBND tỉnh được Thủ tướng Chính phủ khen thưởng cho 103 tập thể và cá nhân có thành tích."
    assert [(a.collectives, a.individuals) for a in parse_awards(sentence)] == [(0, 0)]


def test_an_award_handed_out_in_the_lead_sentence_counts_once() -> None:
    lead = (
        "Sáng 21/1/2022, Sở Y tế tổ chức hội nghị tổng kết công tác năm 2021 và trao Kỷ niệm chương "
        "cho 49 hội viên."
    )
    again = "Dịp này, 49 hội viên được tặng Kỷ niệm chương “Vì sự nghiệp y tế”."
    awards = extract_text(f"Sở Y tế tổng kết\n\n{lead}\n\n{again}\n\nThu Hằng", "a.txt").value.awards
    assert [(a.award, a.individuals) for a in awards] == [("Kỷ niệm chương “Vì sự nghiệp y tế”", 49)]
    alone = extract_text(f"Sở Y tế tổng kết\n\n{lead}\n\nThu Hằng", "a.txt").value.awards
    assert [(a.award, a.individuals) for a in alone] == [("Kỷ niệm chương", 49)]


def test_an_award_proposed_to_a_higher_level_is_not_given() -> None:
    """Written for the test: "đề nghị tặng" and "trình … tặng" propose; a clause without a
    verb of its own goes on proposing; a clause that gives after it is an award."""
    proposed = (
        "Hội nghị bình bầu và đề nghị tặng Cờ thi đua của Bộ Công an cho Công an huyện A; "
        "Cờ thi đua của Tổng cục Chính trị cho Công an huyện B"
    )
    assert parse_awards(proposed) == []
    assert parse_awards("Ngoài ra, UBND tỉnh trình Thủ tướng Chính phủ tặng Cờ thi đua cho 14 tập thể") == []
    mixed = parse_awards(
        "Sở được Chủ tịch nước tặng Huân chương Lao động hạng Ba; "
        "được UBND tỉnh trình Chính phủ tặng Cờ thi đua"
    )
    assert [a.award for a in mixed] == ["Huân chương Lao động hạng Ba"]
    # the body asked to give is named: the award stays ("đề nghị UBND huyện khen thưởng 10 đơn vị")
    assert len(parse_awards("Ủy ban MTTQ huyện đề nghị UBND huyện khen thưởng 10 đơn vị có thành tích")) == 1


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Tỉnh ủy tặng Cờ thi đua xuất sắc cho 2 tổ chức đảng", "Cờ thi đua xuất sắc"),
        ("Chủ tịch nước tặng Huân chương Lao động hạng Nhì cho 1 tập thể", "Huân chương Lao động hạng Nhì"),
        ("Tỉnh ủy trao Huy hiệu 50 năm tuổi Đảng cho 15 đảng viên", "Huy hiệu 50 năm tuổi Đảng"),
        (
            "Trung ương Hội tặng Kỷ niệm chương vì sự nghiệp Phụ nữ Việt Nam cho 6 cá nhân",
            "Kỷ niệm chương vì sự nghiệp Phụ nữ Việt Nam",
        ),
    ],
)
def test_a_grade_in_lower_case_goes_on_naming_the_award(sentence: str, name: str) -> None:
    """Written for the test: the grade after the award's name is part of it."""
    assert [a.award for a in parse_awards(sentence)] == [name]


def test_a_repeated_award_sentence_gives_one_award() -> None:
    """Written for the test: a page that repeats its award paragraph."""
    said = "Tại hội nghị, Chủ tịch nước trao Huân chương Độc lập hạng Nhì cho Hội Nông dân tỉnh Bắc Giang."
    text = (
        "Hội Nông dân tỉnh đón nhận Huân chương\n\nSáng 12/1/2023, UBND tỉnh tổ chức hội nghị tổng kết "
        f"công tác thi đua, khen thưởng năm 2022.\n\n{said}\n\n{said}\n\nPhùng Vị"
    )
    assert len(extract_text(text, "a.txt").value.awards) == 1


def test_a_second_award_received_after_and_is_its_own() -> None:
    """Written for the test: "A nhận Bằng khen của X và 92 cá nhân nhận Giấy khen của Y"."""
    awards = parse_awards(
        "33 cá nhân được nhận Bằng khen của UBND tỉnh và 92 cá nhân nhận Giấy khen của Hội Chữ thập đỏ tỉnh"
    )
    assert [(a.award, a.giver, a.individuals) for a in awards] == [
        ("Bằng khen", "UBND tỉnh", 33),
        ("Giấy khen", "Hội Chữ thập đỏ tỉnh", 92),
    ]
