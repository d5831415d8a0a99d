"""Stage 1 of the DOCX reader: python-docx package → plain blocks (no python-docx objects leak).

The body is walked in document order (content controls and custom XML unwrapped) into
:class:`Paragraph` and :class:`Table` values holding text, style facts (heading level, list,
bold) and their 1-based place (paragraph N / table N). Tracked changes are read as accepted
(``w:ins`` kept, ``w:del`` and ``w:moveFrom`` skipped). What the model cannot hold — comments,
footnotes, endnotes, images, drawings, text boxes, equations, embedded objects, header and
footer content other than a page number — is counted and reported as warnings.

Security: python-docx parses every part with ``lxml.etree.XMLParser(resolve_entities=False)``
(``docx/oxml/parser.py`` and ``docx/opc/oxml.py``), so external entities are not fetched and
entities are not expanded; the zip itself is checked first by :mod:`dvtool.safety` when that
module is present.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from dvtool.errors import DvtoolError, InputError
from dvtool.messages import Message, warning
from dvtool.textio import nfc

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
M = "http://schemas.openxmlformats.org/officeDocument/2006/math"
V = "urn:schemas-microsoft-com:vml"
PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture"


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


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
class Cell:
    """The paragraphs of one table cell; ``continued`` for the lower parts of a vertical merge."""

    paragraphs: tuple[str, ...]
    continued: bool = False

    @property
    def text(self) -> str:
        return "\n".join(p for p in self.paragraphs if p)


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

_STRICT_PREFIX = b"http://purl.oclc.org/ooxml/"
MAX_UNPACKED = 256 * 1024 * 1024


def parse(data: bytes, source: str) -> Document:
    """Extract the blocks of a DOCX file. Raises InputError (one line) when it cannot be read."""
    _safety_check(data, source)
    try:
        document = _open(data, source)
        return _Extractor(document).run()
    except DvtoolError:
        raise
    except RecursionError:
        raise InputError("not a readable Word document: elements nested too deeply", source) from None
    except MemoryError:
        raise InputError("not a readable Word document: too large to read", source) from None
    except Exception as exc:  # noqa: BLE001 - the reader boundary: never let a traceback out
        raise InputError(f"not a readable Word document ({_describe(exc)})", source) from None


def _safety_check(data: bytes, source: str) -> None:
    """Zip-bomb, traversal and size checks from :mod:`dvtool.safety`, when it is installed."""
    try:
        from dvtool.safety import check_docx_package  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return
    check_docx_package(data, source)


def _open(data: bytes, source: str) -> Any:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    if not data.startswith(b"PK"):
        raise InputError("not a Word document (.docx is a zip file; this is not one)", source)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
        rels = archive.read("_rels/.rels") if "_rels/.rels" in names else b""
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, OSError, NotImplementedError) as exc:
        raise InputError(
            f"not a Word document: damaged or truncated zip ({_describe(exc)})", source
        ) from None
    if sum(member.file_size for member in archive.infolist()) > MAX_UNPACKED:
        # python-docx inflates every part into memory; dvtool.safety checks more closely
        raise InputError("refused: the zip would unpack to more than 256 MiB", source)
    if "[Content_Types].xml" not in names:
        raise InputError("not a Word document: the zip has no [Content_Types].xml", source)
    if _STRICT_PREFIX in rels:
        data = _strict_to_transitional(archive, source)
    try:
        return docx.Document(io.BytesIO(data))
    except KeyError as exc:
        raise InputError(
            f"not a Word document: missing part or relationship ({_describe(exc)})", source
        ) from None
    except (PackageNotFoundError, zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise InputError(
            f"not a Word document: damaged or truncated zip ({_describe(exc)})", source
        ) from None
    except ValueError as exc:
        raise InputError(f"not a Word document ({_describe(exc)})", source) from None


# ISO/IEC 29500 Strict names its namespaces and relationship types under purl.oclc.org; apart
# from those names the WordprocessingML that carries text is the same as Transitional's, so
# renaming them lets python-docx read the text (measurements that differ are not used here).
_STRICT_NAMES: tuple[tuple[bytes, bytes], ...] = (
    (
        b"http://purl.oclc.org/ooxml/wordprocessingml/main",
        b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    ),
    (
        b"http://purl.oclc.org/ooxml/officeDocument/relationships",
        b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    ),
    (
        b"http://purl.oclc.org/ooxml/officeDocument/math",
        b"http://schemas.openxmlformats.org/officeDocument/2006/math",
    ),
    (
        b"http://purl.oclc.org/ooxml/officeDocument/extendedProperties",
        b"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
    ),
    (
        b"http://purl.oclc.org/ooxml/officeDocument/customProperties",
        b"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties",
    ),
    (
        b"http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes",
        b"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
    ),
    (
        b"http://purl.oclc.org/ooxml/officeDocument/sharedTypes",
        b"http://schemas.openxmlformats.org/officeDocument/2006/sharedTypes",
    ),
    (b"http://purl.oclc.org/ooxml/drawingml/", b"http://schemas.openxmlformats.org/drawingml/2006/"),
)
MAX_STRICT_PART = 64 * 1024 * 1024


def _strict_to_transitional(archive: zipfile.ZipFile, source: str) -> bytes:
    """Rewrite a Strict package's XML names to Transitional ones, in memory."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info_ in archive.infolist():
            if info_.file_size > MAX_STRICT_PART:
                raise InputError("not a readable Word document: a part is too large", source)
            content = archive.read(info_.filename)
            if info_.filename.endswith((".xml", ".rels")):
                for strict, transitional in _STRICT_NAMES:
                    content = content.replace(strict, transitional)
                if _STRICT_PREFIX in content:
                    raise InputError(
                        "this is ISO Strict Open XML, which dvtool cannot read; "
                        'open it in Word and save it as "Word Document (*.docx)"',
                        source,
                    )
            target.writestr(info_.filename, content)
    return out.getvalue()


def _describe(exc: BaseException) -> str:
    text = str(exc).strip().strip("'\"")
    text = text.splitlines()[0] if text else ""
    name = type(exc).__name__
    return f"{name}: {text[:160]}" if text else name


# -- walking the body ------------------------------------------------------------------------

# Elements whose content is not body text of the paragraph they sit in.
_SKIP = {
    _w("del"),
    _w("moveFrom"),
    _w("pPr"),
    _w("rPr"),
    _w("sdtPr"),
    _w("sdtEndPr"),
    _w("instrText"),
    _w("delText"),
    _w("delInstrText"),
    _w("drawing"),
    _w("pict"),
    _w("object"),
    _w("fldData"),
    f"{{{MC}}}Choice",
    f"{{{M}}}oMath",
    f"{{{M}}}oMathPara",
    _w("footnoteReference"),
    _w("endnoteReference"),
    _w("commentReference"),
}
_CONTAINERS = {_w("sdt"), _w("sdtContent"), _w("customXml"), _w("smartTag")}
_FALSE = {"0", "false", "off", "none"}


class _Extractor:
    """Walks one python-docx document into plain blocks, counting what it has to drop."""

    def __init__(self, document: Any) -> None:
        self.document = document
        self.body = document.element.body
        self.blocks: list[Block] = []
        self.paragraphs = 0
        self.tables = 0
        self.styles = _StyleIndex(document)
        self.numbered_ids = _numbered_ids(document)

    def run(self) -> Document:
        for element in _children(self.body):
            if element.tag == _w("p"):
                self.paragraphs += 1
                self.blocks.append(self.paragraph(element, self.paragraphs))
            elif element.tag == _w("tbl"):
                self.tables += 1
                self.blocks.append(self.table(element, self.tables))
        counts = _count_dropped(self.body)
        counts["headers and footers"] = _count_headers_footers(self.document)
        messages = _dropped_messages(counts)
        changes = counts.pop("tracked", 0)
        if changes:
            messages.insert(0, warning("tracked-changes", "tracked changes accepted"))
        ours = any(self.styles.name(style_id) == "Table Text" for style_id in self.styles.styles)
        return Document(tuple(self.blocks), tuple(messages), bool(changes), ours, counts)

    # paragraphs

    def paragraph(self, p: Any, index: int) -> Paragraph:
        texts: list[tuple[str, bool]] = []
        style_id = _style_id(p)
        style_bold = self.styles.bold(style_id)
        for run_text, run in _runs(p):
            texts.append((run_text, _run_bold(run, style_bold, self.styles)))
        text = nfc("".join(t for t, _ in texts)).strip()
        visible = [(t, b) for t, b in texts if t.strip()]
        bold = bool(visible) and all(b for _, b in visible)
        prefix = ""
        for run_text, is_bold in texts:
            if not is_bold and run_text.strip():
                break
            prefix += run_text
        ppr = p.find(_w("pPr"))
        return Paragraph(
            index=index,
            text=text,
            style=self.styles.name(style_id),
            heading_level=self.styles.heading_level(style_id, ppr),
            is_list=self.styles.is_list(style_id, ppr, self.numbered_ids),
            bold=bold,
            bold_prefix=nfc(prefix).strip(),
            centered=_centered(ppr) or self.styles.centered(style_id),
        )

    # tables

    def table(self, tbl: Any, index: int) -> Table:
        rows: list[tuple[Cell | None, ...]] = []
        above: dict[int, Cell] = {}
        for tr in _children(tbl, _w("tr")):
            row: list[Cell | None] = []
            trpr = tr.find(_w("trPr"))
            before = _int_val(trpr.find(_w("gridBefore")) if trpr is not None else None, 0)
            row.extend(None for _ in range(min(before, 64)))
            for tc in _children(tr, _w("tc")):
                tcpr = tc.find(_w("tcPr"))
                span = max(1, min(_int_val(tcpr.find(_w("gridSpan")) if tcpr is not None else None, 1), 64))
                vmerge = tcpr.find(_w("vMerge")) if tcpr is not None else None
                column = len(row)
                if vmerge is not None and vmerge.get(_w("val"), "continue") == "continue" and column in above:
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
            if element.tag == _w("p"):
                yield nfc("".join(t for t, _ in _runs(element))).strip()
            elif element.tag == _w("tbl"):  # a nested table: its text, cell by cell
                for tr in _children(element, _w("tr")):
                    for inner in _children(tr, _w("tc")):
                        yield from self.cell_paragraphs(inner)


def _children(element: Any, tag: str | None = None) -> Iterator[Any]:
    """Child elements, looking through content controls and custom XML wrappers."""
    for child in element:
        if child.tag in _CONTAINERS:
            yield from _children(child, tag)
        elif tag is None or child.tag == tag:
            yield child


def _runs(p: Any) -> Iterator[tuple[str, Any]]:
    """(text, w:r element) for each run of a paragraph, as if tracked changes were accepted."""
    stack = [iter(p)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            continue
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue
        if tag == _w("r"):
            text = _run_text(child)
            if text:
                yield text, child
        elif len(stack) < 64:
            stack.append(iter(child))


def _run_text(r: Any) -> str:
    parts: list[str] = []
    for child in r:
        tag = child.tag
        if tag == _w("t"):
            parts.append(child.text or "")
        elif tag == _w("tab"):
            parts.append("\t")
        elif tag in (_w("br"), _w("cr")):
            if child.get(_w("type")) not in ("page", "column"):
                parts.append("\n")
        elif tag == _w("noBreakHyphen"):
            parts.append("-")
    return "".join(parts)


def _run_bold(r: Any, style_bold: bool, styles: _StyleIndex) -> bool:
    rpr = r.find(_w("rPr"))
    if rpr is not None:
        b = rpr.find(_w("b"))
        if b is not None:
            return b.get(_w("val"), "true").lower() not in _FALSE
        rstyle = rpr.find(_w("rStyle"))
        if rstyle is not None and styles.bold(rstyle.get(_w("val"))):
            return True
    return style_bold


def _style_id(p: Any) -> str | None:
    ppr = p.find(_w("pPr"))
    if ppr is None:
        return None
    pstyle = ppr.find(_w("pStyle"))
    return pstyle.get(_w("val")) if pstyle is not None else None


def _centered(ppr: Any) -> bool:
    if ppr is None:
        return False
    jc = ppr.find(_w("jc"))
    return jc is not None and jc.get(_w("val")) == "center"


def _int_val(element: Any, default: int) -> int:
    if element is None:
        return default
    try:
        return int(element.get(_w("val"), default))
    except ValueError:
        return default


def _numbered_ids(document: Any) -> set[str]:
    """numIds that draw a number or bullet (numId 0 and unknown ids switch numbering off)."""
    try:
        numbering = document.part.numbering_part.element
    except Exception:  # noqa: BLE001 - no numbering part: nothing is numbered
        return set()
    return {num.get(_w("numId")) for num in numbering.findall(_w("num"))} - {"0", None}


class _StyleIndex:
    """Style facts resolved through ``basedOn`` chains: names, bold, headings, lists."""

    def __init__(self, document: Any) -> None:
        self.styles: dict[str, Any] = {}
        self.default_paragraph: str | None = None
        try:
            root = document.styles.element
        except Exception:  # noqa: BLE001 - a document without a styles part
            return
        for style in root.findall(_w("style")):
            style_id = style.get(_w("styleId"))
            if style_id is None:
                continue
            self.styles[style_id] = style
            if style.get(_w("type")) == "paragraph" and style.get(_w("default")) in ("1", "true", "on"):
                self.default_paragraph = style_id

    def chain(self, style_id: str | None) -> Iterator[Any]:
        seen: set[str] = set()
        current = style_id if style_id is not None else self.default_paragraph
        while current is not None and current not in seen and current in self.styles:
            seen.add(current)
            style = self.styles[current]
            yield style
            based = style.find(_w("basedOn"))
            current = based.get(_w("val")) if based is not None else None

    def name(self, style_id: str | None) -> str:
        for style in self.chain(style_id):
            name = style.find(_w("name"))
            return str(name.get(_w("val"), "")) if name is not None else str(style_id or "")
        return ""

    def _find(self, style_id: str | None, path: str) -> Any:
        for style in self.chain(style_id):
            found = style.find(path)
            if found is not None:
                return found
        return None

    def bold(self, style_id: str | None) -> bool:
        b = self._find(style_id, f"{_w('rPr')}/{_w('b')}")
        return b is not None and b.get(_w("val"), "true").lower() not in _FALSE

    def centered(self, style_id: str | None) -> bool:
        jc = self._find(style_id, f"{_w('pPr')}/{_w('jc')}")
        return jc is not None and jc.get(_w("val")) == "center"

    def heading_level(self, style_id: str | None, ppr: Any) -> int | None:
        names = [self.name(style_id).lower(), (style_id or "").lower()]
        if any(n == "title" for n in names):
            return 0
        for n in names:
            match = re.fullmatch(r"heading ?(\d)", n)
            if match:
                return int(match.group(1))
        outline = ppr.find(_w("outlineLvl")) if ppr is not None else None
        if outline is None and style_id is not None:
            outline = self._find(style_id, f"{_w('pPr')}/{_w('outlineLvl')}")
        level = _int_val(outline, 9)
        return level + 1 if level < 9 else None

    def is_list(self, style_id: str | None, ppr: Any, numbered: set[str]) -> bool:
        num = ppr.find(f"{_w('numPr')}/{_w('numId')}") if ppr is not None else None
        if num is None and style_id is not None:
            num = self._find(style_id, f"{_w('pPr')}/{_w('numPr')}/{_w('numId')}")
        if num is not None:
            return num.get(_w("val")) in numbered
        return self.name(style_id).lower().startswith(("list bullet", "list number"))


# -- what cannot be kept ---------------------------------------------------------------------

_TRACKED = {
    _w("ins"),
    _w("del"),
    _w("moveFrom"),
    _w("moveTo"),
    _w("rPrChange"),
    _w("pPrChange"),
    _w("tblPrChange"),
    _w("trPrChange"),
    _w("tcPrChange"),
    _w("sectPrChange"),
    _w("numberingChange"),
}


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
            "tracked",
        ),
        0,
    )
    comment_ids: set[str] = set()
    fallback = f"{{{MC}}}Fallback"
    for element in body.iter():
        tag = element.tag
        if not isinstance(tag, str):
            continue
        if tag in _TRACKED:
            counts["tracked"] += 1
        elif tag in (_w("commentReference"), _w("commentRangeStart")):
            comment_ids.add(str(element.get(_w("id"))))
        elif tag == _w("footnoteReference"):
            counts["footnotes"] += 1
        elif tag == _w("endnoteReference"):
            counts["endnotes"] += 1
        elif tag == f"{{{M}}}oMathPara" or (
            tag == f"{{{M}}}oMath" and element.getparent().tag != f"{{{M}}}oMathPara"
        ):
            counts["equations"] += 1
        elif tag in (_w("drawing"), _w("pict"), _w("object")):
            if any(True for _ in element.iterancestors(fallback)):
                continue
            if tag == _w("object"):
                counts["embedded objects"] += 1
            elif any(True for _ in element.iter(_w("txbxContent"))):
                counts["text boxes"] += 1
            elif any(True for _ in element.iter(f"{{{PIC}}}pic", f"{{{V}}}imagedata")):
                counts["images"] += 1
            else:
                counts["drawings"] += 1
        elif tag == _w("altChunk"):
            counts["embedded objects"] += 1
    counts["comments"] = len(comment_ids)
    return counts


def _count_headers_footers(document: Any) -> int:
    """Headers and footers holding anything but a page number (dvtool's own header holds one)."""
    count = 0
    for part in document.part.package.iter_parts():
        content_type = str(getattr(part, "content_type", ""))
        if not content_type.endswith(("header+xml", "footer+xml")):
            continue
        element = getattr(part, "element", None)
        if element is None:
            continue
        if _has_content_besides_page_number(element):
            count += 1
    return count


def _has_content_besides_page_number(root: Any) -> bool:
    if next(root.iter(_w("drawing"), _w("pict"), _w("object")), None) is not None:
        return True
    for p in root.iter(_w("p")):
        if _text_outside_page_fields(p).strip():
            return True
    return False


_PAGE_FIELD = re.compile(r"^\s*(PAGE|NUMPAGES|SECTIONPAGES)\b", re.IGNORECASE)


def _text_outside_page_fields(p: Any) -> str:
    """Paragraph text with the displayed results of PAGE/NUMPAGES fields left out."""
    parts: list[str] = []
    fields: list[list[str]] = []  # [instruction, state]
    for element in p.iter():
        tag = element.tag
        if tag == _w("fldChar"):
            kind = element.get(_w("fldCharType"))
            if kind == "begin":
                fields.append(["", "instr"])
            elif kind == "separate" and fields:
                fields[-1][1] = "result"
            elif kind == "end" and fields:
                fields.pop()
        elif tag == _w("instrText") and fields:
            fields[-1][0] += element.text or ""
        elif tag == _w("t"):
            in_page = any(_PAGE_FIELD.match(instr) for instr, _ in fields)
            parent = element.getparent()
            simple = next(iter(parent.iterancestors(_w("fldSimple"))), None) if parent is not None else None
            if simple is not None and _PAGE_FIELD.match(simple.get(_w("instr"), "")):
                in_page = True
            if not in_page and not any(True for _ in element.iterancestors(_w("del"))):
                parts.append(element.text or "")
    return "".join(parts)


_WHAT: dict[str, tuple[str, str, str]] = {
    "comments": ("dropped-comments", "comment", "comments"),
    "footnotes": ("dropped-footnotes", "footnote", "footnotes"),
    "endnotes": ("dropped-endnotes", "endnote", "endnotes"),
    "images": ("dropped-images", "image", "images"),
    "drawings": ("dropped-drawings", "drawing or chart", "drawings and charts"),
    "text boxes": ("dropped-text-boxes", "text box", "text boxes"),
    "equations": ("dropped-equations", "equation", "equations"),
    "embedded objects": ("dropped-objects", "embedded object", "embedded objects"),
    "headers and footers": ("dropped-headers-footers", "header or footer", "headers and footers"),
}


def _dropped_messages(counts: dict[str, int]) -> list[Message]:
    messages: list[Message] = []
    for key, (code, one, many) in _WHAT.items():
        n = counts.get(key, 0)
        if n:
            messages.append(warning(code, f"dropped {n} {one if n == 1 else many}"))
    return messages


def describe_block(block: Block) -> str:
    """ "paragraph 12" / "table 2"."""
    return f"paragraph {block.index}" if isinstance(block, Paragraph) else f"table {block.index}"
