"""Stage 1 of the DOCX reader: the package's XML (lxml) → plain blocks (no lxml objects leak).

The body is walked in document order (content controls and custom XML unwrapped) into
:class:`Paragraph` and :class:`Table` values holding text, style facts (heading level, list,
bold) and their 1-based place (paragraph N / table N). Tracked changes are read as accepted
(``w:ins`` kept, ``w:del`` and ``w:moveFrom`` skipped). The first page's header parts
(first-page and default header of the first section) are walked the same way into
``page_header``, each text once, page numbers left out. What the model cannot hold — comments,
footnotes, endnotes, images, drawings, text boxes, equations, embedded objects, footers and
other headers with content other than a page number — is counted and reported as warnings
(:mod:`.dropped`).

The package is opened by :mod:`.package`: the zip is checked first by :mod:`.package_checks`
(sizes, CRCs, DTDs) and only the parts used here are parsed, with dvtool's safe parser (no
entities, no DTD, no network). The walk is on plain lxml elements; the tag names it compares
are constants of :mod:`.wordml` (``W_P``...) so that no name is formatted per element, and style
facts resolved through ``basedOn`` chains are cached per document (:mod:`.styles`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from dvtool.document import Cell
from dvtool.errors import DvtoolError, InputError
from dvtool.messages import Message, warning
from dvtool.readers.docx.dropped import (
    count_dropped,
    dropped_messages,
    has_content_besides_page_number,
    text_outside_page_fields,
)
from dvtool.readers.docx.fonts import LegacyFonts, paragraph_style
from dvtool.readers.docx.package import WordPackage, open_package
from dvtool.readers.docx.styles import StyleIndex, numbered_ids
from dvtool.readers.docx.wordml import (
    FALSE_WORDS,
    M_OMATH,
    M_OMATH_PARA,
    MC_CHOICE,
    W_B,
    W_BR,
    W_COMMENT_REFERENCE,
    W_CR,
    W_DEL,
    W_DRAWING,
    W_ENDNOTE_REFERENCE,
    W_FOOTNOTE_REFERENCE,
    W_GRID_BEFORE,
    W_GRID_SPAN,
    W_HDR,
    W_INSTR_TEXT,
    W_NO_BREAK_HYPHEN,
    W_OBJECT,
    W_P,
    W_PICT,
    W_PPR,
    W_PSTYLE,
    W_R,
    W_RPR,
    W_RSTYLE,
    W_T,
    W_TAB,
    W_TBL,
    W_TC,
    W_TCPR,
    W_TR,
    W_TRPR,
    W_TYPE,
    W_VAL,
    W_VMERGE,
    first_child,
    int_val,
    is_centered,
    qn,
)
from dvtool.textio import nfc


@dataclass(frozen=True)
class Paragraph:
    """One body paragraph. ``index`` is its 1-based number among body paragraphs."""

    index: int
    text: str
    style: str = ""
    heading_level: int | None = None  # from the style or outline level; Title is 0
    is_list: bool = False  # Word numbering or a list style
    bold: bool = False  # every character is bold
    bold_prefix: str = ""  # the text of the leading bold runs
    centered: bool = False


@dataclass(frozen=True)
class Table:
    """A table as a grid: ``None`` where a horizontally merged cell already appeared."""

    index: int
    rows: tuple[tuple[Cell | None, ...], ...]


Block = Paragraph | Table


@dataclass(frozen=True)
class Document:
    """The extracted body and the warnings about what it could not keep."""

    blocks: tuple[Block, ...]
    messages: tuple[Message, ...] = ()
    tracked_changes: bool = False
    written_by_dvtool: bool = False  # the document defines dvtool's "Table Text" style
    extra: dict[str, int] = field(default_factory=dict)
    # The first page's header (Word's header parts), each paragraph or table once; index 0.
    page_header: tuple[Block, ...] = ()


def parse(
    data: bytes, source: str, checked_zip: tuple[tuple[str, ...], dict[str, bytes]] | None = None
) -> Document:
    """Extract the blocks of a DOCX file. Raises InputError (one line) when it cannot be read.

    ``checked_zip``: what :func:`.package_checks.check_zip` returned for ``data``, if it ran."""
    try:
        return _Extractor(open_package(data, source, checked_zip)).run()
    except DvtoolError:
        raise
    except RecursionError:
        raise InputError("not a readable Word document: elements nested too deeply", source) from None
    except MemoryError:
        raise InputError("not a readable Word document: too large to read", source) from None
    except Exception as exc:  # noqa: BLE001 - the reader boundary: never let a traceback out
        raise InputError("not a readable Word document ({detail})", source, detail=_describe(exc)) from None


def _describe(exc: BaseException) -> str:
    text = str(exc).strip().strip("'\"")
    text = text.splitlines()[0] if text else ""
    name = type(exc).__name__
    return f"{name}: {text[:160]}" if text else name


# Elements whose content is not body text of the paragraph they sit in.
_SKIP = frozenset(
    {
        W_DEL,
        qn("moveFrom"),
        W_PPR,
        W_RPR,
        qn("sdtPr"),
        qn("sdtEndPr"),
        W_INSTR_TEXT,
        qn("delText"),
        qn("delInstrText"),
        W_DRAWING,
        W_PICT,
        W_OBJECT,
        qn("fldData"),
        MC_CHOICE,
        M_OMATH,
        M_OMATH_PARA,
        W_FOOTNOTE_REFERENCE,
        W_ENDNOTE_REFERENCE,
        W_COMMENT_REFERENCE,
    }
)


_CONTAINERS = frozenset({qn("sdt"), qn("sdtContent"), qn("customXml"), qn("smartTag")})
_BREAKS = frozenset({W_BR, W_CR})
_MAX_RUN_DEPTH = 64


class _Extractor:
    """Walks the body of one package into plain blocks, counting what it has to drop."""

    def __init__(self, package: WordPackage) -> None:
        self.package = package
        self.body = package.body
        self.blocks: list[Block] = []
        self.paragraphs = 0
        self.tables = 0
        self.styles = StyleIndex(package.styles, numbered_ids(package.numbering))
        self.fonts = LegacyFonts(self.styles, self.body)

    def run(self) -> Document:
        for element in _children(self.body):
            tag = element.tag
            if tag == W_P:
                self.paragraphs += 1
                self.blocks.append(self.paragraph(element, self.paragraphs))
            elif tag == W_TBL:
                self.tables += 1
                self.blocks.append(self.table(element, self.tables))
        header, header_texts = self.page_header()
        counts = count_dropped(self.body)
        # a header read above is not dropped, nor one that only repeats its text on later pages
        counts["headers and footers"] = sum(
            1
            for root in self.package.headers_footers
            if root not in self.package.page_headers
            and has_content_besides_page_number(root)
            and not (root.tag == W_HDR and _repeats(root, header_texts))
        )
        messages = dropped_messages(counts)
        messages.extend(self.fonts.messages())
        changes = counts.pop("tracked", 0)
        if changes:
            messages.insert(0, warning("tracked-changes", "tracked changes accepted"))
        return Document(
            tuple(self.blocks),
            tuple(messages),
            bool(changes),
            self.styles.defines("Table Text"),
            counts,
            header,
        )

    def page_header(self) -> tuple[tuple[Block, ...], set[str]]:
        """The paragraphs and tables of the first page's header parts, each text once (a
        header repeated in the default part is read once); page numbers left out."""
        blocks: list[Block] = []
        seen: set[str] = set()
        for root in self.package.page_headers:
            for element in _children(root):
                block: Block
                if element.tag == W_P:
                    if not text_outside_page_fields(element).strip():
                        continue
                    block = self.paragraph(element, 0)
                elif element.tag == W_TBL:
                    block = self.table(element, 0)
                else:
                    continue
                key = block.text if isinstance(block, Paragraph) else _table_text(block)
                if key and key not in seen:
                    seen.add(key)
                    blocks.append(block)
        return tuple(blocks), seen | {t for root in self.package.page_headers for t in _header_texts(root)}

    # paragraphs

    def paragraph(self, p: Any, index: int) -> Paragraph:
        styles = self.styles
        ppr = first_child(p, W_PPR)
        pstyle = first_child(ppr, W_PSTYLE) if ppr is not None else None
        style_id = pstyle.get(W_VAL) if pstyle is not None else None
        style_bold = styles.bold(style_id)
        fonts = self.fonts
        texts = [
            (fonts.text(run_text, run, style_id), _run_bold(run, style_bold, styles))
            for run_text, run in _runs(p)
        ]
        text = nfc("".join(t for t, _ in texts)).strip()
        visible = [b for t, b in texts if t.strip()]
        bold = bool(visible) and all(visible)
        prefix = ""
        for run_text, is_bold in texts:
            if not is_bold and run_text.strip():
                break
            prefix += run_text
        return Paragraph(
            index=index,
            text=text,
            style=styles.name(style_id),
            heading_level=styles.heading_level(style_id, ppr),
            is_list=styles.is_list(style_id, ppr),
            bold=bold,
            bold_prefix=nfc(prefix).strip(),
            centered=is_centered(ppr) or styles.centered(style_id),
        )

    def paragraph_text(self, p: Any) -> str:
        """The text of :func:`_runs` joined, runs in legacy fonts read as Unicode."""
        if not self.fonts.active:
            return _paragraph_text(p)
        style_id = paragraph_style(p)
        return "".join(self.fonts.text(_run_text(run), run, style_id) for run in _run_elements(p))

    # tables

    def table(self, tbl: Any, index: int) -> Table:
        rows: list[tuple[Cell | None, ...]] = []
        above: dict[int, Cell] = {}
        for tr in _children(tbl, W_TR):
            row: list[Cell | None] = []
            trpr = first_child(tr, W_TRPR)
            before = int_val(first_child(trpr, W_GRID_BEFORE) if trpr is not None else None, 0)
            row.extend(None for _ in range(min(before, 64)))
            for tc in _children(tr, W_TC):
                span, vmerge = _cell_merge(first_child(tc, W_TCPR))
                column = len(row)
                if vmerge is not None and vmerge.get(W_VAL, "continue") == "continue" and column in above:
                    cell = Cell(above[column].paragraphs, continued=True)
                else:
                    cell = Cell(tuple(self.cell_paragraphs(tc)))
                above[column] = cell
                row.append(cell)
                row.extend(None for _ in range(span - 1))
            rows.append(tuple(row))
        return Table(index, tuple(rows))

    def cell_paragraphs(self, tc: Any) -> Iterator[str]:
        """The lines of a cell: each paragraph, and each line of a paragraph typed with line
        breaks (Shift+Enter, ``w:br``), as offices type the header and signature cells and as
        LibreOffice saves an HTML cell's ``<br>``: "HUYỆN ỦY X↵BAN DÂN VẬN↵*↵Số 112-BC/…" is four
        lines of the header, as four paragraphs or ``<br>``-separated lines are."""
        for element in _children(tc):
            tag = element.tag
            if tag == W_P:
                yield from (line.strip() for line in nfc(self.paragraph_text(element)).split("\n"))
            elif tag == W_TBL:  # a nested table: its text, cell by cell
                for tr in _children(element, W_TR):
                    for inner in _children(tr, W_TC):
                        yield from self.cell_paragraphs(inner)


def _table_text(table: Table) -> str:
    return "\n".join(cell.text for row in table.rows for cell in row if cell is not None)


def _repeats(root: Any, texts: set[str]) -> bool:
    """A header part that holds only text already read (a later section's copy), no images."""
    own = _header_texts(root)
    return bool(own) and own <= texts and next(root.iter(W_DRAWING, W_PICT, W_OBJECT), None) is None


def _header_texts(root: Any) -> set[str]:
    """The texts of a header part's paragraphs besides page numbers."""
    return {t for p in root.iter(W_P) if (t := nfc(text_outside_page_fields(p)).strip())}


def _cell_merge(tcpr: Any) -> tuple[int, Any]:
    """A cell's column span (1..64) and its w:vMerge element, from its w:tcPr (None: none)."""
    if tcpr is None:
        return 1, None
    grid_span = vmerge = None
    for child in tcpr:  # one pass over the few properties instead of a lookup for each
        tag = child.tag
        if tag == W_GRID_SPAN:
            if grid_span is None:
                grid_span = child
        elif tag == W_VMERGE and vmerge is None:
            vmerge = child
    return max(1, min(int_val(grid_span, 1), 64)), vmerge


def _children(element: Any, tag: str | None = None) -> Iterator[Any]:
    """Child elements, looking through content controls and custom XML wrappers."""
    for child in element:
        child_tag = child.tag
        if child_tag in _CONTAINERS:
            yield from _children(child, tag)
        elif tag is None or child_tag == tag:
            yield child


def _run_elements(p: Any) -> Iterator[Any]:
    """Each w:r of a paragraph, as if tracked changes were accepted (deleted runs skipped)."""
    stack = [iter(p)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            continue
        tag = child.tag
        if tag == W_R:
            yield child
        elif isinstance(tag, str) and tag not in _SKIP and len(stack) < _MAX_RUN_DEPTH:
            stack.append(iter(child))


def _runs(p: Any) -> Iterator[tuple[str, Any]]:
    """(text, w:r element) for each run of a paragraph that has text."""
    for run in _run_elements(p):
        text = _run_text(run)
        if text:
            yield text, run


def _paragraph_text(p: Any) -> str:
    """The text of :func:`_runs` joined."""
    return "".join(_run_text(run) for run in _run_elements(p))


def _run_text(r: Any) -> str:
    parts: list[str] = []
    for child in r:
        tag = child.tag
        if tag == W_T:
            parts.append(child.text or "")
        elif tag == W_TAB:
            parts.append("\t")
        elif tag in _BREAKS:
            if child.get(W_TYPE) not in ("page", "column"):
                parts.append("\n")
        elif tag == W_NO_BREAK_HYPHEN:
            parts.append("-")
    return "".join(parts)


def _run_bold(r: Any, style_bold: bool, styles: StyleIndex) -> bool:
    rpr = first_child(r, W_RPR)
    if rpr is not None:
        b = first_child(rpr, W_B)
        if b is not None:
            return b.get(W_VAL, "true").lower() not in FALSE_WORDS
        rstyle = first_child(rpr, W_RSTYLE)
        if rstyle is not None and styles.bold(rstyle.get(W_VAL)):
            return True
    return style_bold
