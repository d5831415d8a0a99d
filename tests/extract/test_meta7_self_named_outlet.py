"""Rule self-named-outlet (round 7): a page line in which the outlet names itself names the
publisher. Sentences written for the test: it shows the rule works, not that it generalizes."""

from __future__ import annotations

from dvtool.extract import extract_text

_LEAD = "Sáng 15/6/2023, Sở Y tế tỉnh tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2023 tại hội trường."


def test_a_follow_line_names_the_outlet_before_a_code_opening_the_lead() -> None:
    text = f"Sở Y tế sơ kết\n\nTheo dõi Báo Sơn La trên Google News\n\n(SL)- {_LEAD}\n\nThu Hà\n"
    assert extract_text(text, "a.txt").value.publisher == "Báo Sơn La"


def test_a_greeting_to_the_readers_names_the_outlet() -> None:
    text = f"Sở Y tế sơ kết\n\n{_LEAD}\n\nBáo Sơn La điện tử gửi đến bạn đọc một số hình ảnh.\n\nThu Hà\n"
    assert extract_text(text, "a.txt").value.publisher == "Báo Sơn La điện tử"


def test_a_body_greeting_readers_is_no_outlet() -> None:
    text = f"Sở Y tế sơ kết\n\n{_LEAD}\n\nSở Y tế gửi đến bạn đọc một số hình ảnh.\n\nThu Hà\n"
    assert extract_text(text, "a.txt").value.publisher is None
