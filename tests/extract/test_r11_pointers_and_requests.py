"""Round 11, on sentences written for the test (they show the rules work, not that they
generalize): a line that only points to an attachment is no task; a request to the competent
authority ("cơ quan có thẩm quyền") is a recommendation to a higher level; a sentence's first
request is its own, a recommendation further on does not make it one."""

from __future__ import annotations

import pytest

from dvtool.document import Block, Document
from dvtool.extract.among_tasks import asks_higher_level
from dvtool.extract.attachment_pointers import points_to_attachment
from dvtool.extract.directions import recommends
from dvtool.interpret import interpret


@pytest.mark.parametrize(
    "line",
    [
        "4. Bảng tổng hợp số liệu các hoạt động: Thống kê tại phụ lục số 1 kèm theo.",
        "Chi tiết tại Phụ lục 03 kèm theo.",
        "Xem chi tiết tại phụ lục 04",
        "Danh sách chi tiết tại Phụ lục II.",
    ],
)
def test_a_line_pointing_to_an_attachment(line: str) -> None:
    assert points_to_attachment(line)


@pytest.mark.parametrize(
    "line",
    [
        "Hoàn thiện phụ lục 2 của báo cáo",
        "Bổ sung Phụ lục 01 kèm theo hồ sơ gửi Sở trước ngày 20/6",
        "Thống kê số liệu tai nạn lao động",
    ],
)
def test_a_task_about_an_appendix_is_no_pointer(line: str) -> None:
    assert not points_to_attachment(line)


def test_a_request_to_the_competent_authority_recommends() -> None:
    assert recommends("Đề nghị cơ quan có thẩm quyền nghiên cứu sửa đổi, bổ sung khoản 2 Điều 16 Nghị định.")


def test_the_first_request_is_the_sentences_own() -> None:
    sentence = (
        "Nếu có vướng mắc, đề nghị các đơn vị phản hồi về Sở Công Thương để tổng hợp, đề xuất UBND tỉnh"
        " kiến nghị cấp có thẩm quyền xem xét hướng dẫn."
    )
    assert not recommends(sentence)
    assert not asks_higher_level(sentence)
    assert asks_higher_level("Lãnh đạo huyện kiến nghị cấp có thẩm quyền sớm hướng dẫn thực hiện.")


def test_pointer_lines_of_a_report_give_no_tasks() -> None:
    lines = [
        "Sở Công Thương báo cáo kết quả Tháng hành động năm 2026.",
        "II. NHIỆM VỤ THỜI GIAN TỚI",
        "- Tiếp tục tăng cường kiểm tra an toàn lao động tại các doanh nghiệp.",
        "- Bảng tổng hợp số liệu các hoạt động: Thống kê tại phụ lục số 1 kèm theo.",
    ]
    tasks = [t.text for t in interpret(Document(tuple(Block(t) for t in lines))).value.tasks]
    assert len(tasks) == 1 and tasks[0].startswith("Tiếp tục tăng cường")


def test_a_body_that_asked_before_the_meeting_gives_no_task_now() -> None:
    lines = [
        "Cục Hải quan Khánh Hòa đối thoại với doanh nghiệp",
        "Sáng 29/5/2013, Cục Hải quan Khánh Hòa tổ chức hội nghị đối thoại với doanh nghiệp.",
        "Trước khi Hội nghị diễn ra, Cục Hải quan Khánh Hòa đã gửi phiếu khảo sát ý kiến doanh nghiệp,"
        " đề nghị doanh nghiệp đánh giá về công tác quản lý hải quan.",
    ]
    assert interpret(Document(tuple(Block(t) for t in lines))).value.tasks == ()


def test_a_body_that_asks_gives_a_task() -> None:
    lines = [
        "Cục Hải quan Khánh Hòa đối thoại với doanh nghiệp",
        "Sáng 29/5/2013, Cục Hải quan Khánh Hòa tổ chức hội nghị đối thoại với doanh nghiệp.",
        "Cục Hải quan Khánh Hòa đề nghị doanh nghiệp phản ánh kịp thời các vướng mắc về thủ tục hải quan.",
    ]
    assert len(interpret(Document(tuple(Block(t) for t in lines))).value.tasks) == 1
