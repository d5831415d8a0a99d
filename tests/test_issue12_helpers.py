"""The pure helpers behind issue 12: line maps, plain schema messages, streams, figure checks."""

from __future__ import annotations

import json
from pathlib import PurePath
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from dvtool.app.datalines import json_lines, yaml_lines
from dvtool.app.streams import split_stream
from dvtool.figures_check import reconcile_figures, stale_figures
from dvtool.model import Figure, Item, Report
from dvtool.problem_text import date_message
from dvtool.schema import validate_data

# ------------------------------------------------------------ datalines

keys = st.text(alphabet="abc/~ đ", min_size=1, max_size=4)
json_data = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.text(alphabet='ab"\\\n đ', max_size=5)),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(keys, inner, max_size=3)),
    max_leaves=12,
)


def _pointers(data: Any, prefix: str = "") -> set[str]:
    found = {prefix}
    if isinstance(data, dict):
        for key, value in data.items():
            escaped = key.replace("~", "~0").replace("/", "~1")
            found |= _pointers(value, f"{prefix}/{escaped}")
    elif isinstance(data, list):
        for i, value in enumerate(data):
            found |= _pointers(value, f"{prefix}/{i}")
    return found


@settings(max_examples=150, deadline=None)
@given(json_data, st.sampled_from([None, 2]))
def test_every_value_of_a_json_document_gets_a_line(data: Any, indent: int | None) -> None:
    text = json.dumps(data, indent=indent, ensure_ascii=False)
    lines = json_lines(text)
    assert set(lines) == _pointers(data)
    assert all(1 <= n <= text.count("\n") + 1 for n in lines.values())


@settings(max_examples=100, deadline=None)
@given(json_data)
def test_every_value_of_a_yaml_document_gets_a_line(data: Any) -> None:
    text = yaml.safe_dump(data, allow_unicode=True)
    lines = yaml_lines(text)
    assert set(lines) == _pointers(data)
    assert all(1 <= n <= text.count("\n") + 1 for n in lines.values())


def test_a_member_is_placed_on_the_line_of_its_key() -> None:
    text = '{\n  "title": "T",\n  "chairs": [\n    {"name": "A"},\n    {"name": "B"}\n  ]\n}\n'
    lines = json_lines(text)
    assert lines["/title"] == 2 and lines["/chairs"] == 3 and lines["/chairs/1/name"] == 5
    assert yaml_lines("title: T\nchairs:\n- name: A\n- name: B\n")["/chairs/1/name"] == 4


def test_a_broken_document_gives_what_was_found_and_no_exception() -> None:
    assert json_lines('{"a": 1, "b": [tru')["/a"] == 1
    assert yaml_lines("a: [") == {}


# ------------------------------------------------------------ plain schema messages


def test_a_day_month_year_date_is_rewritten_as_the_fix() -> None:
    assert str(date_message("10/02/2023")) == "date must be YYYY-MM-DD: write 2023-02-10"
    assert str(date_message("1-2-2023")) == "date must be YYYY-MM-DD: write 2023-02-01"
    assert str(date_message("2023/2/1")) == "date must be YYYY-MM-DD: write 2023-02-01"
    assert "for example 2023-02-10" in str(date_message("hôm qua"))


def test_schema_messages_name_the_field_and_never_the_raw_schema() -> None:
    data = {
        "title": "T",
        "reporting_year": "2022",
        "awards": [{"award": "Bằng khen", "collectives": -1}],
        "organizers": "UBND tỉnh",
        "chairs": [{"titles": []}],
        "colour": "red",
    }
    messages = {p.pointer: p.message for p in validate_data(data)}
    assert messages["/reporting_year"].endswith("write 2022 without quotes")
    assert messages["/awards/0/collectives"] == "collectives must be 0 or more, not -1"
    assert messages["/organizers"].startswith("organizers must be a list, not 'UBND tỉnh'")
    assert messages["/chairs/0"] == "required field 'name' is missing: add it"
    assert messages[""].startswith("unknown field 'colour'")
    assert not any("'integer'" in m or "is not of type" in m for m in messages.values())


def test_rules_run_beside_schema_problems_without_repeating_them() -> None:
    data = {
        "title": "T",
        "date": "10/02/2023",
        "reporting_year": 2023,
        "plan_year": 2022,
        "chairs": [{"name": "A"}, {"name": "a"}],
    }
    rules = sorted(p.rule for p in validate_data(data))
    assert rules == ["duplicate-chair", "schema", "years"]


# ------------------------------------------------------------ streams


def test_json_lines_are_split_and_envelopes_unwrapped() -> None:
    data = (
        b'{"source": "a.docx", "report": {"title": "A"}}\n\n'
        b'{"source": "b.docx", "error": "bad", "exit_code": 3}\n'
    )
    parts = split_stream("all.jsonl", PurePath("all.jsonl"), data, "json")
    assert parts is not None and [p.label for p in parts] == ["all.jsonl:1 (a.docx)", "all.jsonl:3 (b.docx)"]
    assert json.loads(parts[0].data) == {"title": "A"} and parts[0].relative == PurePath("a.docx")
    assert parts[1].error == "failed when converted: bad" and parts[1].exit_code == 3


def test_one_pretty_json_report_is_not_a_stream() -> None:
    text = json.dumps({"title": "A", "organizers": ["x"]}, indent=2).encode()
    assert split_stream("a.json", PurePath("a.json"), text, "json") is None
    assert split_stream("a.json", PurePath("a.json"), b'{"title": "A"}\n', "json") is None


def test_a_single_line_jsonl_file_is_still_a_stream() -> None:
    parts = split_stream("one.jsonl", PurePath("one.jsonl"), b'{"title": "A"}\n', "json")
    assert parts is not None and len(parts) == 1 and parts[0].label == "one.jsonl:1"


def test_yaml_documents_are_split_at_their_separators() -> None:
    text = b"# a comment\ntitle: A\n---\ntitle: B\n...\n---\ntitle: C\n"
    parts = split_stream("s.yaml", PurePath("s.yaml"), text, "yaml")
    assert parts is not None
    assert [yaml.safe_load(p.data) for p in parts] == [{"title": "A"}, {"title": "B"}, {"title": "C"}]
    assert [p.label for p in parts] == ["s.yaml:1", "s.yaml:4", "s.yaml:7"]
    assert split_stream("one.yaml", PurePath("one.yaml"), b"---\ntitle: A\n", "yaml") is None


# ------------------------------------------------------------ figures


def test_an_item_whose_figure_text_left_it_is_re_read_and_named() -> None:
    fresh = Item("Tổ chức 3.600 cuộc giám sát", (Figure(3600, "3.600 cuộc giám sát", "cuộc giám sát"),))
    stale = Item("Tổ chức 3.600 cuộc giám sát", (Figure(3509, "3.509 cuộc giám sát", "cuộc giám sát"),))
    report = Report(title="T", results=(fresh, stale))
    assert stale_figures(fresh) == [] and stale_figures(stale) == ["3.509 cuộc giám sát"]
    result = reconcile_figures(report, "x.md")
    assert [f.value for f in result.value.results[1].figures] == [3600]
    assert result.value.results[0] is fresh
    assert [m.pointer for m in result.messages] == ["/results/1"]


@pytest.mark.parametrize("number", ["(1) ", "1. ", "- 2) "])
def test_the_items_own_number_is_no_figure_when_figures_are_re_read(number: str) -> None:
    """A newcomer edited 7.906,7 to 8.123,4 in "(1) …" and the re-read figures began with 1."""
    item = Item(f"{number}Sản lượng lương thực đạt 8.123,4 tấn", (Figure(7906.7, "7.906,7 tấn", "tấn"),))
    result = reconcile_figures(Report(title="T", results=(item,)), "x.docx")
    assert [f.value for f in result.value.results[0].figures] == [8123.4]


def test_spacing_and_case_do_not_make_a_figure_stale() -> None:
    item = Item("Có  309/411 Xã đạt chuẩn", (Figure(309, "309/411 xã", "xã", 411),))
    assert reconcile_figures(Report(title="T", tasks=(item,)), "x.md").messages == ()
