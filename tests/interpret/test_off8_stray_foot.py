"""Rule stray-foot (round 8b): a Nơi nhận list the frame did not take off (above an attached
document, or in a copy whose header the frame missed) gives no tasks. The sentences are written
for the tests: each test shows that the rule works on them, not that it generalizes."""

from __future__ import annotations

from dvtool.document import Block, Document
from dvtool.interpret import interpret

NOTICE = [
    "ỦY BAN NHÂN DÂN",
    "HUYỆN AN PHÚ",
    "Số: 12/TB-UBND",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "An Phú, ngày 03 tháng 4 năm 2024",
    "THÔNG BÁO",
    "Kết luận của Chủ tịch UBND huyện tại buổi tiếp công dân",
    "Sau khi nghe ý kiến của các cơ quan, Chủ tịch UBND huyện kết luận như sau:",
    "Giao UBND xã Phú Hòa khẩn trương tổ chức hòa giải tranh chấp đất đai theo quy định.",
    "Trên đây là kết luận của Chủ tịch UBND huyện, thông báo đến các cơ quan được biết./.",
]
FOOT = [
    "Nơi nhận:",
    "- CT, các PCT UBND huyện;",
    "- Các cơ quan, đơn vị;",
    "- Bà Lê Thị Hoa;",
    "- Lưu: VT.",
    "TL. CHỦ TỊCH",
    "CHÁNH VĂN PHÒNG",
    "Phạm Văn Hùng",
]
MINUTES = [
    "ỦY BAN NHÂN DÂN",
    "HUYỆN AN PHÚ",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "BIÊN BẢN",
    "V/v làm việc với công dân",
    "I. Thời gian, địa điểm:",
    "Vào lúc 08h00, ngày 02/4/2024, tại Trụ sở UBND huyện.",
    "II. Thành phần tham gia:",
    "Chủ trì: Đ/c Nguyễn Văn An - Chủ tịch UBND huyện;",
    "- Đ/c Trần Thị Mai - Chánh Văn phòng;",
    "III. Nội dung:",
    "- Ý kiến của ông Lê Văn Bình: đề nghị giải quyết sớm.",
    "* Ý kiến kết luận:",
    "Đề nghị UBND xã Phú Hòa khẩn trương tổ chức hòa giải tranh chấp đất đai theo quy định.",
    "Buổi làm việc kết thúc vào lúc 10h00 cùng ngày./.",
    "Chủ trì",
    "CHỦ TỊCH",
    "Nguyễn Văn An",
]


def _tasks(lines: list[str]) -> list[str]:
    report = interpret(Document(tuple(Block(t) for t in lines), origin="txt")).value
    return [t.text for t in report.tasks]


def test_the_foot_above_an_attached_document_is_found_with_its_closing_formula() -> None:
    from dvtool.interpret.official_foot import stray_feet

    blocks = tuple(Block(t) for t in NOTICE + FOOT + MINUTES)
    found = {blocks[i].text for i in stray_feet(blocks)}
    # the label, the recipients and the summing-up above them; not the signature, the
    # direction or the attached minutes
    assert found == {NOTICE[-1], *FOOT[:5]}


def test_tasks_read_from_a_stray_foot_are_taken_out_and_the_others_kept() -> None:
    from dvtool.interpret.official_foot import without_stray_tasks
    from dvtool.messages import Result
    from dvtool.model import Item, Report

    blocks = tuple(Block(t) for t in NOTICE + FOOT + MINUTES)
    stray = (Item("CT, các PCT UBND huyện"), Item("Bà Lê Thị Hoa"))
    read = Report("Thông báo", tasks=(Item(NOTICE[-2]), *stray))
    kept = without_stray_tasks(Result(read, (), {}), blocks).value
    assert [t.text for t in kept.tasks] == [NOTICE[-2]]


def test_recipients_of_a_copy_without_a_frame_are_no_tasks() -> None:
    # the page text above the header hides the frame; the foot is still no task
    body = [
        "Trong tuần, Đảng uỷ đã ban hành 05 văn bản chỉ đạo các chi bộ trực thuộc.",
        "II. MỘT SỐ NHIỆM VỤ TRỌNG TÂM TUẦN TỚI",
        "1. Tăng cường tuần tra, kiểm soát, bảo đảm an ninh trật tự trên địa bàn xã.",
        "2. Tiếp tục rà soát hồ sơ đối tượng bảo trợ xã hội đến hạn./.",
    ]
    tasks = _tasks(body + FOOT)
    assert all("PCT UBND huyện" not in t and "Lê Thị Hoa" not in t and "Lưu" not in t for t in tasks), tasks


def test_limitations_and_results_read_from_a_stray_foot_are_taken_out_too() -> None:
    # trial 13: a copy whose frame was missed ends its "Khó khăn" list with the summing-up and
    # the Nơi nhận list; neither is a limitation (made-up text)
    from dvtool.interpret.official_foot import without_stray_tasks
    from dvtool.messages import Result
    from dvtool.model import Item, Report

    blocks = tuple(Block(t) for t in NOTICE + FOOT)
    difficulty = Item(
        "Trụ sở làm việc của các cơ quan cách xa nhau, gây khó khăn trong việc trao đổi thông tin."
    )
    read = Report(
        "Báo cáo",
        results=(Item(NOTICE[-2]), Item("Lưu: VT.")),
        limitations=(
            difficulty,
            Item(NOTICE[-1]),
            Item("CT, các PCT UBND huyện;"),
            Item("Các cơ quan, đơn vị;"),
        ),
    )
    kept = without_stray_tasks(Result(read, (), {}), blocks).value
    assert [t.text for t in kept.limitations] == [difficulty.text]
    assert [t.text for t in kept.results] == [NOTICE[-2]]
