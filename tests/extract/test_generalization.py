"""Rules added after the second round of held-out cases (tests/eval/cases/10-14): each on a
small input in a wording of its own, so the rule is tested apart from the case that showed it."""

from __future__ import annotations

from dvtool.extract import extract_text
from dvtool.extract.awards import parse_awards
from dvtool.extract.numbers import find_figures
from dvtool.extract.people import attendance_entries

LEAD = (
    "Báo cáo năm\n\n"
    "Sáng 5/1/2024, Hội Phụ nữ huyện tổ chức hội nghị tổng kết công tác năm 2023, triển khai "
    "nhiệm vụ năm 2024. Đồng chí Lê Thị Hoa, Chủ tịch Hội chủ trì hội nghị.\n\n"
    "Năm 2023, Hội đã giúp 45 hộ thoát nghèo.\n\n"
)


def test_directions_for_the_plan_year_in_a_closing_speech_become_one_task_per_part() -> None:
    report = extract_text(
        LEAD + "Kết luận hội nghị, đồng chí Lê Thị Hoa yêu cầu năm 2024 cần phải củng cố chi hội; "
        "phát triển thêm 300 hội viên.\n",
        "x.txt",
    ).value
    assert [t.text for t in report.tasks] == ["Củng cố chi hội", "Phát triển thêm 300 hội viên."]
    assert len(report.remarks) == 1


def test_a_direction_without_a_named_period_is_a_task_with_or_without_a_task_section() -> None:
    # GOLD.md (issue 11): every direction a leader gives in a speech is a task; the speech
    # stays a remark, also beside a task section of the report's own.
    report = extract_text(
        LEAD + "Phát biểu chỉ đạo, đồng chí Lê Thị Hoa đề nghị Hội tiếp tục đổi mới nội dung hoạt động.\n",
        "x.txt",
    ).value
    assert [t.text for t in report.tasks] == ["Hội tiếp tục đổi mới nội dung hoạt động."]
    assert len(report.remarks) == 1
    with_section = extract_text(
        LEAD + "Phát biểu chỉ đạo, đồng chí Lê Thị Hoa đề nghị Hội tiếp tục đổi mới nội dung hoạt động.\n\n"
        "Về nhiệm vụ năm 2024, Hội tập trung phát triển hội viên.\n",
        "x.txt",
    ).value
    # beside that section, the leader's direction is still a task (round 12)
    assert [t.text for t in with_section.tasks] == [
        "Về nhiệm vụ năm 2024, Hội tập trung phát triển hội viên.",
        "Hội tiếp tục đổi mới nội dung hoạt động.",
    ]


def test_a_paragraph_after_a_speech_joins_it_only_when_it_refers_back_to_the_speaker() -> None:
    speech = "Phát biểu tại hội nghị, đồng chí Lê Thị Hoa biểu dương các chi hội.\n\n"
    moved_on = extract_text(
        LEAD + speech + "Những tháng cuối năm, Hội tập trung phát triển hội viên.\n", "x"
    ).value
    continued = extract_text(LEAD + speech + "Đồng chí cũng lưu ý công tác phát triển hội viên.\n", "x").value
    assert [t.text for t in moved_on.tasks] == ["Những tháng cuối năm, Hội tập trung phát triển hội viên."]
    assert "Đồng chí cũng lưu ý" in continued.remarks[0].text


def test_a_count_after_và_starts_a_new_group_even_inside_a_semicolon_list() -> None:
    entries = attendance_entries(
        "đại diện Hội Nông dân huyện; lãnh đạo Đoàn Thanh niên và 40 đoàn viên tiêu biểu"
    )
    assert [name for name, _, _ in entries] == [
        "Đại diện Hội Nông dân huyện",
        "Lãnh đạo Đoàn Thanh niên",
        "40 đoàn viên tiêu biểu",
    ]


def test_và_các_inside_a_semicolon_list_stays_in_its_group() -> None:
    entries = attendance_entries(
        "đồng chí Lê Văn An - Bí thư Huyện ủy; lãnh đạo Hội Phụ nữ và các đoàn thể xã"
    )
    assert [name for name, _, _ in entries] == ["Lê Văn An", "Lãnh đạo Hội Phụ nữ và các đoàn thể xã"]


def test_about_and_came_to_direct_phrasings_open_the_attendance() -> None:
    for cue in ("Về dự hội nghị có", "Tới dự và chỉ đạo hội nghị có", "Ve du hoi nghi co"):
        report = extract_text(
            LEAD.replace(
                "\n\nNăm 2023", f"\n\n{cue} đồng chí Trần Văn Bình - Phó Chủ tịch UBND huyện.\n\nNăm 2023"
            ),
            "x",
        ).value
        assert [(a.name, a.kind) for a in report.attendees] == [("Trần Văn Bình", "person")], cue
        assert all(cue.casefold() not in r.text.casefold() for r in report.results)


def test_named_recipients_in_lower_case_are_kept() -> None:
    (award,) = parse_awards("UBND huyện tặng Cờ thi đua cho thị trấn Đô Lương, xã Yên Sơn")
    assert award.recipients == ("thị trấn Đô Lương", "xã Yên Sơn")
    assert (award.collectives, award.individuals) == (0, 0)


def test_a_manner_adverb_after_a_counted_noun_is_not_part_of_its_unit() -> None:
    (figure,) = find_figures("giải quyết 250 hồ sơ trước hạn")
    assert (figure.value, figure.unit) == (250, "hồ sơ")


def test_a_time_word_ends_a_unit_only_before_a_number() -> None:
    plan, dated = find_figures("đạt 102% kế hoạch năm, có 3 xã năm 2023 đạt chuẩn")
    assert (plan.unit, plan.text) == ("%", "102% kế hoạch năm")
    assert (dated.unit, dated.text) == ("xã", "3 xã")


def test_the_year_after_the_reporting_year_opening_a_plan_sentence_is_the_plan_year() -> None:
    text = (
        "Hội Nông dân tổng kết năm 2023\n\nChiều 20/12, Hội Nông dân xã tổ chức hội nghị tổng kết công tác "
        "năm 2023. Đồng chí Lê Văn Ba, Chủ tịch Hội chủ trì.\n\nNăm 2023, Hội vận động 40 hộ vay vốn.\n\n"
        "Năm 2024, Hội phấn đấu phát triển 60 hội viên mới.\n"
    )
    report = extract_text(text, "x.txt").value
    assert (report.reporting_year, report.plan_year) == (2023, 2024)
    assert [t.text for t in report.tasks] == ["Năm 2024, Hội phấn đấu phát triển 60 hội viên mới."]
    undated = extract_text(text.replace("Năm 2024, Hội phấn đấu", "Năm 2024, Hội đã"), "x.txt").value
    assert undated.plan_year is None


def test_bà_con_after_a_speech_is_not_taken_for_the_speaker() -> None:
    speech = "Phát biểu tại hội nghị, bà Lê Thị Hoa biểu dương các chi hội.\n\n"
    report = extract_text(LEAD + speech + "Bà con nhân dân đã đóng góp 2 tỷ đồng.\n", "x").value
    assert report.remarks[0].text == speech.strip()
    assert [r.text for r in report.results][-1] == "Bà con nhân dân đã đóng góp 2 tỷ đồng."
