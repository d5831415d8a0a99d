"""Round 13: organizers of a lead (dev 425 and 426 of wave 13, diagnosed by people13). Sentences
written for the tests: they show the rules work, not that they generalize."""

from __future__ import annotations

from dvtool.extract import extract_text


def _organizers(lead: str) -> list[str]:
    return list(extract_text(f"Tin hoạt động của huyện\n{lead}\n", "x.txt").value.organizers)


def test_a_capitalised_organizing_word_inside_a_body_name_is_no_verb() -> None:
    lead = (
        "Chiều 5/4, Đoàn khảo sát của Ban Tổ chức Trung ương do đồng chí Trần Văn An dẫn đầu đã "
        "làm việc với Thường trực Tỉnh ủy về xây dựng đề án."
    )
    assert "Đoàn khảo sát của Ban" not in _organizers(lead)


def test_the_body_after_a_passive_marker_organizes() -> None:
    lead = "Chương trình hỗ trợ phụ nữ khởi nghiệp được Hội LHPN huyện tổ chức thực hiện vào tháng 1/2018."
    assert _organizers(lead) == ["Hội LHPN huyện"]


def test_an_organizing_verb_in_lower_case_still_names_the_organizer() -> None:
    lead = "Sáng 12/3, Huyện đoàn Cát Tiên tổ chức hội nghị tổng kết công tác Đoàn năm 2022."
    assert _organizers(lead) == ["Huyện đoàn Cát Tiên"]
