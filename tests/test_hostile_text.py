"""Hostile text bytes: every case decodes cleanly (or fails with one InputError line), through
dvtool.textio.decode, which every text-based reader uses; and through the text reader when it
is on this branch."""

from __future__ import annotations

import unicodedata

import pytest

from dvtool.errors import DvtoolError, InputError
from dvtool.formats import ReadOptions
from dvtool.textio import decode

VIETNAMESE = "Hội nghị tổng kết công tác dân vận năm 2023 — Đồng chí Lê Hồng Vinh chủ trì."


def test_nul_bytes_are_removed_with_a_warning() -> None:
    result = decode(("Báo\x00 cáo").encode(), "in.txt")
    assert result.value == "Báo cáo"
    assert [m.code for m in result.warnings()] == ["nul-bytes"]


def test_invalid_utf8_is_one_clear_error_or_read_as_cp1258_in_legacy_mode() -> None:
    data = "Báo cáo".encode() + b"\xff\xfe\xfa" + b" x"
    with pytest.raises(InputError) as caught:
        decode(data, "in.txt")
    assert "not UTF-8" in caught.value.message and "\n" not in str(caught.value)
    assert caught.value.hint == "save the file as UTF-8"
    # cp1258 writes "ội" as ô + a combining dot below (0xF2); dvtool returns it composed
    assert decode(b"H\xf4\xf2i nghi\xf2", "in.txt", legacy=True).value == "Hội nghị"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_recognised_from_its_nul_pattern(codec: str) -> None:
    result = decode(VIETNAMESE.encode(codec), "in.txt")
    assert result.value == VIETNAMESE
    assert any("without BOM" in m.text for m in result.messages)


def test_odd_length_utf16_with_a_bom_is_one_clear_error() -> None:
    with pytest.raises(InputError, match="UTF-16"):
        decode(b"\xff\xfe" + "Hội".encode("utf-16-le") + b"\x00", "in.txt")


def test_mixed_nfc_and_nfd_text_comes_back_all_nfc() -> None:
    mixed = "Hội nghị " + unicodedata.normalize("NFD", "tổng kết")
    result = decode(mixed.encode(), "in.txt")
    assert result.value == "Hội nghị tổng kết"
    assert unicodedata.is_normalized("NFC", result.value)


def test_one_megabyte_on_one_line_decodes_intact() -> None:
    line = ("Kết quả " * 140_000)[: 1024 * 1024]
    assert decode(line.encode(), "in.txt").value == line


@pytest.mark.parametrize(
    "data",
    [
        b"a\x00b\x00c",
        b"\xff\xfe",
        b"\xfe\xff\x00",
        b"\xef\xbb\xbf",
        b"\x00" * 100,
        ("x" * (1024 * 1024)).encode(),
        "Hội".encode("utf-16-le")[:-1],
    ],
)
def test_the_text_reader_returns_a_report_or_a_clean_error(data: bytes) -> None:
    reader = pytest.importorskip("dvtool.readers.text", reason="the text reader is not on this branch yet")
    try:
        reader.read(data, ReadOptions(source="in.txt"))
    except DvtoolError as exc:
        assert "\n" not in exc.message
