"""The HTML reader: page chrome is dropped, content blocks are extracted."""

from __future__ import annotations

import re

import pytest

from dvtool.errors import InputError
from dvtool.formats import ReadOptions
from dvtool.model import report_to_dict
from dvtool.readers.html import html_blocks, read

PAGE = """<!DOCTYPE html><html><head><title>Tin | Cổng</title><script>var x = "Sáng 1/1";</script>
<style>p { color: red }</style></head><body>
<header><nav><a href="/">Trang chủ</a> <a href="/t">Tin tức</a></nav></header>
<article><h1>Hội Nông dân tỉnh tổng kết năm 2023</h1>
<p>Sáng 12/1/2024, Hội Nông dân tỉnh tổ chức hội nghị tổng kết công tác Hội năm 2023.
Đồng chí Võ Thị Mai - Chủ tịch Hội Nông dân tỉnh chủ trì hội nghị.</p>
<h2>Kết quả</h2><ul><li>Kết nạp 1.200 hội viên mới.</li></ul>
<p>Quốc Việt</p></article>
<aside><h3>Tin liên quan</h3><ul><li><a>Tin A</a></li><li><a>Tin A</a></li><li><a>Tin B</a></li></ul></aside>
<aside class="ads"><p>Quảng cáo bán hàng</p></aside>
<footer>Bản quyền thuộc Hội Nông dân tỉnh</footer></body></html>"""


def test_scripts_styles_navigation_and_footers_are_dropped() -> None:
    blocks, title = html_blocks(PAGE)
    texts = " ".join(b.text for b in blocks)
    assert "var x" not in texts and "color" not in texts
    assert "Trang chủ" not in texts and "Bản quyền" not in texts and "Quảng cáo" not in texts
    assert title == "Tin | Cổng"
    assert blocks[0].kind == "heading" and blocks[0].location is not None


def test_a_page_becomes_a_report_with_related_headlines_deduplicated() -> None:
    report = read(PAGE.encode("utf-8"), ReadOptions(source="a.html")).value
    assert report.title == "Hội Nông dân tỉnh tổng kết năm 2023"
    assert report.date == "2024-01-12" and report.time_of_day == "morning"
    assert report.chairs[0].name == "Võ Thị Mai"
    assert [i.figures[0].value for i in report.results] == [1200]
    assert report.author == "Quốc Việt"
    assert report.related == ("Tin A", "Tin B")


def test_a_page_in_windows_1258_or_utf16_is_read() -> None:
    assert read(PAGE.encode("utf-16"), ReadOptions(source="a.html")).value.author == "Quốc Việt"


def test_a_page_without_text_is_an_input_error() -> None:
    with pytest.raises(InputError):
        read(b"<html><script>x</script></html>", ReadOptions(source="a.html"))


WRAPPED = """<html><body><h1>Hội nghị tổng kết công tác dân vận năm 2023</h1>
<p>Sáng 13/12/2023, Ban Dân vận Huyện ủy tổ chức Hội nghị tổng kết công tác dân vận năm 2023
và triển khai nhiệm vụ năm 2024. Đồng chí Nguyễn Văn An, Bí thư Huyện ủy
chủ trì hội nghị.</p>
<p>Năm 2023, toàn huyện có 201 mô hình
“Dân vận khéo” đạt hiệu quả.<br>Xếp loại tốt 12 chi bộ.</p></body></html>"""


def test_a_line_break_in_the_page_source_is_a_space_not_a_paragraph() -> None:
    # CMS pages wrap their source: a browser shows one paragraph, and so does the report
    wrapped = read(WRAPPED.encode("utf-8"), ReadOptions(source="w.html")).value
    one_line = re.sub(r"(?<=[^>])\n(?=[^<])", " ", WRAPPED)  # the source lines inside a <p> joined
    flat = read(one_line.encode("utf-8"), ReadOptions(source="f.html")).value
    assert wrapped.chairs[0].name == "Nguyễn Văn An"
    assert report_to_dict(wrapped) == report_to_dict(flat)
    paragraphs = [b.text for b in html_blocks(WRAPPED)[0]]
    assert "Năm 2023, toàn huyện có 201 mô hình “Dân vận khéo” đạt hiệu quả." in paragraphs
    assert "Xếp loại tốt 12 chi bộ." in paragraphs  # <br> still breaks the line


def test_preformatted_text_keeps_its_lines() -> None:
    blocks, _ = html_blocks("<html><body><pre>Dòng một\nDòng hai</pre></body></html>")
    assert [b.text for b in blocks] == ["Dòng một", "Dòng hai"]
