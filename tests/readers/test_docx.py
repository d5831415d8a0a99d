"""DOCX reader: exact round trips, human-written documents (golden), edits, warnings, bad input."""

from __future__ import annotations

import copy
import io
import json
import os
import re
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
import docx.text.paragraph
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dvtool.errors import InputError
from dvtool.figures_check import reconcile_figures
from dvtool.formats import ReadOptions, WriteOptions, get_reader
from dvtool.interpret import official_body as body_module
from dvtool.interpret import prose as prose_stage
from dvtool.messages import Location, Result
from dvtool.model import Figure, Item, Report, report_to_dict
from dvtool.model_from_dict import report_from_dict
from dvtool.numfmt import format_number
from dvtool.readers.docx import custom_part, layout, read
from dvtool.readers.docx.parse import Table as ParsedTable
from dvtool.readers.docx.parse import parse
from dvtool.writers import docx as docx_writer
from dvtool.writers.json import dumps
from tests.conftest import CORPUS, SEED_JSON, require_shared
from tests.strategies import edgy_reports, reports

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "docx"
CASES = sorted(p.name for p in GOLDEN.iterdir() if (p / "input.docx").exists())
UPDATE = os.environ.get("DVTOOL_UPDATE_GOLDEN") == "1"


def seed() -> Report:
    return report_from_dict(json.loads(SEED_JSON.read_text(encoding="utf-8")))


def to_docx(report: Report) -> bytes:
    result = docx_writer.write(report, WriteOptions())
    assert result.warnings() == ()
    return result.value


def read_docx(data: bytes, source: str = "x.docx") -> Result[Report]:
    return read(data, ReadOptions(source=source))


def edit(data: bytes, change: Callable[[Any], None]) -> bytes:
    """Open a DOCX in python-docx, change it as a person would in Word, save it."""
    document = docx.Document(io.BytesIO(data))
    change(document)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def paragraph_with(document: Any, text: str) -> Any:
    return next(p for p in document.paragraphs if text in p.text)


# -- round trips ---------------------------------------------------------------------------


def test_the_seed_report_survives_json_to_docx_to_json() -> None:
    report = seed()
    result = read_docx(to_docx(report))
    assert result.warnings() == ()
    # the one note names the fields the page does not show in full: figures and related headlines
    assert [(m.code, m.text) for m in result.messages] == [
        ("docx-data-part", "from dvtool's data part, not only the page: results, related")
    ]
    assert report_to_dict(result.value) == report_to_dict(report)


def test_docx_written_from_a_docx_reads_back_to_the_same_report() -> None:
    first = read_docx(to_docx(seed())).value
    assert read_docx(to_docx(first)).value == first


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reports())
def test_generated_reports_survive_a_docx_round_trip(report: Report) -> None:
    result = read_docx(to_docx(report))
    assert result.warnings() == ()
    assert result.value == report


def _interpreted(data: bytes, monkeypatch: pytest.MonkeyPatch) -> Result[Report]:
    """The page read through the interpreter even when it is untouched (the path before 0.3.1)."""
    with monkeypatch.context() as patch:
        patch.setattr(custom_part, "read_untouched", lambda data, source: (None, None))
        return read_docx(data)


def _no_interpreter(*args: Any) -> Any:
    raise AssertionError("the page of an untouched package was read again")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(reports(), edgy_reports(), st.just(seed())))
def test_an_untouched_page_is_not_interpreted_and_reads_the_same(report: Report) -> None:
    data = docx_writer.write(report, WriteOptions()).value
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("dvtool.interpret.interpret", _no_interpreter)
        patch.setattr("dvtool.readers.docx.parse.parse", _no_interpreter)
        fast = read_docx(data)
        fast_messages = fast.messages
    slow = _interpreted(data, pytest.MonkeyPatch())
    assert (fast.value, fast_messages) == (slow.value, slow.messages)
    assert dict(fast.locations) == dict(slow.locations)  # made on demand, by the interpreter


def _with_part(data: bytes, name: str, change: Callable[[bytes], bytes]) -> bytes:
    """The package with one part's bytes changed."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            content = source.read(info)
            target.writestr(info, change(content) if info.filename == name else content)
    return out.getvalue()


def _untouched(data: bytes) -> bool:
    return custom_part.read_untouched(data, "x")[0] is not None


def test_an_edited_page_or_data_part_is_interpreted_again() -> None:
    data = to_docx(seed())
    assert _untouched(data)
    edited = edit(data, lambda document: paragraph_with(document, "309/411").runs[0].__setattr__("text", "x"))
    assert not _untouched(edited)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        item = next(n for n in package.namelist() if b"dvtool:visible" in package.read(n))
    # the stored visible report, respelled (same JSON value): the key no longer matches
    respelled = _with_part(
        data,
        item,
        lambda xml: xml.replace(
            b'<dvtool:visible>{"schema_version":', b'<dvtool:visible>{"schema_version": '
        ),
    )
    assert respelled != data and not _untouched(respelled)
    assert read_docx(respelled).value == seed()


def test_converting_an_untouched_own_docx_loads_no_xml_parser_interpreter_or_pyyaml(tmp_path: Path) -> None:
    """What makes target 1 of benchmarks/ fast, checked by what is imported (not by time)."""
    path = tmp_path / "report.docx"
    path.write_bytes(to_docx(seed()))
    script = (
        "import sys\n"
        "from dvtool.app.cli import main\n"
        f"sys.argv = ['dvtool', 'convert', {str(path)!r}, '--to', 'md', '-o', {str(tmp_path / 'r.md')!r}]\n"
        "try:\n    main()\nexcept SystemExit as done:\n    assert done.code == 0, done.code\n"
        "heavy = ('lxml', 'yaml', 'dvtool.interpret', 'dvtool.extract.cues', 'dvtool.readers.docx.parse')\n"
        "print(sorted(name for name in heavy if name in sys.modules))\n"
    )
    # The vocabularies are parsed from YAML once and kept beside the bytecode (dvtool.pycache);
    # the first run writes that cache (a checkout run with PYTHONDONTWRITEBYTECODE has none yet).
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")}
    warm_up = script.replace(repr(str(tmp_path / "r.md")), repr(str(tmp_path / "warm.md")))
    subprocess.run([sys.executable, "-c", warm_up], capture_output=True, text=True, check=True, env=env)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, env=env)
    assert done.stdout.strip() == "[]", done.stderr
    assert (tmp_path / "r.md").read_text(encoding="utf-8").startswith("---\ntitle: ")


def test_the_committed_sample_docx_reads_to_the_seed_report() -> None:
    sample = SEED_JSON.with_suffix(".docx")
    assert read_docx(sample.read_bytes()).value == seed()


# -- edits made in Word arrive -------------------------------------------------------------


def test_an_item_edited_in_word_arrives_in_the_report() -> None:
    data = to_docx(seed())

    def change(document: Any) -> None:
        paragraph = paragraph_with(document, "Từ đó, việc xây dựng điểm sáng")
        for run in paragraph.runs[1:]:
            run.text = ""
        paragraph.runs[0].text = "Từ đó, điểm sáng được nhân rộng."

    report = read_docx(edit(data, change)).value
    assert "Từ đó, điểm sáng được nhân rộng." in [item.text for item in report.results]
    assert len(report.results) == len(seed().results)


def test_an_item_edited_in_word_arrives_and_its_figures_are_re_read_with_a_warning() -> None:
    data = to_docx(seed())
    old = next(i for i in seed().results if "309/411 xã" in i.text)

    def change(document: Any) -> None:
        paragraph = paragraph_with(document, "309/411 xã")
        for run in paragraph.runs:
            run.text = run.text.replace("42 xã", "43 xã")

    read_back = read_docx(edit(data, change)).value
    checked = reconcile_figures(read_back, "x.docx")
    report = checked.value
    new = next(i for i in report.results if "309/411 xã" in i.text)
    assert new.text == old.text.replace("42 xã", "43 xã")
    assert "43 xã" in [f.text for f in new.figures] and "42 xã" not in [f.text for f in new.figures]
    assert [m.code for m in checked.messages] == ["figures-reread"]
    assert [i for i in report.results if i is not new] == [i for i in seed().results if i != old]


def test_untouched_values_come_back_exactly_from_the_data_part() -> None:
    report = Report(
        title=" ",
        publisher="%",
        author="So 5 Media",
        location="a\rb",
        results=(Item("  kết quả ", (Figure(2.5, "giảm 2,5%", "%", change="decrease"),)),),
        related=("Tin liên quan",),
    )
    assert read_docx(docx_writer.write(report, WriteOptions()).value).value == report


def _with_data_part(data: bytes, change: Callable[[bytes], bytes]) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            content = source.read(info)
            if b"dvtool.example.vn/ns/docx-data" in content and info.filename.endswith(".xml"):
                content = change(content)
            target.writestr(info, content)
    return out.getvalue()


@pytest.mark.parametrize(
    "change",
    [
        lambda c: re.sub(
            rb"<dvtool:notes>.*</dvtool:notes>", b"<dvtool:notes>" + b"[" * 100_000 + b"</dvtool:notes>", c
        ),
        lambda c: re.sub(
            rb"<dvtool:report>.*</dvtool:report>",
            b"<dvtool:report>" + b"[" * 100_000 + b"</dvtool:report>",
            c,
        ),
        lambda c: c.replace(b"<dvtool:visible>", b"<dvtool:seen>").replace(
            b"</dvtool:visible>", b"</dvtool:seen>"
        ),
        lambda c: c.replace(b'"schema_version":"2"', b'"schema_version":"9"'),
    ],
    ids=["deep-notes", "deep-report", "no-visible", "bad-version"],
)
def test_a_hostile_data_part_is_one_warning_and_the_visible_text_is_read(
    change: Callable[[bytes], bytes],
) -> None:
    result = read_docx(_with_data_part(to_docx(seed()), change))
    assert [m.code for m in result.warnings()] == ["docx-data-part"]
    assert result.value.title == seed().title and result.value.related == ()


def test_a_damaged_data_part_is_a_warning_and_the_visible_text_is_read() -> None:
    data = to_docx(seed())
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            content = source.read(info)
            if b"dvtool.example.vn/ns/docx-data" in content and info.filename.endswith(".xml"):
                content = content.replace(b"<dvtool:report>{", b"<dvtool:report>[")
            target.writestr(info, content)
    result = read_docx(out.getvalue())
    assert [m.code for m in result.warnings()] == ["docx-data-part"]
    assert result.value.title == seed().title and result.value.related == ()


def test_a_date_retyped_by_hand_arrives() -> None:
    data = to_docx(seed())

    def change(document: Any) -> None:
        paragraph = paragraph_with(document, "Thời gian:")
        paragraph.runs[-1].text = "Chiều 11/02/2023"

    report = read_docx(edit(data, change)).value
    assert (report.date, report.time_of_day) == ("2023-02-11", "afternoon")


# -- locations and warnings ----------------------------------------------------------------


def test_locations_point_at_the_paragraph_and_table_of_each_value() -> None:
    data = to_docx(seed())
    result = read_docx(data)
    document = docx.Document(io.BytesIO(data))
    body = [p.text for p in document.paragraphs]
    first_result = result.locations["/results/0"]
    assert first_result.paragraph is not None
    assert body[first_result.paragraph - 1] == seed().results[0].text
    assert result.locations["/awards/1"] == Location(table=len(document.tables))
    assert result.locations["/title"] == Location(paragraph=body.index(seed().title) + 1)


def test_a_different_year_in_the_tasks_heading_is_reported() -> None:
    data = to_docx(seed())

    def change(document: Any) -> None:
        heading = paragraph_with(document, "Nhiệm vụ năm")
        heading.runs[0].text = heading.text.replace("2023", "2024")

    result = read_docx(edit(data, change))
    assert result.value.plan_year == 2023
    assert [m.code for m in result.warnings()] == ["plan-year-mismatch"]


@pytest.mark.parametrize("case", CASES)
def test_human_written_documents_read_as_expected(case: str) -> None:
    folder = GOLDEN / case
    result = read_docx((folder / "input.docx").read_bytes(), "input.docx")
    actual_json = dumps(result.value)
    actual_messages = "".join(
        f"{m.severity}: {m.code}: {m.text}"
        + (f" [{m.location.describe()}]" if m.location and m.location.describe() else "")
        + "\n"
        for m in result.messages
    )
    if UPDATE:
        (folder / "expected.json").write_text(actual_json, encoding="utf-8")
        (folder / "expected.messages").write_text(actual_messages, encoding="utf-8")
    assert actual_json == (folder / "expected.json").read_text(encoding="utf-8")
    assert actual_messages == (folder / "expected.messages").read_text(encoding="utf-8")


def test_a_report_libreoffice_saved_from_html_reads_field_for_field_as_the_html() -> None:
    # The header and footer cells' lines are <br> in the page and <w:br/> in LibreOffice's .docx
    # (as Shift+Enter types them in Word): each is a line of the header or signature (trial 9).
    folder = GOLDEN / "libreoffice_line_breaks"
    page = get_reader("html")((folder / "input.html").read_bytes(), ReadOptions(source="input.html"))
    word = read_docx((folder / "input.docx").read_bytes(), "input.docx")
    assert b"<w:br/>" in zipfile.ZipFile(folder / "input.docx").read("word/document.xml")
    assert dumps(word.value) == dumps(page.value)
    document = word.value.document
    assert document is not None and document.signer is not None
    assert (document.parent_issuer, document.issuer, document.number) == (
        "HUYỆN ỦY NAM ĐÀN",
        "BAN DÂN VẬN",
        "87-BC/BDVHU",
    )
    assert (document.signer.authority, document.signer.position) == ("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN")


def test_each_line_break_in_a_table_cell_is_a_line_of_the_cell() -> None:
    document = docx.Document()
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    cell.paragraphs[0].add_run("T/M BAN DÂN VẬN\nTRƯỞNG BAN \n\nNguyễn Thị Hoa")
    cell.add_paragraph("Ký tên")
    out = io.BytesIO()
    document.save(out)
    parsed = parse(out.getvalue(), "x.docx")
    table = parsed.blocks[0]
    assert isinstance(table, ParsedTable)
    first = table.rows[0][0]
    assert first is not None
    assert first.paragraphs == ("T/M BAN DÂN VẬN", "TRƯỞNG BAN", "", "Nguyễn Thị Hoa", "Ký tên")


def test_soft_line_breaks_in_a_real_word_cell_are_its_lines() -> None:
    path = require_shared(CORPUS / "docx2python" / "soft_line_breaks.docx")
    table = next(b for b in parse(path.read_bytes(), path.name).blocks if isinstance(b, ParsedTable))
    first = table.rows[0][0]
    assert first is not None
    assert [p for p in first.paragraphs if p] == ["Line1", "Line2", "Line3", "Line4"]


def test_items_people_wrote_get_figures_from_the_number_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    found = (Figure(value=309, text="309/411 xã", unit="xã", total=411),)
    monkeypatch.setattr(body_module, "_figure_finder", lambda: lambda text: found if "309" in text else ())
    data = (GOLDEN / "typed_numbering" / "input.docx").read_bytes()
    report = read_docx(data).value
    # the "+" line under the first item stays under it (issue 10)
    first = (
        "Toàn tỉnh có 309/411 xã đạt chuẩn nông thôn mới. + Tiếp nhận 5.720 hồ sơ, tăng 2,3% so với cùng kỳ."
    )
    assert report.results[0] == Item(first, found)
    assert report.results[1].figures == ()


def _add_item_after(data: bytes, after: str, text: str) -> bytes:
    """Type a new item under the one reading ``after``, as a person does in Word (Enter at its
    end: the new paragraph has its style)."""

    def change(document: Any) -> None:
        anchor = next(p for p in document.paragraphs if p.text == after)
        added = docx.text.paragraph.Paragraph(copy.deepcopy(anchor._p), anchor._parent)
        for run in added.runs:
            run._r.getparent().remove(run._r)
        added.add_run(text)
        anchor._p.addnext(added._p)

    return edit(data, change)


def test_an_item_added_in_word_gets_the_figures_its_text_states() -> None:
    # trial 9 item 7: an added result had "figures": [] with no warning
    report = seed()
    added = "Toàn tỉnh vận động 2.150 hộ hiến 35.000 m2 đất làm đường giao thông nông thôn."
    result = read_docx(_add_item_after(to_docx(report), report.results[-1].text, added))
    assert result.value.results[:-1] == report.results  # the others keep their stored figures
    assert result.value.results[-1] == Item(
        added,
        (
            Figure(value=2150, text="2.150 hộ", unit="hộ"),
            Figure(value=35000, text="35.000 m2 đất", unit="m2 đất"),
        ),
    )
    assert result.value.tasks == report.tasks and result.warnings() == ()


def test_an_added_item_without_numbers_gets_no_figures() -> None:
    report = seed()
    added = "Công tác tuyên truyền được đổi mới."
    result = read_docx(_add_item_after(to_docx(report), report.limitations[0].text, added))
    assert result.value.limitations[1] == Item(added)
    assert result.value.results == report.results


def test_dvtool_items_without_a_figures_table_get_no_parsed_figures(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(body_module, "_figure_finder", lambda: lambda text: (Figure(1, "1"),))
    assert _interpreted(to_docx(seed()), monkeypatch).value == seed()


def test_a_document_without_report_layout_goes_to_extraction(monkeypatch: pytest.MonkeyPatch) -> None:
    handed: list[str] = []

    def fake(document: Any, *, official: bool = False) -> Result[Report]:
        handed.append(document.source)
        return Result(Report(title="extracted"))

    monkeypatch.setattr(prose_stage, "read", fake)
    data = (GOLDEN / "free_prose" / "input.docx").read_bytes()
    assert read_docx(data, "news.docx").value.title == "extracted"
    assert handed == ["news.docx"]
    read_docx(to_docx(seed()))
    assert handed == ["news.docx"]


# -- numbers --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "text"),
    [(3509, "3.509"), (2.3, "2,3"), (1234.5, "1.234,5"), (0.01, "0,01"), (-1500, "-1.500"), (100, "100")],
)
def test_numbers_are_written_the_vietnamese_way_and_read_back(value: float, text: str) -> None:
    assert format_number(value) == text
    parsed = layout.parse_number(text)
    assert parsed == value and type(parsed) is type(value)


@pytest.mark.parametrize(("text", "value"), [("2.5", 2.5), ("1 000", 1000), ("12.000", 12000), ("abc", None)])
def test_numbers_typed_by_people_are_read_tolerantly(text: str, value: float | None) -> None:
    assert layout.parse_number(text) == value


# -- bad input ------------------------------------------------------------------------------


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return out.getvalue()


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"plain text, not a zip", "this is a text file, not a .docx"),
        (b"", "empty file"),
        ("truncated", "damaged or truncated"),
        ({"hello.txt": b"hi"}, "[Content_Types].xml"),
        ("no-main-part", "missing part 'word/document.xml'"),
    ],
)
def test_unreadable_input_is_one_line_input_error(data: Any, words: str) -> None:
    if data == "truncated":
        data = to_docx(seed())[:3000]
    elif data == "no-main-part":
        full = zipfile.ZipFile(io.BytesIO(to_docx(seed())))
        data = _zip({n: full.read(n) for n in full.namelist() if n != "word/document.xml"})
    elif isinstance(data, dict):
        data = _zip(data)
    with pytest.raises(InputError) as caught:
        read_docx(data)
    message = str(caught.value)
    assert words in message and "\n" not in message and message.startswith("x.docx: ")


def test_external_entities_are_not_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET", encoding="utf-8")
    original = zipfile.ZipFile(io.BytesIO(to_docx(Report(title="x"))))
    members = {n: original.read(n) for n in original.namelist()}
    xml = members["word/document.xml"].decode("utf-8")
    doctype = f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://{secret}">]>'
    xml = xml.replace("?>", "?>" + doctype, 1).replace(">x<", ">&xxe;<", 1)
    members["word/document.xml"] = xml.encode("utf-8")
    try:
        result = read_docx(_zip(members))
    except InputError:
        return
    assert "TOP-SECRET" not in dumps(result.value)


def test_strict_open_xml_is_read_or_refused_with_a_resave_hint() -> None:
    folder = require_shared(CORPUS)
    for path in sorted(folder.rglob("*strict*.docx")):
        try:
            result = read_docx(path.read_bytes(), path.name)
        except InputError as exc:
            assert "Strict" in str(exc) and "Word Document (*.docx)" in str(exc)
        else:
            assert result.value.title


def test_a_zip_that_would_unpack_to_gigabytes_is_refused_before_inflating() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b"\0" * (1 << 20)
            for _ in range(300):
                member.write(chunk)
    with pytest.raises(InputError, match="unpack"):
        read_docx(out.getvalue())


def test_deeply_nested_xml_is_an_input_error_not_a_crash() -> None:
    original = zipfile.ZipFile(io.BytesIO(to_docx(Report(title="x"))))
    members = {n: original.read(n) for n in original.namelist()}
    xml = members["word/document.xml"].decode("utf-8")
    deep = "<w:sdt><w:sdtContent>" * 5000 + "</w:sdtContent></w:sdt>" * 5000
    members["word/document.xml"] = xml.replace("<w:body>", "<w:body>" + deep, 1).encode("utf-8")
    try:
        result = read_docx(_zip(members))
    except InputError as exc:
        assert "\n" not in str(exc)
    else:
        assert result.value.title == "x"


def test_billion_laughs_entities_are_not_expanded() -> None:
    original = zipfile.ZipFile(io.BytesIO(to_docx(Report(title="x"))))
    members = {n: original.read(n) for n in original.namelist()}
    xml = members["word/document.xml"].decode("utf-8")
    entities = '<!ENTITY a0 "ha">' + "".join(f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10))
    xml = xml.replace("?>", f"?><!DOCTYPE w:document [{entities}]>", 1).replace(">x<", ">&a9;<", 1)
    members["word/document.xml"] = xml.encode("utf-8")
    try:
        result = read_docx(_zip(members))
    except InputError:
        return
    assert len(dumps(result.value)) < 100_000


def test_a_typed_report_whose_lead_follows_bao_cao_keeps_date_and_organizer() -> None:
    import docx

    document = docx.Document()
    document.add_paragraph().add_run("BÁO CÁO").bold = True
    document.add_paragraph(
        "Sáng ngày 15 tháng 01 năm 2024, UBND huyện Nam Đàn tổ chức hội nghị tổng kết năm 2023."
    )
    document.add_paragraph().add_run("I. KẾT QUẢ ĐẠT ĐƯỢC").bold = True
    document.add_paragraph("- Toàn huyện có 15/20 xã đạt chuẩn nông thôn mới.")
    buffer = io.BytesIO()
    document.save(buffer)
    report = read_docx(buffer.getvalue()).value
    assert report.date == "2024-01-15" and report.time_of_day == "morning"
    assert report.organizers == ("UBND huyện Nam Đàn",)
    assert [i.text for i in report.results] == ["Toàn huyện có 15/20 xã đạt chuẩn nông thôn mới."]
