"""Markdown reader: golden hand-written inputs, line locations, errors, figures and free-form extraction."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import dvtool.extract as extract_package
from dvtool.errors import DvtoolError, InputError, InvalidReportError
from dvtool.extract import Block
from dvtool.formats import ReadOptions
from dvtool.interpret import official_body, own_markdown
from dvtool.messages import Location, Message, Result
from dvtool.model import Figure, Report, report_to_dict
from dvtool.readers import markdown as md_reader
from dvtool.writers.json import dumps

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "markdown"
CASES = sorted(p.name for p in GOLDEN.iterdir() if (p / "input.md").exists())
# DVTOOL_UPDATE_GOLDEN=1 rewrites expected.json / expected.messages on purpose.
UPDATE = os.environ.get("DVTOOL_UPDATE_GOLDEN") == "1"


def _read(text: str) -> Result[Report]:
    return md_reader.read(text.encode("utf-8"), ReadOptions(source="x.md"))


def _messages(result: Result[Report]) -> str:
    return "".join(f"{m.severity} {m.code}: {_where(m)}{m.text}\n" for m in result.messages)


def _where(message: Message) -> str:
    line = message.location.line if message.location else None
    return f"line {line}: " if line is not None else ""


@pytest.mark.parametrize("case", CASES)
def test_golden_markdown_reads_to_the_expected_report_and_messages(case: str) -> None:
    folder = GOLDEN / case
    result = md_reader.read((folder / "input.md").read_bytes(), ReadOptions(source="input.md"))
    got_json, got_messages = dumps(result.value), _messages(result)
    if UPDATE:
        (folder / "expected.json").write_text(got_json, encoding="utf-8")
        (folder / "expected.messages").write_text(got_messages, encoding="utf-8")
    assert got_json == (folder / "expected.json").read_text(encoding="utf-8")
    assert got_messages == (folder / "expected.messages").read_text(encoding="utf-8")


def test_numbered_uppercase_headings_are_sections_and_the_tasks_heading_gives_the_plan_year() -> None:
    report = md_reader.read((GOLDEN / "numbered_uppercase" / "input.md").read_bytes(), ReadOptions()).value
    assert len(report.attendees) == 2
    assert len(report.results) == 2
    assert [i.text for i in report.limitations] == [
        "Công tác phối hợp có lúc chưa chặt chẽ.",
        "Một số đơn vị triển khai còn chậm.",
    ]
    assert report.tasks[0].text == "Tiếp tục nâng cao chất lượng giám sát, phản biện xã hội."
    assert report.plan_year == 2024


def test_every_item_records_the_line_of_its_list_item() -> None:
    text = (
        "---\ntitle: T\ndate: '2023-01-02'\n---\n\n# T\n\n## Kết quả đạt được\n\n- một\n- hai\n  - **3 xã**\n"
    )
    result = _read(text)
    assert result.locations["/title"] == Location(line=2)
    assert result.locations["/date"] == Location(line=3)
    assert result.locations["/results"] == Location(line=8)
    assert result.locations["/results/0"] == Location(line=10)
    assert result.locations["/results/1"] == Location(line=11)
    assert result.locations["/results/1/figures/0"] == Location(line=12)


def test_front_matter_chairs_and_award_fields_have_lines() -> None:
    text = (
        "---\ntitle: T\nchairs:\n  - name: A\n    titles: [B]\n---\n\n"
        "## Khen thưởng\n\n- **Bằng khen**\n  - Số cá nhân: 2\n"
    )
    result = _read(text)
    assert result.locations["/chairs/0"] == Location(line=4)
    assert result.locations["/chairs/0/titles/0"] == Location(line=5)
    assert result.locations["/awards/0"] == Location(line=10)
    assert result.locations["/awards/0/individuals"] == Location(line=11)
    assert result.value.awards[0].individuals == 2


def test_invalid_front_matter_yaml_names_its_line() -> None:
    with pytest.raises(InputError, match=r"^x\.md: line 3: invalid front matter"):
        _read("---\ntitle: T\ndate: [2023\n---\n\n# T\n")


def test_unclosed_front_matter_is_an_input_error_at_line_1() -> None:
    with pytest.raises(InputError, match=r"^x\.md: line 1: front matter is not closed"):
        _read("---\ntitle: T\n\n# T\n")


def test_front_matter_that_is_not_a_mapping_is_an_input_error() -> None:
    with pytest.raises(InputError, match=r"^x\.md: line 2: front matter must be a mapping"):
        _read("---\n- a\n- b\n---\n\n# T\n")


def test_a_wrongly_typed_front_matter_value_names_its_line() -> None:
    with pytest.raises(InvalidReportError, match=r"^x\.md: line 4: /plan_year: expected an integer"):
        _read("---\ntitle: T\nreporting_year: 2022\nplan_year: năm sau\n---\n")


def test_errors_carry_the_source_name_for_the_cli() -> None:
    with pytest.raises(DvtoolError) as caught:
        md_reader.read(b"---\ntitle: [\n---\n", ReadOptions(source="bad.md"))
    assert str(caught.value).startswith("bad.md: line 2: invalid front matter")


def test_an_empty_file_is_a_document_without_blocks() -> None:
    # Readable but empty: the CLI judges it "no report found" (exit 1), not unreadable (exit 3).
    assert md_reader.document("  \n\n", "x.md").blocks == ()


def test_an_unknown_section_is_a_warning_naming_its_line() -> None:
    result = _read("# T\n\n## Kết quả\n\n- a\n\n## Phụ lục\n\n- b\n")
    assert [i.text for i in result.value.results] == ["a"]
    dropped = [m for m in result.warnings() if m.code != "not-found"]
    assert [(m.code, m.location) for m in dropped] == [("dropped-paragraphs", Location(line=7))]
    assert "'Phụ lục'" in dropped[0].text


def test_a_title_heading_that_differs_from_front_matter_is_a_warning() -> None:
    result = _read("---\ntitle: Tên A\n---\n\n# Tên B\n")
    assert result.value.title == "Tên A"
    assert [m.code for m in result.warnings()] == ["md-title"]


def test_absent_sections_read_as_empty_lists() -> None:
    report = _read("---\ntitle: T\n---\n\n# T\n").value
    assert report == Report(title="T")


def test_escaped_markdown_characters_read_back_literally() -> None:
    report = _read("# T\n\n## Kết quả\n\n- 2023\\. Năm \\*đặc biệt\\* \\| a\\_b \\# \\<x\\>\n").value
    assert report.results[0].text == "2023. Năm *đặc biệt* | a_b # <x>"


def test_figure_annotations_keep_value_total_unit_and_text_exactly() -> None:
    text = (
        "---\ntitle: T\n---\n\n## Kết quả\n\n- x\n"
        "  - **3.509 cuộc giám sát**\n  - **2,3%** — “tăng 2,3%”\n  - **0,05**\n  - **309/411 xã**\n"
    )
    figures = _read(text).value.results[0].figures
    assert figures == (
        Figure(3509, "3.509 cuộc giám sát", "cuộc giám sát", None),
        Figure(2.3, "tăng 2,3%", "%", None),
        Figure(0.05, "0,05", None, None),
        Figure(309, "309/411 xã", "xã", 411),
    )


def test_with_front_matter_an_item_without_annotations_has_no_figures(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(own_markdown, "figure_finder", lambda: pytest.fail("must not look for figures"))
    report = _read("---\ntitle: T\n---\n\n## Kết quả\n\n- Có 45 xã.\n").value
    assert report.results[0].figures == ()


def test_without_front_matter_figures_come_from_the_shared_number_parser(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    found = (Figure(45, "45 xã", "xã"),)
    seen: list[str] = []

    def find(text: str) -> tuple[Figure, ...]:
        seen.append(text)
        return found

    monkeypatch.setattr(official_body, "_figure_finder", lambda: find)
    report = _read("# T\n\n## Kết quả\n\n- Có 45 xã.\n").value
    assert seen == ["Có 45 xã."]
    assert report.results[0].figures == found


def test_without_front_matter_the_real_number_parser_finds_the_figures() -> None:
    report = _read("# T\n\n## Kết quả\n\n- Toàn tỉnh có 309/411 xã đạt chuẩn nông thôn mới.\n").value
    assert report.results[0].figures == (Figure(309, "309/411 xã", "xã", 411),)


def test_free_form_prose_is_handed_to_extraction_as_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    received: list[Block] = []

    def fake_extract_blocks(blocks: list[Block], source: str, *, official: bool = False) -> Result[Report]:
        received.extend(blocks)
        return Result(Report(title=f"from {source}"))

    monkeypatch.setattr(extract_package, "extract_blocks", fake_extract_blocks)
    text = (
        "# Tin hội nghị\n\nSáng 10/2, hội nghị diễn ra.\n\n- ý một\n  - ý con\n\n"
        "| a | b |\n|---|---|\n| 1 | 2 |\n"
    )
    result = _read(text)
    assert result.value.title == "from x.md"
    assert [(b.text, b.kind, b.level, b.location) for b in received] == [
        ("Tin hội nghị", "heading", 1, Location(line=1)),
        ("Sáng 10/2, hội nghị diễn ra.", "paragraph", 0, Location(line=3)),
        ("ý một", "list_item", 1, Location(line=5)),
        ("ý con", "list_item", 2, Location(line=6)),
        ("a | b", "table_row", 0, Location(line=8)),
        ("1 | 2", "table_row", 0, Location(line=10)),
    ]


def test_free_form_prose_is_read_by_the_extractor_with_line_provenance() -> None:
    text = (
        "# Hội nghị tổng kết công tác dân vận năm 2023\n\n"
        "Chiều 12/01/2024, Ban Dân vận Huyện ủy tổ chức hội nghị tổng kết công tác dân vận năm 2023.\n"
    )
    result = _read(text)
    assert result.value.title == "Hội nghị tổng kết công tác dân vận năm 2023"
    assert (result.value.date, result.value.time_of_day) == ("2024-01-12", "afternoon")
    assert result.locations["/date"].line == 3


def test_hand_written_award_without_bold_splits_at_cua() -> None:
    award = _read("# T\n\n## Khen thưởng\n\n- Giấy khen của Sở Nội vụ\n  - Số cá nhân: 1.200\n").value.awards[
        0
    ]
    assert (award.award, award.giver, award.individuals) == ("Giấy khen", "Sở Nội vụ", 1200)


def test_report_json_of_a_read_file_is_plain_data() -> None:
    data = report_to_dict(_read("---\ntitle: T\nplan_year: 2024\n---\n").value)
    assert json.loads(json.dumps(data))["plan_year"] == 2024


def test_windows_line_endings_and_a_bom_read_the_same_report() -> None:
    text = "---\ntitle: T\n---\n\n# T\n\n## Kết quả\n\n- một\n  - **3 xã**\n"
    plain = md_reader.read(text.encode("utf-8"), ReadOptions())
    windows = md_reader.read(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"), ReadOptions())
    assert windows.value == plain.value
    assert windows.locations == plain.locations


def test_bold_numbered_lines_are_headings_in_a_typed_markdown_report() -> None:
    text = (
        "**BÁO CÁO TỔNG KẾT CÔNG TÁC DÂN VẬN NĂM 2023**\n\n"
        "Sáng ngày 15 tháng 01 năm 2024, UBND huyện Nam Đàn tổ chức hội nghị tổng kết.\n\n"
        "**I. KẾT QUẢ ĐẠT ĐƯỢC**\n\n- Toàn huyện có 15/20 xã đạt chuẩn nông thôn mới.\n\n"
        "**II. TỒN TẠI, HẠN CHẾ**\n\n- Còn 5 xã chưa đạt chuẩn.\n\n"
        "**III- PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024**\n\n+ Phấn đấu 18/20 xã đạt chuẩn.\n"
    )
    report = md_reader.read(text.encode(), ReadOptions("typed.md")).value
    assert [i.text for i in report.results] == ["Toàn huyện có 15/20 xã đạt chuẩn nông thôn mới."]
    assert [i.text for i in report.limitations] == ["Còn 5 xã chưa đạt chuẩn."]
    assert [i.text for i in report.tasks] == ["Phấn đấu 18/20 xã đạt chuẩn."]
    assert report.results[0].figures[0].total == 20 and report.date == "2024-01-15"
