"""Task rules of round 9 for official documents. Every text is written for the test; the tests
show that each rule works on these sentences, not that it generalizes."""

from __future__ import annotations

from dvtool.document import Block, Document
from dvtool.interpret import interpret

FRAME = [
    "ỦY BAN NHÂN DÂN",
    "HUYỆN AN PHÚ",
    "Số: 31/TB-UBND",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "An Phú, ngày 12 tháng 4 năm 2024",
    "THÔNG BÁO",
    "Kết luận của Chủ tịch UBND huyện tại cuộc họp về công tác phòng cháy rừng",
]
FOOT = [
    "Trân trọng thông báo để các cơ quan, đơn vị biết, thực hiện./.",
    "Nơi nhận:",
    "- Các cơ quan, đơn vị;",
    "- Lưu: VT.",
    "TL. CHỦ TỊCH",
    "CHÁNH VĂN PHÒNG",
    "Phạm Văn Hùng",
]


def _tasks(body: list[str]) -> list[str]:
    lines = FRAME + body + FOOT
    report = interpret(Document(tuple(Block(t) for t in lines), origin="txt")).value
    return [t.text.rstrip(".") for t in report.tasks]


# -- Rule conclusion-verb-ends --------------------------------------------------------------


def test_a_lead_ending_with_the_leaders_verb_of_conclusion_opens_the_directions() -> None:
    body = [
        "Ngày 10/4/2024, Chủ tịch UBND huyện chủ trì cuộc họp về công tác phòng cháy rừng. Sau khi "
        "nghe báo cáo của Hạt Kiểm lâm và ý kiến của các đại biểu, Chủ tịch UBND huyện kết luận:",
        "1. Về công tác tuyên truyền",
        "Tăng cường tuyên truyền để người dân không đốt nương rẫy trong những ngày nắng nóng.",
        "2. Về công tác trực phòng cháy",
        "Tổ chức trực 24/24 giờ tại các điểm có nguy cơ cháy cao trong mùa khô.",
    ]
    assert _tasks(body) == [
        "Tăng cường tuyên truyền để người dân không đốt nương rẫy trong những ngày nắng nóng",
        "Tổ chức trực 24/24 giờ tại các điểm có nguy cơ cháy cao trong mùa khô",
    ]


def test_a_report_of_what_was_concluded_before_opens_nothing() -> None:
    # "đã kết luận:" reports an earlier conclusion; the points after it are no directions
    body = [
        "Ngày 10/4/2024, Chủ tịch UBND huyện chủ trì cuộc họp về công tác phòng cháy rừng. Tại cuộc "
        "họp tháng trước, Chủ tịch UBND huyện đã kết luận:",
        "1. Về công tác tuyên truyền",
        "Các xã đã tuyên truyền đến từng thôn, bản trong tháng 3/2024.",
        "2. Về công tác trực phòng cháy",
        "Hạt Kiểm lâm đã bố trí lực lượng trực tại các điểm có nguy cơ cháy cao.",
    ]
    assert _tasks(body) == []


# -- Rule consequence-request -----------------------------------------------------------------


def test_a_consequence_drawn_as_a_request_is_a_direction_of_its_own() -> None:
    from dvtool.extract.task_points import grouped, opens_task

    assert opens_task("Vì vậy, giao UBND xã Phú Hòa khẩn trương quy hoạch khu tái định cư.")
    assert opens_task("Do đó, yêu cầu Ban quản lý dự án có giải pháp xử lý ô nhiễm.")
    assert not opens_task("Vì vậy, gia đình bà chưa đồng ý nhận đất.")  # a consequence stated
    sentences = [
        "Ghi nhận kiến nghị của bà Lê Thị Hoa về việc bố trí đất tái định cư.",
        "Vì vậy, giao UBND xã Phú Hòa khẩn trương quy hoạch khu tái định cư.",
    ]
    assert grouped(sentences) == sentences


# -- Rule letter-titles ----------------------------------------------------------------------


def test_a_short_lettered_line_over_its_paragraph_is_its_topic_not_a_task() -> None:
    body = [
        "Ngày 10/4/2024, Chủ tịch UBND huyện chủ trì cuộc họp về công tác phòng cháy rừng. Sau khi "
        "nghe báo cáo của Hạt Kiểm lâm, Chủ tịch UBND huyện kết luận như sau:",
        "1. Về công tác phòng cháy",
        "a) Xây dựng phương án chữa cháy",
        "Xây dựng phương án chữa cháy rừng cho từng xã, hoàn thành trước ngày 30/4/2024.",
        "b) Bố trí lực lượng trực cháy",
        "Bố trí lực lượng trực 24/24 giờ tại các điểm có nguy cơ cháy cao.",
        "c) Các xã kiểm tra dụng cụ chữa cháy của các tổ đội trước mùa khô.",
    ]
    from dvtool.interpret.official_directions import find

    found = find(Document(tuple(Block(t) for t in body), origin="txt"))
    assert found is not None
    assert [text.rstrip(".") for text, _ in found.tasks] == [
        "Xây dựng phương án chữa cháy rừng cho từng xã, hoàn thành trước ngày 30/4/2024",
        "Bố trí lực lượng trực 24/24 giờ tại các điểm có nguy cơ cháy cao",
        "Các xã kiểm tra dụng cụ chữa cháy của các tổ đội trước mùa khô",
    ]
