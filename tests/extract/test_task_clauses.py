"""Tasks of issue 11, round 4: directions that open a clause mid-sentence and directions
stated without a cue verb at the start. Every sentence is written for these tests: they show
each rule works, not that it generalizes."""

from __future__ import annotations

from dvtool.extract.directions import directions

# a request verb opening a clause after a comma or a semicolon -------------------------


def test_a_request_opening_a_clause_after_a_comma_is_a_task() -> None:
    sentence = (
        "Do giấy chứng nhận kiểm định của xe sắp hết hạn trong khi thời hạn Giấy phép đề nghị là "
        "24 tháng, đề nghị đơn vị chủ động đăng kiểm lại đúng thời hạn."
    )
    assert directions(sentence, speech=False) == ["đơn vị chủ động đăng kiểm lại đúng thời hạn."]


def test_a_request_opening_a_clause_after_a_semicolon_is_a_task() -> None:
    sentence = (
        "Giấy phép lái xe của ông Nguyễn Văn Nam chỉ còn giá trị đến tháng 9; "
        "đề nghị đơn vị chủ động gia hạn trước khi hết hạn."
    )
    assert directions(sentence, speech=False) == ["đơn vị chủ động gia hạn trước khi hết hạn."]


def test_a_request_after_a_comma_in_a_sentence_that_reports_is_none() -> None:
    sentence = "UBND huyện đã ban hành văn bản, yêu cầu các xã rà soát hộ nghèo."
    assert directions(sentence, speech=False) == []


def test_a_request_in_the_middle_of_a_clause_needs_its_giver() -> None:
    sentence = "Hồ sơ đề nghị cấp phép của đơn vị gồm 5 thành phần theo quy định."
    assert directions(sentence, speech=False) == []
