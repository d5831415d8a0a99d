"""Rules of round 13 for news items (a new user's trial on dev wave 13): the byline above a
page's comment counter, a byline of initials and a paper's code. Items written for the test: they
show the rules work, not that they generalize."""

from __future__ import annotations

from dvtool.extract import extract_text
from dvtool.model import Report

_HEADLINE = "Huyện Tân Phú tổng kết công tác năm 2024"
_ITEM = (
    f"{_HEADLINE}\n\n"
    "Sáng 8/1/2025, UBND huyện Tân Phú tổng kết công tác năm 2024. Tham dự có lãnh đạo các phòng,"
    " ban của huyện.\n\n"
    "Năm 2024, toàn huyện có thêm 2 xã đạt chuẩn nông thôn mới.\n\n"
)


def _report(text: str) -> Report:
    return extract_text(text, "a.txt").value


def test_a_comment_counter_ends_the_article_under_the_byline() -> None:
    report = _report(_ITEM + f"THANH HÀ\n\n(3) Bình luận\n\n{_HEADLINE}\n")
    assert (report.author, [r.text for r in report.results][-1:]) == (
        "THANH HÀ",
        ["Năm 2024, toàn huyện có thêm 2 xã đạt chuẩn nông thôn mới."],
    )


def test_a_count_after_the_comment_label_ends_the_article_too() -> None:
    assert _report(_ITEM + "Thanh Hà\n\nBình luận (0)\n\nTin khác của huyện\n").author == "Thanh Hà"


def test_initials_and_a_papers_code_are_the_author_and_the_publisher() -> None:
    report = _report(_ITEM + "LH.BĐN\n")
    assert (report.author, report.publisher) == ("LH", "BĐN")


def test_one_initial_before_a_name_stays_one_reporters_name() -> None:
    assert _report(_ITEM + "Q.VIỆT\n").author == "Q.VIỆT"
    assert _report(_ITEM + "TH.HƯƠNG\n").publisher != "HƯƠNG"


def _attendees(lead: str) -> list[str]:
    text = f"{_HEADLINE}\n\n{lead}\n\nNăm 2024, toàn huyện có thêm 2 xã đạt chuẩn nông thôn mới.\n"
    return [a.name for a in _report(text).attendees]


def test_the_ones_a_body_meets_attend() -> None:
    lead = "Sáng 2/9, Huyện đoàn tổ chức gặp mặt 50 đoàn viên tiêu biểu nhân dịp Quốc khánh."
    assert _attendees(lead) == ["50 đoàn viên tiêu biểu"]


def test_a_group_that_takes_part_in_the_meetings_work_attends() -> None:
    lead = (
        "Ngày 5/6, Hội Nông dân huyện tổ chức hội nghị góp ý dự thảo báo cáo chính trị. "
        "Đại diện các chi hội nông dân tham gia thảo luận tại hội nghị."
    )
    assert _attendees(lead) == ["Đại diện các chi hội nông dân"]


def test_a_group_that_visits_attends_and_its_host_does_not() -> None:
    lead = (
        "Nhân dịp Tết Nguyên đán, ngày 20/1, đại diện lãnh đạo Đảng ủy, UBND xã Tân Lập đã đến thăm,"
        " tặng quà và chúc mừng Hội Cựu chiến binh xã."
    )
    assert _attendees(lead) == ["Đại diện lãnh đạo Đảng ủy, UBND xã Tân Lập"]


def test_a_delegation_led_by_someone_is_not_read_as_visitors() -> None:
    lead = (
        "Ngày 20/1, đại diện lãnh đạo tỉnh do đồng chí Lê Văn An, Phó Chủ tịch UBND tỉnh dẫn đầu đã"
        " đến thăm Hội Cựu chiến binh xã."
    )
    assert "Đại diện lãnh đạo tỉnh" not in _attendees(lead)


def _awards(sentence: str) -> list[tuple[str, str | None, int, int]]:
    from dvtool.extract.awards import parse_awards

    return [(a.award, a.giver, a.collectives, a.individuals) for a in parse_awards(sentence)]


def test_a_generic_award_listed_by_recipients_is_one_award_per_piece() -> None:
    sentence = (
        "Hội Nông dân tỉnh công bố quyết định khen thưởng cho 04 tập thể xuất sắc năm 2024 gồm: "
        "Hội Nông dân huyện A nhận Cờ thi đua của Ủy ban nhân dân tỉnh, Hội Nông dân huyện B, C và D"
        " nhận Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh."
    )
    assert _awards(sentence) == [
        ("Cờ thi đua", "Ủy ban nhân dân tỉnh", 1, 0),
        ("Bằng khen", "Chủ tịch Ủy ban nhân dân tỉnh", 3, 0),
    ]


def test_a_flag_of_the_leading_unit_is_named_up_to_its_giver() -> None:
    sentence = "2 tập thể nhận Cờ đơn vị dẫn đầu phong trào thi đua của Ủy ban nhân dân tỉnh."
    assert _awards(sentence)[0][:2] == ("Cờ đơn vị dẫn đầu phong trào thi đua", "Ủy ban nhân dân tỉnh")


def test_a_listed_award_whose_pieces_do_not_add_up_stays_one_award() -> None:
    sentence = (
        "UBND huyện khen thưởng cho 05 tập thể gồm: Hội Nông dân xã A nhận Giấy khen của Chủ tịch"
        " UBND huyện, Hội Nông dân xã B nhận Giấy khen của Chủ tịch UBND huyện."
    )
    assert [a[0] for a in _awards(sentence)] == ["Khen thưởng"]


def _figures(sentence: str) -> list[str]:
    report = _report(
        f"{_HEADLINE}\n\nSáng 8/1/2025, UBND huyện Tân Phú tổng kết công tác năm 2024.\n\n{sentence}\n"
    )
    return [f.text for item in (*report.results, *report.tasks, *report.limitations) for f in item.figures]


def test_the_count_a_direction_addresses_is_no_figure() -> None:
    sentence = "Năm 2024, UBND huyện đã chỉ đạo 4 trường còn lại phấn đấu đạt chuẩn quốc gia."
    assert not any("trường" in f for f in _figures(sentence))


def test_a_directed_count_that_states_how_they_stand_is_a_figure() -> None:
    sentence = "Năm 2024, UBND huyện đã chỉ đạo 4 trường chưa đạt chuẩn quốc gia xây dựng lộ trình."
    assert any(f.startswith("4 trường") for f in _figures(sentence))


def test_the_share_of_delegates_who_vote_is_no_figure() -> None:
    sentence = (
        "Năm 2024, toàn huyện có 12 xã đạt chuẩn. 98% đại biểu dự đại hội đã biểu quyết thông qua nghị quyết."
    )
    assert _figures(sentence) == ["12 xã"]


def test_a_share_of_voters_who_agree_stays_a_figure() -> None:
    sentence = "Năm 2024, thôn thực hiện mô hình mới với 97% cử tri đồng thuận."
    assert any(f.startswith("97%") for f in _figures(sentence))
