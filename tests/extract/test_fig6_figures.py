"""Classes of numbers that are no figure of the period (issue 11, round 8, fig6): sentences
written for these tests. They show that each rule does what it says on these sentences, not that
it generalizes; the real-corpus scores in tests/eval measure that."""

from __future__ import annotations

from dvtool.extract.numbers import find_figures


def _values(text: str) -> list[float]:
    return [float(f.value) for f in find_figures(text)]


def test_prizes_handed_out_are_award_counts_not_figures() -> None:
    """Rule prize_counts: "trao 20 giải A, 25 giải B" counts prizes (GOLD.md: awards)."""
    assert _values("Kết thúc hội diễn, Ban tổ chức đã trao 12 giải A, 15 giải B và 9 giải C.") == []
    assert _values("Ban tổ chức trao 3 Huy chương Vàng, 4 Huy chương Bạc cho các đội.") == []


def test_gifts_handed_out_and_medals_won_stay_figures() -> None:
    assert _values("Hội trao tặng 60 phần quà cho hội viên khó khăn.") == [60.0]
    assert _values("Năm qua, ngành thể thao đạt 120 huy chương toàn quốc.") == [120.0]


def test_the_next_count_of_an_honoured_list_is_honoured_too() -> None:
    """Rule honour_list: "tuyên dương 18 gia đình … và 25 thủ lĩnh …", the second count far from
    the verb but joined to the first."""
    text = "Hội tuyên dương 18 gia đình trẻ tiêu biểu của tỉnh Bình Phước và 25 thủ lĩnh thanh niên giỏi."
    assert _values(text) == []


def test_a_count_after_another_clause_is_not_honoured() -> None:
    text = "Hội đã tuyên dương 18 gia đình trẻ tiêu biểu; trong năm hỗ trợ 25 hộ thoát nghèo."
    assert _values(text) == [25.0]


def test_delegates_present_and_those_they_stand_for_are_attendance() -> None:
    """Rule delegate_counts: the delegates of a congress and those they represent."""
    text = "Dự Đại hội có lãnh đạo Đảng ủy xã và 98 đại biểu chính thức, đại diện cho hơn 1.500 đoàn viên."
    assert _values(text) == []
    assert _values("Chủ tịch UBND huyện tham dự cùng gần 150 đại biểu là lãnh đạo các ngành.") == []


def test_delegates_elected_or_counted_in_a_result_stay_figures() -> None:
    text = "Đại hội đã bầu được 06 đại biểu đại diện cho 310 hội viên đi dự Đại hội cấp trên."
    assert _values(text) == [6.0, 310.0]
    assert _values("Kỳ họp nhận được 07 ý kiến của 07 đại biểu HĐND.") == [7.0, 7.0]


def test_a_committee_named_after_a_directive_is_no_count() -> None:
    """Rule committee_names: "Ban chỉ đạo 138 phường" names the committee."""
    assert _values("Trưởng Ban chỉ đạo 138 phường Long Biên phát biểu, đã xử lý 12 vụ việc.") == [12.0]


def test_an_aggregators_counters_are_page_chrome() -> None:
    """Rule page_counters: "38 liên quan" alone on its line (Báo Mới)."""
    assert _values("38 liên quan") == []
    assert _values("4 đăng lại") == []
    assert _values("Đã giải quyết 5 vụ việc liên quan đến đất đai.") == [5.0]


def test_a_day_of_the_month_is_a_date() -> None:
    """Rule day_of_month: "từ ngày 10 đến 15 hằng tháng"."""
    assert _values("Tổ dân phố giao ban từ ngày 10 đến 15 hằng tháng tại nhà văn hóa.") == []
    assert _values("Mỗi hộ tiết kiệm 2 triệu đồng hằng tháng.") == [2.0]


def test_a_share_with_its_sign_in_brackets_is_negative() -> None:
    """Rule signed_shares: "giảm (-0,05%)" is -0.05; "(+1,2%)" is 1.2."""
    assert _values("Nhóm giao thông giảm (-0,05%), nhóm giáo dục tăng (+1,2%) so với tháng trước.") == [
        -0.05,
        1.2,
    ]
    assert _values("Văn bản số 10-2-2023 (-3 người).") == []


def test_what_each_gift_is_worth_is_no_result() -> None:
    """Rule per_gift_size: the size of each gift; the count of gifts and the total stay."""
    text = (
        "Hội trao tặng 40 phần quà cho hội viên, mỗi phần trị giá 500.000 đồng, tổng trị giá 20 triệu đồng."
    )
    assert _values(text) == [40.0, 20.0]
    assert _values("Trao 60 suất gạo (mỗi suất 15 kg gạo) cho hộ nghèo.") == [60.0]
    assert _values("Bình quân mỗi xã đạt 15,2 tiêu chí.") == [15.2]


def test_the_filters_hold_for_a_unit_typed_onto_its_number() -> None:
    """Rule glued_filters: "682km2" after "diện tích tự nhiên" is a standing statistic, as "682 km2" is."""
    assert _values("Xã có diện tích tự nhiên 682km2, đã trồng mới 35ha rừng.") == [35.0]


def test_money_typed_onto_its_number() -> None:
    """Rule glued_dong: "1.863đ/lít" is 1.863 đồng a litre."""
    assert _values("Giá xăng tăng bình quân 1.863đ/lít, giá gas tăng 6.500đ/bình.") == [1863.0, 6500.0]


def test_a_day_and_month_with_a_spaced_dash_is_a_date() -> None:
    """Rule spaced_dates: "Chiều 4 -11" is a date; "từ 3 - 5 lớp" stays a range."""
    assert _values("Chiều 4 -11, tại Sở Tư pháp, Giám đốc Sở làm việc với Đảng bộ.") == []
    assert _values("Xã tổ chức từ 3 - 5 lớp tập huấn.") == [3.0]


def test_the_count_of_places_named_is_a_reference() -> None:
    """Rule named_places: "ở 02 tỉnh Hà Nam và Nam Định" counts the places it names."""
    assert _values("Chương trình được tổ chức ở 02 tỉnh Hà Nam và Nam Định, giúp hơn 300 người.") == [300.0]
    assert _values("Đã có 9 xã, phường đạt chuẩn; 6 xã đạt chuẩn nông thôn mới.") == [9.0, 6.0]


def test_the_words_of_a_motto_are_no_count() -> None:
    """Rule motto_words: "5 chữ vàng" names a motto; signatures counted stay."""
    assert _values("Chi bộ quán triệt tinh thần 5 chữ vàng “Đoàn kết - Kỷ cương - Sáng tạo”.") == []
    assert _values("Đã thu thập 1.200 chữ ký ủng hộ.") == [1200.0]


def test_a_number_opening_a_quoted_name_is_part_of_the_name() -> None:
    """Rule quoted_names: phong trào “3 tiên phong”; a long quote keeps its figures."""
    assert _values("Đoàn phát triển phong trào “3 tiên phong” trong thanh niên.") == []
    assert _values('Thực hiện nguyên tắc "6 rõ" trong phân công.') == []
    assert _values("Bí thư nói: “120 hộ đã thoát nghèo trong năm qua nhờ các mô hình sinh kế của xã”.") == [
        120.0
    ]
