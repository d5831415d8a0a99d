"""Round 16, what a trial on official documents typed in Word found (three real texts of the
Văn phòng Chính phủ, a Sở and a Đảng ủy, typeset by a helper; the lines below are shortened from
them): the Nơi nhận typed as paragraphs keeps its lines whole, a long trích yếu typed as one
centred paragraph is the title, a number typed with a tab and a rule or with Word's en dash is
the number, and an issue date left blank for signing is no warning. They show the rules work,
not that they generalize."""

from __future__ import annotations

from dvtool.document import Block, Document, Hints
from dvtool.interpret import interpret
from dvtool.messages import Result
from dvtool.model import Report

HEAD = [
    "VĂN PHÒNG CHÍNH PHỦ",
    "Số: 467/TB-VPCP",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Hà Nội, ngày 14 tháng 10 năm 2024",
    "THÔNG BÁO",
    "Kết luận cuộc họp về Đề án phát triển thị trường các-bon tại Việt Nam",
]
BODY = ["Ngày 8 tháng 10 năm 2024, Phó Thủ tướng Trần Hồng Hà chủ trì cuộc họp về Đề án."]
FOOT = [
    "Nơi nhận:",
    "- Thủ tướng Chính phủ;",
    "- Các Bộ: CA, TC, TNMT, CT, GTVT, XD, NNPTNT, KHĐT;",
    "- VPCP: BTCN, các Vụ: NN, CN, PL, QHQT, KTTH;",
    "- Lưu: VT, NN (2).",
    "KT. BỘ TRƯỞNG, CHỦ NHIỆM",
    "PHÓ CHỦ NHIỆM",
    "Nguyễn Sỹ Hiệp",
]


def _read(lines: list[str | Block]) -> Result[Report]:
    blocks = tuple(b if isinstance(b, Block) else Block(b) for b in lines)
    return interpret(Document(blocks, origin="docx"))


def test_nơi_nhận_typed_as_paragraphs_keeps_its_lines_whole() -> None:
    document = _read([*HEAD, *BODY, *FOOT]).value.document
    assert document is not None and document.signer is not None
    assert document.recipients[1:] == (
        "Các Bộ: CA, TC, TNMT, CT, GTVT, XD, NNPTNT, KHĐT",
        "VPCP: BTCN, các Vụ: NN, CN, PL, QHQT, KTTH",
        "Lưu: VT, NN (2).",
    )
    signer = document.signer
    assert (signer.name, signer.position, signer.authority) == (
        "Nguyễn Sỹ Hiệp",
        "PHÓ CHỦ NHIỆM",
        "KT. BỘ TRƯỞNG, CHỦ NHIỆM",
    )


def test_a_footer_typed_with_tabs_splits_at_the_tab() -> None:
    foot = [
        "Nơi nhận:\tKT. BỘ TRƯỞNG, CHỦ NHIỆM",
        "- Thủ tướng Chính phủ;\tPHÓ CHỦ NHIỆM",
        "- Lưu: VT.",
        "Nguyễn Sỹ Hiệp",
    ]
    document = _read([*HEAD, *BODY, *foot]).value.document
    assert document is not None and document.signer is not None
    assert document.signer.authority == "KT. BỘ TRƯỞNG, CHỦ NHIỆM"
    assert document.recipients == ("Thủ tướng Chính phủ", "Lưu: VT.")


def test_a_long_trích_yếu_typed_as_one_centred_paragraph_is_the_title() -> None:
    subject = (
        "Tình hình thực hiện kế hoạch và dự toán kinh phí sự nghiệp môi trường năm 2025 và năm 2026; "
        "Kế hoạch và dự toán ngân sách nhà nước năm 2027 và kế hoạch tài chính - ngân sách nhà nước "
        "03 năm 2027-2029 từ nguồn kinh phí sự nghiệp bảo vệ môi trường trên địa bàn tỉnh Lào Cai"
    )
    assert len(subject) > 250
    head = [*HEAD[:5], Block("BÁO CÁO", hints=Hints(bold=True, centered=True))]
    head.append(Block(subject, hints=Hints(bold=True, centered=True)))
    assert _read([*head, *BODY, *FOOT]).value.title == f"BÁO CÁO {subject}"


def test_a_number_typed_with_a_tab_and_a_rule_or_an_en_dash_is_the_number() -> None:
    for line in ("Số: 467/TB-VPCP\t––––––––––", "Số: 467/TB–VPCP"):
        document = _read([HEAD[0], line, *HEAD[2:], *BODY, *FOOT]).value.document
        assert document is not None and document.number == "467/TB-VPCP"


def test_an_issue_date_left_blank_and_the_kind_line_title_give_no_warning() -> None:
    head = [*HEAD[:4], "Hà Nội, ngày     tháng     năm 2024", *HEAD[5:]]
    result = _read([*head, "Cuộc họp đã thống nhất các nội dung của Đề án.", *FOOT])
    warned = {m.pointer for m in result.messages if m.is_warning}
    assert "/date" not in warned and "/title" not in warned
    assert result.value.document is not None and result.value.document.date is None


def test_a_party_letter_header_typed_as_paragraphs_left_block_first_is_read() -> None:
    # Word's "convert table to text": the left column (body, number, "về việc …"), then the right
    lines = [
        "ĐẢNG BỘ TỈNH LÀO CAI",
        "ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH",
        "*",
        "Số 2449-CV/ĐU",
        "về việc triển khai thực hiện Chương trình hành động số 104-CTr/TU của Tỉnh ủy Lào Cai",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "–––––––––––––––",
        "Lào Cai, ngày 07 tháng 9 năm 2026",
        "Kính gửi: - Ủy ban nhân dân tỉnh,",
        "- Các chi bộ, đảng bộ cơ sở.",
        "Thực hiện Chương trình hành động số 104-CTr/TU, Ban Thường vụ Đảng ủy đề nghị các chi bộ quán "
        "triệt và triển khai thực hiện nghiêm túc Chương trình.",
        "Nơi nhận:",
        "- Như trên (t/h),",
        "- Lưu Văn phòng Đảng ủy.",
        "T/M BAN THƯỜNG VỤ",
        "PHÓ BÍ THƯ",
        "Nguyễn Hữu Long",
    ]
    report = _read(list(lines)).value
    document = report.document
    assert document is not None
    assert (document.system, document.place, document.date) == ("party", "Lào Cai", "2026-09-07")
    assert not [item.text for item in report.results if "chi bộ, đảng bộ cơ sở" in item.text]
