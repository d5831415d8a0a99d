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


def test_a_condition_states_no_shortcoming() -> None:
    """Rule conditional_shortcomings: what would be wrong if a condition held."""
    assert not states_shortcoming("Nếu công trình không đúng quy định, phải tháo dỡ ngay trong tháng.")
    assert not states_shortcoming("Trường hợp hồ sơ chưa đầy đủ, bộ phận một cửa hướng dẫn bổ sung.")


def test_a_shortcoming_after_the_condition_is_stated() -> None:
    assert states_shortcoming("Nếu so với kế hoạch, tiến độ giải ngân còn chậm.")
    assert states_shortcoming("Công tác quản lý đất đai còn nhiều bất cập.")


def test_a_resolve_to_face_difficulties_states_none() -> None:
    """Rule resolved_difficulties: a pledge or a motto to face difficulties."""
    assert not states_shortcoming("Cán bộ phải dám nghĩ, dám làm, dám đương đầu với khó khăn.")
    assert not states_shortcoming("Tuổi trẻ sẵn sàng đối mặt với khó khăn, gian khổ.")


def test_facing_difficulties_without_resolve_states_them() -> None:
    assert states_shortcoming("Ngành y tế vẫn đối mặt với nhiều khó khăn về nhân lực.")


def test_early_days_difficulties_framing_a_success_are_none() -> None:
    """Rule early_days_concession: "Từ những ngày đầu còn nhiều khó khăn, X đã …" praises."""
    assert not states_shortcoming(
        "Từ những ngày đầu còn nhiều khó khăn, Trung tâm đã mở rộng hoạt động ra cả nước."
    )
    assert states_shortcoming("Những ngày đầu, việc cấp phép còn chậm.")


def test_grasping_or_reviewing_difficulties_states_none() -> None:
    """Rule grasp_difficulties: "nắm tình hình, khó khăn …", "rà soát những việc chưa làm"."""
    assert not states_shortcoming("Chủ động nắm tình hình, khó khăn vướng mắc ở cơ sở để kịp thời tháo gỡ.")
    assert not states_shortcoming("Phòng rà soát lại những việc chưa hoàn thành để báo cáo.")
    assert states_shortcoming("Qua rà soát, nhiều hồ sơ còn chậm so với quy định.")
    assert states_shortcoming("Công tác nắm bắt dư luận có lúc chưa kịp thời.")  # the verb in the subject
    assert states_shortcoming("Tuy nhiên, công tác nắm tình hình nhân dân ở một số cơ sở còn chậm.")
    assert states_shortcoming("Việc rà soát hồ sơ đất đai còn chậm.")


def test_difficulties_named_by_example_are_one_item_each() -> None:
    """Rule named_difficulties: "những khó khăn lớn như A và B, …" names two shortcomings."""
    from dvtool.extract.shortcomings import split_shortcomings

    text = (
        "Năm qua, đối mặt với những khó khăn như giá vật tư tăng cao và mưa lũ kéo dài, "
        "xã vẫn hoàn thành kế hoạch."
    )
    assert split_shortcomings(text) == ["giá vật tư tăng cao", "mưa lũ kéo dài"]
    assert split_shortcomings("Công tác thu ngân sách còn khó khăn.") == [
        "Công tác thu ngân sách còn khó khăn."
    ]
