"""Rule figcaption (people9): an HTML <figcaption> (a photo's caption) is no part of the report.
A page written for the test: it shows the rule works, not that it generalizes."""

from __future__ import annotations

from dvtool.formats import ReadOptions
from dvtool.readers.html import read

RESULT = "Năm 2024, Viện hoàn thành 12 đề tài cấp Bộ."


def test_an_html_figure_caption_is_no_result() -> None:
    page = (
        "<html><body><h1>Hội nghị tổng kết công tác năm 2024</h1>"
        "<p>Ngày 18/12/2024, Viện Kinh tế tổ chức Hội nghị tổng kết công tác năm 2024 tại Hà Nội.</p>"
        "<figure><img src='a.jpg'><figcaption>Lãnh đạo Viện tặng hoa chúc mừng các đơn vị"
        "</figcaption></figure>"
        f"<p>{RESULT}</p></body></html>"
    )
    report = read(page.encode(), ReadOptions(source="a.html")).value
    assert [r.text for r in report.results] == [RESULT]
