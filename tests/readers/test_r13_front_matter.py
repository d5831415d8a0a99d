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
