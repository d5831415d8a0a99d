"""Rule shortcoming_among_tasks (lim10): a shortcoming stated while a news item's tasks are open is
a limitation when nothing in it asks, directs or plans. Sentences written for these tests: they
show the rule works on them, not that it generalizes (tests/eval measures that)."""

from __future__ import annotations

from dvtool.extract import extract_text
from dvtool.extract.tasks_shortcomings import shortcoming_among_tasks

LEAD = (
    "Hội nghị sơ kết công tác cải cách hành chính\n\n"
    "Sáng 20/6/2023, UBND tỉnh tổ chức hội nghị sơ kết công tác cải cách hành chính 6 tháng đầu năm. "
    "Đồng chí Lê Văn Hòa, Phó Chủ tịch UBND tỉnh chủ trì hội nghị.\n\n"
)


def test_a_stated_shortcoming_with_no_ask_is_no_task() -> None:
    assert shortcoming_among_tasks("Một số đơn vị tỷ lệ thủ tục áp dụng theo cơ chế một cửa còn thấp.")
    assert not shortcoming_among_tasks("Các sở cần khắc phục tình trạng hồ sơ giải quyết còn chậm.")
    assert not shortcoming_among_tasks("Tăng cường kiểm tra các đơn vị có tỷ lệ giải quyết còn thấp.")
    assert not shortcoming_among_tasks("Trường hợp hồ sơ còn thiếu, thì bộ phận một cửa hướng dẫn bổ sung.")
    assert not shortcoming_among_tasks("Kiểm tra: (i) Cấp phép chậm; (ii) Sai thẩm quyền.")


def test_the_shortcoming_after_a_direction_goes_to_the_limitations() -> None:
    report = extract_text(
        LEAD + "Thời gian tới, các sở, ngành cần đẩy mạnh ứng dụng công nghệ thông tin trong giải quyết "
        "thủ tục hành chính. Một số đơn vị tỷ lệ thủ tục áp dụng theo cơ chế một cửa còn thấp.\n",
        "x.txt",
    ).value
    assert any("còn thấp" in i.text for i in report.limitations)
    assert not any("còn thấp" in i.text for i in report.tasks)
