"""Round 11 award rules, on items written for the test (they show the rules work, not that they
generalize): a proposal to the nation's leaders is no award given; the giver is the body after
the phrases that open the sentence; an award named in a caption with one kind of recipients
counted takes the counts of the sentence that counts both kinds ("khen thưởng")."""

from __future__ import annotations

from dvtool.extract import extract_text

_LEAD = (
    "Hội Nông dân huyện Na Hang tổng kết năm 2022\n\n"
    "Sáng 11/1/2023, Hội Nông dân huyện Na Hang tổng kết công tác Hội năm 2022.\n\n"
    "Năm 2022, Hội đã kết nạp 45 hội viên mới.\n\n"
)


def _awards(body: str) -> list[tuple[str, str | None, int, int]]:
    report = extract_text(_LEAD + body, "x.txt").value
    return [(a.award, a.giver, a.collectives, a.individuals) for a in report.awards]


def test_a_proposal_to_the_prime_minister_is_no_award_given() -> None:
    body = (
        "Tại hội nghị, UBND huyện đã tặng Bằng khen cho 4 tập thể và 8 cá nhân; đồng thời đề nghị"
        " Thủ tướng Chính phủ tặng bằng khen đối với 01 tập thể và 02 cá nhân, đề nghị Bộ trưởng Bộ"
        " Nội vụ tặng Bằng khen đối với 02 tập thể.\n"
    )
    assert _awards(body) == [("Bằng khen", "UBND huyện", 4, 8)]


def test_the_giver_is_the_body_after_the_opening_phrases() -> None:
    body = (
        "Ghi nhận những nỗ lực, cố gắng của hội viên, tại hội nghị, UBND huyện đã tặng Giấy khen cho"
        " 3 tập thể.\n"
    )
    assert _awards(body) == [("Giấy khen", "UBND huyện", 3, 0)]


def test_a_caption_counting_one_kind_takes_the_counts_of_the_khen_thuong_sentence() -> None:
    body = (
        "Lãnh đạo Hội Nông dân huyện trao Giấy khen cho 2 tập thể\n\n"
        "Nhân dịp này, đã có 2 tập thể và 6 cá nhân được khen thưởng vì có thành tích trong phong trào"
        " nông dân năm 2022.\n"
    )
    assert [(a, c, i) for a, _, c, i in _awards(body)] == [("Giấy khen", 2, 6)]


def test_an_award_counting_other_numbers_stays_its_own() -> None:
    body = (
        "Trung ương Hội tặng Kỷ niệm chương cho 6 cá nhân.\n\n"
        "Dịp này, 7 tập thể và 11 cá nhân được khen thưởng vì thành tích trong phong trào.\n"
    )
    assert [(a, c, i) for a, _, c, i in _awards(body)] == [("Kỷ niệm chương", 0, 6), ("Khen thưởng", 7, 11)]
