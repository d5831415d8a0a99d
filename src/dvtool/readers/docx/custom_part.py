"""dvtool's data part in a .docx: reading it and merging it with the visible text.

The writer (:mod:`dvtool.writers.docx.custom_part`, which documents the part) stores the
report exactly (``report``) and what the reader read from the visible text when the file was
written (``visible``). :func:`merge` compares, field by field, what is read from the visible
text now with ``visible``:

* equal — the person did not touch it: the stored value, exactly (edge spaces, "\\r", control
  characters, figures and their change, related headlines, the ``document`` parts);
* different — the person edited it: the edited text wins. In a list (results, chairs, …) the
  entries are matched in order, so an untouched entry keeps its stored value, an edited one
  takes the edited text (an edited item keeps its stored figures, which the text-wins check
re-reads when the text no longer states them),
  an added one is read from the text and a deleted one is gone.

When the page is exactly as it was written — the parsed page, the ``visible`` report and the
notes hash to the ``page`` key the writer stored (:func:`page_key`, which includes dvtool's
version) — what the interpreter would read from it is ``visible``, so :func:`untouched` lets
the reader skip the interpreter: the result is the one the comparison gives, and the locations
of the values (for ``--explain`` and validation) are read from the page only when asked for.

Fields whose value is not what the page shows are named in a note (``docx-data-part``, shown
with --verbose): the part is trusted like the rest of the file, and the note says where a value
came from. A missing part means a document dvtool did not write (or one saved without it): the visible
text alone is the report. A damaged part is ignored with a warning.
"""

from __future__ import annotations

import dataclasses
import difflib
import hashlib
import io
import json
import re
import zipfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

from dvtool import __version__
from dvtool.errors import InputError
from dvtool.messages import Location, Message, Result, info, warning
from dvtool.model import ModelError, Report
from dvtool.model_from_dict import report_from_dict
from dvtool.readers.docx.parse import Document, Paragraph, Table
from dvtool.safety import MAX_XML_PART_BYTES, parse_xml_part
from dvtool.vntext import fold

NAMESPACE = "https://dvtool.example.vn/ns/docx-data/1"
_ITEM = re.compile(r"^customxml/item\d+\.xml$", re.IGNORECASE)
_ITEM_LISTS = ("results", "limitations", "tasks")
_LISTS = ("organizers", "chairs", "attendees", "results", "limitations", "tasks", "remarks", "awards")


@dataclasses.dataclass(frozen=True)
class Stored:
    """The two reports of a data part."""

    report: Report
    visible: Report
    notes: frozenset[tuple[str, str]] = frozenset()
    frame: tuple[str, ...] | None = None  # frame_lines() of the page as written
    page: str | None = None  # page_key() of the page as written (dvtool 0.3.1 and later)
    written: tuple[str, str] = ("", "")  # the visible and notes JSON as stored, for page_key()


def page_key(page: Document, visible_json: str, notes_json: str) -> str:
    """A key of everything the reading of dvtool's own page depends on besides the code: the
    parsed page, the ``visible`` report and the notes stored with it, and dvtool's version."""
    digest = hashlib.sha256()
    for part in (__version__, repr(page), visible_json, notes_json):
        digest.update(part.encode("utf-8", "surrogatepass") + b"\0")
    return digest.hexdigest()


def untouched(stored: Stored, page: Document) -> bool:
    """Is ``page`` the page this dvtool version wrote with ``stored``? Then the interpreter reads
    ``stored.visible`` from it (with the stored notes), and need not run."""
    return stored.page is not None and stored.page == page_key(page, *stored.written)


class DeferredLocations(Mapping[str, Location]):
    """The locations of an interpretation, made only when first looked at."""

    def __init__(self, make: Callable[[], Mapping[str, Location]]) -> None:
        self._make: Callable[[], Mapping[str, Location]] | None = make
        self._locations: Mapping[str, Location] = {}

    def _get(self) -> Mapping[str, Location]:
        if self._make is not None:
            self._locations, self._make = self._make(), None
        return self._locations

    def __getitem__(self, pointer: str) -> Location:
        return self._get()[pointer]

    def __iter__(self) -> Iterator[str]:
        return iter(self._get())

    def __len__(self) -> int:
        return len(self._get())


def frame_lines(document: Document) -> tuple[str, ...]:
    """The text of what the reader does not map to fields yet: the header table, the kind line
    right after it and the Nơi nhận / signature table at the foot (cell paragraphs, in order)."""
    blocks = document.blocks
    tables = [b for b in blocks if isinstance(b, Table)]
    lines: list[str] = []
    if tables and blocks[0] is tables[0]:
        lines += _cell_lines(tables[0])
        if len(blocks) > 1 and isinstance(blocks[1], Paragraph):
            lines.append(blocks[1].text)
    if len(tables) > 1 and _is_footer(tables[-1]):
        lines += _cell_lines(tables[-1])
    return tuple(lines)


def _cell_lines(table: Table) -> list[str]:
    return [p for row in table.rows for cell in row if cell is not None for p in cell.paragraphs]


def _is_footer(table: Table) -> bool:
    first = table.rows[0][0] if table.rows and table.rows[0] else None
    text = fold(first.text) if first is not None else ""
    return text.startswith("noi nhan") or (len(table.rows) == 1 and not text.strip())


def read(data: bytes, source: str) -> tuple[Stored | None, tuple[Message, ...]]:
    """The data part of an (already checked) package, or None; a damaged part is a warning."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            for info in package.infolist():
                if _ITEM.match(info.filename) and info.file_size <= MAX_XML_PART_BYTES:
                    stored = _parse(package.read(info), source, info.filename)
                    if stored is not None:
                        return stored, ()
    except (InputError, ModelError, ValueError, KeyError, RecursionError, zipfile.BadZipFile) as exc:
        problem = getattr(exc, "phrase", None) or str(exc)
        return None, (
            warning(
                "docx-data-part", "dvtool's data part is damaged and was ignored: {problem}", problem=problem
            ),
        )
    return None, ()


def _parse(content: bytes, source: str, name: str) -> Stored | None:
    root = parse_xml_part(content, source, name)
    if root.tag != f"{{{NAMESPACE}}}data":
        return None
    report = root.find(f"{{{NAMESPACE}}}report")
    visible = root.find(f"{{{NAMESPACE}}}visible")
    if report is None or visible is None:
        raise ValueError("the report or its visible text is missing")
    notes = root.find(f"{{{NAMESPACE}}}notes")
    pairs = json.loads(notes.text or "[]") if notes is not None else []
    if not isinstance(pairs, list) or not all(
        isinstance(p, list) and len(p) == 2 and all(isinstance(x, str) for x in p) for p in pairs
    ):
        raise ValueError("its notes are not a list of [code, text] pairs")
    stored = _report(report.text, source), _report(visible.text, source)
    frame = root.find(f"{{{NAMESPACE}}}frame")
    lines = json.loads(frame.text or "[]") if frame is not None else None
    if lines is not None and not (isinstance(lines, list) and all(isinstance(x, str) for x in lines)):
        raise ValueError("its frame is not a list of lines")
    page = root.find(f"{{{NAMESPACE}}}page")
    return Stored(
        *stored,
        frozenset((p[0], p[1]) for p in pairs),
        None if lines is None else tuple(lines),
        page.text if page is not None else None,
        (visible.text or "", notes.text or "" if notes is not None else ""),
    )


def _report(text: str | None, source: str) -> Report:
    """The JSON reader's parse: the same limits (size, depth, values), NFC, no NaN."""
    from dvtool.readers.json import parse as parse_json

    return report_from_dict(parse_json((text or "").encode("utf-8"), source))


def merge(stored: Stored, read_now: Result[Report], frame: tuple[str, ...] = ()) -> Result[Report]:
    """The stored report where the visible text is as written, the edited text where not.

    ``frame`` is :func:`frame_lines` of the page now: when the header, kind line or signature
    block of an official document was edited, the stored ``document`` is kept (the reader does
    not read those parts from the page yet) and a warning says so.
    """
    now = read_now.value
    # messages the writer's own layout gave when the file was written are not news
    messages = tuple(m for m in read_now.messages if (m.code, m.text) not in stored.notes)
    if stored.report.document is not None and stored.frame is not None and frame != stored.frame:
        messages += (
            warning(
                "docx-document-edited",
                "the header, number, date, signature or Nơi nhận was edited on the page; dvtool "
                "keeps the document parts it wrote (it does not read them from the page yet): check them",
                pointer="/document",
            ),
        )
    if now == stored.visible:
        return Result(stored.report, (*messages, *_hidden_note(stored.report, now)), read_now.locations)
    changes: dict[str, Any] = {}
    for field in dataclasses.fields(Report):
        name = field.name
        was, edited, exact = (getattr(r, name) for r in (stored.visible, now, stored.report))
        if name in _LISTS:
            changes[name] = _merge_list(was, edited, exact, items=name in _ITEM_LISTS)
        elif name == "time_of_day" or name == "date":
            same = (now.date, now.time_of_day) == (stored.visible.date, stored.visible.time_of_day)
            changes[name] = exact if same else edited
        else:
            changes[name] = exact if edited == was else edited
    merged = dataclasses.replace(stored.report, **changes)
    return Result(merged, (*messages, *_hidden_note(merged, now)), read_now.locations)


def _hidden_note(report: Report, page: Report) -> tuple[Message, ...]:
    """Say (as a note) which fields hold values the page does not show, so nothing is hidden."""
    fields = [f.name for f in dataclasses.fields(Report) if getattr(report, f.name) != getattr(page, f.name)]
    if not fields:
        return ()
    return (
        info(
            "docx-data-part", "from dvtool's data part, not only the page: {fields}", fields=", ".join(fields)
        ),
    )


def _merge_list(
    was: Sequence[Any], now: Sequence[Any], exact: Sequence[Any], *, items: bool
) -> tuple[Any, ...]:
    """Entries matched in order; ``was[i]`` stands for ``exact[i]`` (past its end: layout only)."""
    out: list[Any] = []
    matcher = difflib.SequenceMatcher(a=list(was), b=list(now), autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            out.extend(exact[i] for i in range(i1, i2) if i < len(exact))
        elif op == "replace" and items and i2 - i1 == j2 - j1:
            pairs = zip(range(i1, i2), range(j1, j2), strict=True)
            out.extend(_edited_item(exact[i] if i < len(exact) else None, now[j]) for i, j in pairs)
        else:
            out.extend(now[j1:j2])
    return tuple(out)


def _edited_item(exact: Any, edited: Any) -> Any:
    """An edited item keeps its stored figures; where the text no longer states one of them,
    :func:`dvtool.figures_check.reconcile_figures` re-reads them from the text, with a warning."""
    if exact is None or edited.figures:
        return edited
    return dataclasses.replace(edited, figures=exact.figures)
