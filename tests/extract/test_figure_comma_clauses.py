"""Rule figure-comma-clauses (ext15): after a comma, a figure's unit goes on only with one more
counted noun ("21 sở, ngành"); a comparison or a clause that goes on with the sentence ends it
(cue list figure_comma_clauses). The sentences are made up for the test; their shapes follow
dev 467 ("29,98% năm, cao hơn mức"), 376 ("… ha, thực giảm …"), 337 ("84 đầu việc, yêu cầu …"),
404 ("… hộ vay, đồng thời …") and 469 ("17 tỉnh, thành, riêng Hải Phòng …")."""

from __future__ import annotations

import pytest

from dvtool.extract.cues import fold_aligned
from dvtool.extract.figure_units import unit_end


def _unit(text: str, number: str) -> str:
    pos = text.index(number) + len(number)
    return text[pos : unit_end(text, fold_aligned(text), pos)].strip()


@pytest.mark.parametrize(
    ("text", "number", "unit"),
    [
        ("Vốn đầu tư tăng bình quân 12,5% năm, cao hơn mức tăng của cả tỉnh (9,1%).", "12,5%", "năm"),
        ("Năm 2023 có 1.250 ha, thực giảm 20 ha so với năm trước.", "1.250", "ha"),
        ("Hội nghị giao 40 đầu việc, yêu cầu các phòng, ban khẩn trương thực hiện.", "40", "đầu việc"),
        ("Dịch xuất hiện ở 9 tỉnh, thành, riêng Nam Định có 3 ổ dịch.", "9", "tỉnh, thành"),
        ("Ngân hàng cho 300 hộ vay, đồng thời tăng dư nợ cho vay.", "300", "hộ vay"),
    ],
)
def test_a_clause_after_a_comma_is_not_part_of_the_unit(text: str, number: str, unit: str) -> None:
    assert _unit(text, number) == unit
