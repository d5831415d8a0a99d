"""Rules of round 10 for the awards of a news item: praise given to counted recipients is the award
(bare-praise); a place named as its estates or alone is one collective (place-recipient); grades
given together name the award (joint-grades). Sentences written for the test: they show the rule
works, not that it generalizes."""

from __future__ import annotations

from dvtool.extract.awards import is_award_sentence, parse_awards


def _counts(sentence: str) -> list[tuple[str, int, int]]:
    assert is_award_sentence(sentence)
    return [(a.award, a.collectives, a.individuals) for a in parse_awards(sentence)]


def test_praise_of_counted_recipients_is_the_award() -> None:
    assert _counts(
        "Tại chương trình, Tỉnh đoàn đã tổ chức tuyên dương 22 gia đình trẻ tiêu biểu và 30 Thủ lĩnh"
        " thanh niên tiêu biểu năm 2025."
    ) == [("Tuyên dương", 22, 30)]
    assert _counts("Dịp này, Tỉnh Đoàn tổ chức lễ tuyên dương 10 gương thanh niên điển hình.") == [
        ("Tuyên dương", 0, 10)
    ]


def test_a_meeting_named_for_praise_hands_out_none() -> None:
    assert not is_award_sentence("Sáng 27/5, Hội nghị biểu dương 260 người có uy tín tiêu biểu đã diễn ra.")


def test_praise_said_with_an_award_is_no_award_of_its_own() -> None:
    assert _counts("Dịp này, Hội biểu dương, khen thưởng 6 tập thể, 12 cá nhân có thành tích tốt.") == [
        ("Khen thưởng", 6, 12)
    ]


def test_a_place_named_as_its_estates_or_alone_is_one_collective() -> None:
    assert _counts(
        "Phó Chủ tịch nước trao tặng Huân chương Lao động hạng Nhất cho Đảng bộ, chính quyền và Nhân"
        " dân tỉnh Tân An."
    ) == [("Huân chương Lao động hạng Nhất", 1, 0)]
    assert _counts(
        "Dịp này, tỉnh Tân An được Đảng, Nhà nước tặng thưởng Huân chương Lao động hạng Nhất."
    ) == [("Huân chương Lao động hạng Nhất", 1, 0)]


def test_grades_given_together_name_the_award() -> None:
    assert _counts("Dịp này, 7 cá nhân được tặng thưởng Huân chương Lao động các hạng.") == [
        ("Huân chương Lao động các hạng", 0, 7)
    ]
    assert _counts("Phó Chủ tịch nước trao Huân chương Lao động hạng Nhất, Nhì, Ba cho 7 cá nhân.") == [
        ("Huân chương Lao động hạng Nhất, Nhì, Ba", 0, 7)
    ]
