"""Tasks and figures read wrongly in a new-user trial on dev documents (round 13, misc13):
sentences written for these tests. They show that each rule does what it says on these
sentences, not that it generalizes; the dev comparison measures that."""

from __future__ import annotations

from tests.extract.news_item import LEAD, tasks_after_lead

from dvtool.extract import extract_text
from dvtool.extract.askers import asked_by_others
from dvtool.extract.directions import directions
from dvtool.extract.numbers import find_figures
from dvtool.extract.plans import describes_facility
from dvtool.extract.speech_shortcomings import speech_shortcomings

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


def test_a_plants_capacity_and_target_are_no_task() -> None:
    """A facility's capacity stated with its amount before "sẽ": the owner's plan, no task."""
    text = (
        "Nhà máy xi măng có công suất 1,2 triệu tấn/năm, công ty sẽ nâng công suất lên 2 triệu tấn/năm.\n\n"
    )
    report = extract_text(LEAD + text, "x.txt").value
    assert [t.text for t in report.tasks] == []
    assert all("1,2 triệu" not in f.text for r in report.results for f in r.figures)
    assert describes_facility("Dự án có tổng vốn đầu tư 500 tỷ đồng, ")
    assert not describes_facility("Hội có quy mô lớn, ")  # no amount: no description of size


def test_a_plan_without_a_capacity_is_still_a_task() -> None:
    tasks = tasks_after_lead("Năm 2025, Hội sẽ mở rộng quy mô sản xuất rau an toàn lên 20 ha.\n\n")
    assert tasks == ["Năm 2025, Hội sẽ mở rộng quy mô sản xuất rau an toàn lên 20 ha."]


SHORTFALL_BETWEEN = (
    "Đồng thời, đề nghị Hội Nông dân xã rà soát các hộ chưa vay được vốn để lập danh sách; tỷ lệ "
    "hội viên tham gia bảo hiểm xã hội tự nguyện còn thấp; cần nâng cao chất lượng sinh hoạt chi hội."
)


def test_a_shortcoming_between_directions_is_a_limitation() -> None:
    assert directions(SHORTFALL_BETWEEN, speech=True) == [
        "Hội Nông dân xã rà soát các hộ chưa vay được vốn để lập danh sách",
        "cần nâng cao chất lượng sinh hoạt chi hội.",
    ]
    assert speech_shortcomings(SHORTFALL_BETWEEN) == [
        "tỷ lệ hội viên tham gia bảo hiểm xã hội tự nguyện còn thấp"
    ]


def test_the_first_part_after_the_verb_stays_a_task() -> None:
    """The part right after the verb names who is directed: "các xã còn chậm …" is its object."""
    sentence = (
        "Chủ tịch UBND huyện yêu cầu các xã còn chậm tiến độ giải ngân khẩn trương hoàn thành; "
        "báo cáo kết quả."
    )
    assert directions(sentence, speech=False)[0].startswith("các xã còn chậm")


def test_a_dashed_name_in_brackets_is_no_figure() -> None:
    """Rule dashed_names: "(Covid – 19)" opens a bracket; the number still ends the name."""
    text = "Dù ảnh hưởng của dịch bệnh (Covid – 19), xã đã hỗ trợ 120 hộ nghèo."
    assert [float(f.value) for f in find_figures(text)] == [120.0]
    assert [float(f.value) for f in find_figures("Đại dịch “Covid – 19” làm 12 hộ tái nghèo.")] == [12.0]
    assert [float(f.value) for f in find_figures("Rút 2 cụm (Đông Phố Mới - 3,5ha).")] == [2.0, 3.5]
