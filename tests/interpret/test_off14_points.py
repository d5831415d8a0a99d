"""Round 14: a task point whose request verb names no body ("Chỉ đạo và tổ chức …") gives one
task per direction, as a point of the writer's own work does. The sentences
are written for the tests: each test shows that its rule works on them, not that it
generalizes."""

from __future__ import annotations

from tests.interpret.commune_report import REPORT, REPORT_FOOT


def _tasks(points: list[str]) -> list[str]:
    from .typed import bold, typed_report

    report = typed_report(
        REPORT,
        REPORT_FOOT,
        [
            bold("I. KẾT QUẢ"),
            "Trong quý, Đảng ủy kết nạp 5 đảng viên mới.",
            bold("II. NHIỆM VỤ QUÝ IV"),
            *points,
        ],
    )
    return [t.text.rstrip(".") for t in report.tasks]


def test_a_request_verb_joined_to_a_verb_of_doing_opens_no_request_to_a_body() -> None:
    tasks = _tasks(
        [
            "- Chỉ đạo và tổ chức học tập các nghị quyết của cấp trên. Làm tốt công tác tuyên "
            "truyền kỷ niệm các ngày lễ lớn. Đẩy mạnh phong trào thi đua yêu nước.",
            "- Chỉ đạo thực hiện nghiêm quy chế làm việc. Nâng cao chất lượng sinh hoạt chi bộ.",
        ]
    )
    assert tasks == [
        "Chỉ đạo và tổ chức học tập các nghị quyết của cấp trên",
        "Làm tốt công tác tuyên truyền kỷ niệm các ngày lễ lớn",
        "Đẩy mạnh phong trào thi đua yêu nước",
        "Chỉ đạo thực hiện nghiêm quy chế làm việc",
        "Nâng cao chất lượng sinh hoạt chi bộ",
    ]


def test_a_request_to_a_named_body_keeps_its_later_sentences() -> None:
    tasks = _tasks(["- Chỉ đạo Đoàn Thanh niên xã tổ chức ra quân hè. Tích cực vận động đoàn viên tham gia."])
    assert tasks == ["Chỉ đạo Đoàn Thanh niên xã tổ chức ra quân hè. Tích cực vận động đoàn viên tham gia"]


def test_a_sentence_whose_verb_lost_its_space_still_opens_a_direction() -> None:
    tasks = _tasks(["- Làm tốt công tác dân vận. Chủđộng nắm tình hình tư tưởng trong Nhân dân."])
    assert tasks == ["Làm tốt công tác dân vận", "Chủđộng nắm tình hình tư tưởng trong Nhân dân"]
