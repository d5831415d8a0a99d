"""Rule source-reporter (round 7): "Theo Hoàng Ái/Lamdongtv.vn", "Theo Minh Hiếu (TTXVN)" under a
reprinted item: the reporter is the author, the agency the publisher ("Theo Báo Nam Định" names the
publisher only). Sentences written for the test: they show the rule works, not that it generalizes."""

from __future__ import annotations

import pytest

from dvtool.extract import extract_text

_BODY = (
    "Sở Y tế sơ kết\n\nSáng 15/6/2023, Sở Y tế tỉnh tổ chức hội nghị sơ kết công tác năm 2023.\n\n"
    "Đồng chí Giám đốc phát biểu chỉ đạo hội nghị.\n\n"
)


@pytest.mark.parametrize(
    ("line", "author", "publisher"),
    [
        ("Theo Thu Hà/Baosonla.vn", "Thu Hà", "Baosonla.vn"),
        ("Theo Thu Hà (TTXVN)", "Thu Hà", "TTXVN"),
        ("Theo Báo Sơn La", None, "Báo Sơn La"),
    ],
)
def test_a_source_line_naming_a_reporter(line: str, author: str | None, publisher: str | None) -> None:
    report = extract_text(f"{_BODY}{line}\n", "a.txt").value
    assert (report.author, report.publisher) == (author, publisher)


def test_a_source_line_run_into_the_last_paragraph() -> None:
    last = "Lãnh đạo Sở đề nghị các đơn vị tiếp tục rà soát, bổ sung, hoàn thiện các nội dung trong tháng."
    text = f"{_BODY}{last} Ảnh: baosonla.vn Theo Thu Hà/Baosonla.vn\n"
    report = extract_text(text, "a.txt").value
    assert (report.author, report.publisher) == ("Thu Hà", "Baosonla.vn")
