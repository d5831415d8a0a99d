"""Rule subject-attends (round 7): "Bí thư Tỉnh ủy A dự và chỉ đạo Hội nghị …" (a title, then the
name, before the verb of attending; also after the lead's date and place) names an attendee, and
"Thủ tướng A dự và đồng chủ trì Hội nghị" one who attends and chairs. Sentences written for the
test: they show the rule works, not that it generalizes."""

from __future__ import annotations

from dvtool.extract import extract_text


def _people(lead: str) -> tuple[list[str], list[str]]:
    report = extract_text(f"Hội nghị tổng kết năm học\n\n{lead}\n\nThu Hà\n", "a.txt").value
    return [c.name for c in report.chairs], [a.name for a in report.attendees]


def test_a_titled_name_attends_and_chairs() -> None:
    lead = (
        "Chiều 22/8, tại trụ sở Chính phủ, Thủ tướng Chính phủ Lê Văn Hùng dự và đồng chủ trì"
        " Hội nghị tổng kết năm học 2024-2025."
    )
    assert _people(lead) == (["Lê Văn Hùng"], ["Lê Văn Hùng"])


def test_a_titled_name_attends_and_directs() -> None:
    lead = "Chiều 22/8, Bí thư Tỉnh ủy Trần Văn Bình đã dự và chỉ đạo Hội nghị tổng kết năm học 2024-2025."
    assert _people(lead) == ([], ["Trần Văn Bình"])


def test_a_plural_subject_is_no_person() -> None:
    lead = (
        "Chiều 22/8, Sở tổ chức Hội nghị tổng kết năm học 2024-2025."
        " Các đại biểu dự và phát biểu tại hội nghị."
    )
    assert _people(lead) == ([], [])


def test_the_host_who_receives_a_delegation_attends() -> None:
    lead = (
        "Ngày 27/5, Đoàn kiểm tra của Bộ Y tế đã làm việc tại tỉnh về công tác phòng, chống dịch bệnh."
        " Đồng chí Trần Văn Bình, Phó Chủ tịch UBND tỉnh đã tiếp và làm việc với Đoàn."
    )
    assert "Trần Văn Bình" in _people(lead)[1]


def test_attending_and_giving_a_speech_is_no_list_of_attendees() -> None:
    lead = (
        "Sáng 14/12, Ban Bí thư tổ chức Hội nghị đối ngoại toàn quốc năm 2021."
        " Tổng Bí thư Nguyễn Văn Trọng tới dự và có bài phát biểu quan trọng chỉ đạo tại hội nghị."
    )
    assert _people(lead)[1] == ["Nguyễn Văn Trọng"]


def test_a_verb_of_attending_glued_to_the_name_before_it() -> None:
    lead = (
        "Chiều 22/8, tại trụ sở Chính phủ,Thủ tướng Chính phủ Lê Văn Hùngdự và đồng chủ trì"
        " Hội nghị tổng kết năm học 2024-2025."
    )
    assert _people(lead) == (["Lê Văn Hùng"], ["Lê Văn Hùng"])
