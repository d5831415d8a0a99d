"""Award sentences of round 12: recipients counted as organisations and individuals together,
a body receiving an award at its ceremony, the body that gives an award named by its verb, an
uncounted "khen thưởng" beside awards of a named form.

The sentences are written for these rules: the tests show each rule works, not that it
generalizes (that is measured on the real documents of tests/eval/real)."""

from __future__ import annotations

from dvtool.extract import extract_text
from dvtool.extract.award_counts import counted_or_unique
from dvtool.extract.awards import parse_awards
from dvtool.model import Award


def _counts(sentence: str) -> list[tuple[str, str | None, int, int]]:
    return [(a.award, a.giver, a.collectives, a.individuals) for a in parse_awards(sentence)]


def test_organisations_and_individuals_together_are_no_count_of_either() -> None:
    sentence = (
        "Năm nay có 2.150 tổ chức và cá nhân được các cấp khen thưởng, trong đó 40 tổ chức và cá nhân "
        "được Bộ trưởng Bộ Công Thương tặng bằng khen, 75 tổ chức, cá nhân được Chủ tịch UBND tỉnh tặng "
        "bằng khen và 300 tổ chức và cá nhân được Sở Công Thương tặng giấy khen."
    )
    awards = parse_awards(sentence)
    kept = [awards[i] for i in counted_or_unique(awards)]
    assert [(a.award, a.giver, a.collectives, a.individuals, a.recipients) for a in kept] == [
        ("Bằng khen", "Bộ trưởng Bộ Công Thương", 0, 0, ()),
        ("Bằng khen", "Chủ tịch UBND tỉnh", 0, 0, ()),
        ("Giấy khen", "Sở Công Thương", 0, 0, ()),
    ]


def test_organisations_counted_alone_still_count() -> None:
    assert _counts("UBND tỉnh tặng Bằng khen cho 12 tổ chức và 30 cá nhân.") == [
        ("Bằng khen", "UBND tỉnh", 12, 30)
    ]


def test_a_body_receiving_an_order_at_its_ceremony_is_one_collective() -> None:
    sentence = (
        "Chiều 5/3, Công ty Cổ phần Cảng Nghệ Tĩnh kỷ niệm 40 năm thành lập và đón nhận "
        "Huân chương Lao động hạng Nhì."
    )
    assert _counts(sentence) == [("Huân chương Lao động hạng Nhì", None, 1, 0)]
    assert _counts("Trường THPT Lê Lợi vinh dự đón nhận Cờ thi đua của Chính phủ.") == [
        ("Cờ thi đua", "Chính phủ", 1, 0)
    ]


def test_plural_bodies_receiving_an_award_are_no_one_collective() -> None:
    assert parse_awards("Các tập thể tiêu biểu đón nhận Bằng khen của UBND tỉnh.") == []


def test_the_body_before_an_award_verb_gives_it() -> None:
    sentence = (
        "Sáng 6/8, tại hội nghị điển hình tiên tiến, Hội Cựu chiến binh huyện Đông Anh đã khen thưởng "
        "5 tập thể và 12 cá nhân."
    )
    assert _counts(sentence) == [("Khen thưởng", "Hội Cựu chiến binh huyện Đông Anh", 5, 12)]


def test_a_lead_khen_thuong_beside_the_body_named_award_is_dropped() -> None:
    text = (
        "Hội nghị biểu dương điển hình dân vận khéo\n\n"
        "Sáng 9/10, Đảng ủy Khối tổ chức lễ kỷ niệm ngày truyền thống và tuyên dương khen thưởng 60 tập thể, "
        "cá nhân xuất sắc.\n\n"
        "Dịp này, Đảng ủy Khối đã trao Kỷ niệm chương cho 9 cá nhân có nhiều đóng góp.\n\nMinh Anh"
    )
    awards = extract_text(text, "a.txt").value.awards
    assert [(a.award, a.individuals) for a in awards] == [("Kỷ niệm chương", 9)]


def test_an_uncounted_khen_thuong_beside_a_named_form_is_dropped() -> None:
    total = Award("Khen thưởng", "các cấp", 0, 0, (), None)
    named = Award("Bằng khen", "UBND tỉnh", 0, 0, (), None)
    assert counted_or_unique([total, named]) == [1]
    assert counted_or_unique([total]) == [0]


def test_a_lead_khen_thuong_that_counts_no_one_stays() -> None:
    text = (
        "Lễ trao tặng các hình thức khen thưởng\n\n"
        "Chiều 8/8, UBND tỉnh tổ chức Lễ trao tặng các hình thức khen thưởng cho các tập thể và cá nhân "
        "đã đạt thành tích xuất sắc trong năm qua.\n\n"
        "Đối với cấp tỉnh, UBND tỉnh tặng 45 Cờ thi đua cho các cơ quan, đơn vị dẫn đầu phong trào.\n\n"
        "Minh Anh"
    )
    awards = extract_text(text, "a.txt").value.awards
    assert sorted((a.award, a.collectives) for a in awards) == [("Cờ thi đua", 45), ("Khen thưởng", 0)]


def test_an_order_given_to_one_hospital_is_one_collective() -> None:
    sentence = "Phó Thủ tướng trao Huân chương Lao động hạng Nhất cho Bệnh viện Đa khoa tỉnh Thái Bình."
    assert _counts(sentence) == [("Huân chương Lao động hạng Nhất", "Phó Thủ tướng", 1, 0)]


def test_a_medal_described_in_lower_case_keeps_its_description() -> None:
    sentence = "Dịp này, Thành ủy đã trao kỷ niệm chương các ngành nội chính Đảng cho 9 cá nhân."
    assert _counts(sentence) == [("Kỷ niệm chương các ngành nội chính Đảng", "Thành ủy", 0, 9)]
    named = "Dịp này, Hội đã trao kỷ niệm chương Cựu chiến binh Việt Nam năm 2021 cho 8 đồng chí."
    assert _counts(named) == [("Kỷ niệm chương Cựu chiến binh Việt Nam", "Hội", 0, 8)]
