"""Shortcomings stated as a concern (issue 11, round 8, fig6): sentences written for these tests.
They show that the rule does what it says on these sentences, not that it generalizes; the
real-corpus scores in tests/eval measure that."""

from __future__ import annotations

from dvtool.extract.shortcomings import states_shortcoming


def test_a_concern_or_a_challenge_stated_is_a_shortcoming() -> None:
    """Rule concern_phrases: "đáng quan ngại", "đáng lo", "đặt ra thách thức"."""
    assert states_shortcoming("Tình trạng ô nhiễm nguồn nước ở các xã ven sông cũng đáng quan ngại.")
    assert states_shortcoming("Một vấn đề đáng lo là tai nạn giao thông ở các tuyến đường liên xã.")
    assert states_shortcoming("Số ca mắc sốt xuất huyết tăng nhanh, đặt ra thách thức lớn cho ngành y tế.")


def test_a_plain_statement_is_no_shortcoming() -> None:
    assert not states_shortcoming("Ngành y tế đã tổ chức 12 đợt khám bệnh miễn phí cho người dân.")


def test_heavy_damage_stated_is_a_shortcoming() -> None:
    """Rule damage_phrases: "gây thiệt hại nghiêm trọng", "vẫn còn nặng nề" (a storm's damage)."""
    assert states_shortcoming("Cơn bão số 9 đã gây thiệt hại nghiêm trọng trên địa bàn huyện.")
    assert states_shortcoming("Hậu quả của đợt lũ vẫn còn nặng nề tại các xã vùng trũng.")
