"""Stage 1 of the DOCX reader: the package's XML (lxml) → plain blocks (no lxml objects leak).

The body is walked in document order (content controls and custom XML unwrapped) into
:class:`Paragraph` and :class:`Table` values holding text, style facts (heading level, list,
bold) and their 1-based place (paragraph N / table N). Tracked changes are read as accepted
(``w:ins`` kept, ``w:del`` and ``w:moveFrom`` skipped). What the model cannot hold — comments,
footnotes, endnotes, images, drawings, text boxes, equations, embedded objects, header and
footer content other than a page number — is counted and reported as warnings.

The package is opened by :mod:`.package`: the zip is checked first by :mod:`dvtool.safety`
(sizes, CRCs, DTDs) and only the parts used here are parsed, with dvtool's safe parser (no
entities, no DTD, no network). The walk is on plain lxml elements; the tag names it compares
are module constants (``W_P``...) so that no name is formatted per element, and style facts
resolved through ``basedOn`` chains are cached per document.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from dvtool.document import Cell
from dvtool.errors import DvtoolError, InputError
from dvtool.i18n import N_
from dvtool.messages import Message, warning
from dvtool.readers.docx.package import WordPackage, open_package
from dvtool.textio import nfc

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
M = "http://schemas.openxmlformats.org/officeDocument/2006/math"
V = "urn:schemas-microsoft-com:vml"
PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture"


def qn(tag: str) -> str:
    """The Clark name of a WordprocessingML tag or attribute: ``{namespace}tag``."""
    return f"{{{W}}}{tag}"


# Qualified names, formatted once: the walk compares tags with these.
W_P = qn("p")
W_TBL = qn("tbl")
W_TR = qn("tr")
W_TC = qn("tc")
W_R = qn("r")
W_T = qn("t")
W_TAB = qn("tab")
W_BR = qn("br")
W_CR = qn("cr")
W_NO_BREAK_HYPHEN = qn("noBreakHyphen")
W_PPR = qn("pPr")
W_RPR = qn("rPr")
W_TRPR = qn("trPr")
W_TCPR = qn("tcPr")
W_PSTYLE = qn("pStyle")
W_RSTYLE = qn("rStyle")
W_B = qn("b")
W_JC = qn("jc")
W_GRID_BEFORE = qn("gridBefore")
W_GRID_SPAN = qn("gridSpan")
W_VMERGE = qn("vMerge")
W_NUMPR = qn("numPr")
W_NUM_ID = qn("numId")
W_NUM = qn("num")
W_OUTLINE_LVL = qn("outlineLvl")
W_STYLE = qn("style")
W_STYLE_ID = qn("styleId")
W_NAME = qn("name")
W_BASED_ON = qn("basedOn")
W_DEFAULT = qn("default")
W_VAL = qn("val")
W_TYPE = qn("type")
W_ID = qn("id")
W_INSTR = qn("instr")
W_DEL = qn("del")
W_DRAWING = qn("drawing")
W_PICT = qn("pict")
W_OBJECT = qn("object")
W_TXBX_CONTENT = qn("txbxContent")
W_ALT_CHUNK = qn("altChunk")
W_COMMENT_REFERENCE = qn("commentReference")
W_COMMENT_RANGE_START = qn("commentRangeStart")
W_FOOTNOTE_REFERENCE = qn("footnoteReference")
W_ENDNOTE_REFERENCE = qn("endnoteReference")
W_FLD_CHAR = qn("fldChar")
W_FLD_CHAR_TYPE = qn("fldCharType")
W_FLD_SIMPLE = qn("fldSimple")
W_INSTR_TEXT = qn("instrText")
M_OMATH = f"{{{M}}}oMath"
M_OMATH_PARA = f"{{{M}}}oMathPara"
MC_CHOICE = f"{{{MC}}}Choice"
MC_FALLBACK = f"{{{MC}}}Fallback"
PIC_PIC = f"{{{PIC}}}pic"
V_IMAGEDATA = f"{{{V}}}imagedata"


# -- the plain blocks ------------------------------------------------------------------------


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


# -- opening the package ---------------------------------------------------------------------


def parse(data: bytes, source: str) -> Document:
    """Extract the blocks of a DOCX file. Raises InputError (one line) when it cannot be read."""
    try:
        return _Extractor(open_package(data, source)).run()
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


# -- walking the body ------------------------------------------------------------------------

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
_FALSE = {"0", "false", "off", "none"}
_MAX_RUN_DEPTH = 64


class _Extractor:
    """Walks the body of one package into plain blocks, counting what it has to drop."""

    def __init__(self, package: WordPackage) -> None:
        self.package = package
        self.body = package.body
        self.blocks: list[Block] = []
        self.paragraphs = 0
        self.tables = 0
        self.styles = _StyleIndex(package.styles, _numbered_ids(package.numbering))

    def run(self) -> Document:
        for element in _children(self.body):
            tag = element.tag
            if tag == W_P:
                self.paragraphs += 1
                self.blocks.append(self.paragraph(element, self.paragraphs))
            elif tag == W_TBL:
                self.tables += 1
                self.blocks.append(self.table(element, self.tables))
        counts = _count_dropped(self.body)
        counts["headers and footers"] = sum(
            1 for root in self.package.headers_footers if _has_content_besides_page_number(root)
        )
        messages = _dropped_messages(counts)
        changes = counts.pop("tracked", 0)
        if changes:
            messages.insert(0, warning("tracked-changes", "tracked changes accepted"))
        return Document(
            tuple(self.blocks), tuple(messages), bool(changes), self.styles.defines("Table Text"), counts
        )

    # paragraphs

    def paragraph(self, p: Any, index: int) -> Paragraph:
        styles = self.styles
        ppr = _child(p, W_PPR)
        pstyle = _child(ppr, W_PSTYLE) if ppr is not None else None
        style_id = pstyle.get(W_VAL) if pstyle is not None else None
        style_bold = styles.bold(style_id)
        texts = [(run_text, _run_bold(run, style_bold, styles)) for run_text, run in _runs(p)]
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
            centered=_centered(ppr) or styles.centered(style_id),
        )

    # tables

    def table(self, tbl: Any, index: int) -> Table:
        rows: list[tuple[Cell | None, ...]] = []
        above: dict[int, Cell] = {}
        for tr in _children(tbl, W_TR):
            row: list[Cell | None] = []
            trpr = _child(tr, W_TRPR)
            before = _int_val(_child(trpr, W_GRID_BEFORE) if trpr is not None else None, 0)
            row.extend(None for _ in range(min(before, 64)))
            for tc in _children(tr, W_TC):
                span, vmerge = _cell_merge(_child(tc, W_TCPR))
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
        for element in _children(tc):
            tag = element.tag
            if tag == W_P:
                yield nfc(_paragraph_text(element)).strip()
            elif tag == W_TBL:  # a nested table: its text, cell by cell
                for tr in _children(element, W_TR):
                    for inner in _children(tr, W_TC):
                        yield from self.cell_paragraphs(inner)


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
    return max(1, min(_int_val(grid_span, 1), 64)), vmerge


def _child(element: Any, tag: str) -> Any:
    """The first child element with this tag, or None (``element.find(tag)``, without the
    path machinery)."""
    for child in element.iterchildren(tag):
        return child
    return None


def _first_path(element: Any, tags: tuple[str, ...]) -> Any:
    """``element.find("a/b/c")`` for a path of tags: the first match in document order."""
    head, rest = tags[0], tags[1:]
    for child in element.iterchildren(head):
        found = _first_path(child, rest) if rest else child
        if found is not None:
            return found
    return None


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


def _run_bold(r: Any, style_bold: bool, styles: _StyleIndex) -> bool:
    rpr = _child(r, W_RPR)
    if rpr is not None:
        b = _child(rpr, W_B)
        if b is not None:
            return b.get(W_VAL, "true").lower() not in _FALSE
        rstyle = _child(rpr, W_RSTYLE)
        if rstyle is not None and styles.bold(rstyle.get(W_VAL)):
            return True
    return style_bold


def _centered(ppr: Any) -> bool:
    if ppr is None:
        return False
    jc = _child(ppr, W_JC)
    return jc is not None and jc.get(W_VAL) == "center"


def _int_val(element: Any, default: int) -> int:
    if element is None:
        return default
    try:
        return int(element.get(W_VAL, default))
    except ValueError:
        return default


def _numbered_ids(numbering: Any) -> set[str]:
    """numIds that draw a number or bullet (numId 0 and unknown ids switch numbering off)."""
    if numbering is None:  # no numbering part: nothing is numbered
        return set()
    return {num.get(W_NUM_ID) for num in numbering.iterchildren(W_NUM)} - {"0", None}


_HEADING_NAME = re.compile(r"heading ?(\d)")
_NOT_FOUND: Any = object()


MAX_STYLE_CHAIN = 32
"""Most ``basedOn`` links followed from one style (Word's own styles are 2-4 deep). Longer
chains are cut there: a 5,000-deep chain made each style's facts cost its depth, and a page of
styles quadratic time."""


class _StyleIndex:
    """Style facts resolved through ``basedOn`` chains: names, bold, headings, lists.

    Every fact is looked up once per style id and kept: a document asks about the same few
    styles for each of its paragraphs and runs.
    """

    def __init__(self, root: Any, numbered: set[str]) -> None:
        self.styles: dict[str, Any] = {}
        self.default_paragraph: str | None = None
        self.numbered = numbered
        self._chains: dict[str | None, tuple[Any, ...]] = {}
        self._facts: dict[tuple[str, str | None], Any] = {}
        self.root = root
        if root is None:  # the styles part cannot be told: no style facts at all
            return
        for style in root.iterchildren(W_STYLE):
            style_id = style.get(W_STYLE_ID)
            if style_id is None:
                continue
            self.styles[style_id] = style
            if style.get(W_TYPE) == "paragraph" and style.get(W_DEFAULT) in ("1", "true", "on"):
                self.default_paragraph = style_id

    def chain(self, style_id: str | None) -> tuple[Any, ...]:
        chain = self._chains.get(style_id)
        if chain is None:
            found: list[Any] = []
            seen: set[str] = set()
            current = style_id if style_id is not None else self.default_paragraph
            while (
                current is not None
                and current not in seen
                and current in self.styles
                and len(found) < MAX_STYLE_CHAIN
            ):
                seen.add(current)
                style = self.styles[current]
                found.append(style)
                based = _child(style, W_BASED_ON)
                current = based.get(W_VAL) if based is not None else None
            chain = self._chains[style_id] = tuple(found)
        return chain

    def _fact(self, kind: str, style_id: str | None) -> Any:
        key = (kind, style_id)
        value = self._facts.get(key, _NOT_FOUND)
        if value is _NOT_FOUND:
            value = self._facts[key] = getattr(self, "_" + kind)(style_id)
        return value

    def _find(self, style_id: str | None, path: tuple[str, ...]) -> Any:
        for style in self.chain(style_id):
            found = _first_path(style, path)
            if found is not None:
                return found
        return None

    def name(self, style_id: str | None) -> str:
        name: str = self._fact("name", style_id)
        return name

    def _name(self, style_id: str | None) -> str:
        for style in self.chain(style_id):
            name = _child(style, W_NAME)
            return str(name.get(W_VAL, "")) if name is not None else str(style_id or "")
        return ""

    def defines(self, name: str) -> bool:
        """Whether a style of the document has this name: its own ``w:name``, or its id when it
        has none (what :meth:`name` gives for the style's own id)."""
        if self.root is None:
            return False
        # Only the w:name elements with this value are looked at (lxml's tag filter skips the
        # rest); each counts if it is the first w:name of the style that holds its id.
        for element in self.root.iter(W_NAME):
            if element.get(W_VAL, "") == name:
                style = element.getparent()
                style_id = style.get(W_STYLE_ID) if style is not None else None
                indexed = style_id is not None and self.styles.get(style_id) is style
                if indexed and _child(style, W_NAME) is element:
                    return True
        style = self.styles.get(name)
        return style is not None and _child(style, W_NAME) is None

    def bold(self, style_id: str | None) -> bool:
        bold: bool = self._fact("bold", style_id)
        return bold

    def _bold(self, style_id: str | None) -> bool:
        b = self._find(style_id, (W_RPR, W_B))
        return b is not None and b.get(W_VAL, "true").lower() not in _FALSE

    def centered(self, style_id: str | None) -> bool:
        centered: bool = self._fact("centered", style_id)
        return centered

    def _centered(self, style_id: str | None) -> bool:
        jc = self._find(style_id, (W_PPR, W_JC))
        return jc is not None and jc.get(W_VAL) == "center"

    def heading_level(self, style_id: str | None, ppr: Any) -> int | None:
        named: int | None = self._fact("named_level", style_id)
        if named is not None:
            return named
        outline = _child(ppr, W_OUTLINE_LVL) if ppr is not None else None
        if outline is None:
            style_level: int | None = self._fact("style_outline_level", style_id)
            return style_level
        return _outline_level(outline)

    def _named_level(self, style_id: str | None) -> int | None:
        names = [self.name(style_id).lower(), (style_id or "").lower()]
        if any(n == "title" for n in names):
            return 0
        for n in names:
            match = _HEADING_NAME.fullmatch(n)
            if match:
                return int(match.group(1))
        return None

    def _style_outline_level(self, style_id: str | None) -> int | None:
        if style_id is None:
            return None
        return _outline_level(self._find(style_id, (W_PPR, W_OUTLINE_LVL)))

    def is_list(self, style_id: str | None, ppr: Any) -> bool:
        num = _first_path(ppr, (W_NUMPR, W_NUM_ID)) if ppr is not None else None
        if num is not None:
            return num.get(W_VAL) in self.numbered
        style_list: bool = self._fact("style_list", style_id)
        return style_list

    def _style_list(self, style_id: str | None) -> bool:
        num = self._find(style_id, (W_PPR, W_NUMPR, W_NUM_ID)) if style_id is not None else None
        if num is not None:
            return num.get(W_VAL) in self.numbered
        return self.name(style_id).lower().startswith(("list bullet", "list number"))


def _outline_level(outline: Any) -> int | None:
    level = _int_val(outline, 9)
    return level + 1 if level < 9 else None


# -- what cannot be kept ---------------------------------------------------------------------

_TRACKED = frozenset(
    {
        qn("ins"),
        W_DEL,
        qn("moveFrom"),
        qn("moveTo"),
        qn("rPrChange"),
        qn("pPrChange"),
        qn("tblPrChange"),
        qn("trPrChange"),
        qn("tcPrChange"),
        qn("sectPrChange"),
        qn("numberingChange"),
    }
)
_GRAPHICS = frozenset({W_DRAWING, W_PICT, W_OBJECT})
# Everything _count_dropped looks at: lxml's tag filter skips the rest of the body in C.
_DROPPED_TAGS = (
    *sorted(_TRACKED),
    W_COMMENT_REFERENCE,
    W_COMMENT_RANGE_START,
    W_FOOTNOTE_REFERENCE,
    W_ENDNOTE_REFERENCE,
    M_OMATH_PARA,
    M_OMATH,
    *sorted(_GRAPHICS),
    W_ALT_CHUNK,
)


def _count_dropped(body: Any) -> dict[str, int]:
    counts: dict[str, int] = dict.fromkeys(
        (
            "comments",
            "footnotes",
            "endnotes",
            "images",
            "drawings",
            "text boxes",
            "equations",
            "embedded objects",
            "imported documents",
            "tracked",
        ),
        0,
    )
    comment_ids: set[str] = set()
    for element in body.iter(*_DROPPED_TAGS):
        tag = element.tag
        if tag in _TRACKED:
            counts["tracked"] += 1
        elif tag in (W_COMMENT_REFERENCE, W_COMMENT_RANGE_START):
            comment_ids.add(str(element.get(W_ID)))
        elif tag == W_FOOTNOTE_REFERENCE:
            counts["footnotes"] += 1
        elif tag == W_ENDNOTE_REFERENCE:
            counts["endnotes"] += 1
        elif tag == M_OMATH_PARA or (tag == M_OMATH and element.getparent().tag != M_OMATH_PARA):
            counts["equations"] += 1
        elif tag in _GRAPHICS:
            if next(element.iterancestors(MC_FALLBACK), None) is not None:
                continue
            if tag == W_OBJECT:
                counts["embedded objects"] += 1
            elif next(element.iter(W_TXBX_CONTENT), None) is not None:
                counts["text boxes"] += 1
            elif next(element.iter(PIC_PIC, V_IMAGEDATA), None) is not None:
                counts["images"] += 1
            else:
                counts["drawings"] += 1
        elif tag == W_ALT_CHUNK:
            counts["imported documents"] += 1
    counts["comments"] = len(comment_ids)
    return counts


def _has_content_besides_page_number(root: Any) -> bool:
    """Whether a header or footer holds anything but a page number (dvtool's own holds one)."""
    if next(root.iter(W_DRAWING, W_PICT, W_OBJECT), None) is not None:
        return True
    for p in root.iter(W_P):
        if _text_outside_page_fields(p).strip():
            return True
    return False


_PAGE_FIELD = re.compile(r"^\s*(PAGE|NUMPAGES|SECTIONPAGES)\b", re.IGNORECASE)


def _text_outside_page_fields(p: Any) -> str:
    """Paragraph text with the displayed results of PAGE/NUMPAGES fields left out."""
    parts: list[str] = []
    fields: list[list[str]] = []  # [instruction, state]
    for element in p.iter(W_FLD_CHAR, W_INSTR_TEXT, W_T):
        tag = element.tag
        if tag == W_FLD_CHAR:
            kind = element.get(W_FLD_CHAR_TYPE)
            if kind == "begin":
                fields.append(["", "instr"])
            elif kind == "separate" and fields:
                fields[-1][1] = "result"
            elif kind == "end" and fields:
                fields.pop()
        elif tag == W_INSTR_TEXT:
            if fields:
                fields[-1][0] += element.text or ""
        else:
            in_page = any(_PAGE_FIELD.match(instr) for instr, _ in fields)
            parent = element.getparent()
            simple = next(iter(parent.iterancestors(W_FLD_SIMPLE)), None) if parent is not None else None
            if simple is not None and _PAGE_FIELD.match(simple.get(W_INSTR, "")):
                in_page = True
            if not in_page and next(element.iterancestors(W_DEL), None) is None:
                parts.append(element.text or "")
    return "".join(parts)


_WHAT: dict[str, tuple[str, str, str]] = {
    "comments": ("dropped-comments", N_("dropped {count} comment"), N_("dropped {count} comments")),
    "footnotes": ("dropped-footnotes", N_("dropped {count} footnote"), N_("dropped {count} footnotes")),
    "endnotes": ("dropped-endnotes", N_("dropped {count} endnote"), N_("dropped {count} endnotes")),
    "images": ("dropped-images", N_("dropped {count} image"), N_("dropped {count} images")),
    "drawings": (
        "dropped-drawings",
        N_("dropped {count} drawing or chart"),
        N_("dropped {count} drawings and charts"),
    ),
    "text boxes": ("dropped-text-boxes", N_("dropped {count} text box"), N_("dropped {count} text boxes")),
    "equations": ("dropped-equations", N_("dropped {count} equation"), N_("dropped {count} equations")),
    "embedded objects": (
        "dropped-objects",
        N_("dropped {count} embedded object"),
        N_("dropped {count} embedded objects"),
    ),
    "imported documents": (
        "dropped-alt-chunks",
        N_(
            "dropped {count} imported document "
            "(altChunk: HTML, RTF or another .docx merged in when Word opens it)"
        ),
        N_(
            "dropped {count} imported documents "
            "(altChunk: HTML, RTF or other .docx files merged in when Word opens it)"
        ),
    ),
    "headers and footers": (
        "dropped-headers-footers",
        N_("dropped {count} header or footer"),
        N_("dropped {count} headers and footers"),
    ),
}


def _dropped_messages(counts: dict[str, int]) -> list[Message]:
    messages: list[Message] = []
    for key, (code, template, plural) in _WHAT.items():
        n = counts.get(key, 0)
        if n:
            messages.append(warning(code, template, plural=plural, count=n))
    return messages
