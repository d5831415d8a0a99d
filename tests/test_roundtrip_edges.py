"""Round trips never change data silently (issue 14, point 5).

Text with edge spaces, whitespace only, "\r", "\r\n", NEL, line separators, tabs and control
characters, in every field that can hold it: JSON, YAML and DOCX keep it exactly; Markdown keeps
it or says (a warning) which value it could not keep — and never invents or drops an item.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from dvtool.formats import ReadOptions, WriteOptions
from dvtool.model import Figure, Item, Report, report_to_dict
from dvtool.readers import json as json_reader
from dvtool.readers import markdown as md_reader
from dvtool.readers import yaml as yaml_reader
from dvtool.readers.docx import read as read_docx
from dvtool.schema import validate_report
from dvtool.writers import docx as docx_writer
from dvtool.writers import json as json_writer
from dvtool.writers import markdown as md_writer
from dvtool.writers import yaml as yaml_writer
from tests.strategies import edgy_reports, reports

OPTIONS = ReadOptions(source="x")
SLOW = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _pointers(report: Report) -> set[str]:
    """JSON pointers of every value of a report (to name what a warning is about)."""
    out: set[str] = set()

    def walk(value: object, pointer: str) -> None:
        out.add(pointer)
        if isinstance(value, dict):
            for key, child in value.items():
                walk(child, f"{pointer}/{key}")
        elif isinstance(value, list):
            for index, child in enumerate(value):
                walk(child, f"{pointer}/{index}")

    walk(report_to_dict(report), "")
    return out


def _differing(a: object, b: object, pointer: str = "") -> set[str]:
    if isinstance(a, dict) and isinstance(b, dict):
        keys = set(a) | set(b)
        return (
            set().union(*(_differing(a.get(k), b.get(k), f"{pointer}/{k}") for k in keys)) if keys else set()
        )
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        return set().union(
            *(_differing(x, y, f"{pointer}/{i}") for i, (x, y) in enumerate(zip(a, b, strict=True)))
        )
    return set() if a == b else {pointer}


@SLOW
@given(edgy_reports())
def test_json_and_yaml_keep_every_edge_exactly(report: Report) -> None:
    assert not validate_report(report)
    for writer, reader in ((json_writer, json_reader), (yaml_writer, yaml_reader)):
        assert reader.read(writer.write(report, WriteOptions()).value, OPTIONS).value == report


@SLOW
@given(edgy_reports())
def test_docx_keeps_every_edge_exactly(report: Report) -> None:
    written = docx_writer.write(report, WriteOptions())
    assert written.warnings() == ()
    back = read_docx(written.value, ReadOptions(source="x.docx"))
    assert back.value == report
    assert back.warnings() == ()


@SLOW
@given(edgy_reports())
def test_markdown_keeps_each_value_or_warns_about_it(report: Report) -> None:
    written = md_writer.write(report, WriteOptions())
    back = md_reader.read(written.value, ReadOptions(source="x.md")).value
    changed = _differing(report_to_dict(report), report_to_dict(back))
    warned = {m.pointer for m in written.warnings() if m.pointer}
    # every changed value is one the writer warned about (or lies under one)
    for pointer in changed:
        assert any(
            pointer == w or pointer.startswith(w + "/") or w.startswith(pointer + "/") for w in warned
        ), (
            pointer,
            warned,
        )
    # never an invented item: each section has at most the items it had
    for name in ("results", "limitations", "tasks", "remarks", "related"):
        assert len(getattr(back, name)) <= len(getattr(report, name))


def test_markdown_unit_with_a_trailing_space_is_a_warning_not_an_extra_result() -> None:
    report = Report(title="T", results=(Item("Có 5 xã đạt chuẩn.", (Figure(5, "5 xã", "xã ", None),)),))
    written = md_writer.write(report, WriteOptions())
    back = md_reader.read(written.value, ReadOptions(source="x.md")).value
    assert len(back.results) == 1 and back.results[0].figures[0].unit == "xã"
    assert [m.pointer for m in written.warnings()] == ["/results/0/figures/0/unit"]


def test_markdown_result_with_leading_spaces_is_kept_trimmed_with_a_warning() -> None:
    report = Report(title="T", results=(Item("  Kết quả tốt"), Item("a\r\nb")))
    written = md_writer.write(report, WriteOptions())
    back = md_reader.read(written.value, ReadOptions(source="x.md")).value
    assert [i.text for i in back.results] == ["Kết quả tốt", "a\nb"]
    assert [m.pointer for m in written.warnings()] == ["/results/0", "/results/1"]


def test_docx_keeps_whitespace_titles_and_odd_publishers() -> None:
    for title, publisher in (
        (" ", "%"),
        ("\r", "---"),
        ("x", "So 5 Media"),
        ("a\x85b", " "),
        ("a\ufffeb\x00", "\uffff"),
    ):
        report = Report(title=title, publisher=publisher)
        assert read_docx(docx_writer.write(report, WriteOptions()).value, OPTIONS).value == report


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reports())
def test_every_format_round_trips_reports_with_a_document(report: Report) -> None:
    for writer, reader in ((json_writer, json_reader), (yaml_writer, yaml_reader), (md_writer, md_reader)):
        written = writer.write(report, WriteOptions())
        assert written.warnings() == ()
        assert reader.read(written.value, OPTIONS).value == report
    assert read_docx(docx_writer.write(report, WriteOptions()).value, OPTIONS).value == report
