"""Shortcoming lists (issue 11): sentences written for these tests. They show that each rule
does what it says on these sentences, not that it generalizes; the real-corpus scores in
tests/eval measure that."""

from __future__ import annotations

from dvtool.extract.shortcomings import heads_list, split_shortcomings


def test_a_semicolon_list_splits_when_most_parts_state_a_shortcoming() -> None:
    text = (
        "Công tác tuyên truyền chưa thường xuyên; việc giải ngân còn chậm; tỷ lệ tiêm chủng ở trẻ em đạt thấp"
    )
    assert split_shortcomings(text) == [
        "Công tác tuyên truyền chưa thường xuyên",
        "việc giải ngân còn chậm",
        "tỷ lệ tiêm chủng ở trẻ em đạt thấp",
    ]


def test_a_semicolon_list_stays_whole_when_few_parts_state_one() -> None:
    text = "Hạ tầng chưa đồng bộ; tổng vốn 20 tỷ đồng; đã bàn giao 5 ha"
    assert split_shortcomings(text) == [text]


def test_a_line_announcing_the_list_heads_it() -> None:
    assert heads_list("Bên cạnh những kết quả đạt được, còn một số mặt hạn chế, khó khăn nổi lên đó là:")
    assert heads_list("Tuy nhiên, vẫn còn thực hiện chưa tốt các quy định, cụ thể như sau:")


def test_a_line_stating_a_shortcoming_before_its_colon_is_one() -> None:
    assert not heads_list("Tiến độ triển khai vẫn chưa đạt yêu cầu, đang bị cản trở bởi ba điểm nghẽn lớn:")
    assert not heads_list("Việc giải ngân còn chậm, đó là")
