"""Rule signer-rank (round 7): a signer's name written under a rank or a degree ("Đại tá Nguyễn
Văn A", "Bs. Trần Thị B", "ThS. Lê C") is the name. Lines written for the test: they show the rule
works, not that it generalizes."""

from __future__ import annotations

import pytest

from dvtool.interpret import official_lines as ol


@pytest.mark.parametrize("signed", ["Đại tá Nguyễn Văn Bình", "Bs. Nguyễn Văn Bình", "ThS. Nguyễn Văn Bình"])
def test_a_rank_or_degree_before_the_signed_name(signed: str) -> None:
    found = ol.signer(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", signed])
    assert found is not None and found.name == "Nguyễn Văn Bình"


def test_a_position_in_capitals_stays_a_position() -> None:
    found = ol.signer(["TRƯỞNG BAN", "Nguyễn Văn Bình"])
    assert found is not None and (found.position, found.name) == ("TRƯỞNG BAN", "Nguyễn Văn Bình")
