"""The cue patterns compiled at build time (dvtool.extract.cue_patterns): up to date with
cues.yaml, the same patterns re.compile builds, and never needed for a right answer."""

from __future__ import annotations

import marshal
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from dvtool.extract import cue_patterns
from dvtool.extract.cue_patterns import (
    all_pattern_texts,
    build_table,
    compile_pattern,
    engine_stamp,
    table_file,
)
from dvtool.extract.cues import CueSet

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def fresh_table() -> Iterator[None]:
    cue_patterns._file.cache_clear()
    yield
    cue_patterns._file.cache_clear()


def test_file_is_up_to_date_with_cues_yaml() -> None:
    # Fails after an edit of cues.yaml until `python scripts/precompile.py` is run again
    # (scripts/setup.sh and scripts/test.sh run it as their build step).
    assert table_file().is_file(), "no compiled cue patterns: run python scripts/precompile.py"
    kept = marshal.loads(table_file().read_bytes())
    assert kept == marshal.loads(build_table()), "stale: run python scripts/precompile.py"


def _texts() -> list[str]:
    return sorted(set(all_pattern_texts().values()))


def test_every_cue_pattern_is_in_the_file() -> None:
    stamp, code_sources, texts, table = marshal.loads(table_file().read_bytes())
    assert stamp == engine_stamp()
    assert code_sources == cue_patterns.text_code_sources()
    assert texts == all_pattern_texts()  # every list's four texts, as its code builds them now
    assert sorted(table) == _texts()
    assert len(table) > 300  # not an empty file


def test_patterns_from_the_file_equal_re_compile() -> None:
    # Pattern equality compares the pattern text, the flags and the compiled code.
    for text in _texts():
        built = compile_pattern(text)
        assert built == re.compile(text), text[:80]
    assert cue_patterns._table(), "the file was not read"


def test_a_pattern_from_the_file_matches_as_re_does() -> None:
    cues = CueSet("test", ["hội nghị", "hội nghị tổng kết", "tổ chức * hội nghị", "đề nghị"])
    text = "tổ chức thành công hội nghị tổng kết; đề nghị các sở"
    for source in cues.built_texts():
        ours, theirs = compile_pattern(source), re.compile(source)
        assert [m.span() for m in ours.finditer(text)] == [m.span() for m in theirs.finditer(text)]


def test_a_pattern_not_in_the_file_is_compiled_by_re() -> None:
    text = r"(?<!\w)(?:không có trong tệp)(?!\w)"
    assert text not in cue_patterns._table()
    assert compile_pattern(text).search("câu này không có trong tệp.") is not None


@pytest.mark.parametrize(
    "content", [b"", b"not marshal", marshal.dumps((("other", 0), None, {}, {})), marshal.dumps([1])]
)
def test_a_missing_damaged_or_foreign_file_is_ignored(
    content: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_table: None
) -> None:
    path = tmp_path / "cue_patterns.marshal"
    path.write_bytes(content)
    monkeypatch.setattr(cue_patterns, "table_file", lambda: path)
    assert cue_patterns._table() == {}
    assert cue_patterns.kept_text("plain", ("hội nghị",)) is None
    text = _texts()[0]
    assert compile_pattern(text) == re.compile(text)


def test_code_the_engine_refuses_falls_back_to_re(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_table: None
) -> None:
    text = _texts()[0]
    flags, code, groups, groupindex, indexgroup = cue_patterns.compiled_entry(text)
    broken = {text: (flags, code[: len(code) // 2], groups, groupindex, indexgroup)}
    path = tmp_path / "cue_patterns.marshal"
    path.write_bytes(marshal.dumps((engine_stamp(), cue_patterns.text_code_sources(), {}, broken)))
    monkeypatch.setattr(cue_patterns, "table_file", lambda: path)
    assert compile_pattern(text) == re.compile(text)


def test_kept_texts_are_used_only_with_the_code_that_built_them(
    monkeypatch: pytest.MonkeyPatch, fresh_table: None
) -> None:
    listed = CueSet("test", ["hội nghị"]).phrases
    some = next(s for s in all_pattern_texts() if s[0] == "keyed")
    assert cue_patterns.kept_text(*some) is not None
    monkeypatch.setattr(cue_patterns, "text_code_sources", lambda: (b"edited cueset.py", b""))
    cue_patterns._file.cache_clear()
    assert cue_patterns.kept_text(*some) is None
    assert cue_patterns._table()  # the compiled code, keyed by the text itself, still holds
    assert cue_patterns.kept_text("plain", listed) is None


def test_pattern_texts_are_the_same_in_every_process() -> None:
    # The texts are the file's keys: phrases of one length must not come in the order of a
    # set, which changes with the hash seed of each process.
    script = "import hashlib; from dvtool.extract.cue_patterns import all_pattern_texts as a; "
    script += "print(hashlib.sha256(repr(a()).encode()).hexdigest())"
    digests = {
        subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT / "src"), "PYTHONDONTWRITEBYTECODE": "1"},
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(digests) == 1
