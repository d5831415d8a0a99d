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
  an added one is read from the text (an added result, limitation or task gets the figures
  the number parser reads in it, as a typed report's item does) and a deleted one is gone.

When the package is exactly as this version of dvtool wrote it — the ``key`` the writer stored
(:func:`package_key`: every member's name and XML, ``visible``, ``notes`` and dvtool's version)
still matches — the interpreter would read ``visible`` from the page with the stored notes, so
:func:`read_untouched` lets the reader skip parsing and interpreting the page (and lxml): the
result is the one the comparison gives, and the values' locations (for ``--explain`` and
validation) are read from the page only when asked for. A part in exactly the writer's shape
is read without an XML parser (:func:`_exact`); any other goes through lxml.

Fields whose value is not what the page shows are named in a note (``docx-data-part``, shown
with --verbose): the part is trusted like the rest of the file, and the note says where a value
came from. A missing part means a document dvtool did not write (or one saved without it): the visible
text alone is the report. A damaged part is ignored with a warning.
"""

from __future__ import annotations

import dataclasses
import difflib
import io
import json
import re
import zipfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from dvtool import __version__
from dvtool.errors import InputError
from dvtool.messages import Location, Message, Result, info, warning
from dvtool.model import ModelError, Report
from dvtool.model_from_dict import report_from_dict
from dvtool.safety import MAX_XML_PART_BYTES, parse_xml_part
from dvtool.vntext import fold

if TYPE_CHECKING:
    from dvtool.readers.docx.parse import Document, Table

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
    key: str | None = None  # package_key() of the package as written (dvtool 0.3.1 and later)
    written: tuple[str, str] = ("", "")  # the visible and notes JSON as stored, for package_key()


def package_key(
    names: Sequence[str], xml_parts: Mapping[str, bytes], item: str, visible_json: str, notes_json: str
) -> str:
    """A key of everything reading dvtool's own package depends on besides the code: the names
    of its members and the bytes of its XML parts (all but the data part ``item`` and its
    properties part), the ``visible`` and notes JSON stored in the data part, dvtool's version."""
    import hashlib  # ~11 M instructions (OpenSSL): only for a package with dvtool's data part

    skip = (item, item.replace("/item", "/itemProps"))
    digest = hashlib.sha256()
    for text in (__version__, visible_json, notes_json):
        digest.update(text.encode("utf-8", "surrogatepass") + b"\0")
    for name in names:
        if name in skip:
            continue
        content = xml_parts.get(name)
        digest.update(name.encode("utf-8", "surrogatepass") + b"\0")
        digest.update(b"-" if content is None else b"+%d:" % len(content) + content)
    return digest.hexdigest()


CheckedZip = tuple[tuple[str, ...], dict[str, bytes]]  # what package_checks.check_zip returns


def read_untouched(data: bytes, source: str) -> tuple[Stored | None, CheckedZip | None]:
    """The data part of a package that is exactly as this dvtool version wrote it (else None),
    and the zip checks' result when they ran (for the page's parse, which need not repeat them).

    Raises the InputError the page's parse would raise first (the same zip checks). Only a
    package holding a data part in the writer's exact shape has all its members checked here."""
    from dvtool.readers.docx.package_checks import check_zip, open_checked_zip

    with open_checked_zip(data, source) as package:
        found = _exact_item(package)
    if found is None:
        return None, None
    name, content, texts = found
    try:
        stored = _stored(*texts, source)
    except (InputError, ModelError, ValueError, KeyError, RecursionError):
        return None, None  # the whole reading says what is wrong with it
    checked = check_zip(data, source)
    names, xml_parts = checked
    if xml_parts.get(name) != content or stored.key != package_key(names, xml_parts, name, *stored.written):
        return None, checked
    return stored, checked


def _exact_item(package: zipfile.ZipFile) -> tuple[str, bytes, tuple[str, str, str, str, str]] | None:
    """The first data part in the writer's exact shape: its name, bytes and texts."""
    for member in package.infolist():
        if _ITEM.match(member.filename) and member.file_size <= MAX_XML_PART_BYTES:
            try:
                content = package.read(member)
            except Exception:  # noqa: BLE001 - not checked yet: the parse says what is wrong
                return None
            texts = _exact(content)
            if texts is not None:
                return member.filename, content, texts
    return None


# The data part exactly as the writer lays it out (dvtool.writers.docx.custom_part.item_xml).
_EXACT = re.compile(
    r'<\?xml version="1\.0" encoding="UTF-8" standalone="yes"\?>\n'
    r'<dvtool:data xmlns:dvtool="https://dvtool\.example\.vn/ns/docx-data/1" version="1">'
    r"<dvtool:report>([^<]*)</dvtool:report><dvtool:visible>([^<]*)</dvtool:visible>"
    r"<dvtool:notes>([^<]*)</dvtool:notes><dvtool:frame>([^<]*)</dvtool:frame>"
    r"<dvtool:key>([0-9a-f]{64})</dvtool:key></dvtool:data>"
)
# Characters XML 1.0 does not allow, and "\r" (which an XML parser reads as "\n").
_NOT_PLAIN_TEXT = re.compile("[\x00-\x1f\ufffe\uffff]")


def _exact(content: bytes) -> tuple[str, str, str, str, str] | None:
    """The texts of a data part written exactly as the writer writes it (what an XML parser
    reads from it), or None for any other part, which lxml reads."""
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError:
        return None
    match = _EXACT.fullmatch(text)
    if match is None:
        return None
    raw = match.groups()
    texts = tuple(_unescape(t) for t in raw)
    if any(_escape(t) != r or _NOT_PLAIN_TEXT.search(t) for t, r in zip(texts, raw, strict=True)):
        return None
    return texts[0], texts[1], texts[2], texts[3], texts[4]


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
    from dvtool.readers.docx.parse import Paragraph, Table

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


def _escape(text: str) -> str:
    """xml.sax.saxutils.escape, as the writer escapes (saxutils imports urllib.request)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _unescape(text: str) -> str:
    """xml.sax.saxutils.unescape: what an XML parser reads from text :func:`_escape` wrote."""
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _parse(content: bytes, source: str, name: str) -> Stored | None:
    root = parse_xml_part(content, source, name)
    if root.tag != f"{{{NAMESPACE}}}data":
        return None
    report = root.find(f"{{{NAMESPACE}}}report")
    visible = root.find(f"{{{NAMESPACE}}}visible")
    if report is None or visible is None:
        raise ValueError("the report or its visible text is missing")
    notes = root.find(f"{{{NAMESPACE}}}notes")
    frame = root.find(f"{{{NAMESPACE}}}frame")
    key = root.find(f"{{{NAMESPACE}}}key")
    return _stored(
        report.text,
        visible.text,
        (notes.text or "") if notes is not None else None,
        (frame.text or "") if frame is not None else None,
        key.text if key is not None else None,
        source,
    )


def _stored(
    report: str | None,
    visible: str | None,
    notes: str | None,
    frame: str | None,
    key: str | None,
    source: str,
) -> Stored:
    """The data part's texts read into a :class:`Stored` (None: the element is left out)."""
    pairs = json.loads(notes or "[]") if notes is not None else []
    if not isinstance(pairs, list) or not all(
        isinstance(p, list) and len(p) == 2 and all(isinstance(x, str) for x in p) for p in pairs
    ):
        raise ValueError("its notes are not a list of [code, text] pairs")
    stored = _report(report, source), _report(visible, source)
    lines = json.loads(frame or "[]") if frame is not None else None
    if lines is not None and not (isinstance(lines, list) and all(isinstance(x, str) for x in lines)):
        raise ValueError("its frame is not a list of lines")
    return Stored(
        *stored,
        frozenset((p[0], p[1]) for p in pairs),
        None if lines is None else tuple(lines),
        key,
        (visible or "", notes or ""),
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
        elif op == "replace" and items:
            pairs = _edited_pairs(was, now, i1, i2, j1, j2)
            for j in range(j1, j2):
                i = pairs.get(j)
                if i is None:
                    out.append(_added_item(now[j]))
                else:
                    out.append(_edited_item(exact[i] if i < len(exact) else None, now[j]))
        elif items:
            out.extend(_added_item(item) for item in now[j1:j2])
        else:
            out.extend(now[j1:j2])
    return tuple(out)


# How much of an item's text must be left for a changed entry to be the same item edited
# (difflib's ratio), rather than one written in its place.
_SAME_ITEM = 0.6


def _edited_pairs(
    was: Sequence[Any], now: Sequence[Any], i1: int, i2: int, j1: int, j2: int
) -> dict[int, int]:
    """The stored item (index into ``was``) each changed entry ``now[j]`` is an edit of. As many
    entries as were stored: in order. Otherwise (an item added or deleted next to an edited one)
    an entry is an edit of the next stored item whose text is mostly still there, in order, and
    any other entry was added: an edited figure is then checked as in the one-for-one case."""
    if i2 - i1 == j2 - j1:
        return dict(zip(range(j1, j2), range(i1, i2), strict=True))
    pairs: dict[int, int] = {}
    i = i1
    for j in range(j1, j2):
        for k in range(i, i2):
            matcher = difflib.SequenceMatcher(a=was[k].text, b=now[j].text, autojunk=False)
            if matcher.quick_ratio() >= _SAME_ITEM and matcher.ratio() >= _SAME_ITEM:
                pairs[j], i = k, k + 1
                break
    return pairs


def _added_item(item: Any) -> Any:
    """An item a person added (or rewrote beyond matching) on the page: text a person typed,
    whose figures the number parser reads, as it reads a typed report's items (the page of
    dvtool's own layout gives its items no figures: they come from the data part)."""
    if item.figures:
        return item
    from dvtool.interpret.official_body import item_figures

    return dataclasses.replace(item, figures=item_figures(item.text))


def _edited_item(exact: Any, edited: Any) -> Any:
    """An edited item keeps its stored figures; where the text no longer states one of them,
    :func:`dvtool.figures_check.reconcile_figures` re-reads them from the text, with a warning."""
    if exact is None or edited.figures:
        return edited
    return dataclasses.replace(edited, figures=exact.figures)
