"""Round 16 (dev 505, a QĐND item): a leader with a two-syllable name ("Thiếu tướng Nguyễn Hoàng,
Tư lệnh Quân đoàn 4 đến dự và chỉ đạo buổi lễ …") attends and is no direction; a speech's
speaker named with a rank and no honorific is found; a speech's directions go on in a sentence
opening with "Các đơn vị nhanh chóng …"; a sentence of a speech that names an award word but no
award stays in the speech. The articles are written for these tests: they show the rules work,
not that they generalize."""

from __future__ import annotations

from dvtool.extract import extract_text
from dvtool.model import Report

LEAD = (
    "Sư đoàn 9 tổ chức lễ tuyên thệ chiến sĩ mới\n"
    "Sáng 31-5-2013, Sư đoàn 9, Quân đoàn 4 tổ chức lễ tuyên thệ chiến sĩ mới đợt 1-2013. "
    "Thiếu tướng Nguyễn Hoàng, Tư lệnh Quân đoàn 4 đến dự và chỉ đạo buổi lễ tuyên thệ điểm tại "
    "Trung đoàn bộ binh 2.\n"
)
SPEECH = (
    "Phát biểu tại lễ tuyên thệ, Thiếu tướng Nguyễn Hoàng, Tư lệnh Quân đoàn 4 yêu cầu chiến sĩ mới "
    "tiếp tục nỗ lực học tập, rèn luyện. Các đơn vị nhanh chóng ổn định biên chế, tổ chức huấn luyện "
    "sát thực tế chiến đấu."
)


def _report(body: str) -> Report:
    return extract_text(LEAD + body + "\n", "x.txt").value


def test_a_two_syllable_name_with_a_rank_attends() -> None:
    report = _report("Kết quả, 100% chiến sĩ mới đạt yêu cầu.")
    assert [a.name for a in report.attendees] == ["Nguyễn Hoàng"]


def test_directing_the_ceremony_itself_is_no_task() -> None:
    report = _report("Kết quả, 100% chiến sĩ mới đạt yêu cầu.")
    assert not any("Trung đoàn bộ binh 2" in t.text for t in report.tasks)


def test_the_speaker_named_with_a_rank_and_no_honorific() -> None:
    report = _report(SPEECH)
    assert [r.speaker for r in report.remarks] == ["Nguyễn Hoàng"]


def test_a_body_doing_quickly_goes_on_with_the_directions() -> None:
    tasks = [t.text for t in _report(SPEECH).tasks]
    assert any(t.startswith("Các đơn vị nhanh chóng ổn định biên chế") for t in tasks)


def test_a_capitalized_body_is_no_speaker() -> None:
    report = _report("Phát biểu tại lễ, Ban Thường Vụ, Chủ tịch Hội yêu cầu các đơn vị tiếp tục rèn luyện.")
    assert [r.speaker for r in report.remarks] == [None]


def test_a_speech_sentence_naming_no_award_stays_in_the_speech() -> None:
    closing = "Đồng thời, thực hiện tốt chế độ khen thưởng kịp thời chiến sĩ hoàn thành xuất sắc nhiệm vụ."
    report = _report(SPEECH + " " + closing)
    assert report.remarks and closing in report.remarks[0].text
    assert not report.awards
