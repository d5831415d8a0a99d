"""The layout vocabulary (layout_words.yaml) and the function words (function_words.yaml): every
entry is declared and read by the code, both ship in the package, and what the writers write
from the layout words the readers read back from them."""

from __future__ import annotations

import fnmatch
import re
from dataclasses import fields
from pathlib import Path

import pytest
import yaml

from dvtool.extract.dates import parse_time_line
from dvtool.extract.function_words import FunctionWords, alternation, function_words, load_function_words_text
from dvtool.extract.layout_words import LayoutWords, layout_words, load_layout_words_text
from dvtool.interpret.lines import _is_boilerplate, _is_kind_line, _is_number_line, _is_place_date
from dvtool.mdformat import award_field, change_word, kind_from_word
from dvtool.readers.docx import layout
from dvtool.sections import SECTIONS, classify_heading, heading_for, strip_numbering
from dvtool.vntext import fold

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src" / "dvtool"


def _code() -> str:
    accessors = ("layout_words.py", "function_words.py")
    return "\n".join(p.read_text(encoding="utf-8") for p in SRC.rglob("*.py") if p.name not in accessors)


def test_every_entry_of_the_file_is_declared_and_read_by_the_code() -> None:
    names = set(yaml.safe_load(load_layout_words_text()))
    assert names == set(LayoutWords.__annotations__)
    code = _code()
    unused = {n for n in names if not re.search(rf"\.{n}\b", code)}
    assert not unused, f"entries of layout_words.yaml no code reads: {sorted(unused)}"


def test_every_function_word_list_is_declared_and_read_by_the_code() -> None:
    names = set(yaml.safe_load(load_function_words_text()))
    assert names == set(FunctionWords.__annotations__)
    code = _code()
    unused = {n for n in names if not re.search(rf"\.{n}\b", code)}
    assert not unused, f"entries of function_words.yaml no code reads: {sorted(unused)}"


def test_an_alternation_matches_its_words_whole_and_only_them() -> None:
    group = alternation(("cùng với", "cùng", "a.b"), r"\s+")
    pattern = re.compile(f"^{group}$")
    assert pattern.match("cùng  với") and pattern.match("cùng") and pattern.match("a.b")
    assert not pattern.match("axb") and not pattern.match("với")


def test_spelled_numbers_and_the_words_of_figures_come_from_the_data() -> None:
    from dvtool.extract.numbers import find_figures, parse_number

    words = function_words()
    for word, value in words.numerals.items():
        assert parse_number(word) == value
    assert parse_number(f"hai {words.tens_words[0]} {list(words.numerals)[-3]}") == 28
    figure = find_figures(f"tăng 2,3 {words.percent_words[0]} so với cùng kỳ")
    assert figure and figure[0].unit == "%"


def test_every_sub_list_is_read_by_the_code() -> None:
    """The typed parts (labels, frame lines, award labels): each attribute is used somewhere,
    or the reader's folded map reads it."""
    code = _code()
    words = layout_words()
    for part in (words.labels, words.time_line, words.frame_lines):
        unused = {f.name for f in fields(part) if not re.search(rf"\.{f.name}\b", code)}
        # labels are all read through label_fields; only the written ones need a name in code
        if part is words.labels:
            unused -= set(words.label_fields.values())
        if part is words.time_line:
            unused -= {"morning", "afternoon", "evening"}  # read through TimeLine.word
        assert not unused, f"{type(part).__name__}: {sorted(unused)}"


def test_the_layout_words_ship_in_the_package() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    line = re.search(r"^dvtool = \[(.*)\]$", pyproject.split("[tool.setuptools.package-data]")[1], re.M)
    assert line is not None
    globs = re.findall(r'"([^"]+)"', line.group(1))
    for path in SRC.rglob("*.yaml"):
        name = path.relative_to(SRC).as_posix()
        assert any(fnmatch.fnmatch(name, g) for g in globs), f"{name} is not package data"


def test_every_section_has_a_heading_and_the_heading_names_it() -> None:
    words = layout_words()
    assert set(words.sections) == set(SECTIONS)
    for section in SECTIONS:
        assert classify_heading(heading_for(section)) == section
        assert classify_heading(f"II. {heading_for(section).upper()}") == section
    assert classify_heading(heading_for("tasks", 2024)) == "tasks"
    assert heading_for("tasks", 2024).endswith("2024")


def test_numbering_words_are_dropped_before_a_heading() -> None:
    for word in layout_words().heading_numbering_words:
        assert strip_numbering(f"{word} 2. ket qua") == "ket qua"


@pytest.mark.parametrize("field", [f.name for f in fields(layout_words().labels)])
def test_every_label_dvtool_writes_is_read_back_as_its_field(field: str) -> None:
    words = layout_words()
    spellings = getattr(words.labels, field)
    read_as = "publisher" if field == "outlet" else field  # a news outlet's "Nguồn:" line
    for label in spellings:
        assert words.label_fields[fold(label)] == read_as


def test_the_time_line_dvtool_writes_reads_back() -> None:
    for time_of_day in ("morning", "afternoon", "evening", None):
        for date in ("2023-02-10", "2024-12-31", None):
            text = layout.format_time(date, time_of_day)
            if text is not None:
                assert parse_time_line(text) == (date, time_of_day)


def test_table_headers_dvtool_writes_are_recognised() -> None:
    words = layout_words()
    people = layout.match_columns(list(words.attendee_table.header), words.attendee_table.columns)
    assert people is not None and {"index", "name", "titles", "role"} <= set(people)
    awards = layout.match_columns(list(words.award_table.header), words.award_table.columns)
    assert awards is not None and len(awards) == len(words.award_table.header)
    assert layout.role_kind(words.attendee_table.chair_role) == "chair"
    for kind, word in words.attendee_table.kind_words.items():
        assert layout.role_kind(word) == kind


def test_markdown_annotation_words_read_back() -> None:
    words = layout_words()
    for kind, word in words.markdown_kinds.written.items():
        assert kind_from_word(f"({word})") == kind
    labels = words.markdown_award_labels
    for field in ("collectives", "individuals", "reason", "recipients"):
        assert award_field(getattr(labels, field)[0] + ":") == field
    for change, word in words.change_words.items():
        assert change_word(" " + word + " rest") == (change, " rest")


def test_frame_lines_are_boilerplate_and_kind_lines_are_no_title() -> None:
    frame = layout_words().frame_lines
    for line in (*frame.quoc_hieu, *frame.tieu_ngu, *frame.party):
        assert _is_boilerplate(fold(line))
    assert _is_number_line(fold("Số: 05/BC-SNV")) and _is_number_line(fold("Số 07-HD/BDVTU"))
    assert not _is_number_line(fold("Sổ tay"))
    assert _is_place_date(fold("Hà Nội, ngày 05 tháng 01 năm 2020"))
    assert _is_kind_line(fold("BÁO CÁO")) and not _is_kind_line(fold("Báo cáo kết quả năm 2023"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sáng ngày 10 tháng 02 năm 2023", ("2023-02-10", "morning")),
        ("chiều 10 / 2 / 2023", ("2023-02-10", "afternoon")),
        ("2023-02-10", ("2023-02-10", None)),
        ("Buổi tối", (None, "evening")),
        ("ngày 31/02/2023", (None, None)),
        ("10/02/2023 (ngày 12 tháng 02 năm 2023)", ("2023-02-12", None)),  # words win
        # the prose's own rule for the time of day: the word before the date, "trưa" too
        ("8 giờ, sáng ngày 10/02/2023", ("2023-02-10", "morning")),
        ("Trưa ngày 10/02/2023", ("2023-02-10", "afternoon")),
    ],
)
def test_a_typed_time_line_is_read_by_the_one_date_parser(text: str, expected: tuple[object, ...]) -> None:
    assert parse_time_line(text) == expected


@pytest.mark.parametrize(
    ("heading", "section"),
    [
        ("1. Về phương hướng, mục tiêu:", "tasks"),
        ("2. Về các nhiệm vụ, giải pháp chủ yếu", "tasks"),
        ("IV. Một số nhiệm vụ trọng tâm quý tới", "tasks"),
        ("3. Về những hạn chế, yếu kém", "limitations"),
        ("Về việc tổ chức hội nghị", None),
    ],
)
def test_a_topic_word_before_a_section_phrase_is_skipped(heading: str, section: str | None) -> None:
    assert classify_heading(heading) == section
