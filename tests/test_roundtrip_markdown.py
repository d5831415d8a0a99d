"""Round trips through Markdown: json -> md -> json gives the same report, md -> md is stable."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

from dvtool.formats import ReadOptions, WriteOptions
from dvtool.model import Report
from dvtool.readers import json as json_reader
from dvtool.readers import markdown as md_reader
from dvtool.writers import markdown as md_writer
from tests.conftest import SEED_JSON
from tests.strategies import reports


def _to_md(report: Report) -> bytes:
    result = md_writer.write(report, WriteOptions())
    assert result.warnings() == ()
    return result.value


def _from_md(data: bytes) -> Report:
    return md_reader.read(data, ReadOptions(source="x.md")).value


def test_seed_sample_survives_json_to_markdown_to_json() -> None:
    report = json_reader.read(SEED_JSON.read_bytes(), ReadOptions()).value
    assert _from_md(_to_md(report)) == report


def test_seed_sample_markdown_is_stable_when_rewritten() -> None:
    report = json_reader.read(SEED_JSON.read_bytes(), ReadOptions()).value
    first = _to_md(report)
    assert _to_md(_from_md(first)) == first


def test_committed_seed_markdown_is_what_the_writer_produces() -> None:
    report = json_reader.read(SEED_JSON.read_bytes(), ReadOptions()).value
    assert SEED_JSON.with_suffix(".md").read_bytes() == _to_md(report)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reports())
def test_generated_reports_survive_markdown_exactly(report: Report) -> None:
    data = _to_md(report)
    back = md_reader.read(data, ReadOptions(source="x.md"))
    assert back.value == report
    assert back.warnings() == ()
    assert _to_md(back.value) == data


GOLDEN = SEED_JSON.parents[1] / "tests" / "golden" / "markdown"


@pytest.mark.parametrize("case", sorted(p.name for p in GOLDEN.iterdir() if (p / "input.md").exists()))
def test_hand_written_markdown_is_stable_once_rewritten_by_dvtool(
    case: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(md_reader, "_figure_finder", lambda: None)
    monkeypatch.setattr(md_reader, "_extract_free_form", lambda tree, offset, source: None)
    first = _from_md((GOLDEN / case / "input.md").read_bytes())
    written = _to_md(first)
    assert _from_md(written) == first
    assert _to_md(_from_md(written)) == written


@pytest.mark.parametrize("title", ["Kết quả hội nghị", "Nhiệm vụ năm 2023", "Khen thưởng"])
def test_a_title_that_reads_like_a_section_heading_stays_the_title(title: str) -> None:
    report = Report(title=title, related=("Tin khác",))
    back = md_reader.read(_to_md(report), ReadOptions(source="x.md"))
    assert back.value == report
    assert back.messages == ()
