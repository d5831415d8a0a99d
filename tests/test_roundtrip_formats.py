"""md → docx → md gives the same model (and the same Markdown).

The other round trips of the issue live beside their formats and are not repeated here:
json → md → json in tests/test_roundtrip_markdown.py, json → docx → json in
tests/readers/test_docx.py, json → yaml → json in tests/writers/test_json_yaml.py and
tests/test_cli.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from dvtool.formats import ReadOptions, WriteOptions
from dvtool.model import Report
from dvtool.readers import markdown as md_reader
from dvtool.readers.docx import read as read_docx
from dvtool.writers import docx as docx_writer
from dvtool.writers import markdown as md_writer
from tests.conftest import SAMPLES
from tests.strategies import reports

SAMPLE_MARKDOWN = sorted(SAMPLES.glob("*.md"))


def md_to_docx_to_md(markdown: bytes) -> tuple[Report, Report, bytes]:
    """(report read from the Markdown, report read back from its DOCX, Markdown written again)."""
    first = md_reader.read(markdown, ReadOptions(source="in.md"))
    assert first.warnings() == ()
    written = docx_writer.write(first.value, WriteOptions())
    assert written.warnings() == ()
    back = read_docx(written.value, ReadOptions(source="mid.docx"))
    assert back.warnings() == ()
    again = md_writer.write(back.value, WriteOptions())
    return first.value, back.value, again.value


@pytest.mark.parametrize("sample", SAMPLE_MARKDOWN, ids=lambda p: p.name)
def test_every_sample_markdown_survives_md_to_docx_to_md(sample: Path) -> None:
    first, back, again = md_to_docx_to_md(sample.read_bytes())
    assert back == first
    assert again == sample.read_bytes()


def test_there_is_a_sample_markdown_to_round_trip() -> None:
    assert SAMPLE_MARKDOWN


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reports())
def test_generated_reports_survive_md_to_docx_to_md(report: Report) -> None:
    markdown = md_writer.write(report, WriteOptions()).value
    first, back, again = md_to_docx_to_md(markdown)
    assert first == report
    assert back == report
    assert again == markdown
