"""The YAML written without PyYAML (dvtool.writers.yaml_emit) is PyYAML's own, byte for byte.

Every generated value is dumped by both: where the small emitter writes something it must be
exactly what PyYAML writes (and read back as the value); where it declines, dump_data falls back
to PyYAML. Front matters of generated reports must take the small emitter (else the speed-up is
gone) and still match PyYAML.
"""

from __future__ import annotations

from typing import Any

import yaml
from hypothesis import example, given, settings
from hypothesis import strategies as st

from dvtool.writers._pyyaml import dump as pyyaml_dump
from dvtool.writers.markdown import front_matter
from dvtool.writers.yaml import dump_data
from dvtool.writers.yaml_emit import emit
from tests.strategies import VIETNAMESE_LETTERS, edgy_reports, reports

# Characters that decide YAML styles: indicators, quotes, escapes, breaks, controls, tabs,
# non-breaking and other Unicode spaces, BOM, non-characters, astral letters, digits.
AWKWARD = (
    "-?:,[]{}#&*!|>'\"%@`+.<=~\\ \t\n\r\x00\x07\x1b\x85\xa0\u2028\u2029\u3000\ufeff\ufffe\uffff"
    "\U0001f600\U0010ffff0123456789eE_xob"
)
LETTERS = VIETNAMESE_LETTERS + VIETNAMESE_LETTERS.upper() + "yYnNtTfFoOlLsSu“”()/;–"
WORDS = st.sampled_from(
    ["yes", "No", "TRUE", "off", "On", "y", "n", "Y", "null", "NULL", "~", "<<", "=", "---", "...", "- a"]
)
strings = st.one_of(
    st.text(alphabet=LETTERS + " ", max_size=40),
    st.text(alphabet=LETTERS + AWKWARD, max_size=12),
    st.text(max_size=12),
    WORDS,
    st.builds(lambda a, b: a + b, WORDS, st.text(alphabet=LETTERS + AWKWARD, max_size=4)),
)
scalars = st.one_of(
    strings, st.integers(), st.booleans(), st.none(), st.floats(allow_nan=False), st.just(10**100)
)
keys = st.one_of(st.sampled_from(["title", "date", "y", "n", "on", "2023", "a b"]), strings)


def _tree(children: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(st.lists(children, max_size=4), st.dictionaries(keys, children, max_size=4))


data = st.dictionaries(keys, st.recursive(scalars, _tree, max_leaves=12), max_size=6)
# Front-matter-like data: mostly what the small emitter writes itself (no list in a list).
friendly_strings = st.one_of(
    st.text(alphabet=LETTERS + " ", max_size=30),
    st.text(alphabet=LETTERS + ' 0123456789:"\\', max_size=8),
    WORDS,
    st.sampled_from(["2023-02-10", "10:30", "012", "Số 12/BC-UBND", 'Hội nghị "Dân vận khéo"']),
)
friendly_keys = st.sampled_from(["title", "date", "name", "titles", "y", "n", "on", "2023", "a b"])
friendly_scalars = st.one_of(friendly_strings, st.integers(), st.booleans(), st.none())


def _friendly_tree(children: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    mappings = st.dictionaries(friendly_keys, children, max_size=4)
    return st.one_of(st.lists(st.one_of(friendly_scalars, mappings), max_size=4), mappings)


friendly = st.dictionaries(
    friendly_keys, st.recursive(friendly_scalars, _friendly_tree, max_leaves=12), max_size=6
)


@settings(max_examples=1500, deadline=None)
@given(st.one_of(data, friendly))
@example({"a": "x", "b": [], "c": {}, "d": [{"n": "A", "t": ["1", "2"]}, {}], "e": {"f": {"g": None}}})
@example({"k": "2023-02-10", "l": "10:30", "m": "yes", "n": "012", "o": "", "p": ' "q" \\ '})
@example({"y": [{"y": [{"y": True}]}], "z": [[], {}]})
def test_the_small_emitter_writes_what_pyyaml_writes(value: dict[Any, Any]) -> None:
    text = emit(value)
    expected = pyyaml_dump(value)
    if text is not None:
        assert text == expected
        assert yaml.safe_load(text) == value
    assert dump_data(value) == expected


@settings(max_examples=300, deadline=None)
@given(st.one_of(reports(), edgy_reports()))
def test_front_matter_is_written_by_the_small_emitter_as_pyyaml_writes_it(report: Any) -> None:
    data = front_matter(report)
    assert dump_data(data) == pyyaml_dump(data)


@settings(max_examples=300, deadline=None)
@given(reports())
def test_front_matter_of_plain_reports_needs_no_pyyaml(report: Any) -> None:
    data = front_matter(report)
    text = emit(data)
    assert text is not None, data
    assert text == pyyaml_dump(data)


def test_shared_objects_and_other_shapes_are_left_to_pyyaml() -> None:
    shared: list[str] = ["a"]
    assert emit({"a": shared, "b": shared}) is None  # PyYAML writes an anchor and an alias
    assert emit(["a"]) is None and emit({"a": 1.5}) is None and emit({"a": [["b"]]}) is None
    assert emit({"a": "x\ny"}) is None and emit({"a": "#tag"}) is None
    assert dump_data({"a": shared, "b": shared}) == pyyaml_dump({"a": shared, "b": shared})
