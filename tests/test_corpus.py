"""The real-world .docx corpus (../shared/corpus/docx, 150 files from Word, LibreOffice, Pages,
Google Docs...): ``dvtool convert FILE --to json`` and ``dvtool summarize FILE`` either succeed
or fail with exit 3 and one stderr line, never a traceback, within 10 s and 500 MiB each. Most
of the corpus is not conference reports: those are read in full, then refused with exit 1 and
one "no report found" line."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from tests.conftest import CORPUS, SHARED
from tests.measure import run_cli

TIME_LIMIT_S = 10  # a hang guard (subprocess timeout), not a speed assertion
MEMORY_LIMIT_MIB = 500


def corpus_files() -> list[Path]:
    return sorted(CORPUS.rglob("*.docx")) if CORPUS.is_dir() else []


def _skip_unless_ready() -> None:
    if not CORPUS.is_dir():
        pytest.skip(f"{CORPUS} is absent (the ../shared material is not beside this checkout)")
    if importlib.util.find_spec("dvtool.readers.docx") is None:
        pytest.skip("the DOCX reader (dvtool.readers.docx) is not on this branch yet")


def _check(args: list[str], path: Path) -> None:
    measured = run_cli(args, timeout=TIME_LIMIT_S)
    stderr = measured.stderr.decode("utf-8", "replace")
    assert "Traceback" not in stderr, stderr
    assert measured.returncode in (0, 1, 3), (measured.returncode, stderr)
    if measured.returncode != 0:
        errors = [line for line in measured.stderr_lines if line.startswith("error:")]
        assert len(errors) == 1, stderr
        assert measured.returncode == 3 or "no report found" in errors[0], stderr
    assert measured.max_rss_mib < MEMORY_LIMIT_MIB


@pytest.mark.slow
@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: str(p.relative_to(CORPUS)))
def test_each_corpus_file_converts_to_json_or_fails_in_one_line(path: Path) -> None:
    _skip_unless_ready()
    _check(["convert", str(path), "--to", "json"], path)


@pytest.mark.slow
@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: str(p.relative_to(CORPUS)))
def test_each_corpus_file_summarizes_or_fails_in_one_line(path: Path) -> None:
    _skip_unless_ready()
    _check(["summarize", str(path)], path)


def test_the_corpus_is_complete_when_present() -> None:
    """150 files by SOURCES.md; a partial copy would make the corpus tests prove less."""
    if not (SHARED / "corpus").is_dir():
        pytest.skip("../shared/corpus is absent")
    assert len(corpus_files()) == 150


def test_a_successful_corpus_conversion_writes_valid_json() -> None:
    _skip_unless_ready()
    path = CORPUS / "pandoc" / "alternate_document_path.docx"
    measured = run_cli(["convert", str(path), "--to", "json"], timeout=TIME_LIMIT_S)
    if measured.returncode == 0:
        assert isinstance(json.loads(measured.stdout), dict)
    elif measured.returncode == 1:
        assert b"no report found" in measured.stderr and measured.stdout == b""
    else:
        assert measured.returncode == 3 and len(measured.stderr_lines) >= 1
