"""Trial 10, problem 1: dvtool's Word file whose data part was removed (Word's Inspect Document,
a detour through ODF) is read as a Word file dvtool did not write: the items' figures come from
their text (the seed's 19 come back), an official document's frame from the page, and a note
says the part is missing. The golden case ``tests/golden/docx/own_layout_without_data_part``
is the trial's file (dvtool's DOCX of a news item with ``customXml/`` removed)."""

from __future__ import annotations

import dataclasses
import io
import json
import re
import zipfile
from pathlib import Path

from dvtool.formats import ReadOptions, WriteOptions
from dvtool.interpret.official_body import item_figures
from dvtool.messages import Result
from dvtool.model import Report
from dvtool.model_from_dict import report_from_dict
from dvtool.readers.docx import read
from dvtool.writers import docx as docx_writer
from tests.conftest import SEED_JSON

OFFICIAL = Path(__file__).resolve().parents[1] / "golden" / "official"


def _report(path: Path) -> Report:
    return report_from_dict(json.loads(path.read_text(encoding="utf-8")))


def _without_part(data: bytes) -> bytes:
    """The package with ``customXml/`` and its relationship removed, as Inspect Document does."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename.startswith("customXml/"):
                continue
            content = source.read(info)
            if info.filename == "word/_rels/document.xml.rels":
                content = re.sub(rb"<Relationship [^>]*customXml[^>]*/>", b"", content)
            target.writestr(info, content)
    return out.getvalue()


def _read(report: Report) -> Result[Report]:
    data = _without_part(docx_writer.write(report, WriteOptions()).value)
    assert b"customXml/" not in data
    return read(data, ReadOptions(source="x.docx"))


def test_the_seed_without_its_data_part_gets_its_figures_from_the_items_text() -> None:
    seed = _report(SEED_JSON)
    assert sum(len(i.figures) for i in seed.results) == 19
    result = _read(seed)
    # the page holds everything but the related headlines, which dvtool does not print
    assert result.value == dataclasses.replace(seed, related=())
    assert result.warnings() == ()
    assert [m.code for m in result.messages] == ["docx-data-part"]
    assert "data part is missing" in result.messages[0].text


def test_an_official_report_without_its_data_part_reads_its_frame_from_the_page() -> None:
    report = _report(OFFICIAL / "party" / "report.json")
    assert report.document is not None and report.document.signer is not None
    result = _read(report)
    document = result.value.document
    assert document is not None and document.signer is not None
    assert (document.kind, document.number, document.system) == (
        report.document.kind,
        report.document.number,
        report.document.system,
    )
    assert document.signer.name == report.document.signer.name
    assert result.value.author == report.author
    assert [i.text for i in result.value.tasks] == [i.text for i in report.tasks]
    for got, written in zip(result.value.results, report.results, strict=True):
        assert got.text == written.text
        assert got.figures == item_figures(got.text)  # as in a report a person typed
    assert any(i.figures for i in result.value.results)


def test_a_damaged_data_part_warns_and_the_figures_still_come_from_the_text() -> None:
    seed = _report(SEED_JSON)
    data = docx_writer.write(seed, WriteOptions()).value
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            content = source.read(info)
            if b"dvtool.example.vn/ns/docx-data" in content and info.filename.endswith(".xml"):
                content = content.replace(b"<dvtool:report>{", b"<dvtool:report>[")
            target.writestr(info, content)
    result = read(out.getvalue(), ReadOptions(source="x.docx"))
    assert [m.code for m in result.messages] == ["docx-data-part"] and result.warnings()
    assert [i.figures for i in result.value.results] == [i.figures for i in seed.results]
