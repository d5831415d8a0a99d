"""Rule award-money (round 7): money spent on awards ("chi khen thưởng số tiền …", "kinh phí khen
thưởng") is no award handed out. Sentences written for the test: they show the rule works, not
that it generalizes."""

from __future__ import annotations

from dvtool.extract.awards import is_award_sentence


def test_money_spent_on_awards_is_no_award() -> None:
    assert not is_award_sentence("Phiếu chi số 2 ngày 29/11/2017 chi khen thưởng số tiền 2.290.000 đồng.")
    assert not is_award_sentence("Trường đã trích kinh phí khen thưởng cho giáo viên theo quy chế.")


def test_a_cell_of_the_party_still_gives_awards() -> None:
    assert is_award_sentence("Chi bộ khen thưởng 5 đảng viên hoàn thành xuất sắc nhiệm vụ.")
