"""Tasks of issue 11, round 3: a task sentence listing three or more tasks split at ";", a
leader's directions kept beside a report's own task section, a direction given in a speech the
report dates with "đã", and lines heading the tasks of an official document. Every sentence is
written for these tests: they show each rule works, not that it generalizes."""

from __future__ import annotations

from dvtool.document import Block, Document, Hints
from dvtool.extract import extract_text
from dvtool.extract.directions import agrees, directions, enumerated_tasks, listed_solutions, listed_tasks
from dvtool.interpret import interpret

LEAD = (
    "Hội Nông dân xã Tân Lập sơ kết 6 tháng đầu năm 2024\n\n"
    "Sáng 8/7/2024, Hội Nông dân xã Tân Lập sơ kết công tác Hội 6 tháng đầu năm 2024.\n\n"
    "6 tháng đầu năm, Hội đã kết nạp 45 hội viên mới.\n\n"
)


def _tasks(text: str) -> list[str]:
    return [t.text for t in extract_text(LEAD + text, "x.txt").value.tasks]


# ";" parts that each open with a verb -------------------------------------------------


def test_three_parts_opening_with_a_verb_are_three_tasks() -> None:
    sentence = "Vận động hội viên giữ gìn vệ sinh; khuyến khích nông dân liên kết sản xuất; hỗ trợ vay vốn."
    assert listed_tasks(sentence) == [
        "Vận động hội viên giữ gìn vệ sinh",
        "khuyến khích nông dân liên kết sản xuất",
        "hỗ trợ vay vốn.",
    ]


def test_a_pair_or_a_part_without_a_verb_stays_one_task() -> None:
    pair = "Xây dựng chi hội vững mạnh; tiếp tục nâng cao chất lượng sinh hoạt."
    assert listed_tasks(pair) == [pair]
    objects = "Quán triệt Nghị quyết Đại hội; tiếp tục học tập chuyên đề; các chủ trương của Đảng."
    assert listed_tasks(objects) == [objects]


def test_a_listed_task_sentence_in_the_task_section_is_split() -> None:
    tasks = _tasks(
        "Trong 6 tháng cuối năm, Hội tiếp tục xây dựng tổ chức Hội vững mạnh.\n\n"
        "Vận động hội viên giữ gìn vệ sinh; khuyến khích nông dân liên kết sản xuất; hỗ trợ vay vốn.\n"
    )
    assert len(tasks) == 4
    assert tasks[2] == "Khuyến khích nông dân liên kết sản xuất"


# a leader's directions beside the report's own task section ---------------------------


def test_a_speech_direction_is_kept_when_the_report_has_its_own_tasks() -> None:
    tasks = _tasks(
        "Ông Trần Văn Bình, Phó Chủ tịch UBND xã phát biểu, cần giữ vững kết quả đạt được, "
        "phấn đấu hoàn thành nhiệm vụ 6 tháng cuối năm 2024.\n\n"
        "Trong 6 tháng cuối năm, Hội tiếp tục vận động hội viên tham gia bảo hiểm y tế.\n"
    )
    assert len(tasks) == 2
    assert any("giữ vững kết quả" in t for t in tasks)


def test_a_speech_asking_to_remedy_shortcomings_adds_nothing_to_the_task_section() -> None:
    tasks = _tasks(
        "Ông Trần Văn Bình, Phó Chủ tịch UBND xã phát biểu, yêu cầu các chi hội quan tâm khắc "
        "phục những hạn chế đã nêu.\n\n"
        "Trong 6 tháng cuối năm, Hội tiếp tục vận động hội viên tham gia bảo hiểm y tế.\n"
    )
    assert tasks == ["Trong 6 tháng cuối năm, Hội tiếp tục vận động hội viên tham gia bảo hiểm y tế."]


# a direction in a speech dated with "đã" ------------------------------------------------


def test_a_direction_in_a_reported_speech_is_a_task() -> None:
    sentence = (
        "Tại hội nghị, ông Trần Văn Bình, Chủ tịch UBND xã đã phát biểu chỉ đạo Hội Nông dân "
        "xã tiếp tục vận động hội viên chuyển đổi cây trồng."
    )
    given = directions(sentence, speech=False)
    assert given == ["Hội Nông dân xã tiếp tục vận động hội viên chuyển đổi cây trồng."]


def test_a_reported_speech_with_no_work_after_it_gives_no_task() -> None:
    sentence = "Tại hội nghị, ông Trần Văn Bình, Chủ tịch UBND xã đã phát biểu chỉ đạo tại hội nghị."
    assert directions(sentence, speech=False) == []
    done = "Năm qua, Ban Thường vụ đã chỉ đạo các chi hội tiếp tục vận động hội viên."
    assert directions(done, speech=False) == []  # what was directed before: no task


# lines heading the tasks of an official document ----------------------------------------

FRAME = [
    "ĐẢNG BỘ TỈNH HÒA BÌNH",
    "ĐẢNG ỦY XÃ TÂN LẬP",
    "Số: 12-TB/ĐU",
    "ĐẢNG CỘNG SẢN VIỆT NAM",
    "Tân Lập, ngày 12 tháng 3 năm 2025",
    "THÔNG BÁO",
    "Kết luận của Ban Thường vụ Đảng ủy tại hội nghị tháng 3",
]
FOOTER = ["Nơi nhận:", "- Như trên;", "- Lưu: VP.", "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Lê Minh Quân"]


def test_lines_heading_official_tasks_are_no_tasks() -> None:
    body = [
        Block("I. NHIỆM VỤ TRỌNG TÂM THÁNG 4", hints=Hints(bold=True)),
        Block("Chỉ đạo các chi bộ trực thuộc:"),
        Block("Tiếp tục quán triệt Nghị quyết Đại hội Đảng bộ xã đến đảng viên."),
        Block("II. Về công tác chuẩn bị đại hội các chi hội"),
        Block("Rà soát danh sách hội viên trước đại hội chi hội."),
    ]
    blocks = [Block(t) for t in FRAME] + body + [Block(t) for t in FOOTER]
    report = interpret(Document(tuple(blocks), origin="docx")).value
    assert [t.text for t in report.tasks] == [
        "Tiếp tục quán triệt Nghị quyết Đại hội Đảng bộ xã đến đảng viên.",
        "Rà soát danh sách hội viên trước đại hội chi hội.",
    ]


# ";" parts naming more objects of the verb before them -----------------------------------


def test_a_lowercase_plural_noun_part_stays_with_the_direction_before_it() -> None:
    sentence = (
        "Đồng chí Trần Văn Bình yêu cầu các chi bộ tiếp tục quán triệt Nghị quyết Đại hội; các chủ "
        "trương của Đảng; tăng cường kiểm tra, giám sát đảng viên."
    )
    given = directions(sentence, speech=True)
    assert given == [
        "các chi bộ tiếp tục quán triệt Nghị quyết Đại hội; các chủ trương của Đảng",
        "tăng cường kiểm tra, giám sát đảng viên.",
    ]


def test_a_capitalised_noun_part_is_an_item_of_its_own() -> None:
    sentence = (
        "Đồng chí Trần Văn Bình yêu cầu các chi bộ tiếp tục tuyên truyền Nghị quyết Đại hội; "
        "Các hoạt động kỷ niệm ngày thành lập Đảng."
    )
    assert len(directions(sentence, speech=True)) == 2


# enumerated points of a speech, and "phải" of circumstance ------------------------------


def test_enumerated_points_after_a_direction_go_on_with_it() -> None:
    tasks = _tasks(
        "Phát biểu chỉ đạo, đồng chí Lê Thị Hoa nêu ba nhóm nhiệm vụ. Thứ nhất, cần tiếp tục củng cố "
        "tổ chức Hội ở cơ sở. Thứ hai, tập trung phát triển hội viên trẻ. Thứ ba, quan tâm hơn nữa "
        "đến đời sống hội viên khó khăn.\n"
    )
    assert len(tasks) == 3
    assert tasks[1] == "Tập trung phát triển hội viên trẻ."


def test_an_enumerated_sentence_without_a_direction_before_it_is_no_task() -> None:
    tasks = _tasks(
        "Phát biểu tại hội nghị, đồng chí Lê Thị Hoa biểu dương các chi hội. "
        "Thứ hai, tập trung là điểm mạnh.\n"
    )
    assert tasks == []


def test_phai_before_a_verb_of_enduring_gives_no_task() -> None:
    endured = (
        "Đồng chí Lê Thị Hoa nhấn mạnh, năm 2024 hội viên cũng phải chống đỡ với nhiều khó khăn do thiên tai."
    )
    assert directions(endured, speech=True) == []
    asked = "Đồng chí Lê Thị Hoa nhấn mạnh, các chi hội phải chăm lo đời sống hội viên."
    assert len(directions(asked, speech=True)) == 1


# a short opening phrase naming the plan year ---------------------------------------------

PLAN_LEAD = (
    "Hội nghị người lao động năm 2025\n\n"
    "Ngày 10/1/2025, Công ty Xi măng Tân Lập tổ chức Hội nghị người lao động năm 2025, đánh giá "
    "kết quả sản xuất kinh doanh năm 2024 và phương hướng nhiệm vụ năm 2025.\n\n"
    "Năm 2024, Công ty đạt doanh thu 1.200 tỷ đồng, tăng 8% so với năm 2023.\n\n"
)


def test_an_opening_phrase_naming_the_plan_year_makes_its_paragraph_tasks() -> None:
    report = extract_text(
        PLAN_LEAD + "Bám sát định hướng năm 2025, Ban Thanh tra nhân dân tiếp tục giám sát việc thực hiện "
        "quy chế; theo dõi chế độ chính sách; giám sát công tác thi đua, khen thưởng.\n\n"
        "Hội nghị khép lại trong không khí đoàn kết, tin tưởng.\n",
        "x.txt",
    ).value
    assert report.plan_year == 2025
    assert [t.text.split()[0] for t in report.tasks] == ["Bám", "Theo", "Giám"]


def test_an_event_of_the_plan_year_opens_no_tasks() -> None:
    report = extract_text(
        PLAN_LEAD
        + "Tại Hội nghị người lao động năm 2025, đại diện người lao động ký Thỏa ước lao động tập thể; "
        "trao đổi về tiền lương; giải đáp thắc mắc.\n",
        "x.txt",
    ).value
    assert report.tasks == ()


def test_a_reported_part_before_the_modal_gives_no_task() -> None:
    sentence = (
        "Phát biểu tại buổi làm việc, đồng chí Lê Thị Hoa đã cảm ơn các nhà tài trợ; đồng thời khẳng định "
        "Hội sẽ phối hợp chặt chẽ với các xã để chương trình thành công."
    )
    given = directions(sentence, speech=True)
    assert len(given) == 1 and given[0].startswith("đồng thời khẳng định Hội sẽ")
    plain = "Thời gian tới, tập trung phát triển hội viên; củng cố chi hội; các chi hội cần chăm lo hội viên."
    assert len(directions(plain, speech=True)) == 3  # parts before the modal that report nothing stay


def test_things_listed_after_a_colon_are_one_task() -> None:
    sentence = (
        "Đồng chí Lê Thị Hoa đề nghị UBND xã bổ sung 3 báo cáo trình kỳ họp, gồm: Báo cáo tiến độ "
        "xây dựng trường học; tình hình giải ngân vốn; báo cáo kết quả thu ngân sách."
    )
    assert len(directions(sentence, speech=True)) == 1
    tasks = (
        "Đồng chí Lê Thị Hoa đề nghị UBND xã thực hiện các nội dung sau: rà soát hộ nghèo; "
        "tăng cường thu ngân sách; đẩy nhanh giải ngân vốn."
    )
    assert len(directions(tasks, speech=True)) == 3


# the end of a news item's tasks ----------------------------------------------------------


def test_a_paragraph_about_the_meeting_after_the_tasks_is_no_task() -> None:
    tasks = _tasks(
        "Trong 6 tháng cuối năm, Hội phấn đấu kết nạp 50 hội viên mới.\n\n"
        "Hội nghị đã biểu quyết thông qua chương trình công tác và ký kết giao ước thi đua.\n\n"
        "Hội nghị diễn ra trong không khí phấn khởi, đoàn kết.\n"
    )
    assert tasks == ["Trong 6 tháng cuối năm, Hội phấn đấu kết nạp 50 hội viên mới."]


def test_a_meeting_that_sets_tasks_goes_on_with_them() -> None:
    tasks = _tasks(
        "Trong 6 tháng cuối năm, Hội phấn đấu kết nạp 50 hội viên mới.\n\n"
        "Hội nghị thống nhất tập trung vận động hội viên tham gia bảo hiểm y tế.\n"
    )
    assert len(tasks) == 2


def test_a_speech_ending_with_a_direction_verb_and_a_colon_opens_the_tasks() -> None:
    tasks = _tasks(
        "Phát biểu kết luận, đồng chí Lê Thị Hoa, Chủ tịch UBND xã yêu cầu:\n\n"
        "Phòng Kinh tế rà soát lại việc cấp phép xây dựng trên địa bàn.\n\n"
        "Các thôn tập trung thu hoạch lúa vụ chiêm xuân đúng khung thời vụ.\n"
    )
    assert len(tasks) == 2
    praise = _tasks(
        "Phát biểu tại hội nghị, đồng chí Lê Thị Hoa biểu dương các kết quả sau:\n\n"
        "Hội kết nạp 45 hội viên.\n"
    )
    assert praise == []


# a body agreeing with what was put to it -------------------------------------------------


def test_agreeing_with_a_report_is_no_task() -> None:
    assert agrees("Thường trực Đảng ủy cơ bản nhất trí với báo cáo của Văn phòng Đảng ủy.")
    assert agrees("Hội nghịcơ bản thống nhất với dựthảo Chương trình công tác năm 2026.")  # lost space
    assert not agrees("Bộ Tài chính làm việc cụ thể, thống nhất với Bộ Tư pháp về nội dung Đề án.")
    assert not agrees(
        "Thường trực cơ bản nhất trí với báo cáo; đồng thời đề nghị UBND xã hoàn thiện dự thảo."
    )


def test_an_agreement_sentence_among_official_tasks_is_left_out() -> None:
    body = [
        Block("I. NHIỆM VỤ TRỌNG TÂM THÁNG 4", hints=Hints(bold=True)),
        Block(
            "Ban Thường vụ Đảng ủy cơ bản thống nhất với danh mục đầu tư công. Giao UBND xã hoàn thiện hồ sơ."
        ),
        Block("Ban Thường vụ Đảng ủy cơ bản nhất trí với chủ trương kiện toàn nhân sự."),
    ]
    blocks = [Block(t) for t in FRAME] + body + [Block(t) for t in FOOTER]
    report = interpret(Document(tuple(blocks), origin="docx")).value
    assert [t.text for t in report.tasks] == ["Giao UBND xã hoàn thiện hồ sơ."]


# "yêu cầu" and "chỉ đạo" as nouns; "kêu gọi" ---------------------------------------------


def test_a_direction_word_after_a_verb_taking_it_as_object_is_a_noun() -> None:
    ensured = (
        "6 tháng đầu năm, Viện kiểm sát nhân dân tỉnh đẩy mạnh phong trào thi đua nhằm đảm bảo yêu cầu "
        "công tác, góp phần hoàn thành tốt nhiệm vụ."
    )
    assert directions(ensured, speech=False) == []
    named = "Chủ tịch HĐND tỉnh coi đây là chỉ đạo có ý nghĩa xuyên suốt trong việc thực hiện nhiệm vụ."
    assert directions(named, speech=True) == []


def test_a_body_calling_on_people_to_act_gives_a_task() -> None:
    sentence = (
        "Tổng kết hội nghị, Công ty phát động thi đua, kêu gọi toàn thể người lao động tích cực "
        "tham gia phong trào thi đua năm 2025."
    )
    assert directions(sentence, speech=False) == [
        "toàn thể người lao động tích cực tham gia phong trào thi đua năm 2025."
    ]


def test_a_request_among_shortcomings_is_a_task() -> None:
    tasks = _tasks(
        "Tuy nhiên, vẫn còn một số chi hội sinh hoạt chưa đều. Thường trực Hội Nông dân huyện đề nghị "
        "các chi hội tăng cường sinh hoạt định kỳ; mỗi chi hội kết nạp thêm hội viên mới.\n"
    )
    assert tasks == ["Các chi hội tăng cường sinh hoạt định kỳ", "Mỗi chi hội kết nạp thêm hội viên mới."]


def test_a_shortcoming_naming_work_that_fell_short_gives_no_task() -> None:
    tasks = _tasks(
        "Tuy nhiên, vẫn còn một số hạn chế. Công tác tuyên truyền, quán triệt các chủ trương của Đảng "
        "có nơi chưa kịp thời.\n"
    )
    assert tasks == []


def test_a_sentence_opening_with_a_task_verb_goes_on_with_the_direction_before_it() -> None:
    tasks = _tasks(
        "Phó Chủ tịch UBND xã yêu cầu công an xã lập hồ sơ quản lý các đối tượng nghiện ma túy. "
        "Tuyên truyền rộng rãi về tác hại của ma túy trong Nhân dân.\n"
    )
    assert len(tasks) == 2 and tasks[1].startswith("Tuyên truyền rộng rãi")


def test_a_task_opener_after_a_connective_opens_the_tasks() -> None:
    tasks = _tasks(
        "Đặc biệt, trong thời gian tới, Hội tiếp tục phối hợp với các doanh nghiệp tạo việc làm "
        "cho hội viên.\n"
    )
    assert len(tasks) == 1
    assert _tasks("Đặc biệt, Hội đã phối hợp với các doanh nghiệp tạo việc làm cho 40 hội viên.\n") == []


def test_a_comma_list_of_tasks_after_an_enumeration_is_one_task_per_item() -> None:
    sentence = (
        "6 tháng cuối năm, Hội tập trung một số nhiệm vụ trọng tâm như tiếp tục củng cố chi hội, "
        "vận động hội viên mới, 100% chi hội sinh hoạt đều, đẩy mạnh phong trào thi đua."
    )
    assert enumerated_tasks(sentence) == [
        "tiếp tục củng cố chi hội",
        "vận động hội viên mới, 100% chi hội sinh hoạt đều",
        "đẩy mạnh phong trào thi đua.",
    ]


def test_a_comma_list_without_an_enumeration_stays_one_task() -> None:
    sentence = "Hội tiếp tục củng cố chi hội, kết nạp hội viên mới, đẩy mạnh phong trào thi đua."
    assert enumerated_tasks(sentence) == [sentence]


# targets a meeting sets itself, work the parties agree to do -----------------------------


def test_targets_set_at_the_meeting_are_tasks_even_after_da() -> None:
    sentence = (
        "Tại hội nghị, hai bên đã đặt mục tiêu phấn đấu tăng số hội viên tham gia bảo hiểm y tế "
        "lên 9.000 người."
    )
    assert directions(sentence, speech=False) == [
        "phấn đấu tăng số hội viên tham gia bảo hiểm y tế lên 9.000 người."
    ]


def test_agreeing_to_do_something_is_a_task_agreeing_with_something_is_not() -> None:
    agreed = "Bên cạnh đó, hai bên cũng thống nhất tăng cường tuyên truyền chính sách bảo hiểm xã hội."
    assert len(directions(agreed, speech=False)) == 1
    thing = "Các thành viên trong Khối nhất trí cao việc đẩy mạnh thi đua gắn với các sự kiện chính trị."
    assert len(directions(thing, speech=False)) == 1
    assert directions("Hội nghị thống nhất cao với báo cáo của Ban Thường vụ.", speech=False) == []
    assert directions("Năm qua, hai bên đã thống nhất tăng cường tuyên truyền.", speech=False) == []


def test_a_conclusion_dated_with_da_still_directs() -> None:
    tasks = _tasks(
        "Kết luận phiên họp, đồng chí Lê Thị Hoa, Chủ tịch Hội đã yêu cầu các chi hội tập trung triển "
        "khai tốt các nội dung kế hoạch và một số nhiệm vụ khác đã đề ra trong năm 2024./.\n"
    )
    assert len(tasks) == 1 and tasks[0].startswith("Các chi hội tập trung triển khai")


def test_results_named_in_an_earlier_clause_do_not_make_a_list_of_tasks_results() -> None:
    sentence = (
        "Hội nghị kiểm điểm kết quả tháng 1, triển khai nhiệm vụ tháng 2 với các nhiệm vụ trọng tâm như: "
        "tiếp tục khám chữa bệnh cho Nhân dân; tổ chức các lớp tập huấn theo kế hoạch."
    )
    assert len(listed_solutions(sentence)) == 2
    done = (
        "Hội nghị đánh giá các nhiệm vụ trọng tâm đạt được như: khám 500 lượt bệnh nhân; mở 3 lớp tập huấn."
    )
    assert listed_solutions(done) == []


def test_a_byline_after_the_tasks_is_no_task() -> None:
    tasks = _tasks(
        "Trong 6 tháng cuối năm, các chi hội sẽ tiến hành sơ kết giữa nhiệm kỳ.\n\n"
        "Trần Mạnh Cường – Hội Nông dân huyện\n"
    )
    assert tasks == ["Trong 6 tháng cuối năm, các chi hội sẽ tiến hành sơ kết giữa nhiệm kỳ."]


def test_a_paragraph_opened_by_a_leaders_title_and_a_speech_verb_is_a_speech() -> None:
    report = extract_text(
        LEAD + "Chủ tịch HĐND xã cũng ghi nhận sự cố gắng của các chi hội. Đồng thời, ghi nhận quyết tâm "
        "trong chỉ đạo, điều hành của UBND xã thời gian qua.\n",
        "x.txt",
    ).value
    assert len(report.remarks) == 1
    assert report.tasks == ()
