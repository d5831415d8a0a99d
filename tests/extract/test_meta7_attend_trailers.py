"""Rule attend-trailers (round 7): a sentence ending with "… tham dự hội nghị." (the verb and the
meeting) names its attendees before it, as one ending with "… tham dự." does. Sentences written
for the test: they show the rule works, not that it generalizes."""

from __future__ import annotations

from dvtool.extract import extract_text


def _attendees(sentence: str) -> list[str]:
    lead = "Chiều 22/8, Sở tổ chức Hội nghị tổng kết năm học 2024-2025."
    text = f"Hội nghị tổng kết\n\n{lead}\n\n{sentence}\n\nThu Hà\n"
    return [a.name for a in extract_text(text, "a.txt").value.attendees]


def test_attendees_before_the_verb_and_the_meeting() -> None:
    assert _attendees("Lãnh đạo các sở, ngành cùng tham dự hội nghị.") == ["Lãnh đạo các sở, ngành"]


def test_a_sentence_going_on_after_the_meeting_names_none() -> None:
    assert _attendees("Các đại biểu tham dự hội nghị đã thảo luận sôi nổi.") == []
