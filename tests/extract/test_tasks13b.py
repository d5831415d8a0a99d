"""Tasks read wrongly in dev documents (round 13, tasks13b): sentences written for these tests.
They show that each rule does what it says on these sentences, not that it generalizes; the dev
comparison measures that."""

from __future__ import annotations

from tests.extract.news_item import tasks_after_lead

from dvtool.extract._text import asks
from dvtool.extract.among_tasks import no_task
from dvtool.extract.directions import continues_direction, directions
from dvtool.extract.set_tasks import set_for_coming

QUESTIONS = (
    "Đồng chí Bí thư đề nghị Đoàn xã tập trung xây dựng chi đoàn vững mạnh. "
    "Đồng chí cũng nêu vấn đề thanh niên xã đã sẵn sàng cho chuyển đổi số hay chưa? "
    "Thanh niên cần gì ở cấp ủy để phát triển kinh tế?... "
    "Đồng chí lưu ý Đoàn xã cần đổi mới nội dung sinh hoạt chi đoàn.\n\n"
)


def test_a_sentence_ending_with_a_question_mark_asks() -> None:
    assert asks("Thanh niên xã đã sẵn sàng cho chuyển đổi số hay chưa?")
    assert asks("Việc triển khai có gì khác biệt so với địa phương khác?...")
    assert asks("Bộ trưởng hỏi: “Làm gì để nông dân yên tâm sản xuất?”")
    assert not asks("Đoàn xã cần trả lời câu hỏi “làm gì cho thanh niên?” bằng việc làm cụ thể.")


def test_a_question_is_no_task() -> None:
    question = "Thanh niên cần gì ở cấp ủy để phát triển kinh tế?"
    assert no_task(question, prose=False)
    assert no_task(question, prose=True)
    assert directions(question, speech=True) == []
    assert continues_direction("Tập trung vào những việc gì để phát triển kinh tế?") == []


def test_the_directions_around_questions_are_still_tasks() -> None:
    tasks = tasks_after_lead(QUESTIONS)
    assert not any(t.endswith("?") or "hay chưa" in t for t in tasks)
    assert "Đoàn xã cần đổi mới nội dung sinh hoạt chi đoàn" in " ".join(tasks)
    assert "tập trung xây dựng chi đoàn vững mạnh" in " ".join(tasks)


def test_a_proposal_to_amend_a_law_is_no_task() -> None:
    """Delegates (or a department) propose to the law's makers what to amend: no task."""
    debate = (
        "Qua thảo luận, các đại biểu đề nghị sửa đổi, bổ sung quy định về thời hạn thương lượng; "
        "xác định mức bồi thường."
    )
    assert directions(debate, speech=False) == []
    assert directions(debate, speech=True) == []
    department = (
        "Do đó, đại diện Sở Tư pháp kiến nghị sửa đổi theo hướng cho phép hai bên gia hạn thời gian "
        "thương lượng."
    )
    assert directions(department, speech=False) == []
    assert tasks_after_lead(debate + "\n\n") == []


def test_a_demand_to_amend_or_a_proposal_to_add_is_still_a_task() -> None:
    """ "yêu cầu" directs; "bổ sung" alone (a phrase to a draft, funds to a unit) is no amendment
    of a law."""
    assert directions("Đồng chí Chủ tịch yêu cầu sửa đổi quy chế làm việc của Ban chỉ đạo.", speech=False)
    assert directions("Đề nghị bổ sung cụm từ “Căn cứ” vào dự thảo quyết định.", speech=False)


INSPECTORS = (
    "Trên cơ sở đánh giá kết quả, Thanh tra huyện đã xác định một số nhiệm vụ, giải pháp trọng tâm "
    "nhằm thực hiện hiệu quả chương trình công tác 6 tháng cuối năm.\n\n"
    "Theo đó, tăng cường kiểm tra việc thực hiện kết luận thanh tra. Tiếp tục quán triệt Chỉ thị 20 "
    "của Thủ tướng Chính phủ về thanh tra doanh nghiệp.\n\n"
    "Đẩy mạnh cải cách hành chính, trọng tâm là thủ tục hành chính.\n\n"
)


def test_work_set_with_da_for_the_coming_period_and_named_after_it_is_tasks() -> None:
    tasks = tasks_after_lead(INSPECTORS)
    assert tasks == [
        "Tăng cường kiểm tra việc thực hiện kết luận thanh tra.",
        "Tiếp tục quán triệt Chỉ thị 20 của Thủ tướng Chính phủ về thanh tra doanh nghiệp.",
        "Đẩy mạnh cải cách hành chính, trọng tâm là thủ tục hành chính.",
    ]


def test_work_set_with_da_and_listed_for_a_later_year_is_tasks() -> None:
    sentence = (
        "Để tiếp tục thực hiện có hiệu quả công tác Hội trong năm 2025, các cấp Hội đã đề ra nhiệm vụ: "
        "đẩy mạnh tuyên truyền, vận động hội viên thi đua sản xuất giỏi."
    )
    assert set_for_coming(sentence, 2024) == (
        ["đẩy mạnh tuyên truyền, vận động hội viên thi đua sản xuất giỏi."],
        False,
    )
    assert tasks_after_lead(sentence + "\n\n") == [
        "Đẩy mạnh tuyên truyền, vận động hội viên thi đua sản xuất giỏi."
    ]


def test_work_set_with_da_for_the_reported_year_is_no_task() -> None:
    """The same sentence about the year reviewed (2024 in the lead) reports what was set."""
    sentence = "Năm 2024, các cấp Hội đã đề ra nhiệm vụ: đẩy mạnh tuyên truyền, vận động hội viên thi đua."
    assert set_for_coming(sentence, 2024) == ([], False)
    assert tasks_after_lead(sentence + "\n\n") == []
    reported = "Thanh tra huyện đã xác định một số nhiệm vụ trọng tâm. Theo đó, tăng cường kiểm tra kết luận."
    assert tasks_after_lead(reported + "\n\n") == []
