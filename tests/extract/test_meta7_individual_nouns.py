"""Rule individual-nouns (round 7): pupils, children, athletes, workers and staff counted among an
award's recipients ("cho 10 em học sinh", "12 vận động viên", "30 công nhân") are individuals.
Sentences written for the test: they show the rule works, not that it generalizes."""

from __future__ import annotations

import pytest

from dvtool.extract.awards import parse_awards


@pytest.mark.parametrize(
    "recipients", ["10 em học sinh đạt thành tích cao", "10 vận động viên", "10 công nhân lao động giỏi"]
)
def test_people_counted_by_what_they_are(recipients: str) -> None:
    found = parse_awards(f"Công đoàn tặng giấy khen cho {recipients}.")
    assert [(a.collectives, a.individuals) for a in found] == [(0, 10)]
