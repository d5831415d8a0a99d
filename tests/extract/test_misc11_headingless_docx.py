"""A Word report typed without section headings (misc11): its first paragraphs report results, later
ones plan ("Năm 2024, tập trung …"). The first paragraph was taken as a meeting's lead (its
organize verb) and its result dropped silently; its "Năm 2023" was an organizer; with no other
year, "Năm 2024, tập trung …" made 2024 the reporting year and its tasks results. A first paragraph
still read as a meeting's lead names its lost figures in a warning. Documents built here with
python-docx: they show the rules work on them, not that they generalize."""

from __future__ import annotations

import io
from typing import Any

import docx

from dvtool.formats import ReadOptions
from dvtool.messages import Result
from dvtool.model import Report
from dvtool.readers.docx import read as read_docx

FIRST = "Năm 2023, Ban Dân vận Huyện ủy đã tham mưu tổ chức 12 hội nghị tuyên truyền cho 1.500 lượt người."
WORK = "Năm 2023, Ban Dân vận Huyện ủy đã phối hợp tổ chức tuyên truyền chủ trương của Đảng cho 900 hội viên."
SECOND = "Các đoàn thể đã vận động nhân dân hiến 8.000 m2 đất làm đường giao thông nông thôn."
TASK = "Năm 2024, tập trung đẩy mạnh công tác tuyên truyền, vận động nhân dân thực hiện chủ trương của Đảng."
NEXT_TASK = "Tiếp tục nâng cao chất lượng hoạt động của Mặt trận và các đoàn thể ở cơ sở."
HEAD = ["BÁO CÁO", "Kết quả công tác dân vận năm 2023 và phương hướng nhiệm vụ năm 2024"]


def _read(paragraphs: list[str]) -> Result[Report]:
    document: Any = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    data = io.BytesIO()
    document.save(data)
    return read_docx(data.getvalue(), ReadOptions(source="r.docx"))


def _report(paragraphs: list[str]) -> Report:
    return _read(paragraphs).value


def test_a_first_paragraph_counting_what_was_organised_is_a_result() -> None:
    report = _report([*HEAD, FIRST, SECOND, TASK, NEXT_TASK])
    assert [r.text for r in report.results] == [FIRST, SECOND]
    assert [t.text for t in report.tasks] == [TASK, NEXT_TASK]
    assert [f.text for f in report.results[0].figures] == ["12 hội nghị tuyên truyền", "1.500 lượt người"]


def test_the_year_opening_the_first_paragraph_is_no_organizer() -> None:
    report = _report([*HEAD, WORK, SECOND, TASK])
    assert report.organizers == ("Ban Dân vận Huyện ủy",)


def test_a_first_paragraph_organising_work_not_a_meeting_is_read_too() -> None:
    report = _report([*HEAD, WORK, SECOND, TASK])
    assert [r.text for r in report.results] == [WORK, SECOND]


def test_without_a_title_a_year_opening_a_plan_is_the_plan_year() -> None:
    report = _report(
        [
            "Ban Dân vận Huyện ủy đã phối hợp tổ chức 5 lớp tập huấn cho 400 cán bộ cơ sở.",
            SECOND,
            TASK,
            NEXT_TASK,
        ]
    )
    assert (report.reporting_year, report.plan_year) == (None, 2024)
    assert [t.text for t in report.tasks] == [TASK, NEXT_TASK]
    assert len(report.results) == 2


def test_a_meeting_the_first_paragraph_opens_is_still_the_lead() -> None:
    report = _report(
        [
            *HEAD,
            "Ngày 15/12/2023, Ban Dân vận Huyện ủy tổ chức hội nghị tổng kết công tác dân vận năm 2023.",
            SECOND,
            TASK,
        ]
    )
    assert report.date == "2023-12-15"
    assert [r.text for r in report.results] == [SECOND]


def test_a_first_paragraph_that_organises_a_meeting_and_counts_is_named_in_a_warning() -> None:
    meeting = "Năm 2023, Ban Dân vận Huyện ủy tổ chức hội nghị tuyên truyền cho 1.500 lượt người."
    result = _read([*HEAD, meeting, SECOND, TASK])
    assert [r.text for r in result.value.results] == [SECOND]
    warned = [m for m in result.messages if m.code == "lead-figures"]
    assert [(m.is_warning, m.args["sentence"]) for m in warned] == [(True, meeting)]


def test_a_first_paragraph_that_is_read_gives_no_such_warning() -> None:
    result = _read([*HEAD, FIRST, SECOND, TASK])
    assert not [m for m in result.messages if m.code == "lead-figures"]
