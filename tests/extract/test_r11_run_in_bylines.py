"""Round 11: a reporter's name a crawler ran into the last sentence of a news item after a closing
quote or a per cent sign ("… xin – cho”.Hoàng Thư", "… 9,45%. VŨ DUNG") is the byline. Items
written for the test: they show the rule works, not that it generalizes (on dev it moved three
Báo Mới items of wave 11, 393, 400 and 402, and nothing else)."""

from __future__ import annotations

import pytest

from dvtool.extract import extract_text

_ITEM = (
    "Huyện Tân Phú tổng kết công tác năm 2024\n\n"
    "Sáng 8/1/2025, UBND huyện Tân Phú tổng kết công tác năm 2024. Tham dự có lãnh đạo các phòng,"
    " ban của huyện.\n\n"
)


def _author(last_paragraph: str) -> str | None:
    return extract_text(_ITEM + last_paragraph + "\n", "a.txt").value.author


@pytest.mark.parametrize(
    ("paragraph", "author"),
    [
        (
            "Chủ tịch UBND huyện nhấn mạnh: “Các xã phải giải quyết dứt điểm các vụ việc tồn đọng, không để"
            " người dân rơi vào vị thế xin – cho”.Hoàng Thư",
            "Hoàng Thư",
        ),
        (
            "Để hoàn thành mục tiêu đã đề ra, huyện xác định 6 tháng cuối năm cần đạt mức tăng từ 8,5 tới"
            " 9,45%. VŨ DUNG",
            "VŨ DUNG",
        ),
    ],
)
def test_a_name_run_in_after_a_quote_or_a_per_cent_sign_is_the_byline(paragraph: str, author: str) -> None:
    assert _author(paragraph) == author


def test_a_sentence_after_a_quote_is_no_byline() -> None:
    paragraph = (
        "Chủ tịch UBND huyện nhấn mạnh: “Các xã phải giải quyết dứt điểm các vụ việc tồn đọng”. Các xã"
        " cam kết hoàn thành trong quý I năm 2025."
    )
    assert _author(paragraph) is None


def _byline(line: str) -> str | None:
    return extract_text(
        _ITEM + "Các xã cam kết hoàn thành trong quý I năm 2025.\n\n" + line + "\n", "a.txt"
    ).value.author


def test_a_credit_for_text_and_photo_written_with_hinh_is_a_byline() -> None:
    assert _byline("Bt + Hình: Thúy Ly") == "Thúy Ly"
    assert _byline("Tin và hình: Minh Trí") == "Minh Trí"


def test_a_portals_category_label_after_the_name_is_left_out() -> None:
    assert _byline("Tác giả: Đức Thiện: Văn hóa") == "Đức Thiện"
    assert _byline("Tác giả: Đức Thiện: Các nội dung khác của ngành văn hóa") is None
