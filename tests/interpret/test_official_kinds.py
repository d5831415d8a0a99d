"""Official documents of other kinds and copies: meeting minutes (biên bản họp), resolutions
of a conference (nghị quyết), web copies of reports. The sentences are written for these tests:
they show each rule works, not that it generalizes (the dev corpus measures that)."""

from __future__ import annotations

from dvtool.formats import ReadOptions
from dvtool.model import Report
from dvtool.readers.text import read


def _read(*lines: str) -> Report:
    return read("\n".join(lines).encode(), ReadOptions("test.txt")).value


def test_a_list_entry_that_names_a_form_is_no_appendix_caption() -> None:
    report = _read(
        "Thời gian: 9 giờ ngày 11 tháng 4 năm 2016",
        "Nội dung cuộc họp:",
        "- Tạo dữ liệu dùng chung:",
        "- Biểu mẫu",
        "- Quy trình",
        "Kết luận:",
        "- Rà soát lại biểu mẫu trước ngày 20/4",
    )
    assert report.date == "2016-04-11"


MINUTES_HEAD = (
    "CÔNG TY CỔ PHẦN PHÁT TRIỂN         CỘNG HÒA – XÃ HỘI – CHỦ NGHĨA – VIỆT NAM",
    "  PHẦN MỀM ABC                           Độc lập – Tự do – Hạnh phúc",
    "-------------------",
    "",
    "Hà Nội, ngày 11 tháng 04 năm 2016",
    "",
    "BIÊN BẢN HỌP DỰ ÁN",
    "",
    "Thời gian: 09 giờ 30 phút ngày 11 tháng 04 năm 2016",
    "",
    "Địa điểm: Tầng 5, số 4 đường Tôn Thất Thuyết, Hà Nội.",
)


def test_minutes_with_a_dashed_quoc_hieu_and_a_two_line_company_name_are_framed() -> None:
    report = _read(*MINUTES_HEAD, "", "Nội dung cuộc họp:", "- Ông Khoa viết tài liệu hướng dẫn.")
    assert report.title == "BIÊN BẢN HỌP DỰ ÁN"  # the "Thời gian:" line is no trích yếu
    assert (report.publisher or "").lower() == "công ty cổ phần phát triển phần mềm abc"
    assert report.date == "2016-04-11"


def test_a_header_typed_in_tcvn3_under_a_web_page_title_is_read_in_unicode() -> None:
    report = _read(
        "Hoạt động tổ",
        "hoạt động tổ",
        "Phßng Gi¸o dôc & §µo t¹o hiÖp hoµ",
        "TR\u00adêng thcs hoµng l\u00ad¬ng",
        "Sè: … /BC-THCS",
        "céng hoµ x· héi chñ nghÜa viÖt nam",
        "§éc lËp - Tù do - H¹nh phóc",
        "Hoµng L\u00ad¬ng, ngµy 23 th¸ng 12 n¨m 2013",
        "BÁO CÁO",
        "Kết quả công tác năm 2013",
        "Nhà trường đã tổ chức 12 buổi sinh hoạt chuyên đề.",
    )
    assert report.title == "BÁO CÁO Kết quả công tác năm 2013"
    assert report.date == "2013-12-23"
    assert (report.publisher or "").lower() == "trường thcs hoàng lương"
    assert report.document is not None and report.document.number == "…/BC-THCS"


def test_tcvn3_letters_convert_and_unicode_lines_stay() -> None:
    from dvtool.legacy import from_tcvn3, tcvn3_line

    assert from_tcvn3("QuyÕt ®Þnh") == "Quyết định"
    assert tcvn3_line("B¸o c¸o tµi chÝnh") and from_tcvn3("B¸o c¸o tµi chÝnh") == "Báo cáo tài chính"
    assert not tcvn3_line("CÔNG TY CỔ PHẦN") and from_tcvn3("Hội nghị") == "Hội nghị"
    assert not tcvn3_line("KÈM THEO DANH SÁCH") and not tcvn3_line("Nhân dân")
    assert not tcvn3_line("«BÁO CÁO»") and tcvn3_line("«B¸o c¸o»")


def test_minutes_labels_are_headings_and_the_closing_and_signature_are_no_items() -> None:
    report = _read(
        *MINUTES_HEAD,
        "",
        "Thành phần tham gia:",
        "- Ông Nguyễn Văn An - Giám đốc",
        "- Bà Trần Thị Bình - Kế toán",
        "Mục đích cuộc họp:",
        "Rà soát các việc đã làm trong tháng.",
        "Kết luận:",
        "- Đội phát triển cần hoàn thành tài liệu trước ngày 20/4.",
        "Biên bản kết thúc vào 11 giờ 00 ngày 11 tháng 04 năm 2016.",
        "Biên bản này gồm 02 trang, được những người có mặt cùng ký xác nhận vào từng trang.",
        "",
        "Người lập biên bản",
        "",
        "Trần Thị Bình",
    )
    # rule minutes-attendee-lines: a line naming one person is that person with a title
    assert [(a.name, a.kind, a.titles) for a in report.attendees] == [
        ("Nguyễn Văn An", "person", ("Giám đốc",)),
        ("Trần Thị Bình", "person", ("Kế toán",)),
    ]
    said = [i.text for i in (*report.remarks, *report.results, *report.tasks)]
    assert "Rà soát các việc đã làm trong tháng." not in said  # the purpose is no item
    assert not any("Biên bản" in t or "Người lập" in t for t in said)
    assert report.author == "Trần Thị Bình"
    assert report.document is not None and report.document.signer is not None
    assert report.document.signer.position == "Người lập biên bản"


def test_a_web_copy_of_a_report_without_quoc_hieu_keeps_its_issuer_title_and_byline() -> None:
    report = _read(
        "SƠ KẾT HOẠT ĐỘNG CÔNG ĐOÀN",
        "CÔNG ĐOÀN",
        "CĐ PHÒNG GIÁO DỤC HIỆP HÒA",
        "CĐ TRƯỜNG THCS HOÀNG LƯƠNG",
        "BÁO CÁO",
        "SƠ KẾT THI ĐUA CHÀO MỪNG CÁC NGÀY LỄ LỚN",
        "Từ 1/10/2016 đến 18/11/2016, công đoàn trường đã phát động thi đua, kết quả như sau:",
        "- Tổng số đoàn viên: 31 đ/c.",
        "Tác giả:",
        "ĐẶNG HÀ",
        "Nguồn: hiephoabacgiang.edu.vn",
    )
    assert report.title == "BÁO CÁO SƠ KẾT THI ĐUA CHÀO MỪNG CÁC NGÀY LỄ LỚN"
    assert report.publisher == "CĐ TRƯỜNG THCS HOÀNG LƯƠNG" or (report.publisher or "").lower().endswith(
        "trường thcs hoàng lương"
    )
    assert report.author == "ĐẶNG HÀ"
    assert report.date is None  # no issue date in the copy; "ngày lễ" is a holiday, not an event


def test_a_kind_word_over_a_news_lead_is_still_no_frame() -> None:
    report = _read(
        "THÔNG BÁO",
        "Lịch tiếp công dân tháng 12",
        "Sáng ngày 5/12/2024, UBND xã tổ chức tiếp công dân định kỳ.",
    )
    assert report.document is None


def test_a_resolution_signed_side_by_side_keeps_its_dateline_and_no_joined_name() -> None:
    report = _read(
        "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập – Tự do – Hạnh phúc",
        "NGHỊ QUYẾT HỘI NGHỊ CÁN BỘ, CÔNG CHỨC NĂM HỌC 2020-2021",
        "II. CÁC CHỈ TIÊU PHẤN ĐẤU",
        "- Tỉ lệ học sinh lên lớp thẳng đạt 97% trở lên.",
        "Hoàng Lương, ngày 07 tháng 10 năm 2020",
        "CHỦ TỊCH CÔNG ĐOÀN                      HIỆU TRƯỞNG",
        "Đặng Thị Hà                             Hoàng Minh Dương",
    )
    assert [t.text for t in report.tasks] == ["Tỉ lệ học sinh lên lớp thẳng đạt 97% trở lên."]
    assert report.date == "2020-10-07"
    assert report.author is None  # the two names typed on one line cannot be told apart


def test_a_page_number_of_a_signed_pdf_is_no_task() -> None:
    report = _read(
        "UBND TỈNH ĐẮK NÔNG                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "SỞ TÀI CHÍNH                      Độc lập - Tự do - Hạnh phúc",
        "Số: 99/BC-STC                     Đắk Nông, ngày 20 tháng 6 năm 2019",
        "BÁO CÁO",
        "Công tác cải cách hành chính 6 tháng đầu năm 2019",
        "",
        "I. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM",
        "1. Tiếp tục rà soát thủ tục hành chính.",
        "",
        "                     13",
        "",
        "2. Nâng cao chất lượng góp ý văn bản.",
    )
    assert [t.text for t in report.tasks] == [
        "Tiếp tục rà soát thủ tục hành chính.",
        "Nâng cao chất lượng góp ý văn bản.",
    ]


def test_the_conclusions_of_minutes_are_read_as_the_chair_speaking() -> None:
    report = _read(
        *MINUTES_HEAD,
        "",
        "Nội dung cuộc họp:",
        "Ông Khoa trình bày tiến độ của dự án.",
        "Kết luận:",
        "- Đội phát triển cần hoàn thành tài liệu trước ngày 20/4.",
        "- Cuộc họp đánh giá cao tinh thần làm việc của đội.",
    )
    assert [t.text for t in report.tasks] == ["Đội phát triển cần hoàn thành tài liệu trước ngày 20/4"]


def test_a_place_and_date_line_typed_in_figures_gives_the_date() -> None:
    from dvtool.interpret import official_lines as ol

    for typed in ("Hà Nội, ngày 20/10/2023", "Hà Nội, ngày 20-10-2023", "Hà Nội, ngày 20.10.2023"):
        found = ol.find_place_date(typed)
        assert found is not None and (found[1].place, found[1].date) == ("Hà Nội", "2023-10-20")
    assert ol.find_place_date("Ngày 07/10/2024, tại trụ sở Chính phủ") is None


def test_minutes_in_the_nd30_layout_read_attendance_content_conclusions_and_signatures() -> None:
    report = _read(
        "UBND HUYỆN THANH CHƯƠNG          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO              Độc lập - Tự do - Hạnh phúc",
        "",
        "BIÊN BẢN",
        "Họp giao ban hiệu trưởng tháng 3 năm 2024",
        "",
        "Thời gian bắt đầu: 14 giờ 00 phút ngày 05 tháng 3 năm 2024",
        "Địa điểm: Hội trường Phòng Giáo dục và Đào tạo",
        "Thành phần tham dự:",
        "- Ông Nguyễn Văn An, Trưởng phòng;",
        "- Hiệu trưởng các trường mầm non, tiểu học, THCS.",
        "Chủ trì (chủ tọa): Ông Nguyễn Văn An, Trưởng phòng",
        "Thư ký (người ghi biên bản): Bà Lê Thị Hoa, chuyên viên",
        "Nội dung (theo diễn biến cuộc họp):",
        "1. Bà Trần Thị Bình báo cáo kết quả tháng 2: 100% trường đã hoàn thành kiểm tra nội bộ.",
        "Kết luận:",
        "- Các trường cần hoàn thành kế hoạch tuyển sinh trước ngày 30/4/2024.",
        "Cuộc họp kết thúc vào 16 giờ 30 phút, ngày 05 tháng 3 năm 2024./.",
        "",
        "THƯ KÝ                                CHỦ TỌA",
        "Lê Thị Hoa                            Nguyễn Văn An",
        "",
        "Nơi nhận:",
        "- Các trường;",
        "- Lưu: VT.",
    )
    # rule minutes-attendee-lines: a line naming one person is that person with a title
    assert [(a.name, a.kind, a.titles) for a in report.attendees] == [
        ("Nguyễn Văn An", "person", ("Trưởng phòng",)),
        ("Hiệu trưởng các trường mầm non, tiểu học, THCS.", "group", ()),
    ]
    assert [t.text for t in report.tasks] == [
        "Các trường cần hoàn thành kế hoạch tuyển sinh trước ngày 30/4/2024"
    ]
    assert [r.text for r in report.remarks][0].startswith("Bà Trần Thị Bình báo cáo")
    assert not any("kết thúc" in r.text for r in report.remarks)
    assert report.date == "2024-03-05"
    assert report.document is not None and report.document.place is None  # not "phút"
