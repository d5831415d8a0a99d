"""The vocabulary lives in data: every list of cues.yaml is used, and no Vietnamese cue phrase
is written into the code of the interpretation layer.

The second test is a ratchet over the modules that still hold phrases from before the
vocabulary moved to data: a module's count may only go down, and the interpreter's own modules
(``interpret/``) hold none.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import yaml

from dvtool.extract.cues import Cues, load_cues_text

SRC = Path(__file__).resolve().parents[2] / "src" / "dvtool"

# The layers that read documents; output words (writers, reporters, summaries) are not cues.
READING = ("readers", "interpret", "extract", "document.py", "sections.py", "mdformat.py", "vntext.py")

# Vietnamese string literals (not docstrings) per module, as left by the move to cues.yaml.
# Lower a number when you move phrases to the YAML; never raise one.
LITERAL_BUDGET: dict[str, int] = {
    "extract/awards.py": 16,
    "extract/blocks.py": 2,
    "extract/lead.py": 6,
    "extract/cues.py": 2,  # the Vietnamese vowel and đ tables of the folding itself
    "extract/numbers.py": 15,
    "extract/people.py": 6,
    "legacy.py": 3,  # words that show a legacy encoding
    "mdformat.py": 9,  # the words dvtool's own Markdown writes (+ the change words of schema 2)
    "problem_text.py": 8,  # the times of day a problem message names
    "readers/docx/custom_part.py": 1,  # a warning naming "Nơi nhận"
    "xlsx.py": 2,  # the words dvtool's own workbook writes
    "readers/docx/layout.py": 34,  # the words dvtool's own Word layout writes
    "sections.py": 8,  # the headings dvtool writes
    "vntext.py": 2,
}


def _vietnamese(text: str) -> bool:
    return any(ord(ch) > 127 and ch.isalpha() for ch in text)


def _literals(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
        and _vietnamese(node.value)
    ]


def test_every_list_of_the_vocabulary_is_declared_and_used_by_the_code() -> None:
    names = set(yaml.safe_load(load_cues_text()))
    assert names == set(Cues.__annotations__)
    code = "\n".join(p.read_text(encoding="utf-8") for p in SRC.rglob("*.py") if p.name != "cues.py")
    unused = {n for n in names if not re.search(rf"\.{n}\b|\[\"{n}\"\]|\"{n}\"", code)}
    assert not unused, f"lists of cues.yaml no code reads: {sorted(unused)}"


def test_no_module_holds_more_vietnamese_phrases_than_its_budget() -> None:
    over: dict[str, tuple[int, int]] = {}
    for path in sorted(SRC.rglob("*.py")):
        name = path.relative_to(SRC).as_posix()
        if not name.startswith(READING):
            continue
        count = len(_literals(path))
        if count > LITERAL_BUDGET.get(name, 0):
            over[name] = (count, LITERAL_BUDGET.get(name, 0))
    assert not over, f"Vietnamese phrases in code (found, allowed); move them to cues.yaml: {over}"


def test_the_interpreter_holds_no_vietnamese_phrase() -> None:
    found = {p.name: _literals(p) for p in (SRC / "interpret").glob("*.py")}
    assert not any(found.values()), found
