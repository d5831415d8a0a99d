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
