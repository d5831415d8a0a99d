"""The dataclass methods compiled at build time (dvtool.dataclass_code): the same code the
compiler gives, used by the command line, and never needed for a right answer."""

from __future__ import annotations

import dataclasses
import marshal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from dvtool import dataclass_code

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def fresh_table() -> Iterator[None]:
    dataclass_code.table.cache_clear()
    yield
    dataclass_code.table.cache_clear()


def test_the_file_holds_the_code_the_compiler_gives() -> None:
    kept = dataclass_code.table()
    assert len(kept) > 200  # the methods of the package's classes, not an empty file
    for source, code in kept.items():
        assert code == dataclass_code.compiled(source), source[:80]


def test_the_files_are_up_to_date() -> None:
    # Fails after a dataclass (or cues.yaml) changed until `python scripts/precompile.py` runs
    # again (scripts/setup.sh and scripts/test.sh run it as their build step).
    script = ROOT / "scripts" / "precompile.py"
    done = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


_CHECK = """
import dataclasses, types
import dvtool.app
import dvtool.model
from dvtool import dataclass_code

def inner(code):
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            yield const
            yield from inner(const)

kept = {id(c) for code in dataclass_code.table().values() for c in inner(code)}
print(dataclasses.exec is dataclass_code._exec_kept, id(dvtool.model.Report.__init__.__code__) in kept)
"""


def test_the_command_lines_classes_are_built_from_the_file() -> None:
    env = {"PYTHONPATH": str(ROOT / "src"), "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run([sys.executable, "-c", _CHECK], capture_output=True, text=True, check=True, env=env)
    assert done.stdout.split() == ["True", "True"]


def test_a_class_the_file_does_not_hold_is_compiled_as_dataclasses_would() -> None:
    dataclass_code.install()

    @dataclasses.dataclass(frozen=True)
    class NotInTheFile:
        number_of_sessions_never_kept: int = 3

    made = NotInTheFile()
    assert made.number_of_sessions_never_kept == 3
    assert repr(made).endswith("NotInTheFile(number_of_sessions_never_kept=3)")
    # Compiled without this package's ``from __future__ import annotations``: real objects.
    assert NotInTheFile.__init__.__annotations__["return"] is None


@pytest.mark.parametrize("content", [b"", b"junk", marshal.dumps((("other", (0,)), {})), marshal.dumps([1])])
def test_a_missing_damaged_or_foreign_file_is_ignored(
    content: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_table: None
) -> None:
    path = tmp_path / "dataclass_code.marshal"
    path.write_bytes(content)
    monkeypatch.setattr(dataclass_code, "table_file", lambda: path)
    assert dataclass_code.table() == {}


def test_recording_gives_back_the_builtin() -> None:
    before = vars(dataclasses).get("exec")
    with dataclass_code.recording() as sources:

        @dataclasses.dataclass
        class Recorded:
            value: int

    assert any("def __init__" in s for s in sources)
    assert Recorded(1).value == 1
    assert vars(dataclasses).get("exec") is before
