"""Figure units that end where the counted phrase ends (issue 11, round 9, fig9): sentences
written for these tests. They show that each rule does what it says on these sentences, not that
it generalizes; the real-corpus scores in tests/eval measure that."""

from __future__ import annotations

from dvtool.extract.numbers import find_figures


def _units(text: str) -> list[tuple[float, str | None]]:
    return [(float(f.value), f.unit) for f in find_figures(text)]


def test_money_ends_the_unit() -> None:
    """Rule money_unit_ends: what follows an amount of money says what it went to."""
    assert _units("Cán bộ, đảng viên đóng góp 5 tỷ đồng ủng hộ quỹ vì người nghèo của tỉnh.") == [
        (5.0, "tỷ đồng")
    ]
    assert _units("Kim ngạch xuất khẩu đạt 17 triệu USD năm qua.") == [(17.0, "triệu USD")]
    assert _units("Nhân dân đóng góp 850 triệu đồng ngày công làm đường.") == [
        (850.0, "triệu đồng ngày công")
    ]
    assert _units("Ngân sách chi 420.000.000 đồng nguồn quỹ an sinh xã hội.") == [(420000000.0, "đồng")]


def test_money_does_not_run_into_the_next_listed_noun() -> None:
    text = "Hội đã giải ngân 3,5 tỷ đồng, tạo việc làm cho 120 lao động."
    assert _units(text) == [(3.5, "tỷ đồng"), (120.0, "lao động")]


def test_the_seed_s_kind_of_units_are_read_as_before() -> None:
    """Counted nouns, listed nouns after a comma and scale words without a currency keep their
    words; "đồng chí" is no money; a currency reckoned per something keeps what follows."""
    assert _units("Toàn tỉnh có 21 sở, ngành tham gia.")[0] == (21.0, "sở, ngành")
    assert _units("Ban Thường vụ có 12 đồng chí.") == [(12.0, "đồng chí")]
    assert _units("Năm qua đón 2 triệu lượt khách du lịch.") == [(2.0, "triệu lượt khách du lịch")]
    assert _units("Năm qua tiêu thụ 153 ngàn tấn lúa.") == [(153.0, "ngàn tấn lúa")]
    assert _units("Mỗi hộ được hỗ trợ 1.500.000 đồng/thân nhân liệt sĩ.")[0][1] == "đồng/thân nhân liệt sĩ"


def test_a_verb_after_the_counted_noun_ends_the_unit() -> None:
    """Rule unit_verbs: what the counted did, or what it is worth, is no part of what is counted."""
    assert _units("Hội trao 300 suất quà ủng hộ đồng bào vùng lũ.")[0] == (300.0, "suất quà")
    assert _units("Xây 4 căn nhà tình nghĩa trị giá 200 triệu đồng.") == [
        (4.0, "căn nhà tình nghĩa"),
        (200.0, "triệu đồng"),
    ]
    assert _units("Liên hoan có 350 diễn viên tranh tài.") == [(350.0, "diễn viên")]
    assert _units("Hội thao có 600 vận động viên tiêu biểu đại diện các xã.")[0] == (
        600.0,
        "vận động viên tiêu biểu",
    )


def test_such_a_verb_opening_the_unit_is_read_as_before() -> None:
    assert _units("Toàn huyện có 8 phối hợp viên.")[0][1] == "phối hợp viên"


def _values(text: str) -> list[float]:
    return [float(f.value) for f in find_figures(text)]


def test_a_gift_handed_over_at_the_event_is_no_figure() -> None:
    """Rule event_gifts: the money or gifts handed over at the occasion a news item reports."""
    assert _values("Tại buổi lễ, Chủ tịch UBND tỉnh đã trao 300 triệu đồng cho các gia đình.") == []
    assert _values("Dịp này, Ủy ban MTTQ tỉnh tặng 45 suất quà cho các hộ khó khăn.") == []
    assert _values("Đoàn công tác trao tặng 2 tỷ đồng hỗ trợ người dân vùng lũ.") == []


def test_gifts_of_a_period_or_mobilised_stay_figures() -> None:
    assert _values("Dịp này, Hội cho biết trong năm đã trao tặng 1.200 suất quà cho hội viên.") == [1200.0]
    assert _values("Tại chương trình, Hội vận động doanh nghiệp trao tặng 80 phần quà.") == [80.0]
    assert _values("Hội trao tặng 60 phần quà cho hội viên khó khăn.") == [60.0]


def test_the_members_a_body_is_composed_of_are_no_figure() -> None:
    """Rule body_members: "Ban Chấp hành … gồm 15 đồng chí" says how a body is composed."""
    assert (
        _values("Ban Chấp hành Hội nhiệm kỳ 2025-2030 gồm 15 đồng chí; Ban Thường vụ gồm 3 đồng chí.") == []
    )
    assert _values("Đại hội đã bầu ra 11 đồng chí vào Ban Chấp hành.") == [11.0]


def test_a_speech_reporting_what_was_done_reports_its_counts() -> None:
    """Rule speech_counts: a leader's sentence with "đã" and counted figures is also a result."""
    from dvtool.extract.sapo import reports_share

    said = "Đồng chí Giám đốc cho biết, năm qua Sở đã hỗ trợ 120 hộ với tổng kinh phí 3 tỷ đồng."
    assert reports_share(said)
    assert not reports_share("Đồng chí Giám đốc cho biết, Sở sẽ hỗ trợ 120 hộ trong năm tới.")
    assert not reports_share("Đồng chí Giám đốc cho biết, 120 hộ được hỗ trợ kinh phí làm nhà.")


def test_a_number_inside_a_short_quoted_name_is_part_of_it() -> None:
    """Rule quoted_name_inside: "“Nhà 3 sạch, 2 có”" names a movement."""
    assert _values("Xã nhân rộng mô hình “Nhà 3 sạch, 2 có” trong năm.") == []
    assert _values("Ông nói: “Năm qua, xã đã làm mới 12 km đường bê tông và sửa chữa nhiều tuyến khác”.") == [
        12.0
    ]


def test_more_verbs_and_time_adverbs_end_the_unit() -> None:
    """Rule unit_verbs_more: "mang", "tụ tập", "viết", "nêu", "trả", "hiện nay", "nay"."""
    assert _units("Công an giải tán 3 nhóm thanh niên tụ tập đua xe.") == [(3.0, "nhóm thanh niên")]
    assert _units("Có 45 đoàn viên viết đơn tình nguyện nhập ngũ.") == [(45.0, "đoàn viên")]
    assert _units("Đã sắp xếp 05/05 phòng chuyên môn, nay là 04 phòng.")[0] == (5.0, "phòng chuyên môn")
    assert _units("Xã có 4 trường học hiện đại.") == [(4.0, "trường học hiện đại")]


def test_a_number_after_khom_names_the_hamlet() -> None:
    """Rule khom_names: "Khóm 13", like "Ấp 9" and "Thôn 3", is a name."""
    assert _values("Ban công tác Mặt trận khóm 12 phát động phong trào thi đua.") == []


def test_a_statistic_after_a_comma_ends_the_unit() -> None:
    """Rule comma_statistics: "…, tỷ lệ …", "…, kim ngạch …" open the next statistic."""
    text = "Toàn xã có 100% hộ dùng điện an toàn, tỷ lệ lao động có việc làm đạt 97%."
    assert _units(text) == [(100.0, "%"), (97.0, "%")]
    assert find_figures(text)[0].text == "100% hộ dùng điện an toàn"
    assert _units("Kinh tế số chiếm 18% GRDP, kim ngạch xuất khẩu đạt 12 tỷ USD.")[0] == (18.0, "%")
    assert find_figures("Kinh tế số chiếm 18% GRDP, kim ngạch xuất khẩu đạt 12 tỷ USD.")[0].text == "18% GRDP"
    assert _units("Có 12 sở, ngành tham gia.")[0] == (12.0, "sở, ngành")


def test_a_dangling_dash_ends_the_unit() -> None:
    """Rule unit_dashes: a dash before a number or a statistic joins nothing to the unit."""
    assert _units("Đối với 04 đơn – 04 vụ việc đã xử lý xong.")[0] == (4.0, "đơn")
    assert _units("Làm việc tại doanh nghiệp (48 người - tỷ lệ 60%).")[0] == (48.0, "người")
    assert _units("Toàn ấp có 165 hộ kinh doanh - dịch vụ.") == [(165.0, "hộ kinh doanh - dịch vụ")]


def test_an_age_is_no_figure() -> None:
    """Rule ages: a number whose unit opens with "tuổi" is an age."""
    assert _values("Nước lũ cuốn trôi một em bé 9 tuổi.") == []
    assert _values("Xã đã khám bệnh cho 320 lượt người cao tuổi.") == [320.0]
