"""Rules of round 7 on the recommendations and directions of official documents (inspection
conclusions, notices of conclusions). The sentences are written for the tests: each test shows
that its rule works on them, not that it generalizes."""

from __future__ import annotations

from dvtool.extract.requests import is_upward


def test_a_part_of_the_unit_named_bo_phan_is_no_higher_level() -> None:
    # "bộ phận kế toán", "Bộ môn Toán" begin with "bộ" as a ministry does; they are no higher level
    assert not is_upward("Chỉ đạo bộ phận kế toán mở sổ theo dõi thu chi theo quy định.")
    assert not is_upward("Đề nghị Bộ môn Toán rà soát lại đề cương ôn tập.")
    assert is_upward("Đề nghị Bộ Tài chính sớm ban hành hướng dẫn.")


def test_recommendations_after_a_plural_determiner_are_a_noun() -> None:
    # "các kiến nghị sau thanh tra" names recommendations already made; it makes none
    assert not is_upward("Giao Thanh tra huyện theo dõi việc thực hiện các kiến nghị sau thanh tra.")
    assert not is_upward("Phòng Nội vụ tổng hợp những đề xuất của các xã.")
    assert is_upward("Ủy ban nhân dân xã kiến nghị Ủy ban nhân dân huyện hỗ trợ kinh phí.")


def test_a_request_before_the_sentence_that_opens_points_is_a_task() -> None:
    from dvtool.extract.requests import Requests

    way = Requests.under("2. Kiến nghị biện pháp xử lý")
    line = (
        "Giao Ban giám hiệu nhà trường tổ chức kiểm điểm đối với các cá nhân có liên quan. "
        "Đồng thời, trong thời gian tới thực hiện tốt một số nội dung sau:"
    )
    assert way.take(line, listed=False) == ["Ban giám hiệu nhà trường tổ chức kiểm điểm đối với các cá nhân có liên quan"]
    # an opening line alone gives none
    assert way.take("Yêu cầu nhà trường thực hiện các nội dung sau:", listed=False) == []
