"""A body's name typed in capitals (an official header) becomes the publisher in the case a
Vietnamese sentence writes it: the first word and the words convention capitalises (NĐ 30/2020
Phụ lục II: the kind of body, its fields of work, place and proper names), not every word."""

from __future__ import annotations

import pytest

from dvtool.document import Block, Cell, Document
from dvtool.extract.zones import as_written, proper_case
from dvtool.interpret import interpret


@pytest.mark.parametrize(
    ("caps", "sentence_case"),
    [
        ("BAN CHỈ ĐẠO XÂY DỰNG NÔNG THÔN MỚI", "Ban Chỉ đạo xây dựng nông thôn mới"),
        ("BAN DÂN VẬN HUYỆN ỦY YÊN THÀNH", "Ban Dân vận Huyện ủy Yên Thành"),
        ("UỶ BAN NHÂN DÂN TỈNH LÀO CAI", "Ủy ban nhân dân tỉnh Lào Cai"),
        ("UBND TỈNH NGHỆ AN", "UBND tỉnh Nghệ An"),
        ("SỞ CÔNG THƯƠNG", "Sở Công Thương"),
        ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Sở Nông nghiệp và Môi trường"),
        ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "Sở Văn hóa, Thể thao và Du lịch"),
        ("PHÒNG NÔNG NGHIỆP VÀ PTNT", "Phòng Nông nghiệp và PTNT"),
        ("SỞ XÂY DỰNG TỈNH NGHỆ AN", "Sở Xây dựng tỉnh Nghệ An"),
        ("BÁO NGHỆ AN", "Báo Nghệ An"),
        ("HỘI NÔNG DÂN VIỆT NAM", "Hội Nông dân Việt Nam"),
        ("VĂN PHÒNG CHÍNH PHỦ", "Văn phòng Chính phủ"),
        ("ĐOÀN KIỂM TRA THEO QĐ SỐ 2872/QĐ-SCT", "Đoàn kiểm tra theo QĐ số 2872/QĐ-SCT"),
    ],
)
def test_a_body_name_in_capitals_is_written_in_sentence_case(caps: str, sentence_case: str) -> None:
    assert proper_case(caps) == sentence_case


def test_a_name_that_starts_with_no_known_body_word_stays_as_written() -> None:
    assert proper_case("CÔNG TY CỔ PHẦN HOÀNG LONG") == "CÔNG TY CỔ PHẦN HOÀNG LONG"


def test_a_name_in_normal_case_stays_as_written() -> None:
    assert proper_case("Ban Chỉ đạo Xây dựng nông thôn mới") == "Ban Chỉ đạo Xây dựng nông thôn mới"


def test_so_and_so_differ_by_their_tone() -> None:
    """ "SỐ" (number) is not "SỞ" (department): the tones are compared, not folded away."""
    assert proper_case("SỞ TÀI CHÍNH SỐ 2") == "Sở Tài chính số 2"


def test_codes_and_abbreviations_are_kept() -> None:
    assert [w for w in ("UBND", "HĐND", "PTNT", "2872/QĐ-SCT", "MTTQ") if as_written(w)] == [
        "UBND",
        "HĐND",
        "PTNT",
        "2872/QĐ-SCT",
        "MTTQ",
    ]
    assert not any(as_written(w) for w in ("NGHỆ", "XÃ", "TRƯỜNG", "NGHIÊNG", "BAN"))


def test_the_publisher_of_an_official_header_is_in_sentence_case() -> None:
    header = Block(
        "",
        "table",
        rows=(
            (Cell(("UBND HUYỆN THANH CHƯƠNG",)), Cell(("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",))),
            (Cell(("BAN CHỈ ĐẠO XÂY DỰNG NÔNG THÔN MỚI",)), Cell(("Độc lập - Tự do - Hạnh phúc",))),
            (Cell(("Số: 25/BC-BCĐ",)), Cell(("Thanh Chương, ngày 22 tháng 12 năm 2023",))),
        ),
    )
    blocks = (
        header,
        Block("BÁO CÁO"),
        Block("Kết quả xây dựng nông thôn mới năm 2023"),
        Block("Toàn huyện huy động 12.400 ngày công làm đường giao thông nông thôn."),
    )
    report = interpret(Document(blocks)).value
    assert report.publisher == "Ban Chỉ đạo xây dựng nông thôn mới"


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("ỦY BAN NHÂN DÂN HUYỆN KRÔNG NÔ", "Ủy ban nhân dân huyện Krông Nô"),
        ("HỘI ĐỒNG NHÂN DÂN TỈNH ĐẮK NÔNG", "Hội đồng nhân dân tỉnh Đắk Nông"),
        ("UBND HUYỆN CƯ M'GAR", "UBND huyện Cư M'gar"),
        ("SỞ NN&PTNT TỈNH LÀO CAI", "Sở NN&PTNT tỉnh Lào Cai"),
    ],
)
def test_place_names_of_no_vietnamese_syllable_are_still_names(typed: str, written: str) -> None:
    """A newcomer found "huyện KRÔNG Nô": the names of the Central Highlands are no Vietnamese
    syllables, yet no abbreviation either (a vowel, no run of three consonants as in "UBND")."""
    assert proper_case(typed) == written
