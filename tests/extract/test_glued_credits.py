"""Rule glued-credits (ext15): a crawled page glues a photo's credit to the sentence after it
("(Ảnh: TTXVN)Phó Thủ tướng …", "Ảnh: VGP/Lê SơnSáng 27/5, …", "Ảnh minh họaTheo báo cáo …",
"Ảnh: Thanh Lê Báo cáo sơ kết …"); the credit is cut off again and is never part of a person's
title, a result, a task or a remark. The sentences are made up for the test; their shapes follow
dev 474 (a chair's title), 205 and 501 (a credit glued to a capital), 475 and 481 (an
illustration's credit), 336 and 372 (a credit with a space), 334 (numbered photos) and 131 (a
quote under a photo)."""

from __future__ import annotations

import pytest

from dvtool.extract import extract_text
from dvtool.extract.captions import is_credit
from dvtool.extract.credits import credit_cuts, credited_caption
from dvtool.model import Report

TITLE = "Hội nghị tổng kết công tác dân vận năm 2023"
LEAD = "Ngày 20/12/2023, Ban Dân vận Huyện ủy tổ chức hội nghị tổng kết công tác dân vận năm 2023."


def _read(*paragraphs: str) -> Report:
    return extract_text("\n\n".join((TITLE, LEAD, *paragraphs)) + "\n", "x.txt").value


def _pieces(text: str) -> list[str]:
    cuts = credit_cuts(text)
    return [text[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("(Ảnh: Minh Hà/TTXVN)Phó Chủ tịch A chủ trì.", ["(Ảnh: Minh Hà/TTXVN)", "Phó Chủ tịch A chủ trì."]),
        ("tháng 5. Ảnh: VGP/Lê HàSáng 27/5, hội nghị", ["tháng 5. Ảnh: VGP/Lê Hà", "Sáng 27/5, hội nghị"]),
        ("chủ trì.Ảnh minh họaTheo báo cáo", ["chủ trì.", "Ảnh minh họa", "Theo báo cáo"]),
        (
            "tới.Ảnh minh họa. (Nguồn: Internet)Lãnh đạo Sở",
            ["tới.", "Ảnh minh họa. (Nguồn: Internet)", "Lãnh đạo Sở"],
        ),
        (
            "năm 2023. Ảnh: Thu Hà Báo cáo sơ kết cho biết",
            ["năm 2023. Ảnh: Thu Hà", "Báo cáo sơ kết cho biết"],
        ),
        (
            "Công đoàn TP Ảnh: Hồng Hà Trong dịp Tết, các cấp",
            ["Công đoàn TP Ảnh: Hồng Hà", "Trong dịp Tết, các cấp"],
        ),
        (
            "hội nghị. Ảnh: Thu Hà Phó Chủ tịch UBND tỉnh phát biểu",
            ["hội nghị. Ảnh: Thu Hà", "Phó Chủ tịch UBND tỉnh phát biểu"],
        ),
        (
            "Toàn cảnh. Nguồn:TinTuc.vnNăm 2023, thành phố",
            ["Toàn cảnh. Nguồn:TinTuc.vn", "Năm 2023, thành phố"],
        ),
    ],
)
def test_a_glued_credit_is_cut_off_the_sentence_after_it(text: str, pieces: list[str]) -> None:
    assert _pieces(text) == pieces


@pytest.mark.parametrize(
    "text",
    [
        "Các hình ảnh: Các đơn vị đã gửi về 20 bộ ảnh.",  # a word of the text, lower case
        "Ảnh hưởng của bão số 3 rất lớn.",  # no credit
        "(Nguồn: Sở Tài chính) Năm 2023, thu ngân sách đạt 1.200 tỷ đồng.",  # a report's source
        "Đồng chí A phát biểu tại hội nghị (Ảnh: Kim Hà)",  # the credit ends the paragraph
    ],
)
def test_text_without_a_glued_credit_is_not_cut(text: str) -> None:
    assert credit_cuts(text) == []


@pytest.mark.parametrize(
    "line", ["Ảnh minh họa", "Ảnh minh họa. (Nguồn: Internet)", "Ảnh Duy Hà", "Ảnh VGP/Thu Hà"]
)
def test_an_illustration_credit_or_a_credit_without_colon_is_a_credit(line: str) -> None:
    assert is_credit(line)


def test_a_quote_under_a_photo_with_its_credit_is_a_caption() -> None:
    quote = 'Bí thư: "Đoàn kết là sợi chỉ đỏ xuyên suốt trong toàn bộ hoạt động của chúng ta" (Ảnh: Kim Hà)'
    assert credited_caption(quote)
    assert not credited_caption(
        "Năm 2023, toàn huyện đã xây dựng 125 mô hình. Các cấp ủy đã tổ chức 45 cuộc đối thoại."
    )


def test_a_chairs_title_has_no_credit_glued_to_it() -> None:
    report = _read(
        "(Ảnh: Minh Hà/TTXVN)Phó Bí thư Huyện ủy Nguyễn Văn An chủ trì hội nghị. "
        "Năm 2023, toàn huyện đã xây dựng 125 mô hình dân vận khéo."
    )
    assert [(c.name, c.titles) for c in report.chairs] == [("Nguyễn Văn An", ("Phó Bí thư Huyện ủy",))]


def test_a_credit_cut_off_between_lead_paragraphs_does_not_end_the_lead() -> None:
    """Dev 474's shape: the credit, cut off as a paragraph of its own, stands between the lead's
    first paragraph and the one that names the chair."""
    text = (
        "Đẩy nhanh sắp xếp doanh nghiệp\n"
        "Chiều 27/5, tại Trụ sở Chính phủ, Ban Chỉ đạo Đổi mới doanh nghiệp đã họp đánh giá kết quả "
        "năm 2012.\n"
        "(Ảnh: Hồng Hà/TTXVN)Phó Thủ tướng Nguyễn Văn An, Trưởng Ban Chỉ đạo chủ trì cuộc họp. Theo báo cáo "
        "của Ban Chỉ đạo, năm 2012, cả nước sắp xếp được 22 doanh nghiệp.\n"
    )
    report = extract_text(text, "x.txt").value
    assert [(c.name, c.titles) for c in report.chairs] == [
        ("Nguyễn Văn An", ("Phó Thủ tướng", "Trưởng Ban Chỉ đạo"))
    ]


def test_no_result_task_or_remark_holds_a_credit() -> None:
    report = _read(
        "Năm 2023, toàn huyện đã xây dựng 125 mô hình dân vận khéo.Ảnh minh họa"
        "Các cấp ủy đã tổ chức 45 cuộc đối thoại.",
        "Ảnh 1: Đồng chí Nguyễn Văn An tặng hoa chúc mừng các đại biểu",
        "Quang cảnh hội nghị. Ảnh: Thu Hà Hội nghị đã thống nhất đánh giá kết quả năm 2023.",
    )
    texts = [r.text for r in (*report.results, *report.tasks, *report.limitations)] + [
        r.text for r in report.remarks
    ]
    assert not [t for t in texts if "Ảnh" in t or "Quang cảnh" in t]
    assert "Các cấp ủy đã tổ chức 45 cuộc đối thoại." in texts
