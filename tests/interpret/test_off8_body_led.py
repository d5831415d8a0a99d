"""Rule body-led (round 8b): under a conclusion or a request, a paragraph that opens with the
body that acts ("UBND huyện chủ động …", "Đối với …: UBND huyện chỉ đạo …") is a direction; one
that reports what was done or asks a higher level is none. The sentences are written for the
tests: each test shows that the rule works on them, not that it generalizes."""

from __future__ import annotations

from dvtool.document import Block, Document

OPENING = [
    "Sau khi nghe ý kiến của các đại biểu, đồng chí Chủ tịch HĐND huyện kết luận như sau:",
    "1. Đối với việc giải quyết kiến nghị của cử tri về sạt lở bờ sông Tiền:",
    "Đề nghị UBND huyện khẩn trương xác định những vị trí có nguy cơ sạt lở để làm cơ sở hỗ trợ.",
]


def _tasks(body: list[str]) -> list[str]:
    from dvtool.interpret.official_directions import find

    found = find(Document(tuple(Block(t) for t in OPENING + body), origin="txt"))
    return [text for text, _ in found.tasks] if found is not None else []


def test_a_paragraph_led_by_the_body_that_acts_is_a_direction() -> None:
    acts = (
        "UBND huyện chủ động làm việc với các doanh nghiệp khai thác cát để có giải pháp chống "
        "sạt lở bờ sông, hạn chế mất đất sản xuất của nhân dân."
    )
    phong = (
        "Phòng Nông nghiệp huyện tổ chức tập huấn, hướng dẫn kỹ thuật trồng trọt và xây dựng "
        "các mô hình sản xuất cho nông dân các xã ven sông."
    )
    tasks = _tasks([acts, phong])
    assert any(t.startswith("UBND huyện chủ động làm việc") for t in tasks), tasks
    assert any(t.startswith("Phòng Nông nghiệp huyện tổ chức tập huấn") for t in tasks), tasks


def test_the_body_after_the_topic_of_a_paragraph_is_the_one_that_acts() -> None:
    text = (
        "Đối với đất ở cấp cho đồng bào tại thôn 3: UBND huyện chỉ đạo Phòng Tài nguyên và Môi "
        "trường rà soát thực tế với dự án ban đầu để giải quyết cho nhân dân."
    )
    tasks = _tasks([text])
    assert any("UBND huyện chỉ đạo Phòng Tài nguyên" in t for t in tasks), tasks


def test_a_body_that_reports_what_was_done_or_asks_a_higher_level_gives_no_task() -> None:
    done = (
        "UBND huyện đã tổ chức kiểm tra hiện trạng sạt lở tại 05 xã ven sông và lập hồ sơ đề nghị "
        "hỗ trợ cho các hộ dân bị mất đất sản xuất."
    )
    upward = (
        "UBND huyện kiến nghị UBND tỉnh xem xét không gia hạn giấy phép khai thác cát tại các khu "
        "vực xung yếu có nguy cơ sạt lở cao."
    )
    tasks = _tasks([done, upward])
    assert all("đã tổ chức kiểm tra" not in t and "không gia hạn" not in t for t in tasks), tasks
