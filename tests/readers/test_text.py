"""The plain-text reader: encodings, NFC, and extraction."""

from __future__ import annotations

import unicodedata

import pytest

from dvtool.formats import ReadOptions
from dvtool.readers.text import document, read

ARTICLE = (
    "Huyện ủy tổng kết công tác dân vận năm 2023\n\n"
    "Chiều 28/12, Huyện ủy Quỳnh Lưu tổ chức hội nghị tổng kết công tác dân vận năm 2023, "
    "triển khai nhiệm vụ năm 2024. Đồng chí Hồ Văn Tâm - Bí thư Huyện ủy chủ trì hội nghị.\n\n"
    "Năm 2023, toàn huyện có 15/32 xã đạt chuẩn nông thôn mới nâng cao.\n\nHoài Thu\n"
)


def _cp1258(text: str) -> bytes:
    """Windows-1258 spells tones as combining marks after a base letter."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        out.append(unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones)))
        out.append("".join(c for c in parts if c in tones))
    return "".join(out).encode("cp1258")


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (ARTICLE.encode("utf-8"), "UTF-8"),
        (b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"), "UTF-8 with BOM"),
        (ARTICLE.encode("utf-16"), "UTF-16"),
        (_cp1258(ARTICLE), "Windows-1258"),
        (unicodedata.normalize("NFD", ARTICLE).encode("utf-8"), "UTF-8"),
    ],
)
def test_every_supported_encoding_gives_the_same_report(data: bytes, encoding: str) -> None:
    result = read(data, ReadOptions(source="a.txt"))
    report = result.value
    assert report.title == "Huyện ủy tổng kết công tác dân vận năm 2023"
    assert report.date == "2023-12-28" and report.time_of_day == "afternoon"
    assert report.chairs[0].name == "Hồ Văn Tâm"
    assert report.results[0].figures[0].total == 32
    assert report.author == "Hoài Thu"
    notes = [m.text for m in result.messages if m.code == "encoding"]
    assert notes and encoding in notes[0]


def test_an_empty_file_is_a_document_without_blocks() -> None:
    # Readable but empty: the CLI judges it "no report found" (exit 1), not unreadable (exit 3).
    assert document(b"  \n", ReadOptions(source="a.txt")).blocks == ()


# A news article hard-wrapped at about 60 characters, as pasted from a PDF or an e-mail: names and
# the lead are broken across lines, and lines break before capitalised words and digits.
WRAPPED = (
    "Chiều ngày 12/9, tại hội trường Ủy ban nhân dân\n"
    "Tân Kỳ, Ủy ban MTTQ huyện tổ chức hội nghị sơ kết công tác\n"
    "Mặt trận 9 tháng đầu năm, triển khai nhiệm vụ quý IV năm\n"
    "2025. Dự hội nghị có đại diện lãnh đạo các tổ chức thành\n"
    "viên, các ban, ngành và Ủy ban MTTQ các xã, thị trấn.\n"
    "Phát biểu chỉ đạo hội nghị, đồng chí Trần Văn\n"
    "Hùng, Chủ tịch Ủy ban MTTQ huyện đề nghị các tổ chức thành\n"
    "viên tiếp tục đẩy mạnh cuộc vận động Toàn dân đoàn kết xây\n"
    "dựng nông thôn mới, đô thị văn minh trong quý IV.\n"
    "Nguyễn\n"
    "Thị Lan\n"
)


def _paragraphs(text: str) -> list[str]:
    return [b.text for b in document(text.encode(), ReadOptions(source="a.txt")).blocks]


def test_a_text_hard_wrapped_at_a_fixed_width_is_joined_into_paragraphs() -> None:
    assert _paragraphs(WRAPPED) == [
        "Chiều ngày 12/9, tại hội trường Ủy ban nhân dân Tân Kỳ, Ủy ban MTTQ huyện tổ chức hội nghị sơ kết "
        "công tác Mặt trận 9 tháng đầu năm, triển khai nhiệm vụ quý IV năm 2025. Dự hội nghị có đại diện "
        "lãnh đạo các tổ chức thành viên, các ban, ngành và Ủy ban MTTQ các xã, thị trấn.",
        "Phát biểu chỉ đạo hội nghị, đồng chí Trần Văn Hùng, Chủ tịch Ủy ban MTTQ huyện đề nghị các tổ "
        "chức thành viên tiếp tục đẩy mạnh cuộc vận động Toàn dân đoàn kết xây dựng nông thôn mới, đô thị "
        "văn minh trong quý IV.",
        "Nguyễn Thị Lan",
    ]


def test_a_hard_wrapped_article_reads_like_the_same_article_unwrapped() -> None:
    report = read(WRAPPED.encode(), ReadOptions(source="a.txt")).value
    assert report.title is not None and report.title.startswith("Chiều ngày 12/9, tại hội trường")
    assert report.title.endswith("năm 2025.")
    assert report.date == "2025-09-12"
    assert report.author == "Nguyễn Thị Lan"


def test_in_a_wrapped_text_titles_list_items_labels_headings_and_blank_lines_stay_apart() -> None:
    text = (
        "Hội nghị sơ kết công tác Mặt trận huyện Tân Kỳ\n"
        "Chiều ngày 12/9, Ủy ban MTTQ huyện Tân Kỳ tổ chức hội nghị sơ\n"
        "kết công tác Mặt trận 9 tháng đầu năm, triển khai nhiệm vụ\n"
        "Quý IV năm 2025 tại hội trường Ủy ban nhân dân huyện Tân\n"
        "Kỳ với sự tham dự của đại diện các tổ chức thành viên\n"
        "Thời gian: chiều ngày 12 tháng 9 năm 2025, tại hội trường\n"
        "I. KẾT QUẢ ĐẠT ĐƯỢC TRONG CHÍN THÁNG ĐẦU NĂM\n"
        "- Vận động quỹ Vì người nghèo được 1.250 triệu đồng, đạt\n"
        "+ Xây mới 25 nhà Đại đoàn kết cho hộ nghèo và hộ cận nghèo\n"
        "1. Công tác tuyên truyền được đẩy mạnh ở các xã, thị trấn\n"
        "\n"
        "Năm 2025, toàn huyện có thêm 3 xã đạt chuẩn nông thôn mới\n"
        "    Ủy ban MTTQ các xã chủ động phối hợp với chính quyền cơ\n"
        "sở trong việc giải quyết kiến nghị của cử tri.\n"
    )
    assert _paragraphs(text) == [
        "Hội nghị sơ kết công tác Mặt trận huyện Tân Kỳ",
        "Chiều ngày 12/9, Ủy ban MTTQ huyện Tân Kỳ tổ chức hội nghị sơ kết công tác Mặt trận 9 tháng đầu "
        "năm, triển khai nhiệm vụ Quý IV năm 2025 tại hội trường Ủy ban nhân dân huyện Tân Kỳ với sự tham "
        "dự của đại diện các tổ chức thành viên",
        "Thời gian: chiều ngày 12 tháng 9 năm 2025, tại hội trường",
        "I. KẾT QUẢ ĐẠT ĐƯỢC TRONG CHÍN THÁNG ĐẦU NĂM",
        "- Vận động quỹ Vì người nghèo được 1.250 triệu đồng, đạt",
        "+ Xây mới 25 nhà Đại đoàn kết cho hộ nghèo và hộ cận nghèo",
        "1. Công tác tuyên truyền được đẩy mạnh ở các xã, thị trấn",
        "Năm 2025, toàn huyện có thêm 3 xã đạt chuẩn nông thôn mới",
        "Ủy ban MTTQ các xã chủ động phối hợp với chính quyền cơ sở trong việc giải quyết kiến nghị "
        "của cử tri.",
    ]


def test_lines_that_are_not_wrapped_at_one_width_keep_their_breaks() -> None:
    # One paragraph per line, of very different lengths: an upper-case line starts a paragraph.
    text = (
        "Hội nghị tổng kết công tác dân vận\n"
        "Chiều 28/12, Huyện ủy Quỳnh Lưu tổ chức hội nghị tổng kết công tác dân vận năm 2023, triển khai "
        "nhiệm vụ năm 2024, với sự tham dự của lãnh đạo các ban, ngành, đoàn thể của huyện và các xã\n"
        "Đồng chí Hồ Văn Tâm chủ trì\n"
        "Toàn huyện có 15/32 xã đạt chuẩn nông thôn mới nâng cao\n"
        "Hoài Thu\n"
    )
    assert len(_paragraphs(text)) == 5


def test_in_a_wrapped_text_a_numbered_point_as_wide_as_the_text_goes_on() -> None:
    # Written for the test: a point broken before a year or a name goes on on the next line; a
    # short numbered line is a heading and stays apart.
    text = (
        "IV. Một số nhiệm vụ trọng tâm tập trung thực hiện từ nay đến Tết\n"
        "1. Khẩn trương rà soát, cụ thể hóa các chương trình công tác năm\n"
        "2026 của Ban Chấp hành, Ban Thường vụ Đảng ủy phù hợp với tình\n"
        "hình thực tế của địa phương, đơn vị.\n"
        "2. Tập trung chuẩn bị tốt công tác tuyển chọn và gọi công dân\n"
        "Nhập ngũ năm 2026 bảo đảm chất lượng, đạt chỉ tiêu được giao.\n"
        "3. Công tác an sinh xã hội\n"
        "Chăm lo đời sống vật chất, tinh thần cho Nhân dân trong dịp Tết.\n"
    )
    assert _paragraphs(text) == [
        "IV. Một số nhiệm vụ trọng tâm tập trung thực hiện từ nay đến Tết",
        "1. Khẩn trương rà soát, cụ thể hóa các chương trình công tác năm 2026 của Ban Chấp hành, Ban "
        "Thường vụ Đảng ủy phù hợp với tình hình thực tế của địa phương, đơn vị.",
        "2. Tập trung chuẩn bị tốt công tác tuyển chọn và gọi công dân Nhập ngũ năm 2026 bảo đảm chất "
        "lượng, đạt chỉ tiêu được giao.",
        "3. Công tác an sinh xã hội",
        "Chăm lo đời sống vật chất, tinh thần cho Nhân dân trong dịp Tết.",
    ]
