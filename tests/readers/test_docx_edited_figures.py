"""Trial 10, problem 6: a figure changed in the text of dvtool's own DOCX warns as the same edit
in Markdown does, also when a paragraph is added or deleted beside the edited item (the
colleague's edit did both), and ``--strict`` exits 4."""

from __future__ import annotations

import copy
import io
import json
from pathlib import Path

import docx
import docx.text.paragraph

from dvtool.app.jobs import read_document
from dvtool.formats import WriteOptions
from dvtool.messages import Result
from dvtool.model import Report
from dvtool.model_from_dict import report_from_dict
from dvtool.writers import docx as docx_writer
from tests.conftest import SEED_JSON, Runner

FIGURE_ITEM = "309/411 xã"  # the seed's result stating "42 xã đạt chuẩn nông thôn mới nâng cao"


def _seed() -> Report:
    return report_from_dict(json.loads(SEED_JSON.read_text(encoding="utf-8")))


def _edited(change_figure: bool, add: str | None = None, delete: str | None = None) -> bytes:
    """The seed's DOCX with "42 xã" typed as "43 xã", a paragraph typed after that item (Enter
    at its end) and/or the item starting with ``delete`` deleted, as a person does in Word."""
    document = docx.Document(io.BytesIO(docx_writer.write(_seed(), WriteOptions()).value))
    anchor = next(p for p in document.paragraphs if FIGURE_ITEM in p.text)
    if change_figure:
        for run in anchor.runs:
            run.text = run.text.replace("42 xã", "43 xã")
    if add is not None:
        added = docx.text.paragraph.Paragraph(copy.deepcopy(anchor._p), anchor._parent)
        for run in added.runs:
            run._r.getparent().remove(run._r)
        added.add_run(add)
        anchor._p.addnext(added._p)
    if delete is not None:
        gone = next(p for p in document.paragraphs if p.text.startswith(delete))
        gone._p.getparent().remove(gone._p)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _read(data: bytes) -> Result[Report]:
    return read_document("docx", data, "x.docx")


def _index(report: Report) -> int:
    return next(i for i, item in enumerate(report.results) if FIGURE_ITEM in item.text)


ADDED = "Toàn tỉnh xây mới 120 nhà Đại đoàn kết cho hộ nghèo."


def test_a_changed_figure_warns_when_a_paragraph_was_added_beside_it() -> None:
    result = _read(_edited(True, add=ADDED))
    at = _index(result.value)
    warned = [(m.code, m.pointer) for m in result.warnings()]
    assert warned == [("figures-reread", f"/results/{at}")]
    assert "42 xã" in result.warnings()[0].text
    figures = [f.text for f in result.value.results[at].figures]
    assert "43 xã" in figures and "42 xã" not in figures
    # the added paragraph is an added item: its figures are read from its text, with no warning
    assert result.value.results[at + 1].text == ADDED
    assert [f.text for f in result.value.results[at + 1].figures] == ["120 nhà Đại đoàn kết"]


def test_a_changed_figure_warns_when_the_item_before_it_was_deleted() -> None:
    seed = _seed()
    at = _index(seed)
    assert at > 0
    result = _read(_edited(True, delete=seed.results[at - 1].text[:40]))
    assert [(m.code, m.pointer) for m in result.warnings()] == [("figures-reread", f"/results/{at - 1}")]


def test_an_added_paragraph_alone_changes_no_stored_figure_and_warns_nothing() -> None:
    seed = _seed()
    result = _read(_edited(False, add=ADDED))
    at = _index(result.value)
    assert result.warnings() == ()
    assert result.value.results[: at + 1] == seed.results[: at + 1]
    assert result.value.results[at + 2 :] == seed.results[at + 1 :]


def test_strict_exits_4_on_a_figure_changed_in_word_beside_an_added_paragraph(
    run_dvtool: Runner, tmp_path: Path
) -> None:
    path = tmp_path / "edited.docx"
    path.write_bytes(_edited(True, add=ADDED))
    done = run_dvtool(["convert", str(path), "--to", "json", "--strict"])
    assert done.returncode == 4
    assert "the item's text no longer has its figure '42 xã" in done.stderr.decode()
