"""Round 9: values that were pieces of a sentence rather than a name or a title (award recipients,
organizers, chairs' and attendees' titles), and award words that name no award. Sentences written
for the test: they show the rules work, not that they generalize."""

from __future__ import annotations

from dvtool.extract.awards import parse_awards


def test_khen_thuong_in_a_councils_name_is_no_award() -> None:
    sentence = (
        "Đồng chí Nguyễn Văn An, Chủ tịch UBND tỉnh kiêm Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh,"
        " nhấn mạnh: các phong trào thi đua sẽ tập trung vào chuyển đổi số"
    )
    assert parse_awards(sentence) == []


def test_an_award_after_a_councils_name_is_read() -> None:
    sentence = "Hội đồng Thi đua – Khen thưởng huyện thống nhất tặng Giấy khen cho 12 tập thể và 30 cá nhân"
    awards = parse_awards(sentence)
    assert [(a.award, a.collectives, a.individuals) for a in awards] == [("Giấy khen", 12, 30)]


def test_a_recipient_ends_where_a_clause_about_him_begins() -> None:
    awards = parse_awards(
        "Anh Lê Văn Bình được Chủ tịch UBND xã trao tặng giấy khen khi đang đi làm thuê ở chợ"
    )
    assert [a.recipients for a in awards] == [("Anh Lê Văn Bình",)]
    awards = parse_awards("UBND xã tặng giấy khen cho Lữ đoàn 680 đã giúp dân dọn bùn, khử khuẩn sau lũ")
    assert [a.recipients for a in awards] == [("Lữ đoàn 680",)]


def test_commas_inside_parentheses_do_not_split_a_recipient() -> None:
    awards = parse_awards("UBND xã tặng giấy khen cho ông Trần Văn Đá (thôn Lam Hạ, xã Hà Nha) và anh Lê Tâm")
    assert [a.recipients for a in awards] == [("ông Trần Văn Đá (thôn Lam Hạ, xã Hà Nha)", "anh Lê Tâm")]
