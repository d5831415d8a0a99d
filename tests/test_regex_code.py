"""The regular expressions compiled at build time (dvtool.regex_code): the same patterns re
compiles, used by the command line, and never needed for a right answer."""

from __future__ import annotations

import marshal
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from dvtool import regex_code

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def fresh_table() -> Iterator[None]:
    regex_code.table.cache_clear()
    yield
    regex_code.table.cache_clear()


def test_the_file_holds_the_patterns_re_compiles() -> None:
    kept = regex_code.table()
    assert len(kept) > 150  # the package's patterns and its libraries', not an empty file
    for (text, flags), entry in kept.items():
        # Pattern equality compares the text, the flags and the compiled code.
        assert regex_code.from_entry(text, entry) == re.compile(text, flags), text[:80]


_CHECK = """
import gettext  # its pattern is compiled by the build script before recording starts
import re
import dvtool.app
from dvtool import regex_code
from re import _compiler

kept = _compiler.compile
assert kept.kept_from is not None
def refuse(p, flags=0):
    raise AssertionError("compiled again: " + str(p)[:60])
for cell in kept.__closure__:
    if cell.cell_contents is kept.kept_from:
        cell.cell_contents = refuse  # every pattern of these modules must come from the file
import dvtool.extract.dates, dvtool.extract.bylines, dvtool.extract.lead_years
print(re.compile(r"(?:không có trong tệp)+x") .pattern.endswith("x"))
"""


def test_the_command_lines_patterns_come_from_the_file() -> None:
    env = {"PYTHONPATH": str(ROOT / "src"), "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run([sys.executable, "-c", _CHECK], capture_output=True, text=True, env=env)
    # The last pattern is in no file: it reaches the refusing compiler, which shows it was asked.
    assert "compiled again: (?:không có trong tệp)+x" in done.stderr


def test_a_pattern_not_in_the_file_is_compiled_by_re() -> None:
    regex_code.install()
    text = r"(?<!\w)(?:chưa từng có)(?!\w)"
    assert (text, 0) not in regex_code.table()
    assert re.compile(text).search("một điều chưa từng có.") is not None


@pytest.mark.parametrize("content", [b"", b"junk", marshal.dumps((("other",), {})), marshal.dumps([1])])
def test_a_missing_damaged_or_foreign_file_is_ignored(
    content: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_table: None
) -> None:
    path = tmp_path / "regex_code.marshal"
    path.write_bytes(content)
    monkeypatch.setattr(regex_code, "table_file", lambda: path)
    assert regex_code.table() == {}


def test_code_the_engine_refuses_gives_no_pattern() -> None:
    text = r"(?<!\w)(?:hội nghị|hội thảo)(?!\w)"
    flags, code, groups, groupindex, indexgroup = regex_code.compiled_entry(text)
    assert regex_code.from_entry(text, (flags, code, groups, groupindex, indexgroup)) == re.compile(text)
    assert (
        regex_code.from_entry(text, (flags, code[: len(code) // 2], groups, groupindex, indexgroup)) is None
    )


def test_recording_gives_back_the_compiler() -> None:
    compiler = regex_code._compiler()
    before = compiler.compile
    with regex_code.recording() as seen:
        re.compile(r"ghi lại (\d+) lần")
    assert (r"ghi lại (\d+) lần", 0) in seen
    assert compiler.compile is before
