"""Rules for conclusions and notices of a Party committee as extracted from a signed PDF: work
assigned by "Giao …"/"Phân công …", request verbs that lost a space, "Đảng" not read as "đang".
The sentences are written for these tests."""

from __future__ import annotations

import pytest

from dvtool.extract.cues import cues
from dvtool.extract.requests import sort_sentences


@pytest.mark.parametrize(
    "sentence",
    [
        "Giao Văn phòng Đảng ủy phối hợp với các chi bộ tổng hợp ý kiến của đảng viên.",
        "Giao Ủy ban Kiểm tra theo dõi, đôn đốc việc khắc phục sau kiểm tra.",
        "Phân công đồng chí Phó Bí thư trực tiếp theo dõi công tác chuẩn bị hội nghị.",
    ],
)
def test_an_assignment_opening_a_sentence_is_a_task(sentence: str) -> None:
    found = sort_sentences(sentence)
    assert len(found.tasks) == 1 and not found.results


@pytest.mark.parametrize(
    "sentence",
    [
        "Giao thông nông thôn được đầu tư đồng bộ trên toàn xã.",
        "Phân công nhiệm vụ cho từng cán bộ đã được thực hiện xong.",
    ],
)
def test_the_same_word_not_followed_by_whom_is_no_assignment(sentence: str) -> None:
    assert sort_sentences(sentence).tasks == []


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("ĐềnghịHội Nông dân xã hoàn thiện báo cáo tổng kết năm.", "Hội Nông dân"),
        ("Đềnghịtiếp tục rà soát danh sách hội viên trước đại hội.", "Tiếp tục rà soát"),
        ("Trên cơ sở kết luận, Ban Thường vụ Đảng ủy đềnghịChi bộ thôn Hòa Bình quán triệt.", "Chi bộ thôn"),
    ],
)
def test_a_request_verb_that_lost_a_space_still_asks(sentence: str, start: str) -> None:
    found = sort_sentences(sentence)
    assert [t[: len(start)] for t in found.tasks] == [start]


def test_a_glued_noun_inside_a_sentence_asks_nothing() -> None:
    assert sort_sentences("Hội nghị đã nghe đềnghịcủa chi bộ về nhân sự khóa mới.").tasks == []


def test_glued_matches_are_only_where_a_space_is_missing() -> None:
    verbs = cues().direction_verbs
    assert list(verbs.glued_finditer("Đề nghị các chi bộ thực hiện.")) == []
    glued = list(verbs.glued_finditer("Đềnghị các chi bộ thực hiện."))
    assert [(m.start, m.end, m.cue) for m in glued] == [(0, 6, "de nghi")]


def test_dang_the_party_is_not_the_marker_of_what_is_under_way() -> None:
    found = sort_sentences(
        "Căn cứ kết luận của Thường trực Đảng ủy, đề nghị các chi bộ nghiêm túc thực hiện."
    )
    assert found.tasks and found.tasks[0].startswith("Các chi bộ")
    assert sort_sentences("Ủy ban đang đề nghị các chi bộ thực hiện kế hoạch.").tasks == []


def test_a_contrast_that_lost_a_space_still_turns_to_shortcomings() -> None:
    from dvtool.extract.shortcomings import contrast_shortcoming

    glued = "Bên cạnh những kết quảđạt được, công tác phát triển đảng viên còn chậm."
    assert contrast_shortcoming(glued, glued=True)
    assert not contrast_shortcoming("Bên cạnh những kết quả, huyện tổ chức tốt lễ hội.", glued=True)
