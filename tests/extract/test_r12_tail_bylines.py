"""Round 12: bylines and source lines at the end of a news item that were read as results: a
credit "Người đưa tin: …" or "Th: …" (who compiled the item), a reporter who signs with one given
name on the last line, and an aggregator's source line that names the paper before the item's
address ("Nguồn Khánh Hòa http://…"), under a reporter's name in capitals. Items written for the
test: they show the rules work, not that they generalize."""

from __future__ import annotations

import pytest

from dvtool.extract import extract_text

_ITEM = (
    "Huyện Tân Phú tổng kết công tác năm 2024\n\n"
    "Sáng 8/1/2025, UBND huyện Tân Phú tổng kết công tác năm 2024. Tham dự có lãnh đạo các phòng,"
    " ban của huyện.\n\n"
    "Năm 2024, huyện hoàn thành 15/16 chỉ tiêu, thu ngân sách đạt 112% dự toán.\n\n"
)


def _read(tail: str) -> tuple[str | None, str | None, list[str]]:
    report = extract_text(_ITEM + tail + "\n", "a.txt").value
    return report.author, report.publisher, [r.text for r in report.results]


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Người đưa tin: Lê Thị Hoa", "Lê Thị Hoa"),
        ("Th: Hoàng Nam", "Hoàng Nam"),
        ("TH: Minh Trí", "Minh Trí"),
    ],
)
def test_a_credit_of_who_sent_or_compiled_the_item_is_its_byline(line: str, author: str) -> None:
    found, _, results = _read(line)
    assert found == author
    assert all(line not in r for r in results)


def test_one_given_name_under_the_last_sentence_is_the_byline() -> None:
    assert _read("Dịp này, UBND huyện khen thưởng 5 tập thể.\n\nHằng")[0] == "Hằng"
    assert _read("Dịp này, UBND huyện khen thưởng 5 tập thể.\n\nChung")[0] == "Chung"


@pytest.mark.parametrize("line", ["Ho", "Zalo", "Facebook"])
def test_two_bare_letters_or_a_share_button_are_no_byline(line: str) -> None:
    assert _read("Dịp này, UBND huyện khen thưởng 5 tập thể.\n\n" + line)[0] is None


def test_a_word_under_an_unclosed_line_is_no_byline() -> None:
    assert _read("Các xã cam kết hoàn thành trong quý I năm 2025\n\nChung")[0] is None


@pytest.mark.parametrize(
    ("line", "paper"),
    [
        ("Nguồn Khánh Hòa http://www.baokhanhhoa.vn/chinh-tri/202104/tong-ket-8212697/", "Khánh Hòa"),
        (
            "Nguồn Bà Rịa - Vũng Tàu: http://www.baobariavungtau.com.vn/chinh-tri/202212/tong-ket-966196/",
            "Bà Rịa - Vũng Tàu",
        ),
    ],
)
def test_a_source_line_naming_the_paper_before_the_address_gives_the_publisher(line: str, paper: str) -> None:
    author, publisher, results = _read("Dịp này, UBND huyện khen thưởng 5 tập thể.\n\nTHU HÀ\n\n" + line)
    assert (author, publisher) == ("THU HÀ", paper)
    assert all("http" not in r for r in results)


def test_a_source_line_naming_words_in_lower_case_is_no_paper() -> None:
    _, publisher, _ = _read("Nguồn tin từ các xã http://www.tanphu.vn/tin-tuc/tong-ket-123/")
    assert publisher != "từ các xã"


def test_a_source_line_naming_two_reporters_closed_with_a_stop_is_the_byline() -> None:
    author, _, results = _read("Dịp này, UBND huyện khen thưởng 5 tập thể.\n\nNguồn: Lê Hà - Trần Minh.")
    assert author == "Lê Hà - Trần Minh"
    assert all("Nguồn" not in r for r in results)


def test_a_source_line_naming_a_paper_names_no_reporter() -> None:
    author, publisher, _ = _read("Dịp này, UBND huyện khen thưởng 5 tập thể.\n\nNguồn: Báo Nam Định")
    assert (author, publisher) == (None, "Báo Nam Định")
