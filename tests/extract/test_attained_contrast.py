"""Rule attained-after-contrast on sentences written for it: they show the rule works, not that
it generalizes. A difficulty conceded at the head of a sentence, then a contrast that opens a
main clause of results, is no shortcoming; a main clause that states one still is."""

from __future__ import annotations

import pytest

from dvtool.extract.shortcomings import states_shortcoming

PRAISES = [
    "Theo đó mặc dù trong năm qua tình hình kinh tế, xã hội của xã luôn gặp nhiều khó khăn, "
    "mưa bão kéo dài; tuy nhiên, các chỉ tiêu chủ yếu đã đạt và vượt kế hoạch, đạt 12/12 chỉ tiêu.",
    "Mặc dù sản xuất, kinh doanh của hợp tác xã còn gặp không ít khó khăn, song doanh thu cả năm "
    "đã tăng 15% so với năm trước.",
]

STILL_SHORTCOMINGS = [
    "Theo đó mặc dù trong năm qua tình hình kinh tế, xã hội của xã luôn gặp nhiều khó khăn; "
    "tuy nhiên, tiến độ giải ngân vốn đầu tư công vẫn còn chậm.",
    "Mặc dù thời tiết, dịch bệnh gặp nhiều khó khăn, nhưng các xã cần tập trung chỉ đạo sản xuất.",
]


@pytest.mark.parametrize("sentence", PRAISES)
def test_results_after_contrast_keep_the_concession_a_result(sentence: str) -> None:
    assert not states_shortcoming(sentence)


@pytest.mark.parametrize("sentence", STILL_SHORTCOMINGS)
def test_shortcoming_or_task_after_contrast_stays_a_shortcoming(sentence: str) -> None:
    assert states_shortcoming(sentence)
