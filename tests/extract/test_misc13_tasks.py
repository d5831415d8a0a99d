"""Tasks and figures read wrongly in a new-user trial on dev documents (round 13, misc13):
sentences written for these tests. They show that each rule does what it says on these
sentences, not that it generalizes; the dev comparison measures that."""

from __future__ import annotations

from tests.extract.news_item import tasks_after_lead

from dvtool.extract.askers import asked_by_others
from dvtool.extract.directions import directions

ROBBERY = (
    "Trước đó, vào khoảng 9 giờ ngày 3-5, tại một cửa hàng vàng xảy ra một vụ cướp. Đối tượng "
    "đội mũ bảo hiểm, dùng dao khống chế các nhân viên và yêu cầu đưa toàn bộ vàng vào ba lô."
)


def test_an_offenders_demand_is_no_task() -> None:
    """An offender, not a leader or a body, is the subject of "yêu cầu"; "các nhân viên" is the
    object of another verb, no body giving a direction."""
    sentence = ROBBERY.split(". ", 1)[1]
    assert directions(sentence, speech=False) == []
    assert directions(sentence, speech=True) == []
    assert tasks_after_lead(ROBBERY + "\n\n") == []


def test_a_citizens_request_is_no_task() -> None:
    assert directions("Nhiều hộ dân đề nghị xã sớm sửa chữa tuyến đường liên thôn.", speech=False) == []
    assert directions("Sau đó, tên cướp yêu cầu nhân viên mở két sắt.", speech=True) == []


def test_a_leader_after_the_public_still_directs() -> None:
    """The last comma part that opens with someone names the giver."""
    sentence = "Thay mặt bà con, đồng chí Chủ tịch xã đề nghị các ngành sớm sửa chữa tuyến đường."
    assert directions(sentence, speech=False) == ["các ngành sớm sửa chữa tuyến đường."]
    before = "Tiếp thu ý kiến của người dân, Phó Tổng cục trưởng Nguyễn Văn A "
    assert not asked_by_others(before)
    assert asked_by_others("Người dân ")
