"""Trial 10, problem 2 (the table): a table of indicators in a Word or HTML document that the
prose stage reads (no report sections) gives each indicator's figure, never its STT, as the
structured stage does. The texts are written for the test: they show the rule works, not that
it generalizes."""

from __future__ import annotations

import io

import docx

from dvtool.formats import ReadOptions, get_reader
from dvtool.model import Report

TITLE = "Xã Tân Hòa sơ kết công tác dân vận chính quyền năm 2024"
LEAD = "Ngày 20/12/2024, UBND xã Tân Hòa tổ chức hội nghị sơ kết công tác dân vận chính quyền năm 2024."
RESULT = "Trong năm, xã đã tiếp 215 lượt công dân, giải quyết 98% đơn thư thuộc thẩm quyền."
ROWS = [
    ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện"],
    ["1", "Hộ gia đình văn hóa", "hộ", "1.845"],
    ["2", "Tỷ lệ tham gia BHYT", "%", "92,5"],
]


def _word() -> bytes:
    document = docx.Document()
    document.add_paragraph(TITLE, style="Title")
    document.add_paragraph(LEAD)
    document.add_paragraph(RESULT)
    table = document.add_table(rows=len(ROWS), cols=len(ROWS[0]))
    for r, row in enumerate(ROWS):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _html() -> bytes:
    rows = "".join("<tr>" + "".join(f"<td>{v}</td>" for v in row) + "</tr>" for row in ROWS)
    body = f"<h1>{TITLE}</h1><p>{LEAD}</p><p>{RESULT}</p><table>{rows}</table>"
    return f"<html><body>{body}</body></html>".encode()


def _figures(report: Report) -> list[tuple[float, str]]:
    return [(f.value, f.text) for item in report.results for f in item.figures]


def test_an_indicator_table_read_as_prose_gives_the_indicators_figures_not_the_stt() -> None:
    for fmt, data in (("docx", _word()), ("html", _html())):
        report = get_reader(fmt)(data, ReadOptions(source=f"x.{fmt}")).value
        texts = [item.text for item in report.results]
        assert "Hộ gia đình văn hóa: Thực hiện 1.845 hộ" in texts, fmt
        assert "Tỷ lệ tham gia BHYT: Thực hiện 92,5 %" in texts, fmt
        figures = _figures(report)
        assert (1845, "1.845 hộ") in figures and (92.5, "92,5 %") in figures, fmt
        assert not any(text.startswith(("1 |", "2 |")) for _, text in figures), fmt
