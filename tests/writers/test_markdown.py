"""Markdown writer: layout, escaping, Vietnamese numbers, warnings, and pandoc interop."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from dvtool.formats import ReadOptions, WriteOptions
from dvtool.model import Attendee, Award, Figure, Item, Remark, Report
from dvtool.numfmt import figure_display, format_number, parse_figure_display, parse_number
from dvtool.readers import json as json_reader
from dvtool.readers.markdown import read_text
from dvtool.readers.yaml import ReportLoader
from dvtool.writers.markdown import render, write
from tests.conftest import SEED_JSON, require_program


def _seed() -> Report:
    return json_reader.read(SEED_JSON.read_bytes(), ReadOptions()).value


def _front_matter(text: str) -> Any:
    return yaml.load(text.split("---\n")[1], Loader=ReportLoader)  # noqa: S506 - a SafeLoader


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (3509, "3.509"),
        (2.3, "2,3"),
        (0.05, "0,05"),
        (1234567.891, "1.234.567,891"),
        (-1200, "-1.200"),
        (7, "7"),
    ],
)
def test_numbers_are_shown_the_vietnamese_way_and_read_back_exactly(value: float, shown: str) -> None:
    assert format_number(value) == shown
    assert parse_number(shown) == value


def test_tiny_and_huge_floats_survive_the_vietnamese_display() -> None:
    for value in (1e-7, 123456789.12345679, 0.1 + 0.2):
        assert parse_number(format_number(value)) == value


@pytest.mark.parametrize(
    ("figure", "shown"),
    [
        ((309, 411, "xã"), "309/411 xã"),
        ((2.3, None, "%"), "2,3%"),
        ((12, None, None), "12"),
        ((5, None, "/ngày"), "5 /ngày"),
    ],
)
def test_figure_display_reads_back_to_value_total_and_unit(figure: tuple[Any, Any, Any], shown: str) -> None:
    assert figure_display(*figure) == shown
    assert parse_figure_display(shown) == figure


def test_a_dotted_decimal_is_not_mistaken_for_a_grouped_number() -> None:
    assert parse_number("2.3") is None
    assert parse_figure_display("2.3 xã") is None


def test_front_matter_holds_the_scalar_fields_with_ambiguous_strings_quoted() -> None:
    text = render(_seed()).value
    assert text.startswith("---\ntitle: ")
    assert '\ndate: "2023-02-10"\n' in text
    meta = _front_matter(text)
    assert meta["date"] == "2023-02-10"
    assert meta["plan_year"] == 2023
    assert meta["chairs"][0] == {"name": "Lê Hồng Vinh", "titles": list(_seed().chairs[0].titles)}
    assert "location" not in meta


def test_body_has_the_vietnamese_section_headings_in_order() -> None:
    text = render(_seed()).value
    headings = [line for line in text.splitlines() if line.startswith("#")]
    assert headings[0] == "# " + _seed().title
    assert headings[1:] == [
        "## Thành phần tham dự",
        "## Kết quả đạt được",
        "## Tồn tại, hạn chế",
        "## Nhiệm vụ năm 2023",
        "## Ý kiến chỉ đạo",
        "## Khen thưởng",
        "## Tin liên quan",
    ]


def test_empty_sections_are_left_out() -> None:
    text = render(Report(title="T", results=(Item("a"),))).value
    assert "## Kết quả đạt được" in text
    assert "## Tồn tại" not in text and "## Khen thưởng" not in text


def test_figures_are_bold_sub_items_with_the_source_text_only_when_it_differs() -> None:
    item = Item("x", (Figure(309, "309/411 xã", "xã", 411), Figure(2.3, "tăng 2,3%", "%")))
    text = render(Report(title="T", results=(item,))).value
    assert "- x\n  - **309/411 xã**\n  - **2,3%** — “tăng 2,3%”\n" in text


def test_attendee_kind_remark_speaker_and_award_fields_are_written_readably() -> None:
    report = Report(
        title="T",
        attendees=(Attendee("Nguyễn Văn A", "person", ("Chủ tịch",)), Attendee("Các sở", "group")),
        remarks=(Remark("Đề nghị.", "Nguyễn Văn A"),),
        awards=(Award("Bằng khen", "UBND tỉnh", 6, 1200, ("Xã A",), "có thành tích"),),
    )
    text = render(report).value
    assert "- Nguyễn Văn A *(cá nhân)*\n  - Chủ tịch\n- Các sở\n" in text
    assert "- **Nguyễn Văn A**: Đề nghị.\n" in text
    assert (
        "- **Bằng khen** của UBND tỉnh\n  - Số tập thể: 6\n  - Số cá nhân: 1.200\n"
        "  - Lý do: có thành tích\n  - Được khen:\n    - Xã A\n"
    ) in text


@pytest.mark.parametrize(
    "text",
    [
        "- mở đầu bằng gạch",
        "2023. Năm bản lề",
        "1) một",
        "# không phải tiêu đề",
        "*sao* _gạch_ `mã`",
        "a | b",
        "<b>thẻ</b>",
        "&amp; thực thể",
        "\\ gạch chéo",
        "+ cộng",
        "> trích",
        "dòng một\ndòng hai",
    ],
)
def test_markdown_special_text_survives_a_round_trip(text: str) -> None:
    report = Report(title=text.replace("\n", " "), results=(Item(text),), related=(text,))
    assert read_text(render(report).value).value == report


def test_text_markdown_cannot_hold_exactly_is_a_warning_not_a_silent_change() -> None:
    result = render(Report(title="T", results=(Item(" lề trái"),), remarks=(Remark("x", ""),)))
    assert [(m.code, m.pointer) for m in result.warnings()] == [
        ("md-whitespace", "/results/0"),
        ("md-empty", "/remarks/0/speaker"),
    ]


def test_write_returns_utf8_bytes() -> None:
    data = write(_seed(), WriteOptions()).value
    assert data.decode("utf-8") == render(_seed()).value


# ---------------------------------------------------------------------------
# pandoc interop (skips locally without pandoc, fails in CI)


def _pandoc(args: list[str], md: Path) -> str:
    pandoc = require_program("pandoc")
    done = subprocess.run([pandoc, *args, str(md)], capture_output=True, check=False, timeout=120)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    return done.stdout.decode("utf-8")


def _inline_text(inlines: list[dict[str, Any]]) -> str:
    parts = {"Str": lambda c: c, "Space": lambda c: " ", "SoftBreak": lambda c: " "}
    return "".join(parts[i["t"]](i.get("c")) for i in inlines)


def _plain(text: str) -> str:
    """Whitespace squeezed, and pandoc's smart typography (… ’ “ ”) undone for comparison."""
    for fancy, plain in (("…", "..."), ("’", "'"), ("‘", "'")):
        text = text.replace(fancy, plain)
    return " ".join(text.split())


@pytest.mark.interop
def test_pandoc_reads_the_front_matter_as_metadata_with_the_title_intact(tmp_path: Path) -> None:
    md = tmp_path / "seed.md"
    md.write_bytes(write(_seed(), WriteOptions()).value)
    meta = json.loads(_pandoc(["-f", "markdown", "-s", "-t", "json"], md))["meta"]
    assert meta["title"]["t"] == "MetaInlines"
    assert _inline_text(meta["title"]["c"]) == _seed().title
    assert _inline_text(meta["date"]["c"]) == "2023-02-10"
    assert _inline_text(meta["plan_year"]["c"]) == "2023"
    assert meta["organizers"]["t"] == "MetaList"


@pytest.mark.interop
def test_pandoc_plain_text_holds_every_result_limitation_task_and_award(tmp_path: Path) -> None:
    seed = _seed()
    md = tmp_path / "seed.md"
    md.write_bytes(write(seed, WriteOptions()).value)
    text = _plain(_pandoc(["-f", "markdown", "-t", "plain", "--wrap=none"], md))
    wanted = [i.text for i in (*seed.results, *seed.limitations, *seed.tasks)]
    wanted += [f"{a.award} của {a.giver}" for a in seed.awards] + [a.reason or "" for a in seed.awards]
    missing = [w for w in wanted if _plain(w) not in text]
    assert missing == []
