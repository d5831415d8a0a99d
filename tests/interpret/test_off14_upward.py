"""Round 14: a request to the level above named as a whole ("Đề nghị Tỉnh …") is a
recommendation upward, never a task; under a difficulties label it is a limitation. The sentences
are written for the tests: each test shows that its rule works on them, not that it
generalizes."""

from __future__ import annotations

from tests.interpret.commune_report import REPORT, REPORT_FOOT


def test_a_request_to_the_province_under_a_difficulties_label_is_a_limitation() -> None:
    from .typed import bold, typed_report

    report = typed_report(
        REPORT,
        REPORT_FOOT,
        [
            bold("I. KẾT QUẢ"),
            "Trong quý, Đảng ủy kết nạp 5 đảng viên mới.",
            bold("II. ĐÁNH GIÁ CHUNG"),
            "1. Thuận lợi: được sự quan tâm của cấp trên.",
            "2. Khó khăn: Đề nghị Tỉnh quan tâm, sớm bố trí kinh phí sửa chữa trụ sở xã.",
            bold("III. NHIỆM VỤ QUÝ IV"),
            "1. Tiếp tục rà soát hồ sơ đảng viên.",
        ],
    )
    assert [t.text.rstrip(".") for t in report.tasks] == ["Tiếp tục rà soát hồ sơ đảng viên"]
    assert [x.text.rstrip(".") for x in report.limitations] == [
        "Đề nghị Tỉnh quan tâm, sớm bố trí kinh phí sửa chữa trụ sở xã"
    ]


def test_a_level_named_as_a_whole_is_above_but_a_body_of_it_or_a_lower_case_level_is_not() -> None:
    from dvtool.extract.requests import is_upward

    assert is_upward("Đề nghị Tỉnh quan tâm bố trí kinh phí")
    assert is_upward("Đề nghị Huyện xem xét hỗ trợ")
    assert is_upward("ĐềnghịTỉnh sớm cho ý kiến")  # a PDF lost the space after the verb
    assert not is_upward("Đề nghị Huyện đoàn tổ chức ra quân")
    assert not is_upward("đề nghị tỉnh tiếp tục đổi mới công tác thi đua")  # a leader asks the province
