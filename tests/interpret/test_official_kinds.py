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
