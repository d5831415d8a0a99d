"""Rules of round 10 (off10) over official documents. Lines written for the tests: they show
each rule works, not that it generalizes."""

from __future__ import annotations

from dvtool.document import Block, Document
from dvtool.interpret import interpret


def _report(*body: str, kind: str = "BÁO CÁO") -> Document:
    lines = [
        "HỘI ĐỒNG NHÂN DÂN",
        "TỈNH ĐẮK NÔNG",
        "Số: 41/BC-HĐND",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Đắk Nông, ngày 04 tháng 7 năm 2019",
        kind,
        "Thẩm tra Dự thảo Nghị quyết về mức hỗ trợ phát triển thủy lợi nhỏ",
        *body,
    ]
    return Document(tuple(Block(t) for t in lines))


# Rule activity-date: the activity the opening of a report or notice records, dated and
# organized by a body, dates the report (not the issue date).


def test_the_activity_the_opening_dates_is_the_reports_date() -> None:
    doc = _report(
        "Thực hiện chức năng, nhiệm vụ theo luật định, ngày 17/6/2019 Ban Kinh tế - Ngân sách"
        " HĐND tỉnh tổ chức họp thẩm tra Dự thảo Nghị quyết.",
        "I. Sự cần thiết ban hành Nghị quyết",
        "Dự thảo phù hợp với quy định hiện hành.",
    )
    assert interpret(doc).value.date == "2019-06-17"


def test_a_leader_who_chairs_the_session_dates_the_notice() -> None:
    doc = _report(
        "Sau khi nhận được kiến nghị của ông Nguyễn Văn A về việc cấp đất.",
        "Ngày 15/5/2019, đồng chí Trần Văn B - Chủ tịch UBND huyện chủ trì, tổ chức buổi làm việc"
        " với công dân.",
        kind="THÔNG BÁO",
    )
    assert interpret(doc).value.date == "2019-05-15"


def test_a_cited_plan_about_organizing_dates_nothing() -> None:
    doc = _report(
        "Thực hiện Kế hoạch số 12/KH-UBND ngày 05/3/2019 về tổ chức tiếp công dân, Ban báo cáo như sau:",
        "I. Kết quả",
        "Đã tiếp 12 lượt công dân.",
    )
    assert interpret(doc).value.date == "2019-07-04"


def test_an_organizing_verb_deep_in_the_body_dates_nothing() -> None:
    doc = _report(
        "Ban Kinh tế - Ngân sách báo cáo kết quả thẩm tra như sau:",
        "I. Nhiệm vụ",
        "Xây dựng kế hoạch tổ chức thực hiện trước ngày 28/7/2019, trong đó ngày 30/7/2019 tổ chức hội nghị.",
    )
    assert interpret(doc).value.date == "2019-07-04"
