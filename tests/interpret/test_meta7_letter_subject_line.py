"""Rule letter-subject-line (round 7): the "V/v …" line a letter (công văn) has in the header's
left column is its title. Lines written for the test: it shows the rule works, not that it
generalizes."""

from __future__ import annotations

from dvtool.document import Block, Cell, Document
from dvtool.interpret import interpret


def _letter(subject: str) -> Document:
    left = ["UBND TỈNH LÀO CAI", "SỞ CÔNG THƯƠNG", "Số: 12/SCT-CN", subject]
    right = [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Lào Cai, ngày 05 tháng 6 năm 2026",
    ]
    table = Block("", "table", rows=((Cell(tuple(left)), Cell(tuple(right))),))
    body = [
        "Kính gửi:",
        "- Các Sở, ban, ngành tỉnh;",
        "trên địa bàn tỉnh.",
        "Sở Công Thương đề nghị các đơn vị triển khai thực hiện các nội dung sau đây trong năm 2026.",
    ]
    return Document((table, *(Block(t) for t in body)))


def test_the_subject_line_of_a_letter_is_its_title() -> None:
    report = interpret(_letter("V/v triển khai thực hiện Luật Hóa chất")).value
    assert report.title == "V/v triển khai thực hiện Luật Hóa chất"


def test_a_left_column_without_a_subject_line_gives_no_title_of_its_own() -> None:
    report = interpret(_letter("")).value
    assert report.title != ""
    assert not (report.title or "").startswith("V/v")


def test_the_subject_line_is_not_part_of_the_issuer_or_the_publisher() -> None:
    """The "V/v …" line under the number names what the letter is about, not who issues it (the
    new-user trial of round 15 found it in the publisher of dev 440's shape: "SỞ CÔNG THƯƠNG V/v
    báo cáo kết quả rà soát …")."""
    report = interpret(_letter("V/v triển khai thực hiện Luật Hóa chất")).value
    assert report.document is not None
    assert report.document.issuer == "SỞ CÔNG THƯƠNG"
    assert report.document.parent_issuer == "UBND TỈNH LÀO CAI"
    assert report.publisher == "Sở Công Thương"
