"""Rule aggregator-header (round 8): an aggregator's lines under the headline ("8 giờ trước", "15
liên quan", "Gốc") are page chrome, and the short line between the headline and them is the label
of the outlet the item comes from: the publisher, not the byline. Sentences written for the test:
it shows the rule works, not that it generalizes."""

from __future__ import annotations

from dvtool.extract import extract_text
from dvtool.extract.stamps import aggregator_line
from dvtool.model import Report

_LEAD = "Chiều 2/11/2025, Sở Y tế tỉnh tổ chức hội nghị sơ kết công tác phòng chống dịch bệnh tại hội trường."
_BODY = "Hội nghị đã đánh giá kết quả thực hiện nhiệm vụ trong thời gian qua và đề ra giải pháp."


def _report(label: str, chrome: str, byline: str = "Thu Hà") -> Report:
    text = f"Sở Y tế sơ kết công tác phòng chống dịch\n{label}\n{chrome}\n{_LEAD}\n{_BODY}\n{byline}\n"
    return extract_text(text, "a.txt").value


def test_the_label_above_a_relative_time_is_the_publisher_and_the_byline_stays_the_author() -> None:
    report = _report("Báo Sơn La", " 8 giờ trước\n 15\n liên quan\n Gốc")
    assert report.publisher == "Báo Sơn La"
    assert report.author == "Thu Hà"


def test_a_label_without_an_outlet_word_is_read_from_its_place() -> None:
    report = _report("Sơn La Times", "01/11/2025\n3 liên quan\nGốc")
    assert report.publisher == "Sơn La Times"


def test_the_aggregator_lines_are_no_results() -> None:
    report = _report("Báo Sơn La", "5 giờ trước\n2 đăng lại\n38 liên quan\nGốc")
    texts = [item.text for item in report.results]
    assert not any("trước" in t or "liên quan" in t or t == "Gốc" for t in texts)


def test_without_aggregator_lines_the_line_under_the_headline_is_no_label_by_this_rule() -> None:
    report = _report("Lê Văn Nam", "")
    assert report.publisher is None


def test_aggregator_lines() -> None:
    assert aggregator_line("4 giờ trước liên quan")
    assert aggregator_line("Gốc")
    assert aggregator_line("2 đăng lại")
    assert not aggregator_line("Gốc rễ của vấn đề")
    assert not aggregator_line("15")
    assert not aggregator_line("Liên quan đến vụ việc, Sở đã làm rõ")


def test_the_label_is_no_byline_when_the_page_already_named_the_outlet() -> None:
    text = (
        "Sở Y tế sơ kết công tác phòng chống dịch\nBáo Sơn La\n8 giờ trước\nGốc\n"
        f"{_LEAD}\n{_BODY}\nTheo dõi Báo Sơn La trên Google News\nThu Hà\n"
    )
    report = extract_text(text, "a.txt").value
    assert (report.publisher, report.author) == ("Báo Sơn La", "Thu Hà")


def test_only_the_line_above_the_first_aggregator_line_is_a_label() -> None:
    text = f"Tin tức\nSở Y tế sơ kết công tác\nBáo Sơn La\n8 giờ trước\nGốc\n{_LEAD}\n{_BODY}\nThu Hà\n"
    report = extract_text(text, "a.txt").value
    assert report.publisher == "Báo Sơn La"
    assert report.title == "Sở Y tế sơ kết công tác"
