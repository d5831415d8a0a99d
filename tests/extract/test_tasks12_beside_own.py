"""Round 12: a leader's directions in a news item are tasks beside the report's own task section
(GOLD.md: "every direction a leader gives in a speech or a conclusion"), except in an office's
document, which lists its own, and except a speech that asks to remedy what the report found.
Thanks for past directing is no direction. Every sentence is written for these tests: they show
the rules work, not that they generalize."""

from __future__ import annotations

from dvtool.document import Block, Document
from dvtool.extract import extract_text
from dvtool.extract.directions import directions
from dvtool.interpret import interpret

HEAD = (
    "Hai tỉnh bàn hợp tác giai đoạn mới\n\n"
    "Ngày 17/5/2024, Ban Thường vụ Tỉnh ủy Hòa Bình làm việc với Ban Thường vụ Tỉnh ủy Sơn La.\n\n"
    "Hai tỉnh đã tổ chức 12 đoàn khảo sát du lịch.\n\n"
)
OWN = "Thời gian tới, hai tỉnh sẽ tiếp tục trao đổi kinh nghiệm trong lĩnh vực du lịch."


def _tasks(text: str) -> list[str]:
    return [t.text for t in extract_text(text, "x.txt").value.tasks]


def test_a_speech_direction_beside_the_news_items_own_tasks_is_a_task() -> None:
    tasks = _tasks(
        HEAD + "Phát biểu kết luận, đồng chí Trần Văn Nam đề nghị, hai tỉnh cần tăng cường "
        "liên kết phát triển nông nghiệp.\n\n" + OWN + "\n"
    )
    assert tasks == [OWN, "Hai tỉnh cần tăng cường liên kết phát triển nông nghiệp."]


def test_a_speech_asking_to_remedy_adds_no_task_beside_the_own_tasks() -> None:
    tasks = _tasks(
        HEAD + "Phát biểu kết luận, đồng chí Trần Văn Nam yêu cầu các sở, ngành quan tâm khắc "
        "phục; đồng thời tập trung giải quyết những vấn đề còn tồn tại.\n\n" + OWN + "\n"
    )
    assert tasks == [OWN]


def _official(paragraphs: list[str]) -> list[str]:
    lines = [
        "HỘI ĐỒNG NHÂN DÂN",
        "HUYỆN TÂN LẬP",
        "Số: 11/TB-HĐND",
        "Tân Lập, ngày 07 tháng 6 năm 2024",
        "THÔNG BÁO",
        "Kết luận phiên họp giải trình của Thường trực HĐND huyện",
        *paragraphs,
        "TM. THƯỜNG TRỰC HĐND",
        "CHỦ TỊCH",
        "Nguyễn Văn An",
    ]
    blocks = tuple(Block(kind="paragraph", text=t) for t in lines)
    return [t.text for t in interpret(Document(blocks=blocks, source="tb.docx", origin="docx")).value.tasks]


def test_an_offices_document_keeps_its_own_tasks_without_the_speeches_directions() -> None:
    own = "Thời gian tới, UBND huyện tiếp tục rà soát hồ sơ cấp đất cho các hộ đồng bào."
    speech = (
        "Phát biểu tại phiên họp, đồng chí Trần Văn Nam đề nghị các xã tăng cường tuyên truyền cho nhân dân."
    )
    tasks = _official([speech, own])
    assert tasks == [own]
    news = _tasks(HEAD + speech + "\n\n" + OWN + "\n")
    assert "Các xã tăng cường tuyên truyền cho nhân dân." in news


def test_thanks_for_past_directing_is_no_direction() -> None:
    sentence = (
        "Thay mặt UBND tỉnh, ông Trần Song Tùng gửi lời cảm ơn đến Bộ Văn hóa đã quan tâm, chỉ "
        "đạo, cũng như sự phối hợp, hỗ trợ của các cơ quan chuyên môn trong suốt thời gian qua."
    )
    assert directions(sentence, speech=True) == []
    framed = "Thay mặt UBND tỉnh, ông Trần Song Tùng đã yêu cầu các sở tiếp tục rà soát thủ tục."
    assert directions(framed, speech=True) == ["các sở tiếp tục rà soát thủ tục."]


def test_a_wish_for_those_given_an_award_goes_on_with_the_speech() -> None:
    text = (
        "Đảng bộ xã Tân Hưng trao Huy hiệu Đảng\n\n"
        "Sáng 25/11/2021, Đảng bộ xã Tân Hưng tổ chức Lễ trao tặng Huy hiệu 40 năm tuổi Đảng cho 6 "
        "đồng chí.\n\n"
        "Phát biểu tại buổi Lễ, đồng chí Nguyễn Hữu Nam, Phó Bí thư Huyện ủy đã chúc mừng các đồng "
        "chí đảng viên.\n\n"
        "Đồng chí mong muốn các đồng chí đảng viên được nhận Huy hiệu Đảng tiếp tục phát huy truyền "
        "thống cách mạng vẻ vang.\n"
    )
    tasks = _tasks(text)
    assert tasks == [
        "Các đồng chí đảng viên được nhận Huy hiệu Đảng tiếp tục phát huy truyền thống cách mạng vẻ vang."
    ]
