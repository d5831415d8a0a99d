"""The official frame: header lines, number, place and date, signature, Nơi nhận, tables of
indicators. The cross-format goldens (tests/golden/cross/official_*, notice_of_conclusions,
indicators_table) hold the whole documents; these tests hold the line rules."""

from __future__ import annotations

from dvtool.document import Block, Cell, Document
from dvtool.interpret import interpret
from dvtool.interpret import official_lines as ol
from dvtool.interpret.indicators import read_indicators
from dvtool.model import Signer


def test_a_place_and_date_line_gives_place_and_iso_date() -> None:
    found = ol.find_place_date("Thanh Chương, ngày 22 tháng 12 năm 2023")
    assert found is not None
    assert (found[1].place, found[1].date, found[1].blank) == ("Thanh Chương", "2023-12-22", False)


def test_a_day_left_blank_for_signing_is_no_date() -> None:
    found = ol.find_place_date("Lào Cai, ngày        tháng 12 năm 2025")
    assert found is not None
    assert (found[1].place, found[1].date, found[1].blank) == ("Lào Cai", None, True)


def test_a_date_typed_as_a_blank_form_is_no_date() -> None:
    # the blank form offices type (vn-documents.md, Biên bản: "ngày … tháng … năm …"), which
    # dvtool writes for a document not dated yet (trial 15 item 7)
    for line in ("Nghệ An, ngày … tháng … năm 20…", "Vinh, ngày ..... tháng ..... năm 20....."):
        found = ol.find_place_date(line)
        assert found is not None
        assert (found[1].place, found[1].date, found[1].blank) == (line.split(",")[0], None, True)


def test_a_sentence_opening_with_a_date_is_no_header_line() -> None:
    assert ol.find_place_date("Ngày 07 tháng 10 năm 2024, tại trụ sở Chính phủ") is None


def test_state_and_party_numbers_lose_their_label_and_spaces() -> None:
    assert ol.number("Số: 25/BC-BCĐ") == "25/BC-BCĐ"
    assert ol.number("Số 112-BC/BDVTU") == "112-BC/BDVTU"
    assert ol.number("Số: 904   /BC-SNNMT") == "904/BC-SNNMT"
    assert ol.number("Số liệu tổng hợp") is None


def test_a_header_row_typed_on_one_line_splits_at_the_quoc_hieu_and_the_date() -> None:
    assert ol.split_header_line("UBND TỈNH LÀO CAI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") == (
        "UBND TỈNH LÀO CAI",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    )
    assert ol.split_header_line("Số: 904 /BC-SNNMT Lào Cai, ngày 28 tháng 8 năm 2026") == (
        "Số: 904 /BC-SNNMT",
        "Lào Cai, ngày 28 tháng 8 năm 2026",
    )


def test_a_tieu_ngu_typed_with_a_wrong_tone_mark_is_still_the_tieu_ngu() -> None:
    """Written for the test: "Độc lâp- Tự do- Hạnh phúc" (a tone mark and the spaces lost)."""
    assert ol.split_header_line("HUYỆN HÒA AN          Độc lâp- Tự do- Hạnh phúc") == (
        "HUYỆN HÒA AN",
        "Độc lâp- Tự do- Hạnh phúc",
    )
    assert ol.is_national("Độc lâp- Tự do- Hạnh phúc") and not ol.is_national("Tự do đi lại")


def test_a_lead_sentence_naming_the_party_is_no_header_row() -> None:
    """Written for the test: a news lead ending with the party's name is one sentence."""
    lead = (
        "Ngày 31.1, Tỉnh ủy tổ chức Hội nghị gặp mặt, biểu dương cấp ủy, tổ chức đảng và đảng viên có "
        "thành tích xuất sắc nhân kỷ niệm 90 năm Ngày thành lập Đảng Cộng sản Việt Nam (3.2.1930 – 3.2.2020)"
    )
    assert ol.split_header_line(lead) == (lead, "")
    report = interpret(
        Document(tuple(Block(t) for t in ["Tỉnh ủy biểu dương đảng viên xuất sắc", lead]))
    ).value
    assert report.document is None and report.publisher is None
    assert report.date == "2020-01-31"


def test_a_signature_block_gives_authority_position_and_name() -> None:
    lines = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(đã ký)", "Phạm Năng Chung"]
    assert ol.signer(lines) == Signer(
        name="Phạm Năng Chung", position="PHÓ GIÁM ĐỐC", authority="KT. GIÁM ĐỐC"
    )
    caps = ol.signer(["TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", "NGUYỄN VĂN HÙNG"])
    assert caps == Signer(name="Nguyễn Văn Hùng", position="TRƯỞNG BAN", authority="TM. BAN CHỈ ĐẠO")


def test_a_position_alone_is_no_name() -> None:
    assert ol.signer(["PHÓ GIÁM ĐỐC"]) == Signer(name=None, position="PHÓ GIÁM ĐỐC", authority=None)


def test_a_footer_row_typed_on_one_line_splits_recipients_from_signature() -> None:
    assert ol.split_signature_line("Nơi nhận: KT. GIÁM ĐỐC") == ("Nơi nhận:", "KT. GIÁM ĐỐC")
    assert ol.split_signature_line("- Sở Xây dựng (p/h); PHÓ GIÁM ĐỐC") == (
        "- Sở Xây dựng (p/h);",
        "PHÓ GIÁM ĐỐC",
    )
    assert ol.split_signature_line("- Lưu: VT. Phan Thị Thu") == ("- Lưu: VT.", "Phan Thị Thu")
    assert ol.split_signature_line("- Như trên;") == ("- Như trên;", "")


def _table(*rows: tuple[str, ...]) -> Block:
    return Block("", "table", rows=tuple(tuple(Cell((c,)) for c in row) for row in rows))


def test_a_table_of_indicators_gives_one_result_per_row_and_no_stt_figure() -> None:
    items = read_indicators(
        _table(
            ("STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)"),
            ("1", "Số xã đạt chuẩn nông thôn mới", "xã", "25", "24", "96"),
            ("2", "Ngày công làm đường", "ngày công", "12.000", "12.400", "103,3"),
        )
    )
    assert items is not None
    assert [i.text for i in items] == [
        "Số xã đạt chuẩn nông thôn mới: Kế hoạch 25 xã, Thực hiện 24 xã, Tỷ lệ (%) 96",
        "Ngày công làm đường: Kế hoạch 12.000 ngày công, Thực hiện 12.400 ngày công, Tỷ lệ (%) 103,3",
    ]
    first = items[0].figures  # the plan column is shown in the text, but a target is no figure
    assert [(f.value, f.unit) for f in first] == [
        (24, "Số xã đạt chuẩn nông thôn mới (xã)"),
        (96, "%"),
    ]


def test_a_table_without_numbers_is_no_table_of_indicators() -> None:
    assert read_indicators(_table(("Chỉ tiêu", "Kết quả"), ("Số hội viên mới", "1.250 người"))) is None


def test_an_official_frame_never_becomes_items() -> None:
    lines = [
        "UBND HUYỆN NGHI LỘC",
        "BAN CHỈ ĐẠO",
        "Số: 12/BC-BCĐ",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Nghi Lộc, ngày 05 tháng 01 năm 2024",
        "BÁO CÁO",
        "Kết quả công tác năm 2023",
        "I. KẾT QUẢ ĐẠT ĐƯỢC",
        "- Tổ chức 12 hội nghị.",
        "Nơi nhận:",
        "- Như trên;",
        "- Lưu: VT.",
        "TM. BAN CHỈ ĐẠO",
        "TRƯỞNG BAN",
        "Nguyễn Văn Hùng",
    ]
    report = interpret(Document(tuple(Block(t) for t in lines))).value
    assert [i.text for i in report.results] == ["Tổ chức 12 hội nghị."]
    assert not report.tasks and not report.limitations
    assert report.title == "BÁO CÁO Kết quả công tác năm 2023"
    assert (report.author, report.publisher, report.date) == (
        "Nguyễn Văn Hùng",
        "Ban Chỉ đạo UBND huyện Nghi Lộc",
        "2024-01-05",
    )
    assert report.document is not None
    assert report.document.recipients == ("Như trên", "Lưu: VT.")
    assert report.document.number == "12/BC-BCĐ"


def test_a_digital_signature_stamp_names_no_signer() -> None:
    """Written for the test: the stamp the signing software prints in the signature block
    names the body that signed; its lines are neither the signer's name nor a position."""
    stamp = ["Người ký: Sở", "Tài chính", "Email:", "stc@daknong.gov.vn", "Cơ quan: Tỉnh", "Đắk Nông"]
    found = ol.signer(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", *stamp, "Thời gian ký:", "17.07.2019"])
    assert found == Signer(name=None, position="PHÓ GIÁM ĐỐC", authority="KT. GIÁM ĐỐC")
    found = ol.signer(["KT.GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", *stamp])
    assert found is not None and found.name is None
    # a name typed above the stamp is still the signer
    found = ol.signer(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lê Văn Hòa", *stamp])
    assert found is not None and found.name == "Lê Văn Hòa"


def test_the_name_printed_under_a_digital_signature_stamp_is_the_signer() -> None:
    """Written for the test (it shows the rule works, not that it generalizes): the signer's
    name right under the stamp's signing time is the signer; the stamp's wrapped values are not."""
    stamp = [
        "Người ký: Ủy ban nhân dân huyện Hòa An",
        "Email: hoaan@example.gov.vn",
        "Cơ quan: Tỉnh Cao Bằng",
    ]
    timed = "Thời gian ký: 18.06.2019 16:33:44 +07:00"
    found = ol.signer(["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", *stamp, timed, "Trần Thị Mai"])
    assert found == Signer(name="Trần Thị Mai", position="CHÁNH VĂN PHÒNG", authority="TL. CHỦ TỊCH")
    assert ol.signer(["CHỦ TỊCH", *stamp, timed, "Tỉnh Cao Bằng"]).name is None  # type: ignore[union-attr]
    assert ol.signer(["CHỦ TỊCH", *stamp, "Trần Thị Mai"]).name is None  # type: ignore[union-attr]
    # the stamp run into a recipient line once the column spaces are lost belongs to the signature
    assert ol.split_signature_line("- UBND các xã, thị trấn; Người ký: Ủy ban nhân dân huyện") == (
        "- UBND các xã, thị trấn;",
        "Người ký: Ủy ban nhân dân huyện",
    )


def test_a_contrast_stating_shortcomings_under_remarks_and_requests_gives_limitations() -> None:
    # written for this test: the findings of an appraisal stay limitations in its "kiến nghị" part
    lines = [
        "SỞ CÔNG THƯƠNG",
        "Số: 15/BB-SCT",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Lào Cai, ngày 05 tháng 8 năm 2026",
        "BIÊN BẢN",
        "Thẩm định hồ sơ cấp Giấy phép vận chuyển hàng hóa nguy hiểm",
        "1. Kết quả thẩm định",
        "- Hồ sơ có đủ 05 đầu mục theo quy định.",
        "2. Nhận xét, kiến nghị:",
        "Tuy nhiên, hồ sơ chưa làm rõ thiết bị chứa trên từng phương tiện; một số thông tin trong "
        "Phương án chưa chính xác, chưa thống nhất. Phòng kiến nghị Lãnh đạo Sở hướng dẫn Công ty.",
    ]
    report = interpret(Document(tuple(Block(t) for t in lines))).value
    assert [i.text for i in report.limitations] == [
        "Tuy nhiên, hồ sơ chưa làm rõ thiết bị chứa trên từng phương tiện",
        "một số thông tin trong Phương án chưa chính xác, chưa thống nhất.",
    ]


def test_an_identifier_or_a_zero_in_a_table_of_indicators_is_no_figure() -> None:
    items = read_indicators(
        _table(
            ("STT", "Họ và tên", "Số định danh cá nhân", "Số vụ vi phạm"),
            ("1", "Đỗ Xuân Tường", "001070006286", "0"),
            ("2", "Nguyễn Sỹ Sự", "027082014311", "2"),
        )
    )
    assert items is not None
    assert [[f.value for f in i.figures] for i in items] == [[], [2]]
