"""Round 13 (agreed13, dev 463, 464, 457): the work a meeting agreed on, named after "là"; a
scoped sentence after a direction that opens with a verb of approving or issuing. Every sentence
is written for these tests: they show each rule works, not that it generalizes."""

from __future__ import annotations

from tests.extract.news_item import tasks_after_lead as _tasks

from dvtool.extract.directions import directions
from dvtool.extract.scoped import opens_with_scope_then_work
from dvtool.extract.set_tasks import agreed_work

AGREED = (
    "Sau hai ngày làm việc, hội nghị đã thống nhất công việc trọng tâm trong quý III là đẩy mạnh "
    "tiêu thụ nông sản cho hội viên; hỗ trợ hội viên vay vốn phát triển chăn nuôi."
)
TARGET = (
    "Một trong những mục tiêu được đại hội thảo luận và nhất trí đưa vào nghị quyết là xây dựng "
    "xã Tân Lập đạt chuẩn nông thôn mới nâng cao."
)


def test_the_work_a_meeting_agreed_on_named_after_là_is_a_task_even_after_đã() -> None:
    assert _tasks(AGREED + "\n") == [
        "Đẩy mạnh tiêu thụ nông sản cho hội viên",
        "Hỗ trợ hội viên vay vốn phát triển chăn nuôi.",
    ]


def test_a_report_before_the_agreed_work_keeps_its_figures_and_the_next_sentence_goes_on() -> None:
    from tests.extract.news_item import LEAD

    from dvtool.extract import extract_text
    from dvtool.extract.needs import later_tasks

    reported = "Năm qua, thu nhập bình quân của hội viên tăng 12% so với năm trước, "
    assert later_tasks(reported + AGREED[AGREED.index("hội nghị") :]) is not None
    body = reported + AGREED[AGREED.index("hội nghị") :] + "\n\nTăng cường công tác kết nạp hội viên mới.\n"
    report = extract_text(LEAD + body, "x.txt").value
    assert [t.text for t in report.tasks] == [
        "Đẩy mạnh tiêu thụ nông sản cho hội viên",
        "Hỗ trợ hội viên vay vốn phát triển chăn nuôi.",
        "Tăng cường công tác kết nạp hội viên mới.",
    ]
    assert any(f.value == 12 for r in report.results for f in r.figures)


def test_a_target_agreed_into_the_resolution_is_a_task() -> None:
    assert agreed_work(TARGET) == "xây dựng xã Tân Lập đạt chuẩn nông thôn mới nâng cao."


def test_agreement_without_a_head_of_work_or_with_the_là_far_gives_no_named_work() -> None:
    assert agreed_work("Các đại biểu đã thống nhất rằng đây là tổ chức thành công.") == ""
    assert agreed_work("Hội nghị đã thống nhất công việc, thời gian là tổ chức vào tháng 5.") == ""
    assert directions("Năm qua, hai bên đã thống nhất tăng cường tuyên truyền.", speech=False) == []


def test_a_scoped_sentence_that_opens_with_approving_is_work() -> None:
    assert opens_with_scope_then_work("Trong tháng 4, phê duyệt phương án bồi thường cho 20 hộ.")
    assert not opens_with_scope_then_work("Trong tháng 4, đã phê duyệt phương án bồi thường cho 20 hộ.")
    assert not opens_with_scope_then_work("Trong tháng 4, UBND huyện phê duyệt phương án bồi thường.")


def test_a_scoped_approval_right_after_a_direction_goes_on_with_it() -> None:
    from tests.extract.test_r13_scoped import DIRECTION
    from tests.extract.test_r13_scoped import _tasks as _scoped_tasks

    approval = "Trong tháng 4, phê duyệt phương án bồi thường, giải quyết vướng mắc của các hộ."
    assert approval in _scoped_tasks(DIRECTION + approval)
    assert approval not in _scoped_tasks("Hội nghị diễn ra sôi nổi. " + approval)
