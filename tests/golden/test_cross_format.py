"""Cross-format goldens: the same report typed as .txt, .md, .html and .docx reads the same.

``tests/golden/cross/<case>/input.{txt,md,html,docx}`` (made by ``build_inputs.py``) share one
``expected.json`` and one ``expected.messages``. The messages file lists each warning and each
"not found" note as its level, code and JSON pointer, sorted, since its wording names a place (a
line, a paragraph) that differs between formats. ``DVTOOL_UPDATE_GOLDEN=1`` rewrites the expected
files from the Markdown input on purpose; review the diff by hand.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from dvtool.formats import ReadOptions, get_reader
from dvtool.messages import Result
from dvtool.model import Report
from dvtool.writers.json import dumps

CROSS = Path(__file__).resolve().parent / "cross"
CASES = sorted(p.name for p in CROSS.iterdir() if (p / "input.md").exists())
FORMATS = {"txt": "text", "md": "md", "html": "html", "docx": "docx"}
UPDATE = os.environ.get("DVTOOL_UPDATE_GOLDEN") == "1"


def _read(case: str, ext: str) -> Result[Report]:
    data = (CROSS / case / f"input.{ext}").read_bytes()
    return get_reader(FORMATS[ext])(data, ReadOptions(source=f"input.{ext}"))


def _messages(result: Result[Report]) -> str:
    # Warnings, and the "not found" notes of optional fields; other notes (a table read row by
    # row, an appendix) describe one format's layout.
    shown = (m for m in result.messages if m.is_warning or m.code == "not-found")
    lines = sorted(f"{m.severity} {m.code} {m.pointer or '-'}" for m in shown)
    return "".join(line + "\n" for line in lines)


def test_there_are_at_least_twelve_cases_each_in_four_formats() -> None:
    assert len(CASES) >= 12
    for case in CASES:
        assert all((CROSS / case / f"input.{ext}").exists() for ext in FORMATS), case


@pytest.mark.parametrize("ext", list(FORMATS))
@pytest.mark.parametrize("case", CASES)
def test_every_format_of_a_case_reads_to_the_one_expected_report(case: str, ext: str) -> None:
    folder = CROSS / case
    result = _read(case, ext)
    if UPDATE and ext == "md":
        (folder / "expected.json").write_text(dumps(result.value), encoding="utf-8")
        (folder / "expected.messages").write_text(_messages(result), encoding="utf-8")
    assert dumps(result.value) == (folder / "expected.json").read_text(encoding="utf-8")
    assert _messages(result) == (folder / "expected.messages").read_text(encoding="utf-8")
