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


def test_a_short_point_that_names_a_topic_heads_the_points_under_it() -> None:
    from dvtool.extract.requests import Requests, heads_topic

    assert heads_topic("Xử lý về kinh tế.")
    assert heads_topic("Đối với việc quản lý các khoản ngân sách cấp.")
    # a point that asks, or says what must be done, is a task however it opens
    assert not heads_topic("Đối với các khoản đóng góp tự nguyện cần thực hiện đúng quy định.")
    assert not heads_topic("Đối với khoản thu học phí đề nghị đơn vị phát hành phiếu thu.")
    assert not heads_topic("Việc ông A lấn chiếm đất của bà B.")
    assert not heads_topic("Tăng cường công tác kiểm tra về an toàn thực phẩm tại các bếp ăn.")
    way = Requests.under("2. Kiến nghị biện pháp xử lý")
    assert way.take("Xử lý về hành chính", listed=True) == []
    assert way.take("Tăng cường kiểm tra chi thường xuyên.", listed=True) == ["Tăng cường kiểm tra chi thường xuyên."]
