"""The vocabulary lives in data: every list of cues.yaml is used (layout_words.yaml and
function_words.yaml: see test_layout_words.py), and no Vietnamese cue phrase is written into the code of the
interpretation layer.

The second test is a ratchet over the modules that still hold phrases from before the
vocabulary moved to data: a module's count may only go down, and the interpreter's own modules
(``interpret/``) hold none.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import yaml

from dvtool.extract._yamldata import declared_names
from dvtool.extract.cues import Cues, load_cues_text

SRC = Path(__file__).resolve().parents[2] / "src" / "dvtool"

# The layers that read documents; output words (writers, reporters, summaries) are not cues.
READING = ("readers", "interpret", "extract", "document.py", "sections.py", "mdformat.py", "vntext.py")

# Vietnamese string literals (not docstrings) per module, as left by the move to cues.yaml,
# layout_words.yaml and function_words.yaml. Lower a number when you move phrases to the YAML;
# never raise one. What is left is no vocabulary: letters of the alphabet and the message text.
LITERAL_BUDGET: dict[str, int] = {
    "extract/blocks.py": 2,  # the letter đ of "a)/đ)" list markers; "Phần" before a Roman numeral
    "extract/cueset.py": 2,  # the Vietnamese vowel and đ tables of the folding itself (moved from cues.py)
    "extract/numbers.py": 1,  # Đ among the capitals that start a document code ("07-HĐ/…")
    "extract/person_names.py": 1,  # À-Ỹ, the capitals a name starts with after a dash
    "readers/docx/custom_part.py": 1,  # a warning naming "Nơi nhận"
    "vntext.py": 2,  # the đ of the folding itself
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
    assert names == declared_names(Cues)
    declaring = ("cues.py", "cue_lists.py")
    code = "\n".join(p.read_text(encoding="utf-8") for p in SRC.rglob("*.py") if p.name not in declaring)
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
    assert not over, f"Vietnamese phrases in code (found, allowed); move them to the YAML: {over}"


def test_the_interpreter_holds_no_vietnamese_phrase() -> None:
    found = {p.name: _literals(p) for p in (SRC / "interpret").glob("*.py")}
    assert not any(found.values()), found
