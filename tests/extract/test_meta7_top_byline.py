"""Rule top-byline-credit (round 7): a credited byline ("Bài và ảnh: Thu Hà") or a reporter with
the agency in capitals ("Thu Hà (TTXVN)") right under the headline is the byline, as a bare name
there is. Sentences written for the test: they show the rule works, not that it generalizes."""

from __future__ import annotations

import pytest

from dvtool.extract import extract_text

_LEAD = "Sáng 15/6/2023, Sở Y tế tỉnh tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2023 tại hội trường."


@pytest.mark.parametrize(
    ("line", "author", "publisher"),
    [
        ("Bài và ảnh: Thu Hà", "Thu Hà", None),
        ("Thu Hà (TTXVN)", "Thu Hà", "TTXVN"),
        ("Thời sự (VOV)", None, None),
    ],
)
def test_a_byline_under_the_headline(line: str, author: str | None, publisher: str | None) -> None:
    report = extract_text(
        f"Sở Y tế sơ kết công tác\n\n{line}\n\n{_LEAD}\n\nĐồng chí Giám đốc phát biểu.\n", "a.txt"
    ).value
    assert (report.author, report.publisher) == (author, publisher)
