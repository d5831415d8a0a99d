"""Round 13 (new-user trial): a Markdown file whose front matter another program wrote (a blog's
"layout"/"tags", an archive's "so_hieu"/"trich_yeu") is a person's text, not dvtool's own
Markdown; a "```text" fence holds text, read as a text file's lines. Texts written for the tests."""

from __future__ import annotations

from dvtool.readers.markdown import document, read_text

ARTICLE = (
    "# Hội nghị tổng kết công tác dân vận năm 2023\n\n"
    "Sáng 10/1/2024, Ban Dân vận Huyện ủy tổ chức hội nghị tổng kết công tác dân vận năm 2023. "
    "Năm 2023, toàn huyện có 45 mô hình dân vận khéo được công nhận.\n"
)


def test_a_blogs_front_matter_does_not_make_the_file_dvtools_own() -> None:
    text = "---\nlayout: post\ntitle: Tin hoạt động\ntags: [dan-van]\n---\n" + ARTICLE
    doc = document(text, "x.md")
    assert doc.meta is None
    assert any(m.code == "front-matter" for m in doc.messages)
    report = read_text(text, "x.md").value
    assert [f.value for r in report.results for f in r.figures] == [45]


def test_dvtools_own_front_matter_is_still_read_as_its_fields() -> None:
    text = "---\ntitle: Hội nghị A\nauthor: Minh Anh\n---\n\n# Hội nghị A\n"
    doc = document(text, "x.md")
    assert doc.meta is not None and doc.meta.data["author"] == "Minh Anh"
    assert read_text(text, "x.md").value.author == "Minh Anh"


def test_a_text_fence_is_read_as_text_at_its_lines() -> None:
    text = "# Bản số hóa\n\n```text\n" + ARTICLE.split("\n", 2)[2] + "```\n"
    doc = document(text, "x.md")
    fenced = [b for b in doc.blocks if "45 mô hình" in b.text]
    assert fenced and fenced[0].location.line == 4


def test_a_code_fence_is_not_read_as_text() -> None:
    doc = document("# Ghi chú\n\n```python\nprint('Năm 2023 có 45 mô hình')\n```\n", "x.md")
    assert not any("45 mô hình" in b.text for b in doc.blocks)


def _text_report(text: str):  # type: ignore[no-untyped-def]
    from dvtool.formats import ReadOptions
    from dvtool.interpret import interpret
    from dvtool.readers import text as text_reader

    return interpret(text_reader.document(text.encode(), ReadOptions(source="x.txt"))).value


def test_a_rule_line_over_an_article_is_no_title() -> None:
    first, rest = ARTICLE.removeprefix("# ").split("\n\n", 1)
    report = _text_report(f"---\n{first}.\n{rest}")  # a headline closed by a stop, no blank line
    assert report.title == "Hội nghị tổng kết công tác dân vận năm 2023"


SUBJECT = (
    "KẾT QUẢ KIỂM TRA CÔNG TÁC NGHIỆM THU HOÀN THÀNH VỀ PHÒNG CHÁY CHỮA CHÁY VÀ HOÀN THÀNH CÔNG "
    "TRÌNH XÂY DỰNG KHO CHỨA VẬT LIỆU NỔ CÔNG NGHIỆP PHỤC VỤ THI CÔNG CÁC CÔNG TRÌNH THUỘC DỰ ÁN "
    "THỦY ĐIỆN SUỐI A TẠI THÔN NẬM B, XÃ MƯỜNG C, HUYỆN BẢO THẮNG, TỈNH LÀO CAI CŨ."
)


def test_a_long_trich_yeu_in_capitals_stays_in_the_title() -> None:
    notice = (
        "UBND TỈNH LÀO CAI\nSỞ CÔNG THƯƠNG\nSố: 12/TB-SCT\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n\nLào Cai, ngày 5 tháng 4 năm 2026\n\nTHÔNG BÁO\n\n"
        + SUBJECT
        + "\n\nKính gửi: Công ty cổ phần A\n\nNgày 31/3/2026, Đoàn kiểm tra đã kiểm tra công trình.\n"
    )
    assert len(SUBJECT) > 250
    assert _text_report(notice).title == "THÔNG BÁO " + SUBJECT


def test_a_front_matter_closed_by_dots_is_skipped() -> None:
    report = _text_report("---\nso_hieu: 6-BC/ĐU\n...\n" + ARTICLE.removeprefix("# "))
    assert report.title == "Hội nghị tổng kết công tác dân vận năm 2023"


def test_a_tables_row_number_is_not_part_of_its_entry() -> None:
    report = _text_report(
        "BÁO CÁO kết quả thẩm định hồ sơ\n\nI. Kết quả đạt được\n\n"
        "STT | Tài liệu\n1. | Giấy đề nghị cấp Giấy phép vận chuyển\n"
        "2. | Bản sao Bảng kê danh sách phương tiện\n"
    )
    assert [r.text for r in report.results] == [
        "Giấy đề nghị cấp Giấy phép vận chuyển",
        "Bản sao Bảng kê danh sách phương tiện",
    ]
