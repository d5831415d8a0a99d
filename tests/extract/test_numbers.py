"""The shared Vietnamese number and figure parser."""

from __future__ import annotations

import pytest

from dvtool.extract.numbers import find_figures, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("3.509", 3509),
        ("1.250.000", 1250000),
        ("2,3", 2.3),
        ("1,5", 1.5),
        ("1.500", 1500),
        ("05", 5),
        ("99,1%", 99.1),
        ("hai", 2),
        ("mười", 10),
        ("mười hai", 12),
        ("hai mươi lăm", 25),
        ("Năm", 5),
    ],
)
def test_parse_number_reads_vietnamese_separators_and_spelled_numbers(text: str, value: float) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "abc", "1,2,3", "một số"])
def test_parse_number_returns_none_for_non_numbers(text: str) -> None:
    assert parse_number(text) is None


def _triples(text: str) -> list[tuple[float, str | None, float | None, str]]:
    return [(f.value, f.unit, f.total, f.text) for f in find_figures(text)]


def test_thousands_figures_take_the_counted_noun_as_unit() -> None:
    assert _triples("các cấp tổ chức 3.509 cuộc giám sát, trong đó") == [
        (3509, "cuộc giám sát", None, "3.509 cuộc giám sát")
    ]


def test_a_percentage_keeps_its_direction_word() -> None:
    assert _triples("tăng 2,3% so với cùng kỳ") == [(2.3, "%", None, "tăng 2,3%")]


def test_a_ratio_is_a_value_out_of_a_total() -> None:
    assert _triples("Toàn tỉnh có 309/411 xã đạt chuẩn") == [(309, "xã", 411, "309/411 xã")]


def test_a_percentage_text_keeps_the_noun_phrase_after_it() -> None:
    assert _triples("Hiện 100% xã, phường, thị trấn trong tỉnh") == [
        (100, "%", None, "100% xã, phường, thị trấn")
    ]


def test_a_service_level_belongs_to_the_unit_and_is_not_a_figure() -> None:
    figures = _triples("triển khai 320 dịch vụ công trực tuyến mức độ 3 và 975 dịch vụ")
    assert figures[0] == (
        320,
        "dịch vụ công trực tuyến mức độ 3",
        None,
        "320 dịch vụ công trực tuyến mức độ 3",
    )
    assert [f[0] for f in figures] == [320, 975]


def test_listed_nouns_after_commas_stay_in_the_unit_but_a_new_clause_does_not() -> None:
    assert _triples("giám sát 1.449 công trình, dự án; tổ chức")[0][1] == "công trình, dự án"
    assert _triples("có 21 sở, ngành cung cấp dịch vụ")[0][1] == "sở, ngành"
    assert _triples("1.037 cuộc giám sát, Ban giám sát")[0][1] == "cuộc giám sát"


@pytest.mark.parametrize(
    "text",
    [
        "ban hành Hướng dẫn số 07-HD/BDVTU, ngày 30/5/2022 về tiêu chí",
        "Nghị quyết số 26-NQ/TW của Bộ Chính trị",
        "Quy chế số 07- QC/TU, ngày 08/12/2021",
        "nghị quyết Đại hội Đảng các cấp nhiệm kỳ 2020 - 2025",
        "so với cùng kỳ năm 2021",
        "đứng tốp 3 về số lượng xã",
        "Lễ Giỗ lần thứ 231 vua Quang Trung",
        "thực hiện Nghị quyết 39 của Bộ Chính trị",
        "sơ kết 6 tháng đầu năm 2024",
        "Chiều 29/11 và ngày 10-2-2023",
        "Quyết định số 1234/QĐ-UBND và Luật số 06/2022/QH15",
        "hiến 500 m2 đất",  # the 2 of m2
    ],
)
def test_document_numbers_dates_years_levels_and_ranks_are_not_figures(text: str) -> None:
    assert all(
        f.value not in (7, 26, 2020, 2025, 2021, 3, 231, 39, 6, 29, 10, 1234, 2) for f in find_figures(text)
    )


def test_approximations_and_trailing_qualifiers_stay_in_the_text() -> None:
    assert _triples("đóng góp hơn 3,2 tỷ đồng để làm") == [(3.2, "tỷ đồng", None, "hơn 3,2 tỷ đồng")]
    assert _triples("đạt 70 tỷ đồng trở lên.") == [(70, "tỷ đồng", None, "70 tỷ đồng trở lên")]


def test_spelled_counts_before_countable_nouns_are_figures() -> None:
    assert [(f.value, f.unit) for f in find_figures("tặng Giấy khen cho hai tập thể và năm cá nhân")] == [
        (2, "tập thể"),
        (5, "cá nhân"),
    ]
    assert find_figures("Hai là, nâng cao chất lượng; một bộ phận cán bộ") == ()


def test_tone_differences_do_not_end_a_unit_early() -> None:
    # Folding alone would read "giám" as "giảm", "đất" as "đạt", "thị" as "thì".
    assert _triples("hiến 12.500 m2 đất, đóng góp")[0][1] == "m2 đất"
    assert _triples("có 96/102 tổ chức cơ sở đảng được xếp loại")[0][1] == "tổ chức cơ sở đảng"


def test_a_unit_ends_where_the_predicate_starts_with_a_negation_or_a_verb() -> None:
    assert _triples("Còn 3 xã chưa đạt chuẩn.")[0][1] == "xã"
    assert _triples("10 hộ không tham gia")[0][1] == "hộ"
    assert _triples("hiến 12.000 m2 đất làm đường")[0][1] == "m2 đất"
    assert _triples("25 mô hình dân vận khéo.")[0][1] == "mô hình dân vận khéo"


def test_english_function_words_end_a_unit() -> None:
    assert _triples("Organised 14 volunteer campaigns with 2.300 participants.") == [
        (14, "volunteer campaigns", None, "14 volunteer campaigns"),
        (2300, "participants", None, "2.300 participants"),
    ]


def test_a_decrease_is_not_growth_and_an_increase_is_marked() -> None:
    figures = find_figures("Số vụ việc giảm 2,5% so với năm 2022; số hộ tăng 120 hộ; đạt 95%.")
    assert [(f.text, f.change) for f in figures] == [
        ("giảm 2,5%", "decrease"),
        ("tăng 120 hộ", "increase"),
        ("95%", None),
    ]
