"""What a new user tripped over in trial 9 and was still open in round 10: each test failed
before its fix."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from pathlib import Path
from typing import Any

import docx
import pytest
from hypothesis import HealthCheck, given, settings

from dvtool.formats import ReadOptions, WriteOptions
from dvtool.model import Award, Report
from dvtool.model_from_dict import report_from_dict
from dvtool.readers.docx import custom_part
from dvtool.readers.docx import read as read_docx
from dvtool.writers import docx as docx_writer
from tests.conftest import SEED_JSON, Runner, dvtool_env
from tests.strategies import reports


def _seed() -> Report:
    return report_from_dict(json.loads(SEED_JSON.read_text(encoding="utf-8")))


# ------------------------------------------- DOCX award table: counts the text does not state


def _award_rows(data: bytes) -> list[list[str]]:
    """The rows of the award table of a written DOCX (its header row first)."""
    document: Any = docx.Document(io.BytesIO(data))
    table = next(t for t in document.tables if t.rows[0].cells[1].text == "Hình thức")
    return [[cell.text for cell in row.cells] for row in table.rows]


def _with_awards(*awards: Award) -> Report:
    return dataclasses.replace(_seed(), awards=awards)


def _read_page(data: bytes) -> Report:
    """The page read through the interpreter, as after an edit in Word (not the data part)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(custom_part, "read_untouched", lambda data, source: (None, None))
        result = read_docx(data, ReadOptions(source="x.docx"))
    assert result.warnings() == ()
    return result.value


def test_a_count_the_text_does_not_state_is_an_empty_cell_not_a_zero() -> None:
    report = _with_awards(
        Award(award="Bằng khen", giver="UBND tỉnh", recipients=("Hội Nông dân xã An Bình",)),
        Award(award="Giấy khen", collectives=0, individuals=1200, recipients=()),
    )
    rows = _award_rows(docx_writer.write(report, WriteOptions()).value)
    assert rows[1][3:5] == ["", ""]
    assert rows[2][3:5] == ["", "1.200"]  # Vietnamese thousands, as the Markdown writer writes it
    assert "0" not in (rows[1][3], rows[1][4], rows[2][3])


def test_empty_count_cells_read_back_to_the_same_report() -> None:
    report = _with_awards(
        Award(award="Bằng khen", giver="UBND tỉnh", recipients=("Hội Nông dân xã An Bình",)),
        Award(award="Giấy khen", collectives=3, individuals=0, recipients=()),
        Award(award="Kỷ niệm chương", individuals=1200, recipients=()),
    )
    back = _read_page(docx_writer.write(report, WriteOptions()).value)
    assert back.awards == report.awards


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reports())
def test_generated_awards_read_back_from_the_page_exactly(report: Report) -> None:
    assert _read_page(docx_writer.write(report, WriteOptions()).value).awards == report.awards


# ------------------------------------------- xlsx: the time of day in the interface language


def _seed_at(tmp_path: Path, name: str, time_of_day: str | None) -> Path:
    record = json.loads(SEED_JSON.read_text(encoding="utf-8"))
    record["time_of_day"] = time_of_day
    path = tmp_path / name
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("language", "words"),
    [("vi", ["sáng", "chiều", "tối", None]), ("en", ["morning", "afternoon", "evening", None])],
)
def test_the_xlsx_time_of_day_is_a_word_of_the_interface_language_and_csv_keeps_the_value(
    run_dvtool: Runner, tmp_path: Path, language: str, words: list[str | None]
) -> None:
    from openpyxl import load_workbook

    from dvtool.summary import CSV_FIELDS

    values = ["morning", "afternoon", "evening", None]
    names = [_seed_at(tmp_path, f"{i}.json", value).name for i, value in enumerate(values)]
    env = dvtool_env(DVTOOL_LANG=language)
    made = run_dvtool(["summarize", *names, "-o", "x.xlsx"], cwd=tmp_path, env=env)
    assert made.returncode == 0, made.stderr
    rows = [[c.value for c in row] for row in load_workbook(tmp_path / "x.xlsx").active.iter_rows()]
    column = CSV_FIELDS.index("time_of_day")
    assert [row[column] for row in rows[1:-1]] == words
    listed = run_dvtool(["summarize", *names, "--format", "csv"], cwd=tmp_path, env=env)
    lines = list(csv.reader(io.StringIO(listed.stdout.decode("utf-8"), newline="")))
    assert [line[column] for line in lines[1:]] == ["morning", "afternoon", "evening", ""]


# ------------------------------------------- README: a degree before a name is the first title

README = Path(__file__).resolve().parents[1] / "README.md"


def test_the_readmes_degree_example_is_what_extraction_gives() -> None:
    """The README's sentence about degrees (the model section) states what dvtool does."""
    import re

    from dvtool.extract.core import extract_text

    text = " ".join(README.read_text(encoding="utf-8").split())
    found = re.search(r"\*(PGS\.TS\. [^*]+ chủ trì hội nghị)\* gives the chair `(\{[^`]+\})`", text)
    assert found, "the README no longer shows the degree example"
    sentence, shown = found.groups()
    report = extract_text(
        "Hội nghị tổng kết năm 2024\n\n"
        f"Ngày 20/12/2024, Viện tổ chức hội nghị tổng kết năm 2024. {sentence}.\n\n"
        "Năm 2024, Viện đã hoàn thành 12 đề tài.\n",
        "x.txt",
    ).value
    chair = json.loads(shown)
    assert [(c.name, list(c.titles)) for c in report.chairs] == [(chair["name"], chair["titles"])]
    assert chair["titles"][0] == "PGS.TS"
