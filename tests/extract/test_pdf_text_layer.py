"""Text taken from a PDF's text layer (trial 13): hard-wrapped lines among many short ones (a
header, the last line of each item, a signature), a date range broken before its dash, separator
lines. The texts are made up for the test: they show that the rules work on them, not that they
generalize."""

from __future__ import annotations

from dvtool.extract.blocks import text_paragraphs, text_to_blocks

# Three bullets wrapped at about 64 characters; each line break stops in the middle of a sentence,
# some before a capitalised word ("Uỷ ban" / "Mặt trận"), as a PDF's text layer gives them.
BULLETS = [
    "- Chỉ đạo công tác tuyên truyền trước, trong và sau Đại hội đại biểu",
    "Mặt trận Tổ quốc xã lần thứ nhất, nhiệm kỳ 2025 – 2030, tiến tới Đại",
    "Hội đại biểu Mặt trận tỉnh; đẩy mạnh tuyên truyền các hoạt động kỷ niệm",
    "Ngày Phụ nữ Việt Nam 20/10.",
    "- Tiếp tục theo dõi, cập nhật tình hình sản xuất vụ mùa; triển khai các",
    "nhiệm vụ cơ cấu lại ngành trồng trọt, chăn nuôi gắn với chính sách hỗ",
    "trợ; kiểm soát tốt công tác phòng, chống dịch bệnh trên cây trồng, vật",
    "nuôi, đặc biệt là dịch tả lợn Châu Phi.",
    "- Chuẩn bị tốt cho công tác khám tuyển nghĩa vụ quân sự năm 2025 từ ngày 15",
    "– 17/10/2025 trên địa bàn xã.",
]
BODY = [
    "Thực hiện Công văn số 26-CV/TU ngày 05/7/2025 của Tỉnh uỷ về báo cáo",
    "tình hình vận hành hệ thống chính trị cấp xã và chuẩn bị nội dung Hội",
    "nghị giao ban hằng tuần, tháng. Đảng uỷ xã Bình Lợi báo cáo kết quả",
    "thực hiện công tác tuần với các nội dung sau:",
]
HEADER = [
    "ĐẢNG BỘ TỈNH AN PHÚ",
    "ĐẢNG UỶ XÃ BÌNH LỢI",
    "*",
    "Số -BC/ĐU",
    "Bình Lợi, ngày tháng 10 năm 2025",
    "BÁO CÁO",
    "Tình hình thực hiện công tác tuần",
    "-----",
]
FOOT = [
    "Nơi nhận:",
    "- Thường trực Tỉnh uỷ,",
    "- Lưu VPĐU.",
    "T/L BAN THƯỜNG VỤ",
    "CHÁNH VĂN PHÒNG",
    "Nguyễn Văn An",
]


def _paragraphs(lines: list[str]) -> list[str]:
    return [b.text for b in text_paragraphs("\n".join(lines) + "\n")]


def test_a_wrapped_bullet_goes_on_in_capitalised_lines_though_short_lines_outnumber_full_ones() -> None:
    lines = HEADER + BODY + BULLETS + FOOT
    full = [line for line in lines if len(line) >= 60]
    assert 2 * len(full) < len(lines)  # the case under test: most lines are short
    paragraphs = _paragraphs(lines)
    assert " ".join(BULLETS[:4]) in paragraphs
    assert " ".join(BULLETS[4:8]) in paragraphs


def test_a_line_going_on_in_a_dash_and_a_number_ends_a_date_range() -> None:
    paragraphs = _paragraphs(HEADER + BODY + BULLETS + FOOT)
    assert " ".join(BULLETS[8:10]) in paragraphs
    assert BULLETS[9] not in paragraphs


def test_header_separators_and_foot_lines_stay_apart_in_a_wrapped_text() -> None:
    paragraphs = _paragraphs(HEADER + BODY + BULLETS + FOOT)
    for line in HEADER + FOOT:
        assert line in paragraphs


def test_a_code_fence_line_is_no_text_to_join() -> None:
    lines = ["```text", *BULLETS[4:8], *BULLETS, "```"]
    paragraphs = _paragraphs(lines)
    assert paragraphs[0] == "```text"
    assert paragraphs[1] == " ".join(BULLETS[4:8])


def test_a_dateline_over_a_title_stays_apart_in_a_wrapped_text() -> None:
    lines = ["24/09/2021", "Đại biểu Hội đồng nhân dân huyện tiếp xúc cử tri xã", *BULLETS]
    paragraphs = _paragraphs(lines)
    assert paragraphs[:2] == lines[:2]


def test_a_dash_item_starting_with_a_number_after_a_short_line_is_still_an_item() -> None:
    lines = ["Lịch công tác tuần 42", "- 15/10: họp Ban Thường vụ.", "- 17/10: giao ban khối."]
    assert _paragraphs(lines) == lines


def test_a_numbered_heading_wrapped_before_a_line_ending_in_a_colon_stays_a_heading_line() -> None:
    heading = "4.3. Kết quả tiếp nhận và giải quyết hồ sơ hành chính cho người dân tại"
    tail = "Trung tâm phục vụ hành chính công của xã từ ngày 06/10/2025 – 10/10/2025:"
    lines = [*BODY, heading, tail, "- Tổng số hồ sơ tiếp nhận: 82 hồ sơ.", *BULLETS]
    blocks = text_to_blocks("\n".join(lines) + "\n")
    texts = [b.text for b in blocks]
    assert blocks[texts.index(heading)].kind == "heading"
    assert tail in texts


def test_a_numbered_point_wrapped_at_the_width_still_goes_on_in_its_next_line() -> None:
    point = "3. Tập trung chuẩn bị tốt công tác tuyển chọn và gọi công dân nhập ngũ năm"
    rest = "2026 đảm bảo chất lượng, đạt chỉ tiêu Tỉnh giao."
    assert " ".join([point, rest]) in _paragraphs([*BODY, point, rest, *BULLETS])


def test_the_short_last_line_of_a_paragraph_without_its_full_stop_goes_on_as_before() -> None:
    lines = [
        *BODY,
        "Với tinh thần đoàn kết, dân chủ, kỷ cương, đổi mới và trách nhiệm, tin tưởng",
        "rằng Ban Chấp hành sẽ phát huy tốt vai trò lãnh đạo, tổ chức thực hiện thắng",
        "với niềm tin của cấp trên và Nhân dân",
        "Ban Chấp hành kêu gọi các cấp uỷ, chính quyền tăng cường đoàn kết.",
        *BULLETS,
    ]
    assert " ".join(lines[4:8]) in _paragraphs(lines)
