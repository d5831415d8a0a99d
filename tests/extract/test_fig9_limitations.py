"""Limitations of news items (issue 11, round 9, fig9): sentences written for these tests. They
show that each rule does what it says on these sentences, not that it generalizes; the
real-corpus scores in tests/eval measure that."""

from __future__ import annotations

from dvtool.extract.shortcomings import states_shortcoming


def test_facing_many_challenges_is_a_shortcoming_stated() -> None:
    """Rule faced_challenges: "đối mặt với không ít thách thức" states a difficulty."""
    assert states_shortcoming("Tỉnh có nhiều cơ hội, song cũng đối mặt với không ít thách thức về hạ tầng.")
    assert states_shortcoming("Ngành giáo dục đang đối mặt với nhiều thách thức do thiếu giáo viên.")


def test_challenges_named_as_opportunities_are_none() -> None:
    assert not states_shortcoming("Hội thảo bàn về cơ hội và thách thức của chuyển đổi số.")
