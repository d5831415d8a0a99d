"""Clear messages and bounded structures (issue 14: 15, 16, 21, 22)."""

from __future__ import annotations

from pathlib import Path

import pytest
from benchmarks.growth import _docx, _p, docx_style_chain

from dvtool.formats import ReadOptions, get_reader
from dvtool.readers.docx import read as read_docx
from dvtool.readers.docx.styles import MAX_STYLE_CHAIN, StyleIndex
from dvtool.readers.html import html_blocks
from tests.conftest import Runner

TCVN3 = "Héi nghÞ tæng kÕt c«ng t¸c n¨m 2022 cña tØnh\n\nN¨m 2022, c¸c huyÖn ®· thùc hiÖn 15 ®ît.\n"
VNI = (
    "Hoäi nghò toång keát coâng taùc naêm 2022 cuûa tænh\n\nNaêm 2022, caùc huyeän ñaõ thöïc hieän 15 ñôït.\n"
)
UNICODE = "Hội nghị tổng kết công tác năm 2022 của tỉnh\n\nNăm 2022, các huyện đã thực hiện 15 đợt.\n"


def _warnings(fmt: str, data: bytes) -> list[str]:
    return [m.text for m in get_reader(fmt)(data, ReadOptions(source=f"x.{fmt}")).messages if m.is_warning]


@pytest.mark.parametrize(("text", "name"), [(TCVN3, "TCVN3"), (VNI, "VNI")])
@pytest.mark.parametrize("fmt", ["text", "md", "html", "docx"])
def test_legacy_vietnamese_encodings_are_converted_or_warned_about(text: str, name: str, fmt: str) -> None:
    """Text, Markdown and HTML are converted (a note names the encoding); a Word file's runs are
    converted by their font (tests/test_legacy_conversion.py), so without a legacy font it warns."""
    if fmt == "html":
        data = (
            "<html><body>" + "".join(f"<p>{line}</p>" for line in text.splitlines()) + "</body></html>"
        ).encode()
    elif fmt == "docx":
        data = _docx("".join(_p(line) for line in text.splitlines() if line))
    else:
        data = text.encode()
    expected = f"old {name} encoding" if fmt == "docx" else f"converted from {name}"
    assert any(expected in w for w in _warnings(fmt, data))


def test_unicode_vietnamese_is_not_taken_for_a_legacy_encoding() -> None:
    assert not any("encoding" in w for w in _warnings("text", UNICODE.encode()))


def test_a_declared_html_charset_is_used_when_the_bytes_are_not_utf8() -> None:
    page = (
        "<html><head><meta charset='windows-1252'></head><body><h1>Báo cáo</h1><p>Ông Œuvre</p></body></html>"
    )
    blocks, _ = html_blocks(get_reader_text(page.encode("cp1252")))
    assert any("Œuvre" in b.text for b in blocks)


def get_reader_text(data: bytes) -> str:
    from dvtool.charsets import decode_html

    return decode_html(data, "x.html").value


def test_a_wrong_declaration_does_not_spoil_a_utf8_page() -> None:
    page = "<html><head><meta charset='iso-8859-1'></head><body><p>Hội nghị</p></body></html>"
    assert "Hội nghị" in get_reader_text(page.encode())


@pytest.mark.parametrize("space", ["\u200b", "\u00a0", "\u202f", "\u2009"])
def test_an_invisible_or_no_break_space_inside_a_number_keeps_one_figure(space: str) -> None:
    from dvtool.extract.numbers import find_figures

    figures = find_figures(f"Đã giải quyết 3{space}509 đơn thư")
    assert [f.value for f in figures] == [3509]


def test_a_style_chain_is_followed_only_to_its_limit() -> None:
    from lxml import etree

    _, data = docx_style_chain(50)  # 100 styles, each based on the one before
    import io
    import zipfile

    styles = zipfile.ZipFile(io.BytesIO(data)).read("word/styles.xml")
    index = StyleIndex(etree.fromstring(styles), set())
    assert len(index.chain("s99")) == MAX_STYLE_CHAIN
    assert len(index.chain("s3")) == 4
    assert read_docx(data, ReadOptions(source="chain.docx")).value.title


def test_deeply_nested_html_keeps_its_text_and_its_chrome_rules() -> None:
    depth = 20_000
    page = "<body>" + "<div>" * depth + "<p>Nội dung chính 15 hộ</p>" + "</div>" * depth
    page += "<footer><p>Bản quyền</p></footer><p>Sau cùng</p></body>"
    blocks, _ = html_blocks(page)
    texts = [b.text for b in blocks]
    assert texts == ["Nội dung chính 15 hộ", "Sau cùng"]


def test_rows_with_omitted_end_tags_are_all_read() -> None:
    rows = "".join(f"<tr><td>Chỉ tiêu {i}<td>{i}" for i in range(3000))
    blocks, _ = html_blocks(f"<body><table>{rows}</table><p>Hết</p></body>")
    rows_read = [row for b in blocks if b.kind == "table" for row in b.rows]
    assert [row[0].text for row in rows_read] == [f"Chỉ tiêu {i}" for i in range(3000)]
    assert all(row[1].text == str(i) for i, row in enumerate(rows_read))
    assert blocks[-1].text == "Hết"


def test_an_unknown_schema_version_says_which_one_dvtool_reads(run_dvtool: Runner, tmp_path: Path) -> None:
    path = tmp_path / "v.json"
    path.write_text('{"schema_version": "3", "title": "x"}', encoding="utf-8")
    result = run_dvtool(["validate", str(path)])
    assert result.returncode == 1
    assert b"schema_version must be one of 1, 2, not '3'" in result.stdout


def test_a_value_ending_in_a_newline_stays_on_one_line(run_dvtool: Runner, tmp_path: Path) -> None:
    path = tmp_path / "d.json"
    path.write_text('{"title": "x", "date": "2023-01-01\\n"}', encoding="utf-8")
    result = run_dvtool(["validate", str(path)])
    assert result.returncode == 1
    assert result.stdout.count(b"\n") == 1 and b"2023-01-01\\n" in result.stdout


def test_alt_chunks_are_called_imported_documents() -> None:
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = _p("BÁO CÁO") + _p("Năm 2022 đạt 15 hộ") + f'<w:altChunk xmlns:r="{w}" r:id="rId9"/>'
    warnings = _warnings("docx", _docx(body))
    assert any("imported document (altChunk" in w for w in warnings)
    assert not any("embedded object" in w for w in warnings)
