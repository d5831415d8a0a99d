"""Rule review-name (tasks10): a sentence that names a review ("sơ kết", "tổng kết") before the
coming period names a meeting or its report; it does not announce the tasks. The sentences are
written for this test: it shows the rule works, not that it generalizes."""

from __future__ import annotations

from tests.extract.news_item import tasks_after_lead as _tasks

from dvtool.extract.openers import _announces_tasks


def test_the_name_of_a_review_report_announces_no_tasks() -> None:
    assert not _announces_tasks(
        "Báo cáo sơ kết công tác cải cách hành chính 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm "
        "2017 nêu rõ: cải cách hành chính có nhiều chuyển biến."
    )
    assert _announces_tasks(
        "Từ nay đến cuối năm, UBND huyện xác định nhiều nhóm nhiệm vụ, giải pháp trọng tâm."
    )


def test_the_results_after_a_review_report_are_no_tasks() -> None:
    tasks = _tasks(
        "Báo cáo sơ kết công tác cải cách hành chính 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm "
        "2024 do đồng chí Phó Giám đốc Sở Nội vụ trình bày nêu rõ: cải cách hành chính có nhiều "
        "chuyển biến. Nổi bật, tỉnh thành lập Trung tâm xúc tiến đầu tư.\n"
    )
    assert tasks == []
