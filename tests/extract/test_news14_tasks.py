"""Tasks read wrongly on the dev set's newest wave (round 14, news14): sentences written for these
tests. They show that each rule does what it says on these sentences, not that it generalizes;
the dev comparison measures that."""

from __future__ import annotations

import pytest
from tests.extract.news_item import limitations_after_review_lead, tasks_after_lead

from dvtool.extract.askers import asked_by_others
from dvtool.extract.directions import directions
from dvtool.extract.levels import asks_own_superior, higher_level, unit_rank
from dvtool.extract.resolves import resolved
from dvtool.extract.set_tasks import adopted_before, agreed_work

# --- recommendations to a higher level (levels.py) ---


@pytest.mark.parametrize(
    "addressee",
    [
        "các cơ quan Trung ương sớm ban hành hướng dẫn",
        "các cơ quan T.Ư sớm thống nhất quy định",
        "T.Ư sớm thống nhất quy định",
        "các cơ quan chức năng của Trung ương quan tâm hỗ trợ",
        "các ban, ngành cấp trên xem xét",
        "với Bộ Xây dựng cần sớm hướng dẫn",
        "lên Trung ương xin cơ chế",
        "tỉnh và Trung ương quan tâm hỗ trợ kinh phí",
        "Ủy ban thường vụ Quốc hội, Chính phủ nghiên cứu quy định",
    ],
)
def test_an_addressee_above_the_meeting_is_a_higher_level(addressee: str) -> None:
    assert higher_level(addressee)


@pytest.mark.parametrize(
    "addressee",
    [
        "các cơ quan chức năng khẩn trương vào cuộc",
        "các sở, ngành và các huyện tập trung chỉ đạo",
        "các cấp, các ngành tập trung chỉ đạo",
        "của Bộ Chính trị, Ban Bí thư về nâng cao hiệu quả",  # "các chỉ đạo của …": a noun
        "cơ quan chuyên môn phối hợp với Trung ương",  # a verb before the level: not its qualifier
    ],
)
def test_an_addressee_at_or_below_the_meeting_is_no_higher_level(addressee: str) -> None:
    assert not higher_level(addressee)


def test_a_request_to_central_bodies_and_the_government_gives_no_task() -> None:
    """The first addressee, a generic body qualified by "T.Ư", makes the whole request a
    recommendation, with the ";" parts that name the Government and a ministry after it; the
    "thống nhất" asked of them is no agreement of the meeting's."""
    sentence = (
        "Để làm tốt công tác này, lãnh đạo Sở Tài chính và đại diện các phòng đề nghị các cơ quan T.Ư "
        "sớm thống nhất, ban hành quy định về định mức chi; Chính phủ xem xét sửa đổi Nghị định số "
        "60/2021/NĐ-CP; Bộ Tài chính sớm hướng dẫn cơ chế tự chủ."
    )
    assert directions(sentence, speech=False) == []
    assert directions(sentence, speech=True) == []
    assert agreed_work(sentence) == ""
    assert tasks_after_lead(sentence + "\n\n") == []


def test_an_agreement_after_a_request_noun_is_still_agreed() -> None:
    sentence = "Theo đề nghị của Sở Nội vụ, hội nghị thống nhất tăng cường công tác kiểm tra, giám sát."
    assert agreed_work(sentence) == "tăng cường công tác kiểm tra, giám sát."


@pytest.mark.parametrize(
    ("giver", "addressee"),
    [
        ("Phó Giám đốc Sở Tư pháp Trần Văn Bình ", "TP nên áp dụng phiếu hướng dẫn hồ sơ"),
        ("UBND huyện ", "với UBND tỉnh không gia hạn giấy phép khai thác cát"),
        ("Tại buổi làm việc, Chủ tịch UBND xã Tân Lập ", "huyện sớm hỗ trợ kinh phí làm đường"),
        ("Giám đốc Bệnh viện Đa khoa tỉnh ", "tỉnh sớm bố trí kinh phí xây dựng nhà điều trị"),
    ],
)
def test_a_unit_asking_the_level_above_it_recommends(giver: str, addressee: str) -> None:
    assert asks_own_superior(giver, addressee)
    assert directions(f"{giver}đề nghị {addressee}.", speech=False) == []


@pytest.mark.parametrize(
    ("giver", "addressee"),
    [
        ("Đồng chí Chủ tịch UBND thị xã ", "các xã tập trung thu hoạch lúa"),  # "thị xã" is no commune
        ("Phó Chủ tịch nước ", "tỉnh tiếp tục đổi mới công tác thi đua"),  # no local level
        ("Đồng chí Chủ tịch UBND tỉnh ", "thành phố khẩn trương hoàn thành giải phóng mặt bằng"),
    ],
)
def test_a_level_asking_its_own_or_a_lower_level_directs(giver: str, addressee: str) -> None:
    assert not asks_own_superior(giver, addressee)
    assert directions(f"{giver}đề nghị {addressee}.", speech=False) != []


def test_the_rank_of_a_giver_is_the_lowest_level_it_names() -> None:
    assert unit_rank("Giám đốc Bệnh viện Đa khoa tỉnh", at_start=False) == 2
    assert unit_rank("Chủ tịch UBND thị xã Sơn Tây", at_start=False) == 2
    assert unit_rank("Bí thư Đảng ủy xã Hòa Bình", at_start=False) == 1
    assert unit_rank("Thứ trưởng Bộ Y tế", at_start=False) is None
    assert unit_rank("UBND tỉnh sớm bố trí", at_start=True) == 3


# --- the public asks (askers.py) ---


@pytest.mark.parametrize(
    "sentence",
    [
        "Một số doanh nghiệp đề nghị tỉnh tạo điều kiện về mặt bằng sản xuất.",
        "Đại diện người dân đề nghị công ty sớm khắc phục tình trạng ô nhiễm.",
        "Nhiều ý kiến của cử tri đề nghị tỉnh quan tâm chế độ cho cán bộ không chuyên trách.",
        "Ý kiến cử tri đề nghị huyện sớm sửa chữa cầu treo.",
    ],
)
def test_a_request_of_the_public_counted_or_represented_is_no_task(sentence: str) -> None:
    assert directions(sentence, speech=False) == []
    assert directions(sentence, speech=True) == []


def test_a_representative_of_a_body_still_directs() -> None:
    assert not asked_by_others("Đại diện UBND xã ")
    sentence = "Đại diện UBND xã đề nghị các thôn tập trung thu gom rác thải."
    assert directions(sentence, speech=False) == ["các thôn tập trung thu gom rác thải."]


# --- a modal inside another word or negated (directions.directions) ---


def test_a_negated_or_compound_modal_in_a_speech_gives_no_task() -> None:
    assert (
        directions(
            "Người dân có thể giữ phiếu này nếu cán bộ đòi hỏi những giấy tờ không cần thiết.", speech=True
        )
        == []
    )
    assert directions("Các đơn vị lo tốt công tác hậu cần cho đoàn.", speech=True) == []
    given = directions(
        "Các địa phương không cần chờ hướng dẫn mà phải chủ động triển khai ngay.", speech=True
    )
    assert given != []  # the "phải" after the negated "cần" still directs


# --- a direction phrased as a resolve (resolves.py) ---


def test_a_resolve_in_a_speech_is_a_task() -> None:
    sentence = (
        "Ông Trần Văn Nam, Chủ tịch UBND tỉnh, khẳng định bằng mọi cách không để dịch tả lợn lây lan ra "
        "diện rộng."
    )
    assert directions(sentence, speech=True) == ["bằng mọi cách không để dịch tả lợn lây lan ra diện rộng."]
    assert resolved("Đồng chí Bí thư nhấn mạnh quyết tâm không để xảy ra điểm nóng.") == (
        "quyết tâm không để xảy ra điểm nóng."
    )


def test_a_resolve_reported_or_supposed_is_no_task() -> None:
    assert resolved("Năm qua, huyện đã kiên quyết không để phát sinh điểm nóng về an ninh trật tự.") == ""
    assert resolved("Nếu bằng mọi cách không để xảy ra dịch thì tỉnh sẽ giữ được đàn gia cầm.") == ""
    assert directions("Năm qua, huyện đã kiên quyết không để phát sinh điểm nóng.", speech=True) == []


# --- an assignment in the document a meeting adopts (set_tasks.adopted_before) ---


def test_an_assignment_after_an_adopted_resolution_is_a_task() -> None:
    sentence = (
        "Kết thúc hội nghị, Ban Chấp hành đã thông qua nghị quyết về nhiệm vụ năm 2026, giao cho Ban "
        "Thường vụ Huyện ủy chỉ đạo xây dựng chương trình hành động."
    )
    assert directions(sentence, speech=False) != []
    assert adopted_before("Kỳ họp đã biểu quyết thông qua 12 nghị quyết,")
    given = directions(
        "Kỳ họp đã biểu quyết thông qua 12 nghị quyết, giao cho UBND tỉnh tổ chức thực hiện.", speech=False
    )
    assert given == ["UBND tỉnh tổ chức thực hiện."]


def test_a_direction_reported_after_an_earlier_document_is_no_task() -> None:
    assert not adopted_before("UBND tỉnh đã ban hành văn bản,")
    assert (
        directions("UBND tỉnh đã ban hành văn bản, yêu cầu các sở tăng cường kiểm tra.", speech=False) == []
    )
    assert not adopted_before("Đoàn đã thông qua Sở Y tế,")  # "thông qua" as "through": no document


# --- facing a hardship now (cues shortcoming_phrases) ---


def test_what_a_place_is_facing_now_is_a_limitation() -> None:
    text = "Theo báo cáo, vùng đồi phía tây của huyện đang đối mặt với một đợt hạn hán kéo dài.\n\n"
    assert limitations_after_review_lead(text) == [
        "Theo báo cáo, vùng đồi phía tây của huyện đang đối mặt với một đợt hạn hán kéo dài."
    ]


# --- a speech's direction before the clause that names the period (openers._speech_directions) ---


def test_a_direction_before_the_period_clause_of_the_same_sentence_is_kept() -> None:
    text = (
        "Phát biểu tại hội nghị, đồng chí Trần Văn Hải, Chủ tịch UBND huyện nhất trí với báo cáo, đồng "
        "thời đề nghị Hội tiếp tục phát huy những kết quả đã đạt được trong năm qua; đồng chí đề nghị "
        "trong thời gian tới, Hội tập trung vận động hội viên tham gia bảo hiểm y tế.\n\n"
    )
    assert tasks_after_lead(text) == [
        "Hội tiếp tục phát huy những kết quả đã đạt được trong năm qua",
        "Hội tập trung vận động hội viên tham gia bảo hiểm y tế.",
    ]


def test_praise_in_an_earlier_sentence_of_the_speech_stays_a_remark() -> None:
    text = (
        "Đồng chí Trần Văn Hải, Chủ tịch UBND huyện biểu dương Hội đã bám sát yêu cầu nhiệm vụ chính "
        "trị, tích cực vận động hội viên. Đồng chí đề nghị trong thời gian tới, Hội tập trung vận động "
        "hội viên tham gia bảo hiểm y tế.\n\n"
    )
    assert tasks_after_lead(text) == ["Hội tập trung vận động hội viên tham gia bảo hiểm y tế."]


# --- a direction goes on after "Trên cơ sở đó", "Theo đó" (cues direction_continuations) ---


def test_work_that_follows_a_direction_on_its_basis_goes_on_with_it() -> None:
    text = (
        "Kết luận hội nghị, đồng chí Chủ tịch Hội yêu cầu thành lập tổ công tác về vận động hội viên "
        "tham gia bảo hiểm. Trên cơ sở đó, các chi hội bám sát nhiệm vụ được phân công, khẩn trương "
        "triển khai kế hoạch vận động.\n\n"
    )
    assert tasks_after_lead(text) == [
        "Thành lập tổ công tác về vận động hội viên tham gia bảo hiểm.",
        "Các chi hội bám sát nhiệm vụ được phân công, khẩn trương triển khai kế hoạch vận động.",
    ]


def test_on_the_basis_of_a_result_nothing_goes_on() -> None:
    text = (
        "Năm 2024, Hội đã tổ chức 12 lớp tập huấn. Trên cơ sở đó, các chi hội đã nhân rộng mô hình mới.\n\n"
    )
    assert tasks_after_lead(text) == []
