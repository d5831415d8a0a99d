"""Trial 10, problem 2: section headings made with Word's automatic numbering (a List Number
paragraph whose text names a section) are headings, read as the same headings typed in bold
"I. KẾT QUẢ ĐẠT ĐƯỢC" are. The golden pair ``tests/golden/docx/auto_numbered_headings`` and
``bold_typed_headings`` are the trial's two files (the same report, numbered by Word and typed);
the other texts are written for the test: they show the rule works, not that it generalizes."""

from __future__ import annotations

import copy
import io
from pathlib import Path

import docx
from docx.oxml.ns import qn

from dvtool.document import Block, Hints
from dvtool.formats import ReadOptions, get_reader
from dvtool.interpret.heading_levels import heading_level
from dvtool.messages import Result
from dvtool.model import Report
from dvtool.sections import classify_heading

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "docx"


def _read(fmt: str, data: bytes, source: str) -> Result[Report]:
    return get_reader(fmt)(data, ReadOptions(source=source))


def _shown(result: Result[Report]) -> list[tuple[str, str]]:
    return [(m.code, m.text) for m in result.messages]


def test_word_numbered_headings_read_as_the_same_headings_typed_in_bold() -> None:
    auto = _read("docx", (GOLDEN / "auto_numbered_headings" / "input.docx").read_bytes(), "a.docx")
    bold = _read("docx", (GOLDEN / "bold_typed_headings" / "input.docx").read_bytes(), "a.docx")
    assert auto.value == bold.value and _shown(auto) == _shown(bold)
    report = auto.value
    assert report.title == "BÁO CÁO Kết quả thực hiện công tác dân vận chính quyền năm 2024"
    assert [i.text for i in report.results[:2]] == [
        "Tiếp 215 lượt công dân, giải quyết 98% đơn thư thuộc thẩm quyền.",
        "Vận động nhân dân hiến 3.200 m2 đất làm đường.",
    ]
    table = report.results[2]
    assert [(f.value, f.text) for f in table.figures] == [(1845, "Thực hiện 1.845 hộ")]  # not the STT "1"
    assert [i.text for i in report.limitations] == ["Một số cán bộ còn hạn chế trong tiếp dân."]
    assert [i.text for i in report.tasks] == ["Nâng tỷ lệ giải quyết đơn thư lên 100%."]
    assert report.plan_year == 2025


class _Reading:
    styled = False
    section: str | None = None

    def section_of(self, text: str) -> str | None:
        return classify_heading(text)


def _listed(text: str, numbered: bool = True) -> Block:
    return Block(text, "list_item", 1, hints=Hints(numbered=numbered))


def test_a_numbered_list_item_is_a_heading_only_when_its_whole_text_names_a_section() -> None:
    reading = _Reading()
    assert heading_level(reading, _listed("Kết quả đạt được")) == 1
    assert heading_level(reading, _listed("Tồn tại, hạn chế")) == 1
    assert heading_level(reading, _listed("Nhiệm vụ năm 2025:")) == 1
    # a sentence, an item of no section, or a list the format does not number: entries
    assert heading_level(reading, _listed("Kết quả đạt được rất đáng khích lệ.")) is None
    assert heading_level(reading, _listed("Vận động nhân dân hiến 3.200 m2 đất")) is None
    assert heading_level(reading, _listed("Kết quả đạt được", numbered=False)) is None
    styled = _Reading()
    styled.styled = True  # a document with Heading styles: only those are headings
    assert heading_level(styled, _listed("Kết quả đạt được")) is None


def _numbered_news() -> bytes:
    document = docx.Document()
    document.add_paragraph("Hội nghị tổng kết công tác dân vận năm 2024", style="Title")
    document.add_paragraph(
        "Ngày 20/12/2024, Ban Dân vận Huyện ủy tổ chức hội nghị tổng kết công tác dân vận năm 2024."
    )
    for heading, entry in (
        ("Kết quả đạt được", "Vận động nhân dân hiến 3.200 m2 đất làm đường."),
        ("Tồn tại, hạn chế", "Một số cán bộ còn hạn chế trong tiếp dân."),
        ("Nhiệm vụ năm 2025", "Nâng tỷ lệ giải quyết đơn thư lên 100%."),
    ):
        document.add_paragraph(heading, style="List Number")
        document.add_paragraph(entry, style="List Bullet")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_word_numbered_headings_of_a_news_item_name_its_sections() -> None:
    report = _read("docx", _numbered_news(), "x.docx").value
    assert [i.text for i in report.results] == ["Vận động nhân dân hiến 3.200 m2 đất làm đường."]
    assert [f.text for f in report.results[0].figures] == ["3.200 m2 đất"]
    assert [i.text for i in report.limitations] == ["Một số cán bộ còn hạn chế trong tiếp dân."]
    assert [i.text for i in report.tasks] == ["Nâng tỷ lệ giải quyết đơn thư lên 100%."]


def test_headings_numbered_by_w_numpr_on_a_normal_paragraph_name_their_sections() -> None:
    # Word numbering set on the paragraph itself (Home > Numbering), bold, entries in Normal style
    document = docx.Document()
    numbering = document.styles["List Number"].element.pPr.find(qn("w:numPr"))
    document.add_paragraph("Hội nghị tổng kết công tác dân vận năm 2024", style="Title")
    document.add_paragraph("Ngày 20/12/2024, Ban Dân vận Huyện ủy tổ chức hội nghị tổng kết.")
    for heading, entry in (
        ("KẾT QUẢ ĐẠT ĐƯỢC", "Vận động nhân dân hiến 3.200 m2 đất làm đường."),
        ("Nhiệm vụ năm 2025", "Nâng tỷ lệ giải quyết đơn thư lên 100%."),
    ):
        paragraph = document.add_paragraph()
        paragraph.add_run(heading).bold = True
        paragraph._p.get_or_add_pPr().append(copy.deepcopy(numbering))
        document.add_paragraph(entry)
    out = io.BytesIO()
    document.save(out)
    report = _read("docx", out.getvalue(), "x.docx").value
    assert [i.text for i in report.results] == ["Vận động nhân dân hiến 3.200 m2 đất làm đường."]
    assert [i.text for i in report.tasks] == ["Nâng tỷ lệ giải quyết đơn thư lên 100%."]
    assert report.limitations == ()


MARKDOWN = """# Hội nghị tổng kết công tác dân vận năm 2024

Ngày 20/12/2024, Ban Dân vận Huyện ủy tổ chức hội nghị tổng kết công tác dân vận năm 2024.

1. Kết quả đạt được
   - Vận động nhân dân hiến 3.200 m2 đất làm đường.
2. Tồn tại, hạn chế
   - Một số cán bộ còn hạn chế trong tiếp dân.
3. Nhiệm vụ năm 2025
   - Nâng tỷ lệ giải quyết đơn thư lên 100%.
"""


def test_an_ordered_markdown_list_of_section_names_reads_as_the_same_text_typed() -> None:
    text = "\n".join(line.removeprefix("# ").replace("   - ", "- ") for line in MARKDOWN.splitlines())
    from_markdown = _read("md", MARKDOWN.encode(), "x").value
    assert from_markdown == _read("text", text.encode(), "x").value
    assert [i.text for i in from_markdown.tasks] == ["Nâng tỷ lệ giải quyết đơn thư lên 100%."]
