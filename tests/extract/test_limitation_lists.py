"""Shortcoming lists (issue 11): sentences written for these tests. They show that each rule
does what it says on these sentences, not that it generalizes; the real-corpus scores in
tests/eval measure that."""

from __future__ import annotations

from dvtool.extract.shortcomings import heads_list, split_clauses, split_shortcomings


def test_a_semicolon_list_splits_when_most_parts_state_a_shortcoming() -> None:
    text = (
        "Công tác tuyên truyền chưa thường xuyên; việc giải ngân còn chậm; tỷ lệ tiêm chủng ở trẻ em đạt thấp"
    )
    assert split_shortcomings(text) == [
        "Công tác tuyên truyền chưa thường xuyên",
        "việc giải ngân còn chậm",
        "tỷ lệ tiêm chủng ở trẻ em đạt thấp",
    ]


def test_a_semicolon_list_stays_whole_when_few_parts_state_one() -> None:
    text = "Hạ tầng chưa đồng bộ; tổng vốn 20 tỷ đồng; đã bàn giao 5 ha"
    assert split_shortcomings(text) == [text]


def test_a_line_announcing_the_list_heads_it() -> None:
    assert heads_list("Bên cạnh những kết quả đạt được, còn một số mặt hạn chế, khó khăn nổi lên đó là:")
    assert heads_list("Tuy nhiên, vẫn còn thực hiện chưa tốt các quy định, cụ thể như sau:")


def test_a_line_stating_a_shortcoming_before_its_colon_is_one() -> None:
    assert not heads_list("Tiến độ triển khai vẫn chưa đạt yêu cầu, đang bị cản trở bởi ba điểm nghẽn lớn:")
    assert not heads_list("Việc giải ngân còn chậm, đó là")


def test_a_comma_before_a_clause_with_its_own_subject_starts_a_second_shortcoming() -> None:
    text = "Việc lập thủ tục đầu tư còn chậm, tỷ lệ giải ngân đạt thấp"
    assert split_clauses(text) == ["Việc lập thủ tục đầu tư còn chậm", "tỷ lệ giải ngân đạt thấp"]


def test_subject_parts_without_a_predicate_go_with_the_clause_after_them() -> None:
    text = "Việc dự báo có nơi chưa kịp thời, công tác tuyên truyền, phổ biến pháp luật chưa đầy đủ"
    assert split_clauses(text) == [
        "Việc dự báo có nơi chưa kịp thời",
        "công tác tuyên truyền, phổ biến pháp luật chưa đầy đủ",
    ]


def test_a_predicate_a_cause_or_a_list_after_a_colon_goes_on_with_the_clause() -> None:
    for text in (
        "Công tác đôn đốc còn chậm, chưa sát với yêu cầu nhiệm vụ",
        "Tiến độ giải phóng mặt bằng còn chậm, do vướng mắc về nguồn gốc đất, chồng lấn diện tích",
        "Một số đơn vị chưa chấp hành quy định như: khai thác không đúng thiết kế, vượt công suất",
        "Tỷ lệ lấp đầy mới đạt 29,0%, còn thấp so với yêu cầu",
    ):
        assert split_clauses(text) == [text]


def test_the_announcing_head_is_dropped_before_the_clauses() -> None:
    text = "Vẫn còn những mặt hạn chế, đó là: Việc dự báo chưa kịp thời, công tác tuyên truyền chưa đầy đủ"
    assert split_clauses(text) == ["Việc dự báo chưa kịp thời", "công tác tuyên truyền chưa đầy đủ"]


def test_a_paragraph_of_several_sentences_is_not_split_at_its_commas() -> None:
    text = (
        "Hạ tầng còn chậm, vốn đầu tư còn thiếu. Nguyên nhân khách quan: địa bàn rộng, giao thông khó khăn."
    )
    assert split_clauses(text) == [text]


NOTICE = (
    "THÔNG BÁO\n\n"
    "Ngày 26/8/2025, Thường trực Đảng ủy xã họp và thống nhất kết luận như sau:\n\n"
    "1. Về tình hình thực hiện nhiệm vụ; nhiệm vụ trọng tâm thời gian tới: Thường trực nhất trí.\n"
    "- Tổ chức thành công Đại hội đại biểu Đảng bộ xã lần thứ I.\n"
    "* Bên cạnh đó, cũng còn một số tồn tại, hạn chế đã được nêu trong báo cáo;\n"
    "Thường trực Đảng ủy lưu ý:\n"
    "- Tình hình an ninh trật tự tuy ổn định nhưng vẫn còn tiềm ẩn nguy cơ.\n"
    "- Việc xử lý rác thải ở một số thôn vẫn còn hạn chế.\n"
    "* Về nhiệm vụ thời gian tới: Thường trực lưu ý một số nội dung sau:\n"
    "- Tiếp tục đẩy mạnh công tác phát triển đảng viên mới.\n"
)


def test_a_list_item_turning_to_shortcomings_makes_the_items_after_it_limitations() -> None:
    from dvtool.extract import extract_text

    report = extract_text(NOTICE, "x.txt").value
    assert [i.text for i in report.limitations] == [
        "Tình hình an ninh trật tự tuy ổn định nhưng vẫn còn tiềm ẩn nguy cơ.",
        "Việc xử lý rác thải ở một số thôn vẫn còn hạn chế.",
    ]
    assert "Tiếp tục đẩy mạnh công tác phát triển đảng viên mới." in [i.text for i in report.tasks]


def test_a_line_that_discusses_or_asks_to_overcome_shortcomings_opens_none() -> None:
    from dvtool.extract.shortcomings import opens_shortcomings

    assert opens_shortcomings("Bên cạnh đó, cũng còn một sốtồn tại, hạn chế đã được nêu trong báo cáo;")
    assert not opens_shortcomings("Hội nghị đã chỉ ra những tồn tại, hạn chế trong năm qua.")
    assert not opens_shortcomings("Các đơn vị cần khắc phục những tồn tại, hạn chế đã nêu.")


def test_an_inline_label_naming_the_shortcomings_opens_them() -> None:
    from dvtool.extract.requests import limitations_label

    assert limitations_label("Khó khăn: Khối lượng công việc lớn.") == "Khối lượng công việc lớn."
    assert limitations_label("Nguyên nhân hạn chế: Cơ sở dữ liệu chưa đồng nhất.") is not None
    assert limitations_label("Kết quả: đã tổ chức 14 buổi biểu diễn.") is None
    assert (
        limitations_label("Khó khăn lớn nhất của xã trong năm qua là việc thu ngân sách: chỉ đạt 60%.")
        is None
    )


def test_an_inline_label_in_a_report_with_sections_starts_the_limitations() -> None:
    from dvtool.interpret import interpret
    from dvtool.readers import text as reader

    typed = (
        "BÁO CÁO\nKết quả tháng 2\n\n"
        "I. KẾT QUẢ ĐẠT ĐƯỢC\n"
        "1. Xã đã tiếp nhận 364 hồ sơ.\n"
        "2. Khó khăn: Cơ sở dữ liệu chưa đồng nhất; biên chế, nguồn nhân lực còn hạn chế.\n"
        "II. NHIỆM VỤ THÁNG 3\n"
        "1. Tiếp tục giải quyết hồ sơ đúng hạn.\n"
    )
    document = reader.document(typed.encode(), reader.ReadOptions(source="x.txt"))
    report = interpret(document).value
    assert [i.text for i in report.limitations] == [
        "Cơ sở dữ liệu chưa đồng nhất",
        "biên chế, nguồn nhân lực còn hạn chế.",
    ]


def test_a_shortcoming_said_before_a_direction_runs_from_the_speech_verb() -> None:
    from dvtool.extract.speech_shortcomings import speech_shortcomings

    sentence = (
        "Phát biểu kết luận, đồng chí Bùi Văn Quang khẳng định, nhiệm vụ quân sự, quốc phòng "
        "thời gian tới hết sức nặng nề, đòi hỏi các cấp ủy phải hết sức quan tâm."
    )
    assert speech_shortcomings(sentence) == ["nhiệm vụ quân sự, quốc phòng thời gian tới hết sức nặng nề"]


def test_a_difficulty_conceded_before_results_is_no_shortcoming() -> None:
    from dvtool.extract.shortcomings import states_shortcoming

    assert not states_shortcoming(
        "Tuy còn gặp nhiều khó khăn do dịch bệnh, Hội vẫn tiếp tục lao động sản xuất."
    )
    assert not states_shortcoming("Mặc dù gặp khó khăn, các xã đã hoàn thành 100% kế hoạch.")
    assert states_shortcoming("Tuy còn gặp nhiều khó khăn, việc giải ngân vẫn còn chậm.")
    assert states_shortcoming("Tuy nhiên, việc giải ngân còn gặp nhiều khó khăn.")


def test_a_participants_opinion_in_minutes_states_its_shortcomings_part_by_part() -> None:
    from dvtool.extract.requests import stated_shortcomings

    text = (
        "UBND phường trình bày Báo cáo số 244/BC-UBND: hiện trạng cụm có 23 dự án; nhiều doanh nghiệp "
        "không bảo đảm yêu cầu về môi trường; một số đơn vị kinh doanh không đúng mục đích ban đầu. "
        "Đề nghị Sở Công Thương khắc phục tình trạng chưa đồng bộ."
    )
    assert stated_shortcomings(text) == [
        "nhiều doanh nghiệp không bảo đảm yêu cầu về môi trường",
        "một số đơn vị kinh doanh không đúng mục đích ban đầu",
    ]


def test_a_warning_of_sanctions_is_no_shortcoming() -> None:
    from dvtool.extract.shortcomings import states_shortcoming

    assert not states_shortcoming(
        "Những trường hợp cố tình không chấp hành quy định sẽ bị xử lý nghiêm minh."
    )
    assert not states_shortcoming("Đơn vị không để xảy ra sự cố cháy nổ.")


def test_a_difficulty_framing_results_is_no_shortcoming() -> None:
    from dvtool.extract.shortcomings import states_shortcoming

    assert not states_shortcoming(
        "Trước tình hình dịch bệnh diễn biến phức tạp, phong trào đã nhận được sự đồng lòng."
    )
    assert not states_shortcoming(
        "Thực hiện kế hoạch trong điều kiện nhiều khó khăn, thách thức, song Công ty đã hoàn thành vượt mức."
    )
    assert states_shortcoming("Trong bối cảnh thị trường còn nhiều biến động, Công ty cần chủ động.")
    assert states_shortcoming("Tình hình an ninh trật tự tuy ổn định nhưng vẫn còn tiềm ẩn nguy cơ.")


def test_a_difficulty_that_describes_or_is_named_states_none() -> None:
    from dvtool.extract.shortcomings import states_shortcoming

    assert not states_shortcoming("Tặng quà 400 thiếu nhi có hoàn cảnh đặc biệt khó khăn.")
    assert not states_shortcoming("Doanh số cho vay tập trung vào hộ sản xuất kinh doanh vùng khó khăn.")
    assert not states_shortcoming(
        "Giám đốc đã báo cáo tình hình hoạt động và những khó khăn thử thách trong giai đoạn tới."
    )
    assert not states_shortcoming(
        "Sản lượng đã vượt cao điểm năm 2019 (giai đoạn chưa bị ảnh hưởng bởi dịch bệnh)."
    )
    assert states_shortcoming("Hiện nay còn những khó khăn trong giải ngân.")


def test_a_meta_verb_inside_the_subject_does_not_hide_the_shortcoming() -> None:
    from dvtool.extract.shortcomings import states_shortcoming

    assert states_shortcoming("Công tác quản lý, đánh giá cán bộ còn rất khó khăn.")
    assert states_shortcoming("Báo cáo đã đánh giá hoạt động sản xuất năm qua gặp rất nhiều khó khăn.")
    assert not states_shortcoming("Hội nghị đã đánh giá những khó khăn, hạn chế trong năm.")
    assert not states_shortcoming("Các đại biểu cho ý kiến về những nội dung còn vướng mắc.")


def test_a_results_sentence_stating_several_shortcomings_gives_one_item_each() -> None:
    from dvtool.extract import extract_text

    text = (
        "Tổng kết công tác cán bộ\n\n"
        "Sáng 16/12/2024, Ban Tổ chức tỉnh tổ chức hội nghị tổng kết công tác năm 2024.\n\n"
        "Năm qua, ngành đã tham mưu 12 đề án.\n\n"
        "Công tác quản lý cán bộ còn rất khó khăn; sinh hoạt Đảng nhiều nơi còn hình thức.\n"
    )
    report = extract_text(text, "x.txt").value
    assert [i.text for i in report.limitations] == [
        "Công tác quản lý cán bộ còn rất khó khăn",
        "Sinh hoạt Đảng nhiều nơi còn hình thức.",
    ]


def test_the_examples_a_direction_gives_of_shortcomings_are_stated() -> None:
    from dvtool.extract.shortcomings import named_examples

    sentence = (
        "Đồng thời lưu ý cần khắc phục những tồn tại, hạn chế như họp ban đại diện cấp huyện chưa đảm bảo "
        "thời gian quy định, nội dung họp chưa đảm bảo chất lượng; "
        "cho vay xuất khẩu lao động triển khai chậm."
    )
    assert named_examples(sentence) == [
        "họp ban đại diện cấp huyện chưa đảm bảo thời gian quy định",
        "nội dung họp chưa đảm bảo chất lượng",
        "cho vay xuất khẩu lao động triển khai chậm",
    ]
    assert named_examples("Cần tiếp tục phát huy những kết quả đạt được như tăng trưởng tín dụng.") == []


def test_a_list_after_nhu_is_not_split_at_its_commas() -> None:
    text = "CQĐT còn một số thiếu sót như tiến độ xác minh tố giác, tin báo còn chậm"
    assert split_clauses(text) == [text]


def test_a_heading_naming_causes_after_a_topic_word_holds_limitations() -> None:
    # shows the rule works on headings written for this test, not that it generalizes
    from dvtool.extract.requests import section_of

    assert section_of("2.2. Các nguyên nhân") == "limitations"
    assert section_of("7.4.2. Một số nguyên nhân") == "limitations"
    assert section_of("b) Về những khó khăn, vướng mắc") == "limitations"
    assert section_of("3. Các giải pháp") == "tasks"
    assert section_of("2.3. Các nội dung khác") is None


def test_a_degree_adverb_after_con_still_states_a_shortcoming() -> None:
    # shows the rule works on sentences written for this test, not that it generalizes
    from dvtool.extract.shortcomings import states_shortcoming

    assert states_shortcoming("Sự phối hợp giữa các ngành ở cơ sở còn rất hạn chế.")
    assert states_shortcoming("Công tác quản lý, đánh giá cán bộ còn rất khó khăn.")
    assert states_shortcoming("Việc giải ngân vốn đầu tư công năm nay còn quá chậm.")
    assert not states_shortcoming("Hội nghị đã đánh giá những khó khăn trong năm qua.")


def test_a_contrast_after_a_verb_of_discussing_opens_a_stated_shortcoming() -> None:
    # shows the rule works on a sentence written for this test, not that it generalizes
    from dvtool.extract.shortcomings import states_shortcoming

    assert states_shortcoming(
        "Tổng số vụ việc phải giải quyết là 120 vụ, tuy nhiên, việc xử lý tài sản còn khó khăn."
    )
    assert not states_shortcoming("Các ngành đã giải quyết những khó khăn của doanh nghiệp.")


def test_what_was_given_to_a_ministry_is_no_recommendation() -> None:
    # shows the rule works on sentences written for this test, not that it generalizes
    from dvtool.extract.directions import recommends
    from dvtool.extract.shortcomings import states_shortcoming

    text = "Việc triển khai đề án liên kết vùng còn rất chậm, dù đề án được giao cho Bộ Kế hoạch và Đầu tư."
    assert not recommends(text)
    assert states_shortcoming(text)
    assert recommends("Hội nghị đề nghị Bộ Kế hoạch và Đầu tư sớm ban hành hướng dẫn.")


def test_what_was_attained_is_no_report_before_a_negation() -> None:
    # shows the rule works on sentences written for this test, not that it generalizes
    from dvtool.extract.shortcomings import states_shortcoming

    assert states_shortcoming("Kết quả đạt được chưa căn cơ, không vững chắc.")
    assert states_shortcoming("Những gì làm được chưa tương xứng với tiềm năng.")


def test_words_that_judge_a_state_wanting_state_a_shortcoming() -> None:
    # shows the rule works on sentences written for this test, not that it generalizes
    from dvtool.extract.shortcomings import states_shortcoming

    assert states_shortcoming("Ý thức của người tham gia giao thông còn kém.")
    assert states_shortcoming("Việc đầu tư hạ tầng của huyện còn manh mún.")
    assert states_shortcoming("Số người chết vì tai nạn giao thông vẫn đáng báo động.")


def test_a_difficulty_that_harms_something_states_a_shortcoming() -> None:
    # shows the rule works on sentences written for this test, not that it generalizes
    from dvtool.extract.shortcomings import states_shortcoming

    assert states_shortcoming("Giá cát xây dựng tăng đột biến làm ảnh hưởng đến tiến độ các công trình.")
    assert states_shortcoming("Mưa lũ cuối năm ảnh hưởng không nhỏ đến sản xuất của nhân dân.")


def test_a_heading_naming_an_assessment_after_a_topic_word_holds_results() -> None:
    # shows the rule works on headings written for this test, not that it generalizes
    from dvtool.extract.requests import section_of

    assert section_of("a) Về tình hình phát triển kinh tế - xã hội 6 tháng đầu năm:") == "results"
    assert section_of("II. Về công tác chuẩn bị đại hội các chi hội") is None


def test_what_failed_is_a_shortcoming_even_after_a_report_marker() -> None:
    # shows the rule works on sentences written for this test, not that it generalizes
    from dvtool.extract.shortcomings import states_shortcoming

    assert states_shortcoming("Cơ cấu đại biểu nữ trúng cử ở cả ba cấp đã không đạt mức phấn đấu.")
    assert not states_shortcoming("Các xã đã hoàn thành kế hoạch, chưa từng có vụ việc phức tạp.")


def test_a_region_whose_economy_is_difficult_names_who_is_helped() -> None:
    # shows the rule works on a sentence written for this test, not that it generalizes
    from dvtool.extract.shortcomings import states_shortcoming

    assert not states_shortcoming(
        "Ưu tiên tuyển dụng giáo viên mầm non cho các trường ở vùng kinh tế - xã hội khó khăn."
    )


def test_a_list_after_the_colon_of_shortcomings_is_split_clause_by_clause() -> None:
    # shows the rule works on an article written for this test, not that it generalizes
    from dvtool.extract import extract_text

    report = extract_text(
        "Đảng ủy xã làm việc với chi ủy thôn\n\n"
        "Ngày 5/1/2024, Đảng ủy xã Đồng Lâm làm việc với chi ủy thôn Cài.\n\n"
        "Năm 2023, chi bộ đã lãnh đạo hoàn thành các chỉ tiêu. Hội nghị cũng chỉ rõ những tồn tại, hạn "
        "chế: Việc học tập nghị quyết triển khai chưa thật sự hiệu quả, công tác phát triển đảng viên "
        "chưa cao, phong trào văn nghệ của thôn còn hạn chế; sinh hoạt chi bộ chưa đều, nội dung "
        "sinh hoạt chưa phong phú.\n",
        "test",
    ).value
    assert [i.text for i in report.limitations] == [
        "Việc học tập nghị quyết triển khai chưa thật sự hiệu quả",
        "Công tác phát triển đảng viên chưa cao",
        "Phong trào văn nghệ của thôn còn hạn chế",
        "Sinh hoạt chi bộ chưa đều, nội dung sinh hoạt chưa phong phú.",
    ]


def test_a_lead_sentence_that_states_a_shortcoming_is_also_read_in_the_body() -> None:
    # shows the rule works on an article written for this test, not that it generalizes
    from dvtool.extract import extract_text

    report = extract_text(
        "Tổng kết công tác bầu cử\n\n"
        "Ngày 14/5/2024, tại hội nghị tổng kết công tác bầu cử, Sở Nội vụ nhận định: một số nơi làm "
        "chưa tốt công tác hiệp thương.\n\n"
        "Toàn tỉnh bầu được 3.852 đại biểu.\n",
        "test",
    ).value
    assert report.date == "2024-05-14"
    assert len(report.limitations) == 1
    assert "chưa tốt công tác hiệp thương" in report.limitations[0].text


def test_many_shortcomings_still_there_state_one() -> None:
    # shows the rule works on sentences written for this test, not that it generalizes
    from dvtool.extract.shortcomings import states_shortcoming

    assert states_shortcoming("Công tác đánh giá cán bộ hiện nay còn rất nhiều tồn tại.")
    assert states_shortcoming("Thủ tục đầu tư còn nhiều bất cập.")


def test_not_a_few_shortcomings_open_the_list_and_are_none_themselves() -> None:
    # shows the rule works on an article written for this test, not that it generalizes
    from dvtool.extract import extract_text

    report = extract_text(
        "Sơ kết Nghị quyết về văn hóa\n\n"
        "Ngày 9/6/2024, Tỉnh ủy tổ chức hội nghị sơ kết Nghị quyết về văn hóa.\n\n"
        "Năm qua, toàn tỉnh đã xây dựng 40 nhà văn hóa. Bên cạnh đó, một số đại biểu cho rằng vẫn còn "
        "không ít hạn chế khi thực hiện Nghị quyết. Đó là nhận thức của cấp ủy có nơi chưa đúng tầm.\n",
        "test",
    ).value
    assert [i.text for i in report.limitations] == ["Đó là nhận thức của cấp ủy có nơi chưa đúng tầm."]
