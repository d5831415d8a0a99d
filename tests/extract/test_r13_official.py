"""Round 13: rules found on corpus wave 13 (official documents of a Sở Công Thương and a commune
Party committee, news items of eleven portals). Every sentence here is written for these tests:
they show the rules work, not that they generalize."""

from __future__ import annotations

from dvtool.extract import extract_text
from dvtool.extract.requests import is_upward, sort_sentences
from dvtool.formats import ReadOptions
from dvtool.interpret import interpret
from dvtool.readers import text as text_reader


def test_attendance_at_a_named_session_of_a_congress() -> None:
    article = (
        "Đại hội Phụ nữ huyện tiến hành phiên trù bị\n"
        "Chiều ngày 5/7/2021, Đại hội đại biểu Phụ nữ huyện lần thứ XXIII tiến hành phiên trù bị. "
        "Dự phiên trù bị có đồng chí Nguyễn Thị Hoa – Trưởng Ban Tổ chức Hội LHPN tỉnh; "
        "đồng chí Trần Văn Bình - Phó Bí thư Huyện ủy.\n"
    )
    names = [a.name for a in extract_text(article, "x.txt").value.attendees]
    assert names == ["Nguyễn Thị Hoa", "Trần Văn Bình"]


def test_asking_the_own_leaders_to_submit_a_licence_is_upward() -> None:
    assert is_upward("Đề nghị Lãnh đạo Phòng báo cáo, trình Lãnh đạo Sở xem xét, cấp Giấy phép cho Công ty.")
    assert not is_upward("Đề nghị các phòng chuyên môn rà soát hồ sơ của Công ty.")


def test_a_continuation_after_a_request_asks_on() -> None:
    found = sort_sentences(
        "Phương án có đủ các nội dung tối thiểu theo quy định. Đề nghị đơn vị tuân thủ nghiêm ngặt "
        "quy trình an toàn trong quá trình vận chuyển. Đồng thời chấp hành nghiêm ngặt các quy định "
        "về bốc xếp hàng hóa qua hầm, phà."
    )
    assert found.tasks == [
        "Đơn vị tuân thủ nghiêm ngặt quy trình an toàn trong quá trình vận chuyển; "
        "chấp hành nghiêm ngặt các quy định về bốc xếp hàng hóa qua hầm, phà"
    ]
    assert found.results == ["Phương án có đủ các nội dung tối thiểu theo quy định."]


def test_a_continuation_with_no_request_before_it_stays_a_result() -> None:
    found = sort_sentences("Phương án có đủ các nội dung. Đồng thời chấp hành các quy định về bốc xếp.")
    assert found.tasks == []


def _blocks(text: str) -> list[str]:
    return [b.text for b in text_reader.document(text.encode(), ReadOptions(source="x.txt")).blocks]


def test_front_matter_of_a_text_file_is_no_text() -> None:
    body = "BÁO CÁO tình hình quý III\nĐảng ủy xã đã ban hành 12 văn bản.\n"
    front = '---\nso_hieu: "6-BC/ĐU"\nnam: "2025"\ntags:\n  - to-chuc\n---\n'
    doc = text_reader.document((front + body).encode(), ReadOptions(source="x.txt"))
    assert [b.text for b in doc.blocks] == _blocks(body)
    assert doc.blocks[0].location.line == 7  # later lines keep their numbers
    assert any(m.code == "front-matter" for m in doc.messages)


def test_a_dashed_line_over_prose_is_kept() -> None:
    text = "---\nHội nghị diễn ra sáng nay tại hội trường.\n---\nĐại biểu thảo luận.\n"
    assert "Hội nghị diễn ra sáng nay tại hội trường." in _blocks(text)


REPORT = (
    "ĐẢNG BỘ TỈNH KHÁNH HÒA\nĐẢNG ỦY XÃ AN HẢI\nSố 6-BC/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
    "An Hải, ngày 20 tháng 8 năm 2025\n{kind}\ntình hình sắp xếp tổ chức bộ máy\n"
    "I. Sắp xếp, bố trí cán bộ công chức\n"
    "Số lượng biên chế khối Đảng, Mặt trận và đoàn thể: 31 cán bộ, công chức.\n"
    "II. Đánh giá chung\n1. Khó khăn:\n- Trụ sở làm việc đã xuống cấp.\n"
)


def _figures(kind: str) -> list[float]:
    doc = text_reader.document(REPORT.format(kind=kind).encode(), ReadOptions(source="x.txt"))
    report = interpret(doc).value
    return [f.value for r in report.results for f in r.figures]


def test_numbers_under_a_reports_own_topic_heading_are_figures() -> None:
    assert _figures("BÁO CÁO") == [31]


def test_numbers_under_such_a_heading_of_another_document_are_context() -> None:
    assert _figures("BIÊN BẢN") == []


def test_chaired_and_witnessed_by_names_the_chairs() -> None:
    lead = (
        "Lễ ký kết giao ước thi đua\nSáng ngày 12/3/2019, Hội Chữ thập đỏ tỉnh tổ chức lễ ký kết, "
        "dưới sự chủ trì và chứng kiến của đồng chí Lê Quang Trung, Chủ tịch Hội Chữ thập đỏ tỉnh "
        "Tây Ninh, đồng chí Thái Duy Thanh, Phó Chủ tịch Hội Chữ thập đỏ tỉnh.\n"
    )
    chairs = [c.name for c in extract_text(lead, "x.txt").value.chairs]
    assert chairs == ["Lê Quang Trung", "Thái Duy Thanh"]
