"""Rule title-meeting-date (round 7): "THÔNG BÁO Kết luận … tại cuộc họp ngày 10/6/2026" whose body
does not open with the date: the meeting's date is the one the trích yếu gives it, not the issue
date. Lines written for the test: they show the rule works, not that it generalizes."""

from __future__ import annotations

from dvtool.document import Block, Document
from dvtool.interpret import interpret
from dvtool.interpret import official_lines as ol


def _notice(trich_yeu: str) -> Document:
    lines = [
        "UBND TỈNH LÀO CAI",
        "VĂN PHÒNG",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 12/TB-VP",
        "Lào Cai, ngày 15 tháng 6 năm 2026",
        "THÔNG BÁO",
        trich_yeu,
        "Đồng chí Trần Văn An, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp về công tác phòng chống thiên tai.",
    ]
    return Document(tuple(Block(t) for t in lines))


def test_the_meeting_date_the_trich_yeu_gives() -> None:
    report = interpret(_notice("Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp ngày 10/6/2026")).value
    assert report.date == "2026-06-10"


def test_a_cited_document_date_is_no_meeting_date() -> None:
    assert (
        ol.meeting_date_in_title("Kết luận cuộc họp triển khai Nghị quyết số 12/NQ-HĐND ngày 5/3/2026")
        is None
    )
