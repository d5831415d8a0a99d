"""Rule minutes-attendee-lines (ux10): in the attendance list of minutes (biên bản), a line
"- Đ/c Nguyễn Văn A - Phó Giám đốc Sở;" is one person with a title, not a group blob. The
minutes are written for the test: they show the rule works, not that it generalizes."""

from __future__ import annotations

import pytest

from dvtool.formats import ReadOptions
from dvtool.interpret.attendee_lines import person_line
from dvtool.model import Attendee, Report
from dvtool.readers.text import read


def _minutes(*attendance: str) -> Report:
    lines = (
        "ĐẢNG ỦY XÃ AN BÌNH",
        "CHI BỘ THÔN 3",
        "",
        "BIÊN BẢN",
        "Hội nghị chi bộ thường kỳ tháng 12 năm 2023",
        "",
        "Thời gian: 14 giờ 00, ngày 20 tháng 12 năm 2023.",
        "Địa điểm: Nhà văn hóa thôn 3.",
        "Thành phần tham dự:",
        *attendance,
        "Chủ trì: Đ/c Trần Thị Bình - Bí thư Chi bộ.",
        "",
        "I. KẾT QUẢ",
        "Trong tháng, chi bộ đã kết nạp 02 đảng viên mới.",
    )
    return read(("\n".join(lines) + "\n").encode(), ReadOptions("bb.txt")).value


def test_each_comrade_line_is_a_person_with_titles_and_a_group_line_stays() -> None:
    report = _minutes(
        "- Đ/c Nguyễn Văn An - Phó Giám đốc Sở;",
        "- Đ/c Trần Thị Bình - Bí thư Chi bộ;",
        "- Đồng chí Lê Văn Cường, Phó Bí thư Chi bộ, Trưởng thôn;",
        "- Bà Phạm Thị Dung - Chủ tịch Hội Phụ nữ xã - Chủ trì.",
        "- Đảng viên trong chi bộ: 25/27 đồng chí.",
    )
    assert list(report.attendees) == [
        Attendee("Nguyễn Văn An", "person", ("Phó Giám đốc Sở",)),
        Attendee("Trần Thị Bình", "person", ("Bí thư Chi bộ",)),
        Attendee("Lê Văn Cường", "person", ("Phó Bí thư Chi bộ", "Trưởng thôn")),
        Attendee("Phạm Thị Dung", "person", ("Chủ tịch Hội Phụ nữ xã",)),
        Attendee("Đảng viên trong chi bộ: 25/27 đồng chí.", "group", ()),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Các đồng chí trong Ban Chấp hành Đảng bộ;",  # several people
        "Đại diện lãnh đạo các ban, ngành, đoàn thể huyện;",  # no honorific: a group
        "Nguyễn Văn Hùng - Trưởng phòng Nội vụ;",  # no honorific: left as typed
        "Đ/c Nguyễn Văn An, Đ/c Trần Văn Bình - Phó Chủ tịch UBND xã;",  # two people
    ],
)
def test_lines_that_name_no_single_person_stay_as_typed(line: str) -> None:
    assert person_line(line) is None


def test_a_sentence_that_ran_into_the_list_is_no_person() -> None:
    sentence = (
        "Đồng chí Ngô Xuân Đông - Chủ tịch UBND huyện thông qua nội dung buổi làm việc liên quan đến "
        "việc bà Nhữ Thị Cần kiến nghị xem xét, bố trí tái định cư cho gia đình theo quy định."
    )
    assert person_line(sentence) is None
