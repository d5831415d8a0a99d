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
