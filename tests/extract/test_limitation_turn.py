"""Rule unmarked_after_contrast (lim10): a sentence of a paragraph that "Tuy nhiên, … còn …" turned
to the shortcomings is one more limitation only when it states one. Sentences written for these
tests: they show the rule works on them, not that it generalizes (tests/eval measures that)."""

from __future__ import annotations

from dvtool.extract import extract_text
from dvtool.extract.limitation_turn import leaves_shortcomings

LEAD = (
    "Hội nghị sơ kết công tác bảo đảm trật tự an toàn giao thông\n\n"
    "Sáng 20/5/2023, Ủy ban An toàn giao thông tỉnh tổ chức hội nghị sơ kết công tác 6 tháng đầu năm. "
    "Đồng chí Lê Văn Hòa, Phó Chủ tịch UBND tỉnh chủ trì hội nghị.\n\n"
)


def _report(text: str) -> tuple[list[str], list[str]]:
    report = extract_text(LEAD + text, "x.txt").value
    return [i.text for i in report.limitations], [i.text for i in report.results]


def test_a_sentence_without_any_shortcoming_word_leaves_the_turned_paragraph() -> None:
    assert leaves_shortcomings("Sở Giao thông vận tải đẩy nhanh việc lắp đặt trạm cân tải trọng xe.")
    assert leaves_shortcomings("Sở Giao thông vận tải chỉ đạo rà soát các điểm còn nguy hiểm.")
    assert not leaves_shortcomings("Tình trạng xe quá tải vẫn diễn ra nhiều.")
    assert not leaves_shortcomings("Đồng chí phê bình ba huyện có số vụ tai nạn tăng cao.")
    assert not leaves_shortcomings("Ý thức chấp hành của một số người dân còn kém.")


def test_the_sentence_after_a_contrast_that_states_nothing_wanting_is_a_result() -> None:
    limitations, results = _report(
        "Tuy nhiên, số người chết do tai nạn giao thông còn tăng so với cùng kỳ. "
        "Tình trạng xe quá tải vẫn diễn ra nhiều. "
        "Sở Giao thông vận tải đẩy nhanh việc lắp đặt trạm cân tải trọng xe trên các tuyến quốc lộ.\n"
    )
    assert any("tình trạng xe quá tải vẫn diễn ra nhiều" in t.lower() for t in limitations)
    assert not any("trạm cân" in t for t in limitations)
    assert any("trạm cân" in t for t in results)
