"""Figures read wrongly in a new-user trial on the newest dev documents (round 12, fig12):
sentences written for these tests. They show that each rule does what it says on these
sentences, not that it generalizes; the dev comparison measures that."""

from __future__ import annotations

from dvtool.extract.numbers import find_figures, letter_spaced


def _figures(text: str) -> list[tuple[float, str | None, str]]:
    return [(float(f.value), f.unit, f.text) for f in find_figures(text)]


def test_a_year_word_after_a_period_word_is_no_count() -> None:
    """Rule spelled_period: "năm" is "year" after "hàng", "mỗi", "trong", "cuối" …"""
    assert _figures("Hàng năm huyện đều hoàn thành chỉ tiêu giao quân.") == []
    assert _figures("Trong năm xã đã tổ chức 12 hội nghị.") == [(12.0, "hội nghị", "12 hội nghị")]
    assert _figures("hang nam huyen deu hoan thanh chi tieu") == []


def test_a_spelled_five_still_counts() -> None:
    assert _figures("Toàn huyện có năm xã đạt chuẩn nông thôn mới.") == [(5.0, "xã", "năm xã")]
    assert _figures("Năm huyện đã hoàn thành chỉ tiêu.")[0][:2] == (5.0, "huyện")


def test_the_number_of_a_dashed_name_is_no_figure() -> None:
    """Rule dashed_names: "Covid – 19" with a spaced dash is a name, as "COVID-19" is."""
    text = "Vừa phòng chống dịch bệnh Covid – 19 vừa đẩy mạnh phong trào thi đua, có 12 hộ thoát nghèo."
    assert _figures(text) == [(12.0, "hộ", "12 hộ")]
    assert [v for v, _, _ in _figures("Do dịch COVID - 19, 3 trường phải dạy trực tuyến.")] == [3.0]


def test_a_place_name_and_its_measure_stay_a_figure() -> None:
    text = "Rút khỏi quy hoạch 2 cụm (Đông Phố Mới - 3,5ha; Sơn Mãn - 7,5ha)."
    assert [v for v, _, _ in _figures(text)] == [2.0, 3.5, 7.5]
    assert [v for v, _, _ in _figures("Tại xã Tân Phú – 12 hộ đã thoát nghèo.")] == [12.0]


def test_a_range_with_a_spaced_dash_still_reads() -> None:
    assert _figures("Mỗi xã có từ 2 - 3 trường đạt chuẩn.")[0][0] == 2.0


def test_a_power_typed_with_a_space_stays_in_the_unit() -> None:
    """Rule spaced_powers: "26.500m 2 đất" is one figure in square metres."""
    assert _figures("Nhân dân hiến hơn 26.500m 2 đất để mở rộng đường.") == [(26500.0, "m2", "hơn 26.500m 2")]
    assert _figures("Đã đổ 300 m 3 bê tông.")[0][:2] == (300.0, "m 3 bê tông")
    assert _figures("Nhân dân hiến 500m² đất.") == [(500.0, "m²", "500m²")]


def test_a_count_after_a_length_is_no_power() -> None:
    assert _figures("Làm mới 12 km 3 cầu bê tông.") == [
        (12.0, "km", "12 km"),
        (3.0, "cầu bê tông", "3 cầu bê tông"),
    ]


def test_an_amount_in_two_scale_words_is_one_figure() -> None:
    """Rule compound_amounts: "1 tỷ 700 triệu đồng" is 1,7 tỷ đồng (GOLD.md: scale in the unit)."""
    assert _figures("Nộp ngân sách nhà nước trên 1 tỷ 700 triệu đồng.") == [
        (1.7, "tỷ đồng", "trên 1 tỷ 700 triệu đồng")
    ]
    text = "Hội viên đóng góp 2 tỷ 285 triệu đồng và 7.530 ngày công."
    assert _figures(text) == [
        (2.285, "tỷ đồng", "2 tỷ 285 triệu đồng"),
        (7530.0, "ngày công", "7.530 ngày công"),
    ]
    assert _figures("Quỹ nhận 3 triệu 500 nghìn đồng.") == [(3.5, "triệu đồng", "3 triệu 500 nghìn đồng")]


def test_two_amounts_apart_stay_two() -> None:
    assert [v for v, _, _ in _figures("Chi 2 tỷ, 300 triệu đồng cho quỹ.")] == [2.0, 300.0]
    assert [v for v, _, _ in _figures("Thu được 12 tỷ 2.500 triệu đồng.")] == [12.0, 2500.0]


def test_a_letter_spaced_run_gives_no_figure() -> None:
    """Rule letter_spaced: the text layer of a PDF with spaced letters."""
    assert _figures("V ề t h ự c h i ệ n N g h ị q u y ế t s ố 1 8 v à s ắ p x ế p") == []
    text = "Số hồ sơ trực tuyến là 5 h ồ s ơ , c h i ế m 1 3 , 3 6 % )."
    assert [v for v, _, _ in _figures(text)] == [5.0]


def test_a_short_spaced_range_still_reads() -> None:
    assert _figures("Giá tăng từ 2 - 3 % so với cùng kỳ.")[0][:2] == (2.0, "%")


def test_the_parts_of_a_project_size_are_no_result() -> None:
    """Rule context_parts: after "trong đó", the parts of a context statistic are context too."""
    text = (
        "Tổng mức đầu tư của Dự án 2.250 tỷ đồng, trong đó, vốn vay Ngân hàng Thế giới là trên "
        "1.200 tỷ đồng, còn lại là vốn đối ứng địa phương."
    )
    assert _figures(text) == []


def test_the_parts_of_a_result_or_a_spent_part_stay() -> None:
    text = "Tổng mức đầu tư của Dự án 2.250 tỷ đồng, trong đó đã giải ngân 1.200 tỷ đồng."
    assert [v for v, _, _ in _figures(text)] == [1200.0]
    text = "Huyện có 120 hộ nghèo, trong đó 30 hộ đã thoát nghèo."
    assert [v for v, _, _ in _figures(text)] == [120.0, 30.0]


def test_a_letter_spaced_heading_reads_as_nothing() -> None:
    """Rule letter_spaced: such a piece is no result item (extract.core, interpret.official_body)."""
    assert letter_spaced("V ề t h ự c h i ệ n")
    assert letter_spaced("1 8 v à s ắ p x ế p t ổ c h ứ c b ộ m á y")
    assert not letter_spaced("Công tác tổ chức nhà nước: D u y t r ì")
    assert not letter_spaced("Mỗi xã có từ 2 - 3 trường đạt chuẩn.")


def test_a_measure_after_ngay_is_no_day() -> None:
    """Rule measured_days: "cây dài ngày 40.56ha" (perennial crops) is an area, no date."""
    text = "Diện tích cây dài ngày 40.56ha; cây ngắn ngày 1.200 ha."
    assert [(v, u) for v, u, _ in _figures(text)] == [(40.56, "ha"), (1200.0, "ha")]


def test_a_day_stays_a_date() -> None:
    assert [v for v, _, _ in _figures("Ngày 15 tháng 3, xã trồng mới 20 ha rừng.")] == [20.0]
    assert _figures("Hội nghị diễn ra ngày 12 tại hội trường.") == []
