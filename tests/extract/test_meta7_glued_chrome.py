"""Rule glued-chrome (round 7): a share or comment button a crawler ran into the byline at the end
of the page is left out. Sentences written for the test: it shows the rule works, not that it
generalizes."""

from __future__ import annotations

from dvtool.extract import extract_text

_BODY = (
    "Sở Y tế sơ kết\n\nSáng 28/5, Sở Y tế tỉnh tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2023.\n\n"
    "Phát biểu tại hội nghị, đồng chí Giám đốc Sở đề nghị các đơn vị tiếp tục thực hiện tốt"
    " công tác khám chữa bệnh cho nhân dân trong thời gian tới"
)


def test_a_button_run_into_a_byline_line() -> None:
    assert extract_text(f"{_BODY}.\n\nThu HàXem phản hồi\n", "a.txt").value.author == "Thu Hà"


def test_a_button_run_into_a_byline_run_into_the_last_sentence() -> None:
    assert extract_text(f"{_BODY}.Thu HàEmail Print Góp ý\n", "a.txt").value.author == "Thu Hà"


def test_a_name_in_capitals_is_no_glued_button() -> None:
    assert extract_text(f"{_BODY}.\n\nTHU HÀ\n", "a.txt").value.author == "THU HÀ"
